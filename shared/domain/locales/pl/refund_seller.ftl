# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Wniosek o zwrot pieniędzy { $request } dotyczący zamówienia { $order }: { $status }
heading = Wniosek o zwrot pieniędzy dotyczący Państwa ofert: { $status }
intro = Kupujący złożył wniosek o zwrot pieniędzy za zamówienie { $order }. Poniżej przedstawiamy decyzję dotyczącą Państwa ofert objętych wnioskiem.
items-heading = Państwa oferty objęte tym wnioskiem
items-back-label = Zwrot artykułów do Państwa
recall-refund-charged-to-you = Jest to zwrot pieniędzy z tytułu wycofania produktu: jego koszt obciąża Państwa.
summary-heading = Dla Państwa
refunded-on-yours-label = Zwrócono za Państwa oferty
charged-to-you-label = Obciążenie Państwa (wycofanie produktu)
items-come-back = Artykuły wracają do Państwa: sposób odesłania w ramach każdej oferty podano powyżej.
no-item-comes-back = Żaden artykuł nie wraca do Państwa.
none-of-your-listings = Ten wniosek nie dotyczy żadnej z Państwa ofert.
what-you-can-do-heading = Co mogą Państwo zrobić
respond-to-buyer = Prosimy odpowiedzieć kupującemu za pośrednictwem centrum sprzedawcy (zamówienie { $order }), aby zaproponować rozwiązanie lub przedstawić swoje stanowisko.
after-sales-dispute = Wniosek, którego nie uda się Państwu rozstrzygnąć z kupującym, trafia do platformy jako spór posprzedażowy, a decyzję podejmuje platforma.
buyer-rights-bind-you = Program nigdy nie ogranicza ustawowych praw kupującego: nadal wiążą Państwa przepisy o ustawowej odpowiedzialności za zgodność towaru z umową oraz zasady zwrotów obowiązujące w kraju zamieszkania kupującego.
