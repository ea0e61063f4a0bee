# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Arabic).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = النسخة الإنجليزية الواردة أدناه هي النسخة الملزمة.
signature = فريق سلامة المنتجات
greeting = عزيزي { $name }،
severity-general = مخالفة عامة
severity-serious = مخالفة جسيمة
measure-geo-block = حظر جغرافي (القائمة مخفية في هذا السوق)
measure-rectification = تصحيح (القائمة مخفية إلى أن تصححوها)
measure-return-to-warehouse = إرجاع إلى المستودع (سُحب مخزون المنصة)
measure-delist = إزالة القائمة (حُذفت من جميع الأسواق)
all-markets = جميع الأسواق
warehouse = مستودع { $market }
sep = :{" "}
