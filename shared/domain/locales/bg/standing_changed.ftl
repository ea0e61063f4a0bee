# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Bulgarian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Статус на профила Ви: { $before } → { $after }
heading-worse = Статусът на профила Ви се влоши
heading-better = Статусът на профила Ви се подобри
heading-same = Статус на профила Ви
change-worse = Статусът на профила Ви се повиши от „{ $before }“ на „{ $after }“: това е по-лошо за профила Ви.
change-better = Статусът на профила Ви се понижи от „{ $before }“ на „{ $after }“: това е по-добре за профила Ви.
change-same = Статусът на профила Ви е „{ $after }“.
trigger-new = Промяната е в резултат на ново вписване от { $date }: { $violation } ({ $points }).
trigger-reversal = Промяната е в резултат на това, че на { $date } вписване { $entry } беше отменено.
trigger-reversal-of = Промяната е в резултат на това, че на { $date } вписване { $entry } ({ $violation }, { $points }) беше отменено.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (вписвания от { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Статусът Ви произтича от санкция ({ $sanctions }), а не от точките Ви: само точките Ви ({ $points }) биха дали статус „{ $standing }“.
sanction-note-unnamed = Статусът Ви произтича от санкция, а не от точките Ви: само точките Ви ({ $points }) биха дали статус „{ $standing }“.
sanction-behind = { $sanction } (вписване { $entry }, { $date })
thresholds-heading = Прагове
thresholds-points = точки за плъзгащия се период от 365 дни
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] точка
   *[other] точки
  }
threshold-or-more = { $from ->
    [one] { $from } точка или повече
   *[other] { $from } точки или повече
  }
your-standing = Вашият статус
thresholds-note = Санкция, наложена заедно с нарушение (ограничение на изпращането, замразяване на профила, спиране на профила, безсрочна забрана), поставя профила Ви поне в съответния ѝ статус, докато вписването ѝ се отчита; безсрочната забрана се прилага независимо от давността си.
entries-heading = Вписванията, на които се основава
no-entries = За плъзгащия се период от 365 дни не се отчита нито едно наказание.
lasting-heading = Санкции, които продължават да се прилагат
reversals-heading = Отмени през плъзгащия се период от 365 дни
entry-title = { $date }: { $violation }
reversal-title = { $date }: Отмяна – { $violation }
sanction = Санкция
counts-until-ban = { $date } (за точките му; безсрочната забрана не изтича)
to-contest = Как да оспорите
to-contest-case = подайте жалба в срок от 7 дни от уведомлението за изземване, като посочите идентификатора на случая
to-contest-report = чрез центъра за продавачи, като посочите идентификатора на сигнала
to-contest-entry = чрез центъра за продавачи, като посочите идентификатора на вписването
note = Забележка
lasting-note = По-старо от 365 дни: точките му вече не се отчитат, но безсрочната забрана се прилага независимо от давността си.
reverses = Отменя
reverses-of = { $entry } ({ $violation }, вписано на { $date }, { $points })
contest-case = Вписване по случай на изземване може да бъде обжалвано в срок от 7 дни от уведомлението за изземване (до посочения в уведомлението срок за обжалване), като посочите идентификатора на случая.
contest-report = Нарушение, за което е подаден сигнал, се оспорва чрез центъра за продавачи, като посочите идентификатора на сигнала.
