# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Vaše žádost o vrácení peněz { $request } k objednávce { $order }: peníze byly vráceny
subject-failed = Vaše žádost o vrácení peněz { $request } k objednávce { $order }: vrácené položky neprošly kontrolou kvality
heading-passed = Vaše peníze byly vráceny
heading-failed = Vaše vrácené položky neprošly kontrolou kvality
intro-passed = Položky, které jste vrátili z objednávky { $order }, prošly dne { $date } kontrolou kvality ve skladu. Vaše peníze byly vráceny.
intro-failed = Sklad dne { $date } zkontroloval položky, které jste vrátili z objednávky { $order }: neprošly kontrolou kvality.
checked-on-label = Datum kontroly
items-heading = Vaše vrácené položky
paid-to-fast-refund-bonus = Váš bonus za rychlé vrácení peněz
paid-to-original-payment = Váš původní platební prostředek
fast-refund-bonus-note = Vrácená částka je k dispozici k okamžitému použití.
original-payment-note = V závislosti na Vaší bance může chvíli trvat, než se transakce objeví na Vašem účtu.
warehouse-found-heading = Zjištění skladu
warehouse-found-nothing-said = Vrácené položky nesplňují podmínky pro vrácení peněz.
no-refund = Za tyto položky se peníze nevracejí.
