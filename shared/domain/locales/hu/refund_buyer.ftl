# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Visszatérítési kérelme ({ $request }, rendelés: { $order }): { $status }
heading = Visszatérítési kérelme: { $status }
intro = Döntöttünk a rendelésével ({ $order }) kapcsolatos visszatérítési kérelméről. Alább olvashatja az egyes termékekre vonatkozó döntést.
items-heading = Az Ön termékei
return-label = Visszaküldés
total-refund-label = Teljes visszatérítés
paid-to-fast-refund-bonus = az Ön gyors visszatérítési bónusza (a visszatérítés kifizetésekor azonnal elkölthető)
paid-to-original-payment = az Ön eredeti fizetési módja (bankjának néhány további napra lehet szüksége a tranzakció megjelenítéséhez)
paid-now-label = Most kerül kifizetésre
paid-after-check-label = A raktári minőségellenőrzés után kerül kifizetésre
after-check-note = A visszaküldött termékek visszatérítését azonnal kifizetjük, amint a raktár befejezte a visszaküldött termékek minőségellenőrzését, és azok megfelelnek a visszatérítés feltételeinek.
confirmation-to-come = A visszatérítés teljesítésekor visszaigazolást fog kapni.
confirmed-now = Ez az e-mail igazolja: a visszatérítés megtörtént.
label-heading = Visszaküldési címke
label-granted = Ehhez a kérelemhez előre fizetett visszaküldési címkét állítottunk ki. Csomagolja be a termékeket, és küldje vissza őket a címkével, a visszaküldési űrlapon található utasítások szerint.
label-shared-with-order = Ez a kérelem a rendeléshez már kiállított előre fizetett visszaküldési címkét használja: a rendelés összes visszaküldött termékét egy csomagban küldje vissza. Ha a címkével csak egy részüket küldi el, előfordulhat, hogy a többi szállítási költségét Önnek kell megfizetnie.
label-refused-monthly-limit = Nincs előre fizetett visszaküldési címke: ebben a naptári hónapban már megkapta a legfeljebb három (3) előre fizetett visszaküldési címkét. Azt, hogy az egyes termékek visszaküldésének költségét ki viseli, fent tüntettük fel.
label-pickup-suspended = Nincs előre fizetett visszaküldési címke: a visszaküldési csomagszolgáltatások az Ön szállítási címén jelenleg szünetelnek. Azt, hogy az egyes termékek visszaküldésének költségét ki viseli, fent tüntettük fel.
request-refused-under-rules = A kérelmet a szabályok alapján elutasítottuk
