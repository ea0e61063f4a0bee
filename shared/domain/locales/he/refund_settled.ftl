# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = בקשת ההחזר הכספי שלך { $request } להזמנה { $order }: ההחזר בוצע
subject-failed = בקשת ההחזר הכספי שלך { $request } להזמנה { $order }: הפריטים שהוחזרו לא עברו את בדיקת האיכות
heading-passed = ההחזר הכספי שלך בוצע
heading-failed = הפריטים שהחזרת לא עברו את בדיקת האיכות
intro-passed = הפריטים שהחזרת בגין הזמנה { $order } עברו את בדיקת האיכות במחסן בתאריך { $date }. ההחזר הכספי שלך בוצע.
intro-failed = המחסן בדק בתאריך { $date } את הפריטים שהחזרת בגין הזמנה { $order }: הם לא עברו את בדיקת האיכות.
checked-on-label = תאריך הבדיקה
items-heading = הפריטים שהחזרת
paid-to-fast-refund-bonus = בונוס ההחזר המהיר שלך
paid-to-original-payment = אמצעי התשלום המקורי שלך
fast-refund-bonus-note = ההחזר זמין לשימוש מיד.
original-payment-note = בהתאם לבנק שלך, ייתכן שיחלוף זמן מה עד שהעסקה תופיע בחשבונך.
warehouse-found-heading = ממצאי המחסן
warehouse-found-nothing-said = הפריטים שהוחזרו אינם עומדים בתנאי ההחזר.
no-refund = לא ישולם החזר כספי בגין פריטים אלה.
