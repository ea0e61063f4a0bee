# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = طلب الاسترداد { $request } على الطلب { $order }: { $status }
heading = طلب استرداد بشأن قوائمكم: { $status }
intro = طلب أحد المشترين استرداد المبلغ عن الطلب { $order }. وفيما يلي القرار المتعلق بقوائمكم الواردة في طلب الاسترداد.
items-heading = قوائمكم الواردة في طلب الاسترداد هذا
items-back-label = المنتجات العائدة إليكم
recall-refund-charged-to-you = هذا استرداد مرتبط باستدعاء منتج: ويُحمَّل عليكم.
summary-heading = ما يخصكم
refunded-on-yours-label = المبلغ المسترد عن قوائمكم
charged-to-you-label = المبلغ المحمَّل عليكم (استدعاء المنتج)
items-come-back = تعود إليكم منتجات: راجعوا طريقة إرجاع كل قائمة أعلاه.
no-item-comes-back = لن يعود إليكم أي منتج.
none-of-your-listings = لا يتضمن طلب الاسترداد هذا أيًا من قوائمكم.
what-you-can-do-heading = ما يمكنكم فعله
respond-to-buyer = ردّوا على المشتري عبر مركز البائعين (الطلب { $order }) لاقتراح حل أو توضيح موقفكم.
after-sales-dispute = يُحال طلب الاسترداد الذي لا تتمكنون أنتم والمشتري من تسويته إلى المنصة بوصفه نزاع ما بعد البيع، وتفصل المنصة فيه.
buyer-rights-bind-you = لا يقيّد البرنامج أبدًا الحقوق القانونية للمشتري: إذ تظلون ملزمين بالضمان القانوني وقواعد الإرجاع المعمول بها في بلد إقامة المشتري.
