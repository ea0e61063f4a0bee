# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Încălcare înregistrată: { $violation } ({ $points })
heading = Încălcare înregistrată
# $severity: general or serious violation (seller_common).
intro = Am înregistrat o încălcare în contul dumneavoastră: { $violation } ({ $severity }, { $points }).
violation-heading = Încălcarea
violation = Încălcare
recorded-on = Data înregistrării
counts-until-value = { $date } (după această dată iese din perioada glisantă de 365 de zile)
sanction-heading = Sancțiune
meaning-listing-removal = Anunțul { $listing } este eliminat de pe toate piețele. Nu republicați produsul, nici prin acest anunț, nici prin oricare alt anunț.
meaning-listing-removal-unnamed = Anunțul este eliminat de pe toate piețele. Nu republicați produsul, nici prin acest anunț, nici prin oricare alt anunț.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Contului dumneavoastră i se impută o amendă de { $amount }.
meaning-fine-unknown = Contului dumneavoastră i se impută o amendă.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Cât timp această înregistrare se ia în calcul (365 de zile), contul dumneavoastră se află cel puțin în statutul „{ $standing }”: { $consequence }
meaning-permanent-ban = Interdicția permanentă nu expiră: se aplică indiferent de vechimea acestei înregistrări. { $consequence }
reminder-heading = Memento privind conformitatea
# $issue: the desk's words, quoted as given.
reminder = Produsul din acest anunț nu este conform, așa că trimitem un memento privind conformitatea consumatorilor care l-au cumpărat de la dumneavoastră: „{ $issue }” Oferiți-le soluții post-vânzare, inclusiv returnări și rambursări, atunci când le solicită.
standing-note = Statutul dumneavoastră provine dintr-o sancțiune, nu din punctele dumneavoastră: numai pe baza punctelor dumneavoastră, statutul ar fi „{ $standing }”.
contest-case = Dacă nu sunteți de acord cu această înregistrare, depuneți o contestație în termen de 7 zile de la notificarea de rechemare, menționând cazul { $case }.
contest-report = Dacă considerați că această încălcare a fost înregistrată din greșeală, contestați-o prin centrul vânzătorilor, menționând raportul { $report }.
contest-unreferenced = Dacă considerați că această încălcare a fost înregistrată din greșeală, contestați-o prin centrul vânzătorilor.
