# The order cancelled email, Arabic.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = إلغاء الطلب: استدعاء منتج لأسباب تتعلق بالسلامة
greeting = عزيزي العميل،
intro = لقد ألغينا طلبك { $order_id } بتاريخ { $order_date } (التوصيل إلى { $market }) قبل شحنه، لأن المنتج الموضح أدناه يخضع لاستدعاء لأسباب تتعلق بسلامة المنتجات.
not-delivered = لن يتم توصيل هذا المنتج إليك. وبما أنك لم تستلمه قط، فلا يلزمك التوقف عن استخدام أي شيء ولا إعادة أي شيء.
product-heading = المنتج
name = المنتج:
brand = العلامة التجارية:
model = الطراز:
hazard-heading = سبب الاستدعاء
refund-heading = استرداد المبلغ
refund = سيُردّ إليك المبلغ كاملًا، أي السعر الذي دفعته ({ $price_paid }) ورسوم الطلب، إلى وسيلة الدفع التي استخدمتها.
nothing-to-do = لا يلزمك القيام بأي إجراء.
help-heading = الأسئلة
contact = إذا كانت لديك أي أسئلة، فيُرجى التواصل معنا من قسم المساعدة في حسابك.
signature = فريق سلامة المنتجات
