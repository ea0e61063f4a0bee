# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = מעמד החשבון שלך: { $before } ← { $after }
heading-worse = מעמד החשבון שלך הורע
heading-better = מעמד החשבון שלך השתפר
heading-same = מעמד החשבון שלך
change-worse = מעמד החשבון שלך עלה מהמעמד { $before } אל המעמד { $after }: זהו שינוי לרעה עבור החשבון שלך.
change-better = מעמד החשבון שלך ירד מהמעמד { $before } אל המעמד { $after }: זהו שינוי לטובה עבור החשבון שלך.
change-same = מעמד החשבון שלך הוא { $after }.
trigger-new = השינוי נובע מרישום חדש בתאריך { $date }: { $violation } ({ $points }).
trigger-reversal = השינוי נובע מביטול רישום { $entry } בתאריך { $date }.
trigger-reversal-of = השינוי נובע מביטול רישום { $entry } ({ $violation }, { $points }) בתאריך { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (רישומים מאז { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = המעמד שלך נובע מסנקציה: { $sanctions }, ולא מהנקודות שלך: הנקודות שלך לבדן ({ $points }) היו מובילות למעמד { $standing }.
sanction-note-unnamed = המעמד שלך נובע מסנקציה, ולא מהנקודות שלך: הנקודות שלך לבדן ({ $points }) היו מובילות למעמד { $standing }.
sanction-behind = { $sanction } (רישום { $entry }, { $date })
thresholds-heading = ספים
thresholds-points = נקודות בחלון מתגלגל של 365 ימים
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } נקודות
threshold-or-more = { $from ->
    [one] { $from } נקודה או יותר
    [two] { $from } נקודות או יותר
    [many] { $from } נקודות או יותר
   *[other] { $from } נקודות או יותר
  }
your-standing = המעמד שלך
thresholds-note = סנקציה שהוטלה יחד עם הפרה (הגבלת משלוח, הקפאת חשבון, השעיה, חסימה לצמיתות) מציבה את החשבון שלך לפחות במעמד התואם לה כל עוד הרישום שלה נספר; חסימה לצמיתות חלה ללא קשר לגיל הרישום.
entries-heading = הרישומים שעליהם הוא מבוסס
no-entries = בחלון המתגלגל של 365 ימים לא נספר אף עיצום.
lasting-heading = סנקציות שעדיין חלות
reversals-heading = ביטולים בחלון המתגלגל של 365 ימים
entry-title = { $date }: { $violation }
reversal-title = { $date }: ביטול – { $violation }
sanction = סנקציה
counts-until-ban = { $date } (לגבי הנקודות שלו; החסימה לצמיתות אינה פגה)
to-contest = דרך הערעור
to-contest-case = ערעור תוך 7 ימים ממועד הודעת הריקול, בציון מזהה התיק
to-contest-report = דרך מרכז המוכרים, בציון מזהה הדיווח
to-contest-entry = דרך מרכז המוכרים, בציון מזהה הרישום
note = הערה
lasting-note = ישן מ־365 ימים: הנקודות שלו אינן נספרות עוד, אך חסימה לצמיתות חלה ללא קשר לגיל הרישום.
reverses = מבטל את
reverses-of = { $entry } ({ $violation }, נרשם בתאריך { $date }, { $points })
contest-case = על רישום שמקורו בתיק ריקול ניתן לערער תוך 7 ימים ממועד הודעת הריקול (עד המועד האחרון לערעור המצוין בהודעה), בציון מזהה התיק.
contest-report = ערעור על הפרה שדווחה מוגש דרך מרכז המוכרים, בציון מזהה הדיווח.
