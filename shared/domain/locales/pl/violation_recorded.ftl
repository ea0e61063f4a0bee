# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Odnotowano naruszenie: { $violation } ({ $points })
heading = Odnotowano naruszenie
# $severity: general or serious violation (seller_common).
intro = Odnotowaliśmy naruszenie na Państwa koncie: { $violation } ({ $severity }, { $points }).
violation-heading = Naruszenie
violation = Naruszenie
recorded-on = Data odnotowania
counts-until-value = { $date } (potem wpis wypada z kroczącego okresu 365 dni)
sanction-heading = Sankcja
meaning-listing-removal = Oferta { $listing } zostaje usunięta na wszystkich rynkach. Nie wolno ponownie wystawiać produktu, ani w tej, ani w żadnej innej ofercie.
meaning-listing-removal-unnamed = Oferta zostaje usunięta na wszystkich rynkach. Nie wolno ponownie wystawiać produktu, ani w tej, ani w żadnej innej ofercie.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Państwa konto zostaje obciążone karą pieniężną w wysokości { $amount }.
meaning-fine-unknown = Państwa konto zostaje obciążone karą pieniężną.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Dopóki ten wpis się liczy (365 dni), Państwa konto ma co najmniej status „{ $standing }”: { $consequence }
meaning-permanent-ban = Trwała blokada konta nie wygasa: obowiązuje niezależnie od wieku tego wpisu. { $consequence }
reminder-heading = Przypomnienie o zgodności
# $issue: the desk's words, quoted as given.
reminder = Produkt z tej oferty nie jest zgodny z przepisami, dlatego wysyłamy przypomnienie o zgodności do konsumentów, którzy kupili go od Państwa: „{ $issue }” Prosimy zapewnić im na ich życzenie rozwiązania posprzedażowe, w tym zwrot towaru i zwrot pieniędzy.
standing-note = Państwa status wynika z sankcji, a nie z punktów: same Państwa punkty dawałyby status „{ $standing }”.
contest-case = Jeśli nie zgadzają się Państwo z tym wpisem, prosimy złożyć odwołanie w ciągu 7 dni od zawiadomienia o wycofaniu, podając numer sprawy { $case }.
contest-report = Jeśli uważają Państwo, że naruszenie zostało odnotowane błędnie, prosimy zakwestionować je za pośrednictwem centrum sprzedawcy, podając numer zgłoszenia { $report }.
contest-unreferenced = Jeśli uważają Państwo, że naruszenie zostało odnotowane błędnie, prosimy zakwestionować je za pośrednictwem centrum sprzedawcy.
