# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = בקשת ההחזר הכספי שלך { $request } להזמנה { $order }: { $status }
heading = בקשת ההחזר הכספי שלך: { $status }
intro = קיבלנו החלטה בבקשת ההחזר הכספי שלך להזמנה { $order }. להלן ההחלטה לגבי כל פריט.
items-heading = הפריטים שלך
return-label = החזרה
total-refund-label = סך ההחזר הכספי
paid-to-fast-refund-bonus = בונוס ההחזר המהיר שלך (זמין לשימוש מיד כשההחזר משולם)
paid-to-original-payment = אמצעי התשלום המקורי שלך (ייתכן שיחלפו עוד כמה ימים עד שהבנק שלך יציג את העסקה)
paid-now-label = משולם כעת
paid-after-check-label = משולם לאחר בדיקת האיכות במחסן
after-check-note = ההחזר הכספי על פריטים שהוחזרו משולם מיד עם השלמת בדיקת האיכות של הפריטים המוחזרים במחסן, ובלבד שהם עומדים בתנאי ההחזר.
confirmation-to-come = אישור יישלח אליך כשההחזר יבוצע.
confirmed-now = הודעה זו מאשרת זאת: ההחזר הכספי בוצע.
label-heading = תווית החזרה
label-granted = לבקשה זו מונפקת תווית החזרה ששולמה מראש. יש לארוז את הפריטים ולשלוח אותם בחזרה עם התווית, בהתאם להוראות שבטופס ההחזרה.
label-shared-with-order = בקשה זו חולקת את תווית ההחזרה ששולמה מראש שכבר הונפקה להזמנה זו: יש להחזיר את כל הפריטים המוחזרים של ההזמנה בחבילה אחת. אם רק חלק מהם יישלח עם התווית, ייתכן שעלות המשלוח של השאר תחול עליך.
label-refused-monthly-limit = אין תווית החזרה ששולמה מראש: כבר קיבלת את המספר המרבי של שלוש (3) תוויות החזרה ששולמו מראש בחודש קלנדרי זה. מי משלם על החזרת כל פריט מוצג למעלה.
label-pickup-suspended = אין תווית החזרה ששולמה מראש: שירותי החזרת החבילות מושעים כעת בכתובת האספקה שלך. מי משלם על החזרת כל פריט מוצג למעלה.
request-refused-under-rules = הבקשה נדחתה על פי הכללים
