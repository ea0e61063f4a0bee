# The order cancelled email, Hebrew.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = ההזמנה בוטלה: ריקול מוצר מטעמי בטיחות
greeting = שלום רב,
intro = ביטלנו את ההזמנה שלך { $order_id } מתאריך { $order_date } (משלוח אל { $market }) לפני שנשלחה: המוצר שלהלן נמצא בריקול מטעמי בטיחות.
not-delivered = המוצר לא יישלח אליך. מאחר שלא קיבלת אותו מעולם, אין צורך להפסיק להשתמש בדבר ואין צורך להחזיר דבר.
product-heading = המוצר
name = מוצר:
brand = מותג:
model = דגם:
hazard-heading = מדוע המוצר בריקול
refund-heading = ההחזר הכספי
refund = יינתן לך החזר כספי מלא, של המחיר ששילמת ({ $price_paid }) ושל דמי ההזמנה, לאמצעי התשלום שבו השתמשת.
nothing-to-do = אין צורך לעשות דבר.
help-heading = שאלות
contact = לכל שאלה, ניתן לפנות אלינו דרך אזור העזרה בחשבון שלך.
signature = צוות בטיחות המוצרים
