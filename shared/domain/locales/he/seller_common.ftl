# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = הנוסח האנגלי שלהלן הוא הנוסח המחייב.
signature = צוות בטיחות המוצרים
greeting = שלום { $name },
severity-general = הפרה כללית
severity-serious = הפרה חמורה
measure-geo-block = חסימה גאוגרפית (המודעה מוסתרת בשוק זה)
measure-rectification = תיקון (המודעה מוסתרת עד לתיקונה)
measure-return-to-warehouse = החזרה למחסן (מלאי הפלטפורמה נמשך)
measure-delist = הסרת המודעה (הוסרה מכל השווקים)
all-markets = כל השווקים
warehouse = מחסן { $market }
sep = :{" "}
