# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Zaznamenané porušenie: { $violation } ({ $points })
heading = Zaznamenané porušenie
# $severity: general or serious violation (seller_common).
intro = Pri Vašom účte sme zaznamenali porušenie: { $violation } ({ $severity }, { $points }).
violation-heading = Porušenie
violation = Porušenie
recorded-on = Dátum záznamu
counts-until-value = { $date } (potom záznam vypadne z kĺzavého obdobia 365 dní)
sanction-heading = Sankcia
meaning-listing-removal = Ponuka { $listing } je odstránená na všetkých trhoch. Výrobok znovu neponúkajte, či už v tejto, alebo v akejkoľvek inej ponuke.
meaning-listing-removal-unnamed = Ponuka je odstránená na všetkých trhoch. Výrobok znovu neponúkajte, či už v tejto, alebo v akejkoľvek inej ponuke.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Vášmu účtu je účtovaná pokuta vo výške { $amount }.
meaning-fine-unknown = Vášmu účtu je účtovaná pokuta.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Kým sa tento záznam započítava (365 dní), je Váš účet aspoň v stave { $standing }: { $consequence }
meaning-permanent-ban = Trvalé zablokovanie účtu neuplynie: platí bez ohľadu na vek tohto záznamu. { $consequence }
reminder-heading = Pripomenutie zhody
# $issue: the desk's words, quoted as given.
reminder = Výrobok z tejto ponuky nespĺňa požiadavky, preto posielame pripomenutie zhody spotrebiteľom, ktorí si ho od Vás kúpili: „{ $issue }“ Na ich žiadosť im poskytnite popredajné riešenia vrátane vrátenia tovaru a peňazí.
standing-note = Stav Vášho účtu vyplýva zo sankcie, nie z Vašich bodov: samotné Vaše body by zodpovedali stavu { $standing }.
contest-case = Ak s týmto záznamom nesúhlasíte, podajte odvolanie do 7 dní od oznámenia o spätnom prevzatí a uveďte prípad { $case }.
contest-report = Ak sa domnievate, že toto porušenie bolo zaznamenané omylom, podajte námietku prostredníctvom centra predajcu a uveďte hlásenie { $report }.
contest-unreferenced = Ak sa domnievate, že toto porušenie bolo zaznamenané omylom, podajte námietku prostredníctvom centra predajcu.
