# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = طلب الاسترداد { $request } الخاص بك للطلب { $order }: تم الاسترداد
subject-failed = طلب الاسترداد { $request } الخاص بك للطلب { $order }: لم تجتز المنتجات المُرجعة فحص الجودة
heading-passed = تم استرداد المبلغ
heading-failed = لم تجتز المنتجات التي أرجعتها فحص الجودة
intro-passed = اجتازت المنتجات التي أرجعتها من الطلب { $order } فحص الجودة في المستودع بتاريخ { $date }. وقد تم استرداد المبلغ.
intro-failed = فحص المستودع بتاريخ { $date } المنتجات التي أرجعتها من الطلب { $order }: ولم تجتز فحص الجودة.
checked-on-label = تاريخ الفحص
items-heading = المنتجات التي أرجعتها
paid-to-fast-refund-bonus = مكافأة الاسترداد السريع الخاصة بك
paid-to-original-payment = وسيلة الدفع الأصلية الخاصة بك
fast-refund-bonus-note = المبلغ المسترد متاح للإنفاق فورًا.
original-payment-note = بحسب مصرفك، قد يستغرق ظهور المعاملة في حسابك بعض الوقت.
warehouse-found-heading = ما توصّل إليه المستودع
warehouse-found-nothing-said = لا تستوفي المنتجات المُرجعة شروط الاسترداد.
no-refund = لن يُدفع أي مبلغ مسترد عن هذه المنتجات.
