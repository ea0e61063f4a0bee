# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values. Slovak.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Spätné prevzatie výrobku z bezpečnostných dôvodov: { $title } – { $listings ->
    [one] { $listings } ponuka zablokovaná
    [few] { $listings } ponuky zablokované
    [many] { $listings } ponuky zablokovanej
   *[other] { $listings } ponúk zablokovaných
  }, odvolanie do { $deadline }
subject-update = Aktualizácia – Spätné prevzatie výrobku z bezpečnostných dôvodov: { $title } – teraz zablokované aj v { $markets }, odvolanie do { $deadline }
heading = Oznámenie o spätnom prevzatí výrobku z bezpečnostných dôvodov
heading-update = Aktualizácia: oznámenie o spätnom prevzatí výrobku z bezpečnostných dôvodov
intro = Výrobok, ktorý predávate, je predmetom spätného prevzatia z dôvodu bezpečnosti výrobkov. Pri Vašich ponukách sme prijali nižšie uvedené opatrenia a v súvislosti s týmto spätným prevzatím musíte teraz konať.
intro-update = Nižšie uvedené spätné prevzatie sa teraz vzťahuje na ďalšie trhy, na ktorých sú Vaše ponuky zverejnené. Opatrenia pri nich sme rozšírili.
recall-heading = Spätné prevzatie
recall = Spätné prevzatie
recall-id = ID spätného prevzatia
reported-by = Oznámil
risk = Úroveň rizika
hazard = Nebezpečenstvo
listings-heading = Vaše dotknuté ponuky
listing-ref = Ponuka { $listing } · prípad { $case }
why = Dôvod zhody
measures = Prijaté opatrenia
penalty = Uplatňovaná sankcia
penalty-points = { $points ->
    [one] { $points } bod
    [few] { $points } body
    [many] { $points } bodu
   *[other] { $points } bodov
  } ({ $severity }) – záznam vo Vašej evidencii sankčných bodov; zruší sa, ak bude Vášmu odvolaniu vyhovené
penalty-own = žiadna: toto spätné prevzatie vlastného výrobku ste nahlásili sami, ako to vyžadujú pravidlá, a preto sa zaň nezapisujú žiadne body
todo-heading = Čo musíte urobiť
todo-stop = Prestaňte na dotknutých trhoch predávať spätne preberaný výrobok a znovu ho neponúkajte, či už v tejto, alebo v akejkoľvek inej ponuke.
todo-pull = Stiahnite dotknuté zásoby z predaja a vykonajte spätné prevzatie tak, ako to vyžadujú uplatniteľné právne predpisy a príslušný orgán.
todo-remedies = Buďte pripravení znášať náklady na riešenia pre spotrebiteľov: zaplatená cena a poplatky za objednávku Vám budú účtované za každé vrátenie peňazí z dôvodu spätného prevzatia.
violation-serious = Predaj spätne preberaného výrobku je porušením pravidiel: 6 bodov za každú ponuku (závažné porušenie), ktoré sa s týmto oznámením zapisujú do evidencie sankčných bodov Vášho účtu a zrušia sa, ak bude Vášmu odvolaniu vyhovené.
violation-general = Predaj spätne preberaného výrobku je porušením pravidiel: 2 body za každú ponuku (všeobecné porušenie), ktoré sa s týmto oznámením zapisujú do evidencie sankčných bodov Vášho účtu a zrušia sa, ak bude Vášmu odvolaniu vyhovené.
violation-own = Toto spätné prevzatie vlastného výrobku ste nahlásili sami: pri Vašich ponukách sa zaň nezapisuje žiadna sankcia.
relisting = Opätovné ponúknutie výrobku alebo úprava ponuky s cieľom obísť spätné prevzatie je závažným porušením (6 bodov).
appeal-heading = Odvolanie
appeal = Ak nesúhlasíte s opatreniami súvisiacimi so spätným prevzatím alebo so sankciou, podajte odvolanie do { $deadline } (7 dní od tohto oznámenia) a uveďte ID prípadu. Po tomto dátume alebo ak bude odvolanie zamietnuté, pošleme oznámenie o spätnom prevzatí každému spotrebiteľovi, ktorý si výrobok kúpil.
