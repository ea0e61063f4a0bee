# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = وضع حسابكم: { $before } ← { $after }
heading-worse = تراجع وضع حسابكم
heading-better = تحسّن وضع حسابكم
heading-same = وضع حسابكم
change-worse = ارتفع وضع حسابكم من { $before } إلى { $after }: وهذا أسوأ لحسابكم.
change-better = انخفض وضع حسابكم من { $before } إلى { $after }: وهذا أفضل لحسابكم.
change-same = وضع حسابكم هو { $after }.
trigger-new = يأتي هذا التغيير إثر قيد جديد بتاريخ { $date }: { $violation } ({ $points }).
trigger-reversal = يأتي هذا التغيير إثر إلغاء القيد { $entry } بتاريخ { $date }.
trigger-reversal-of = يأتي هذا التغيير إثر إلغاء القيد { $entry } ({ $violation }، { $points }) بتاريخ { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (القيود منذ { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = يعود وضع حسابكم إلى عقوبة: { $sanctions }، وليس إلى نقاطكم: فنقاطكم وحدها ({ $points }) كانت ستؤدي إلى الوضع { $standing }.
sanction-note-unnamed = يعود وضع حسابكم إلى عقوبة، وليس إلى نقاطكم: فنقاطكم وحدها ({ $points }) كانت ستؤدي إلى الوضع { $standing }.
sanction-behind = { $sanction } (القيد { $entry }، { $date })
thresholds-heading = الحدود
thresholds-points = النقاط خلال فترة الـ 365 يومًا المتحركة
# $from, $to: numbers of points.
threshold-range = { $to ->
    [zero] { $from }–{ $to } نقطة
    [one] { $from }–{ $to } نقطة
    [two] { $from }–{ $to } نقطة
    [few] { $from }–{ $to } نقاط
    [many] { $from }–{ $to } نقطة
   *[other] { $from }–{ $to } نقطة
  }
threshold-or-more = { $from ->
    [zero] { $from } نقطة أو أكثر
    [one] { $from } نقطة أو أكثر
    [two] { $from } نقطتان أو أكثر
    [few] { $from } نقاط أو أكثر
    [many] { $from } نقطة أو أكثر
   *[other] { $from } نقطة أو أكثر
  }
your-standing = وضع حسابكم
thresholds-note = تضع العقوبة المفروضة مع مخالفة (تقييد الشحن، أو تجميد الحساب، أو التعليق، أو الحظر الدائم) حسابَكم في الوضع المقابل لها على الأقل ما دام قيدها محتسبًا؛ ويسري الحظر الدائم أيًا كان عمر القيد.
entries-heading = القيود التي يستند إليها
no-entries = لا يُحتسب أي جزاء خلال فترة الـ 365 يومًا المتحركة.
lasting-heading = العقوبات التي لا تزال سارية
reversals-heading = الإلغاءات خلال فترة الـ 365 يومًا المتحركة
entry-title = { $date }: { $violation }
reversal-title = { $date }: إلغاء – { $violation }
sanction = العقوبة
counts-until-ban = { $date } (بالنسبة إلى نقاطه؛ أما الحظر الدائم فلا ينتهي)
to-contest = طريقة الاعتراض
to-contest-case = الطعن خلال 7 أيام من إشعار الاستدعاء، مع ذكر معرّف الحالة
to-contest-report = عبر مركز البائعين، مع ذكر معرّف البلاغ
to-contest-entry = عبر مركز البائعين، مع ذكر معرّف القيد
note = ملاحظة
lasting-note = أقدم من 365 يومًا: لم تعد نقاطه محتسبة، لكن الحظر الدائم يسري أيًا كان عمر القيد.
reverses = يلغي
reverses-of = { $entry } ({ $violation }، سُجّل بتاريخ { $date }، { $points })
contest-case = يمكن الطعن في قيد ناتج عن حالة استدعاء خلال 7 أيام من إشعار الاستدعاء (في موعد أقصاه آخر موعد للطعن المذكور في الإشعار)، مع ذكر معرّف الحالة.
contest-report = يُعترض على المخالفة المُبلَّغ عنها عبر مركز البائعين، مع ذكر معرّف البلاغ.
