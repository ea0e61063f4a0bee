# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Visszatérítési kérelem ({ $request }, rendelés: { $order }): { $status }
heading = Visszatérítési kérelem az Ön hirdetéseire: { $status }
intro = Egy vevő visszatérítést kért egy rendelésre ({ $order }). Alább olvashatja a kérelemben szereplő hirdetéseire vonatkozó döntést.
items-heading = Az Ön hirdetései ebben a kérelemben
items-back-label = Önhöz visszaérkező termékek
recall-refund-charged-to-you = Ez termékvisszahívás miatti visszatérítés: az összegét Önre terheljük.
summary-heading = Önre vonatkozóan
refunded-on-yours-label = Visszatérítve az Ön hirdetéseire
charged-to-you-label = Önre terhelve (termékvisszahívás)
items-come-back = Termékek érkeznek vissza Önhöz: lásd fent az egyes hirdetések visszaküldését.
no-item-comes-back = Önhöz egyetlen termék sem érkezik vissza.
none-of-your-listings = Ez a kérelem egyetlen hirdetését sem nevezi meg.
what-you-can-do-heading = Mit tehet
respond-to-buyer = Válaszoljon a vevőnek az eladói központon keresztül (rendelés: { $order }), hogy megoldást ajánljon, vagy kifejtse álláspontját.
after-sales-dispute = Az a kérelem, amelyet Ön és a vevő nem tud rendezni, értékesítés utáni vitaként a platformhoz kerül, és a platform dönt.
buyer-rights-bind-you = A program soha nem korlátozza a vevő törvényes jogait: Önt továbbra is kötik a vevő lakóhelye szerinti ország kellékszavatossági és visszaküldési szabályai.
