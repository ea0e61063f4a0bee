# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = منتج مستدعى معروض للبيع
violation-recall-evasion = قائمة نُشرت أو عُدّلت أثناء خضوعها لاستدعاء
violation-intellectual-property = انتهاك الملكية الفكرية
violation-prohibited-item = منتج محظور أو مقيّد
violation-health-and-safety = الصحة والسلامة
violation-false-information = معلومات كاذبة أو مضللة في القائمة
violation-pricing-abuse = إساءة استخدام التسعير والعروض الترويجية

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = منتج مستدعى معروض للبيع
violation-recall-evasion-label = قائمة نُشرت أو عُدّلت أثناء خضوعها لاستدعاء
violation-intellectual-property-label = انتهاك الملكية الفكرية
violation-prohibited-item-label = منتج محظور أو مقيّد
violation-health-and-safety-label = الصحة والسلامة
violation-false-information-label = معلومات كاذبة أو مضللة في القائمة
violation-pricing-abuse-label = إساءة استخدام التسعير والعروض الترويجية

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = مخالفة عامة
severity-serious-label = مخالفة جسيمة

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = إزالة القائمة من جميع الأسواق
sanction-financial-penalty = غرامة مالية
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = غرامة مالية بقيمة { $amount }
sanction-shipping-restriction = تقييد الشحن
sanction-account-freeze = تجميد الحساب
sanction-suspension = تعليق الحساب
sanction-permanent-ban = حظر دائم

## The account standings, from best to worst, as names

standing-good = وضع جيد
standing-warning = تحذير
standing-listing-restrictions = قيود على القوائم
standing-shipping-restricted = تقييد الشحن / تجميد الحساب
standing-suspended = تعليق الحساب
standing-terminated = إنهاء الحساب

## What each standing means for the seller, in one sentence

consequence-good = لا يخضع حسابكم لأي قيد.
consequence-warning = تحذير رسمي: ستؤدي أي مخالفات أخرى إلى تقييد حسابكم.
consequence-listing-restrictions = لا يمكنكم نشر قوائم جديدة أو تعديل القوائم الحالية إلى أن تنخفض نقاطكم إلى ما دون الحد.
consequence-shipping-restricted = صلاحيات الشحن الخاصة بكم مقيّدة، وأموال حسابكم مجمّدة.
consequence-suspended = حسابكم معلّق: قوائمكم مخفية ولا يمكنكم البيع.
consequence-terminated = تم إنهاء حسابكم.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [zero] { $points } نقطة
    [one] { $points } نقطة
    [two] { $points } نقطتان
    [few] { $points } نقاط
    [many] { $points } نقطة
   *[other] { $points } نقطة
  }

## What both emails share

standing-now-heading = وضع حسابكم الآن
standing = الوضع
what-it-means = ما يعنيه
points-window = النقاط خلال فترة الـ 365 يومًا المتحركة
reason = السبب
listing = القائمة
severity = درجة الخطورة
points-label = النقاط
counts-until = تُحتسب حتى
case = الحالة
report = البلاغ
contest-heading = كيفية الاعتراض
contest-upheld = إذا قُبل طعنكم، يُلغى القيد: فلا تعود نقاطه وعقوبته محتسبة، وسنبلغكم عند تغيّر وضع حسابكم.
