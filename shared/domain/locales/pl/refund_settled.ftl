# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Państwa wniosek o zwrot pieniędzy { $request } dotyczący zamówienia { $order }: zwrot pieniędzy został zrealizowany
subject-failed = Państwa wniosek o zwrot pieniędzy { $request } dotyczący zamówienia { $order }: odesłane artykuły nie przeszły kontroli jakości
heading-passed = Zwrot pieniędzy został zrealizowany
heading-failed = Odesłane przez Państwa artykuły nie przeszły kontroli jakości
intro-passed = Artykuły odesłane przez Państwa w ramach zamówienia { $order } przeszły w dniu { $date } kontrolę jakości w magazynie. Zwrot pieniędzy został zrealizowany.
intro-failed = W dniu { $date } magazyn sprawdził artykuły odesłane przez Państwa w ramach zamówienia { $order }: nie przeszły one kontroli jakości.
checked-on-label = Data kontroli
items-heading = Odesłane przez Państwa artykuły
paid-to-fast-refund-bonus = Państwa bonus szybkiego zwrotu pieniędzy
paid-to-original-payment = Państwa pierwotną metodę płatności
fast-refund-bonus-note = Zwrócona kwota jest dostępna do natychmiastowego wykorzystania.
original-payment-note = W zależności od banku pojawienie się transakcji na Państwa rachunku może potrwać pewien czas.
warehouse-found-heading = Ustalenia magazynu
warehouse-found-nothing-said = Odesłane artykuły nie spełniają warunków zwrotu.
no-refund = Za te artykuły nie zostanie wypłacony zwrot pieniędzy.
