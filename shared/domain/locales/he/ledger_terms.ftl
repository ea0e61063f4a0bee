# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = מוצר שבריקול המוצע למכירה
violation-recall-evasion = מודעה שפורסמה או נערכה בזמן שריקול חל עליה
violation-intellectual-property = הפרת קניין רוחני
violation-prohibited-item = פריט אסור או מוגבל
violation-health-and-safety = בריאות ובטיחות
violation-false-information = מידע כוזב או מטעה במודעה
violation-pricing-abuse = ניצול לרעה של תמחור ומבצעים

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = מוצר שבריקול המוצע למכירה
violation-recall-evasion-label = מודעה שפורסמה או נערכה בזמן שריקול חל עליה
violation-intellectual-property-label = הפרת קניין רוחני
violation-prohibited-item-label = פריט אסור או מוגבל
violation-health-and-safety-label = בריאות ובטיחות
violation-false-information-label = מידע כוזב או מטעה במודעה
violation-pricing-abuse-label = ניצול לרעה של תמחור ומבצעים

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = הפרה כללית
severity-serious-label = הפרה חמורה

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = הסרת המודעה מכל השווקים
sanction-financial-penalty = עיצום כספי
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = עיצום כספי בסך { $amount }
sanction-shipping-restriction = הגבלת משלוח
sanction-account-freeze = הקפאת החשבון
sanction-suspension = השעיית החשבון
sanction-permanent-ban = חסימה לצמיתות

## The account standings, from best to worst, as names

standing-good = מעמד תקין
standing-warning = אזהרה
standing-listing-restrictions = הגבלות על מודעות
standing-shipping-restricted = הגבלת משלוח / הקפאת חשבון
standing-suspended = השעיה
standing-terminated = סגירת החשבון

## What each standing means for the seller, in one sentence

consequence-good = לא חלה כל הגבלה על החשבון שלך.
consequence-warning = אזהרה רשמית: הפרות נוספות יגבילו את החשבון שלך.
consequence-listing-restrictions = לא ניתן לפרסם מודעות חדשות או לערוך מודעות קיימות עד שהנקודות שלך יירדו מתחת לסף.
consequence-shipping-restricted = הרשאות המשלוח שלך מוגבלות והכספים בחשבונך מוקפאים.
consequence-suspended = החשבון שלך מושעה: המודעות שלך מוסתרות ולא ניתן למכור.
consequence-terminated = החשבון שלך נסגר.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } נקודה
    [two] { $points } נקודות
    [many] { $points } נקודות
   *[other] { $points } נקודות
  }

## What both emails share

standing-now-heading = המעמד שלך כעת
standing = מעמד
what-it-means = משמעות
points-window = נקודות בחלון מתגלגל של 365 ימים
reason = סיבה
listing = מודעה
severity = חומרה
points-label = נקודות
counts-until = נספר עד
case = תיק
report = דיווח
contest-heading = כיצד לערער
contest-upheld = אם הערעור שלך יתקבל, הרישום יבוטל: הנקודות והסנקציה שלו לא ייספרו עוד, ונודיע לך כשהמעמד שלך ישתנה.
