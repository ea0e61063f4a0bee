# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = בקשת החזר כספי { $request } בהזמנה { $order }: { $status }
heading = בקשת החזר כספי לגבי המודעות שלך: { $status }
intro = קונה ביקש החזר כספי בהזמנה { $order }. להלן ההחלטה לגבי המודעות שלך שנכללות בבקשה.
items-heading = המודעות שלך בבקשה זו
items-back-label = פריטים שחוזרים אליך
recall-refund-charged-to-you = זהו החזר כספי עקב ריקול מוצר: הוא מחויב על חשבונך.
summary-heading = עבורך
refunded-on-yours-label = הוחזר בגין המודעות שלך
charged-to-you-label = מחויב על חשבונך (ריקול מוצר)
items-come-back = פריטים חוזרים אליך: פרטי ההחזרה של כל מודעה מופיעים למעלה.
no-item-comes-back = שום פריט אינו חוזר אליך.
none-of-your-listings = בקשה זו אינה מציינת אף אחת מהמודעות שלך.
what-you-can-do-heading = מה באפשרותך לעשות
respond-to-buyer = ניתן להשיב לקונה דרך מרכז המוכרים (הזמנה { $order }) כדי להציע פתרון או להסביר את עמדתך.
after-sales-dispute = בקשה שאינה מיושבת בינך לבין הקונה מועברת לפלטפורמה כמחלוקת לאחר מכירה, והפלטפורמה מכריעה.
buyer-rights-bind-you = התוכנית אינה מגבילה לעולם את זכויותיו של הקונה על פי דין: כללי האחריות החוקית וההחזרות של מדינת מגוריו של הקונה ממשיכים לחייב אותך.
