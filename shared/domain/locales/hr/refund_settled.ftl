# The refund settlement email to the buyer, after the warehouse's quality check of the returned items. Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Vaš zahtjev za povrat novca { $request } za narudžbu { $order }: povrat novca je izvršen
subject-failed = Vaš zahtjev za povrat novca { $request } za narudžbu { $order }: vraćeni artikli nisu prošli provjeru kvalitete
heading-passed = Povrat novca je izvršen
heading-failed = Vaši vraćeni artikli nisu prošli provjeru kvalitete
intro-passed = Artikli koje ste vratili iz narudžbe { $order } prošli su dana { $date } provjeru kvalitete u skladištu. Povrat novca je izvršen.
intro-failed = Skladište je dana { $date } provjerilo artikle koje ste vratili iz narudžbe { $order }: nisu prošli provjeru kvalitete.
checked-on-label = Datum provjere
items-heading = Vaši vraćeni artikli
paid-to-fast-refund-bonus = Vaš bonus za brzi povrat novca
paid-to-original-payment = Vaš izvorni način plaćanja
fast-refund-bonus-note = Vraćeni iznos možete odmah potrošiti.
original-payment-note = Ovisno o Vašoj banci, transakcija se na Vašem računu može pojaviti tek nakon nekog vremena.
warehouse-found-heading = Što je skladište utvrdilo
warehouse-found-nothing-said = Vraćeni artikli ne ispunjavaju uvjete za povrat novca.
no-refund = Za ove se artikle ne isplaćuje povrat novca.
