# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Ukrainian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Статус вашого облікового запису: { $before } → { $after }
heading-worse = Статус вашого облікового запису погіршився
heading-better = Статус вашого облікового запису покращився
heading-same = Статус вашого облікового запису
change-worse = Статус вашого облікового запису підвищився з «{ $before }» до «{ $after }»: для вашого облікового запису це гірше.
change-better = Статус вашого облікового запису знизився з «{ $before }» до «{ $after }»: для вашого облікового запису це краще.
change-same = Статус вашого облікового запису: «{ $after }».
trigger-new = Зміна спричинена новим записом від { $date }: { $violation } ({ $points }).
trigger-reversal = Зміна спричинена тим, що { $date } запис { $entry } було скасовано.
trigger-reversal-of = Зміна спричинена тим, що { $date } запис { $entry } ({ $violation }, { $points }) було скасовано.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (записи починаючи з { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Ваш статус визначається санкцією ({ $sanctions }), а не вашими балами: лише за балами ({ $points }) ви мали б статус «{ $standing }».
sanction-note-unnamed = Ваш статус визначається санкцією, а не вашими балами: лише за балами ({ $points }) ви мали б статус «{ $standing }».
sanction-behind = { $sanction } (запис { $entry }, { $date })
thresholds-heading = Порогові значення
thresholds-points = бали за ковзний період 365 днів
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] бал
    [few] бали
    [many] балів
   *[other] бала
  }
threshold-or-more = { $from ->
    [one] { $from } бал і більше
    [few] { $from } бали і більше
    [many] { $from } балів і більше
   *[other] { $from } бала і більше
  }
your-standing = ваш статус
thresholds-note = Санкція, накладена за порушення (обмеження на відправлення, заморожування облікового запису, призупинення облікового запису, безстрокове блокування), встановлює для вашого облікового запису щонайменше відповідний їй статус, доки враховується її запис; безстрокове блокування діє незалежно від давності запису.
entries-heading = Записи, на яких він ґрунтується
no-entries = За ковзний період 365 днів не враховується жодне стягнення.
lasting-heading = Санкції, які й далі діють
reversals-heading = Скасування за ковзний період 365 днів
entry-title = { $date }: { $violation }
reversal-title = { $date }: Скасування – { $violation }
sanction = Санкція
counts-until-ban = { $date } (бали запису; безстрокове блокування не має строку закінчення)
to-contest = Як оскаржити
to-contest-case = подайте апеляцію протягом 7 днів від дати повідомлення про відкликання, зазначивши ідентифікатор справи
to-contest-report = через центр продавця, зазначивши ідентифікатор повідомлення про порушення
to-contest-entry = через центр продавця, зазначивши ідентифікатор запису
note = Примітка
lasting-note = Старший за 365 днів: бали цього запису більше не враховуються, але безстрокове блокування діє незалежно від давності.
reverses = Скасовує
reverses-of = { $entry } ({ $violation }, внесено { $date }, { $points })
contest-case = Запис у справі про відкликання можна оскаржити протягом 7 днів від дати повідомлення про відкликання (до строку подання апеляції, зазначеного в повідомленні), зазначивши ідентифікатор справи.
contest-report = Порушення, про яке було повідомлено, оскаржується через центр продавця із зазначенням ідентифікатора повідомлення про порушення.
