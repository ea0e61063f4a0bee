# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Zaznamenáno porušení: { $violation } ({ $points })
heading = Zaznamenáno porušení
# $severity: general or serious violation (seller_common).
intro = U Vašeho účtu jsme zaznamenali porušení: { $violation } ({ $severity }, { $points }).
violation-heading = Porušení
violation = Porušení
recorded-on = Datum záznamu
counts-until-value = { $date } (poté záznam vypadne z klouzavého období 365 dnů)
sanction-heading = Sankce
meaning-listing-removal = Nabídka { $listing } je odstraněna na všech trzích. Výrobek znovu nenabízejte, ať už v této, nebo v jakékoli jiné nabídce.
meaning-listing-removal-unnamed = Nabídka je odstraněna na všech trzích. Výrobek znovu nenabízejte, ať už v této, nebo v jakékoli jiné nabídce.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Vašemu účtu je účtována pokuta ve výši { $amount }.
meaning-fine-unknown = Vašemu účtu je účtována pokuta.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Dokud se tento záznam započítává (365 dnů), je Váš účet alespoň ve stavu { $standing }: { $consequence }
meaning-permanent-ban = Trvalé zablokování účtu nevyprší: platí bez ohledu na stáří tohoto záznamu. { $consequence }
reminder-heading = Připomenutí shody
# $issue: the desk's words, quoted as given.
reminder = Výrobek z této nabídky nesplňuje požadavky, proto zasíláme připomenutí shody spotřebitelům, kteří jej od Vás zakoupili: „{ $issue }“ Poskytněte jim na jejich žádost poprodejní řešení, včetně vrácení zboží a peněz.
standing-note = Stav Vašeho účtu vyplývá ze sankce, nikoli z Vašich bodů: samotné Vaše body by odpovídaly stavu { $standing }.
contest-case = Pokud s tímto záznamem nesouhlasíte, podejte odvolání do 7 dnů od oznámení o stažení výrobku a uveďte případ { $case }.
contest-report = Pokud se domníváte, že toto porušení bylo zaznamenáno omylem, podejte námitku prostřednictvím centra prodejce a uveďte hlášení { $report }.
contest-unreferenced = Pokud se domníváte, že toto porušení bylo zaznamenáno omylem, podejte námitku prostřednictvím centra prodejce.
