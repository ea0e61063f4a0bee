# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Bulgarian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Вписано нарушение: { $violation } ({ $points })
heading = Вписано нарушение
# $severity: general or serious violation (seller_common).
intro = Вписахме нарушение в профила Ви: { $violation } ({ $severity }, { $points }).
violation-heading = Нарушението
violation = Нарушение
recorded-on = Вписано на
counts-until-value = { $date } (след това излиза от плъзгащия се период от 365 дни)
sanction-heading = Санкция
meaning-listing-removal = Обява { $listing } е премахната на всички пазари. Не публикувайте продукта отново — нито в тази, нито в която и да е друга обява.
meaning-listing-removal-unnamed = Обявата е премахната на всички пазари. Не публикувайте продукта отново — нито в тази, нито в която и да е друга обява.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = На профила Ви се начислява глоба в размер на { $amount }.
meaning-fine-unknown = На профила Ви се начислява глоба.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Докато това вписване се отчита (365 дни), профилът Ви е поне в статус „{ $standing }“: { $consequence }
meaning-permanent-ban = Безсрочната забрана не изтича: тя се прилага независимо от давността на това вписване. { $consequence }
reminder-heading = Напомняне за съответствие
# $issue: the desk's words, quoted as given.
reminder = Продуктът от тази обява не отговаря на изискванията, затова изпращаме напомняне за съответствие на потребителите, които са го закупили от Вас: „{ $issue }“ Предоставете им следпродажбени решения, включително връщане на продукта и възстановяване на сумата, когато ги поискат.
standing-note = Статусът Ви произтича от санкция, а не от точките Ви: само точките Ви биха дали статус „{ $standing }“.
contest-case = Ако възразявате срещу това вписване, подайте жалба в срок от 7 дни от уведомлението за изземване, като посочите случай { $case }.
contest-report = Ако смятате, че това нарушение е вписано по грешка, оспорете го чрез центъра за продавачи, като посочите сигнал { $report }.
contest-unreferenced = Ако смятате, че това нарушение е вписано по грешка, оспорете го чрез центъра за продавачи.
