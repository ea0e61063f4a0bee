# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Reģistrēts pārkāpums: { $violation } ({ $points })
heading = Reģistrēts pārkāpums
# $severity: general or serious violation (seller_common).
intro = Mēs esam reģistrējuši pārkāpumu Jūsu kontā: { $violation } ({ $severity }, { $points }).
violation-heading = Pārkāpums
violation = Pārkāpums
recorded-on = Reģistrēšanas datums
counts-until-value = { $date } (pēc tam tas vairs neietilpst slīdošajā 365 dienu periodā)
sanction-heading = Sankcija
meaning-listing-removal = Sludinājums { $listing } ir noņemts visos tirgos. Nepublicējiet produktu atkārtoti ne šajā, ne kādā citā sludinājumā.
meaning-listing-removal-unnamed = Sludinājums ir noņemts visos tirgos. Nepublicējiet produktu atkārtoti ne šajā, ne kādā citā sludinājumā.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = No Jūsu konta tiek iekasēts naudas sods { $amount } apmērā.
meaning-fine-unknown = No Jūsu konta tiek iekasēts naudas sods.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Kamēr šis ieraksts tiek ņemts vērā (365 dienas), Jūsu kontam ir vismaz statuss „{ $standing }”: { $consequence }
meaning-permanent-ban = Pastāvīgais aizliegums nebeidzas: tas ir spēkā neatkarīgi no šī ieraksta vecuma. { $consequence }
reminder-heading = Atgādinājums par atbilstību
# $issue: the desk's words, quoted as given.
reminder = Šī sludinājuma produkts neatbilst prasībām, tāpēc mēs nosūtām atgādinājumu par atbilstību patērētājiem, kuri to iegādājās no Jums: „{ $issue }” Kad viņi to lūdz, piedāvājiet viņiem pēcpārdošanas risinājumus, tostarp preču atgriešanu un naudas atmaksu.
standing-note = Jūsu statusu nosaka sankcija, nevis Jūsu punkti: tikai pēc Jūsu punktiem statuss būtu „{ $standing }”.
contest-case = Ja iebilstat pret šo ierakstu, iesniedziet pārsūdzību 7 dienu laikā no paziņojuma par atsaukšanu, norādot lietu { $case }.
contest-report = Ja uzskatāt, ka šis pārkāpums reģistrēts kļūdaini, apstrīdiet to pārdevēja centrā, norādot ziņojumu { $report }.
contest-unreferenced = Ja uzskatāt, ka šis pārkāpums reģistrēts kļūdaini, apstrīdiet to pārdevēja centrā.
