# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Vaše žádost o vrácení peněz { $request } k objednávce { $order }: { $status }
heading = Vaše žádost o vrácení peněz: { $status }
intro = O Vaší žádosti o vrácení peněz k objednávce { $order } jsme rozhodli. Níže najdete rozhodnutí ke každé položce.
items-heading = Vaše položky
return-label = Vrácení zboží
total-refund-label = Celková vrácená částka
paid-to-fast-refund-bonus = Váš bonus za rychlé vrácení peněz (k okamžitému použití, jakmile budou peníze vyplaceny)
paid-to-original-payment = Váš původní platební prostředek (zobrazení transakce může Vaší bance trvat o několik dní déle)
paid-now-label = Vyplácíme nyní
paid-after-check-label = Vyplatíme po kontrole kvality ve skladu
after-check-note = Peníze za vrácené položky vyplatíme, jakmile sklad dokončí kontrolu kvality vrácených položek a ty splní podmínky pro vrácení peněz.
confirmation-to-come = Jakmile budou peníze vráceny, obdržíte potvrzení.
confirmed-now = Tento e-mail je potvrzením: peníze byly vráceny.
label-heading = Štítek pro vrácení
label-granted = K této žádosti je vystaven předplacený štítek pro vrácení. Zabalte položky a pošlete je s ním zpět podle pokynů ve formuláři pro vrácení.
label-shared-with-order = Tato žádost využívá předplacený štítek pro vrácení, který již byl k této objednávce vystaven: všechny vracené položky z objednávky prosím pošlete zpět v jednom balíku. Pokud s tímto štítkem pošlete jen část z nich, možná budete muset zaplatit dopravu ostatních.
label-refused-monthly-limit = Bez předplaceného štítku pro vrácení: v tomto kalendářním měsíci jste již obdrželi maximální počet tří (3) předplacených štítků pro vrácení. Kdo hradí vrácení jednotlivých položek, je uvedeno výše.
label-pickup-suspended = Bez předplaceného štítku pro vrácení: služby pro vracení zásilek jsou na Vaší doručovací adrese momentálně pozastaveny. Kdo hradí vrácení jednotlivých položek, je uvedeno výše.
request-refused-under-rules = Žádost byla zamítnuta podle pravidel
