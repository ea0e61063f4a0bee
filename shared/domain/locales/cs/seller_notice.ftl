# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values. Czech.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Stažení výrobku z důvodu bezpečnosti: { $title } – { $listings ->
    [one] { $listings } nabídka zablokována
    [few] { $listings } nabídky zablokovány
    [many] { $listings } nabídky zablokováno
   *[other] { $listings } nabídek zablokováno
  }, odvolání do { $deadline }
subject-update = Aktualizace – Stažení výrobku z důvodu bezpečnosti: { $title } – nyní zablokováno také v { $markets }, odvolání do { $deadline }
heading = Oznámení o stažení výrobku z důvodu bezpečnosti
heading-update = Aktualizace: oznámení o stažení výrobku z důvodu bezpečnosti
intro = Výrobek, který prodáváte, je předmětem stažení z důvodu bezpečnosti výrobků. U Vašich nabídek jsme přijali níže uvedená opatření a nyní musíte v souvislosti s tímto stažením jednat.
intro-update = Níže uvedené stažení se nyní vztahuje na další trhy, na kterých jsou Vaše nabídky zveřejněny. Opatření u nich jsme rozšířili.
recall-heading = Stažení výrobku
recall = Stažení výrobku
recall-id = ID stažení
reported-by = Oznámil
risk = Úroveň rizika
hazard = Nebezpečí
listings-heading = Vaše dotčené nabídky
listing-ref = Nabídka { $listing } · případ { $case }
why = Důvod shody
measures = Přijatá opatření
penalty = Uplatněná sankce
penalty-points = { $points ->
    [one] { $points } bod
    [few] { $points } body
    [many] { $points } bodu
   *[other] { $points } bodů
  } ({ $severity }) – zápis do Vaší evidence sankčních bodů; zruší se, pokud bude Vašemu odvolání vyhověno
penalty-own = žádná: toto stažení vlastního výrobku jste nahlásili sami, jak vyžadují pravidla, a proto se za ně nezapisují žádné body
todo-heading = Co musíte udělat
todo-stop = Přestaňte stahovaný výrobek na dotčených trzích prodávat a znovu jej nenabízejte, ať už v této, nebo v jakékoli jiné nabídce.
todo-pull = Stáhněte dotčené zásoby z prodeje a proveďte stažení výrobku tak, jak vyžadují platné právní předpisy a příslušný orgán.
todo-remedies = Buďte připraveni nést náklady na nápravu poskytovanou spotřebitelům: zaplacená cena a poplatky za objednávku Vám budou účtovány za každé vrácení peněz z důvodu stažení výrobku.
violation-serious = Prodej staženého výrobku je porušením pravidel: 6 bodů za každou nabídku (závažné porušení), které se s tímto oznámením zapisují do evidence sankčních bodů Vašeho účtu a zruší se, pokud bude Vašemu odvolání vyhověno.
violation-general = Prodej staženého výrobku je porušením pravidel: 2 body za každou nabídku (obecné porušení), které se s tímto oznámením zapisují do evidence sankčních bodů Vašeho účtu a zruší se, pokud bude Vašemu odvolání vyhověno.
violation-own = Toto stažení vlastního výrobku jste nahlásili sami: u Vašich nabídek se za ně nezapisuje žádná sankce.
relisting = Opětovné nabídnutí výrobku nebo úprava nabídky s cílem obejít stažení výrobku je závažným porušením (6 bodů).
appeal-heading = Odvolání
appeal = Pokud nesouhlasíte s opatřeními v souvislosti se stažením výrobku nebo se sankcí, podejte odvolání do { $deadline } (7 dní od tohoto oznámení) a uveďte ID případu. Po tomto datu, nebo pokud bude odvolání zamítnuto, zašleme oznámení o stažení výrobku každému spotřebiteli, který výrobek zakoupil.
