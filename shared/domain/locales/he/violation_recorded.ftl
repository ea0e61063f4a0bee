# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = נרשמה הפרה: { $violation } ({ $points })
heading = נרשמה הפרה
# $severity: general or serious violation (seller_common).
intro = רשמנו הפרה בחשבון שלך: { $violation } ({ $severity }, { $points }).
violation-heading = ההפרה
violation = הפרה
recorded-on = תאריך הרישום
counts-until-value = { $date } (לאחר מכן הוא יוצא מהחלון המתגלגל של 365 ימים)
sanction-heading = סנקציה
meaning-listing-removal = מודעה { $listing } מוסרת מכל השווקים. אין לפרסם את המוצר מחדש, לא במודעה זו ולא בכל מודעה אחרת.
meaning-listing-removal-unnamed = המודעה מוסרת מכל השווקים. אין לפרסם את המוצר מחדש, לא במודעה זו ולא בכל מודעה אחרת.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = קנס בסך { $amount } מחויב בחשבון שלך.
meaning-fine-unknown = קנס מחויב בחשבון שלך.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = כל עוד רישום זה נספר (365 ימים), החשבון שלך נמצא לפחות במעמד { $standing }: { $consequence }
meaning-permanent-ban = חסימה לצמיתות אינה פגה: היא חלה ללא קשר לגיל רישום זה. { $consequence }
reminder-heading = תזכורת בנושא התאמה לדרישות
# $issue: the desk's words, quoted as given.
reminder = המוצר של מודעה זו אינו עומד בדרישות, ולכן אנו שולחים תזכורת בנושא התאמה לדרישות לצרכנים שרכשו אותו ממך: "{ $issue }" יש לספק להם פתרונות לאחר מכירה, כולל החזרות והחזרים כספיים, כשהם מבקשים זאת.
standing-note = המעמד שלך נובע מסנקציה, ולא מהנקודות שלך: הנקודות שלך לבדן היו מובילות למעמד { $standing }.
contest-case = אם יש לך התנגדות לרישום זה, יש להגיש ערעור תוך 7 ימים ממועד הודעת הריקול, בציון תיק { $case }.
contest-report = אם לדעתך הפרה זו נרשמה בטעות, ניתן לערער עליה דרך מרכז המוכרים, בציון דיווח { $report }.
contest-unreferenced = אם לדעתך הפרה זו נרשמה בטעות, ניתן לערער עליה דרך מרכז המוכרים.
