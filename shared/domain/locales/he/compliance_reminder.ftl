# The compliance reminder email, Hebrew.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = תזכורת בנושא התאמת המוצר לדרישות
greeting = שלום רב,
intro = רכשת את המוצר שלהלן בפלטפורמת המסחר שלנו. המוצר אינו עומד במלואו בכללים החלים עליו. נא לקרוא להלן מה הבעיה ומה יש לעשות.
keep = זוהי תזכורת בלבד: איננו מבקשים ממך להחזיר את המוצר.
product-heading = המוצר שלך
name = מוצר:
brand = מותג:
model = דגם:
picture = תמונה:
picture-alt = תמונה של המוצר
sold = רכשת את המוצר בתאריך { $order_date } (הזמנה { $order_id }) בפלטפורמת המסחר שלנו; מדינת המשלוח: { $market }.
issue-heading = מה הבעיה
todo-heading = מה יש לעשות
help-heading = שאלות והחזרות
contact = לכל שאלה, או אם ברצונך להחזיר את המוצר, ניתן לפנות אלינו דרך אזור העזרה בחשבון שלך.
rights = כל זכויותיך כצרכן נשמרות, לרבות הזכות לבקש החזרה או החזר כספי, כאשר הן חלות.
reassure = אנו בודקים את המוצרים הנמכרים בפלטפורמת המסחר שלנו ומעדכנים אותך בכל פעם שמשהו דורש את תשומת לבך.
signature = צוות בטיחות המוצרים
