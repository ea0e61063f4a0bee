# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Visszatérítési kérelme ({ $request }, rendelés: { $order }): a visszatérítés megtörtént
subject-failed = Visszatérítési kérelme ({ $request }, rendelés: { $order }): a visszaküldött termékek nem feleltek meg a minőségellenőrzésen
heading-passed = A visszatérítés megtörtént
heading-failed = Visszaküldött termékei nem feleltek meg a minőségellenőrzésen
intro-passed = A rendeléséből ({ $order }) visszaküldött termékei { $date } napján megfeleltek a raktári minőségellenőrzésen. A visszatérítés megtörtént.
intro-failed = A raktár { $date } napján ellenőrizte a rendeléséből ({ $order }) visszaküldött termékeit: nem feleltek meg a minőségellenőrzésen.
checked-on-label = Ellenőrzés dátuma
items-heading = Visszaküldött termékei
paid-to-fast-refund-bonus = az Ön gyors visszatérítési bónusza
paid-to-original-payment = az Ön eredeti fizetési módja
fast-refund-bonus-note = A visszatérített összeg azonnal elkölthető.
original-payment-note = Bankjától függően a tranzakció megjelenése a számláján némi időt vehet igénybe.
warehouse-found-heading = A raktár megállapításai
warehouse-found-nothing-said = A visszaküldött termékek nem felelnek meg a visszatérítés feltételeinek.
no-refund = Ezekre a termékekre nem fizetünk visszatérítést.
