# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Cererea dumneavoastră de rambursare { $request } pentru comanda { $order }: rambursarea a fost efectuată
subject-failed = Cererea dumneavoastră de rambursare { $request } pentru comanda { $order }: articolele returnate nu au trecut controlul de calitate
heading-passed = Rambursarea dumneavoastră a fost efectuată
heading-failed = Articolele returnate nu au trecut controlul de calitate
intro-passed = Articolele pe care le-ați returnat din comanda { $order } au trecut controlul de calitate al depozitului la data de { $date }. Rambursarea dumneavoastră a fost efectuată.
intro-failed = Depozitul a verificat la data de { $date } articolele pe care le-ați returnat din comanda { $order }: acestea nu au trecut controlul de calitate.
checked-on-label = Data verificării
items-heading = Articolele dumneavoastră returnate
paid-to-fast-refund-bonus = bonusul dumneavoastră de rambursare rapidă
paid-to-original-payment = metoda de plată inițială
fast-refund-bonus-note = Suma rambursată este disponibilă imediat pentru cumpărături.
original-payment-note = În funcție de banca dumneavoastră, poate dura un timp până când tranzacția apare în contul dumneavoastră.
warehouse-found-heading = Ce a constatat depozitul
warehouse-found-nothing-said = Articolele returnate nu îndeplinesc condițiile de rambursare.
no-refund = Pentru aceste articole nu se plătește nicio rambursare.
