# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = تسجيل مخالفة: { $violation } ({ $points })
heading = تسجيل مخالفة
# $severity: general or serious violation (seller_common).
intro = لقد سجّلنا مخالفة على حسابكم: { $violation } ({ $severity }، { $points }).
violation-heading = المخالفة
violation = المخالفة
recorded-on = تاريخ التسجيل
counts-until-value = { $date } (ثم يخرج من فترة الـ 365 يومًا المتحركة)
sanction-heading = العقوبة
meaning-listing-removal = أُزيلت القائمة { $listing } من جميع الأسواق. لا تعيدوا إدراج المنتج، سواء من خلال هذه القائمة أو أي قائمة أخرى.
meaning-listing-removal-unnamed = أُزيلت القائمة من جميع الأسواق. لا تعيدوا إدراج المنتج، سواء من خلال هذه القائمة أو أي قائمة أخرى.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = تُحمَّل على حسابكم غرامة بقيمة { $amount }.
meaning-fine-unknown = تُحمَّل على حسابكم غرامة.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = ما دام هذا القيد محتسبًا (365 يومًا)، يكون حسابكم على الأقل في الوضع { $standing }: { $consequence }
meaning-permanent-ban = لا ينتهي الحظر الدائم: فهو يسري أيًا كان عمر هذا القيد. { $consequence }
reminder-heading = تذكير بشأن المطابقة
# $issue: the desk's words, quoted as given.
reminder = منتج هذه القائمة غير مطابق للمتطلبات، لذا نرسل تذكيرًا بشأن المطابقة إلى المستهلكين الذين اشتروه منكم: «{ $issue }» قدّموا لهم حلول ما بعد البيع، بما في ذلك الإرجاع واسترداد المبالغ، عندما يطلبون ذلك.
standing-note = يعود وضع حسابكم إلى عقوبة، وليس إلى نقاطكم: فنقاطكم وحدها كانت ستؤدي إلى الوضع { $standing }.
contest-case = إذا كان لديكم اعتراض على هذا القيد، فقدّموا طعنًا خلال 7 أيام من إشعار الاستدعاء، مع ذكر الحالة { $case }.
contest-report = إذا كنتم تعتقدون أن هذه المخالفة سُجّلت عن طريق الخطأ، فاعترضوا عليها عبر مركز البائعين، مع ذكر البلاغ { $report }.
contest-unreferenced = إذا كنتم تعتقدون أن هذه المخالفة سُجّلت عن طريق الخطأ، فاعترضوا عليها عبر مركز البائعين.
