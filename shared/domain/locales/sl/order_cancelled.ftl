# The order cancelled email, Slovenian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Naročilo preklicano: odpoklic izdelka iz varnostnih razlogov
greeting = Spoštovani,
intro = Vaše naročilo { $order_id } z dne { $order_date } (država dostave: { $market }) smo preklicali, preden je bilo odposlano: za spodaj navedeni izdelek poteka odpoklic iz varnostnih razlogov.
not-delivered = Izdelek vam ne bo dostavljen. Ker ga niste nikoli prejeli, vam ni treba ničesar prenehati uporabljati in ničesar vračati.
product-heading = Izdelek
name = Izdelek:
brand = Blagovna znamka:
model = Model:
hazard-heading = Zakaj je izdelek odpoklican
refund-heading = Vračilo kupnine
refund = Vrnili vam bomo celoten znesek, plačano ceno ({ $price_paid }) in stroške naročila, na plačilno sredstvo, ki ste ga uporabili.
nothing-to-do = Ničesar vam ni treba storiti.
help-heading = Vprašanja
contact = Če imate vprašanja, se obrnite na nas v razdelku Pomoč v svojem računu.
signature = Ekipa za varnost izdelkov
