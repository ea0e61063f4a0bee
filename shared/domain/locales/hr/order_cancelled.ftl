# The order cancelled email, Croatian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Narudžba otkazana: opoziv proizvoda zbog sigurnosti
greeting = Poštovani,
intro = Otkazali smo Vašu narudžbu { $order_id } od { $order_date } (zemlja isporuke: { $market }) prije nego što je poslana: niže navedeni proizvod predmet je opoziva zbog sigurnosti.
not-delivered = Proizvod Vam neće biti isporučen. Budući da ga niste ni primili, ne morate ništa prestati upotrebljavati niti išta vraćati.
product-heading = Proizvod
name = Proizvod:
brand = Marka:
model = Model:
hazard-heading = Zašto se opoziva
refund-heading = Povrat novca
refund = Vratit ćemo Vam cijeli iznos, plaćenu cijenu ({ $price_paid }) i troškove narudžbe, na način plaćanja kojim ste se koristili.
nothing-to-do = Ne morate ništa poduzeti.
help-heading = Pitanja
contact = Ako imate pitanja, obratite nam se putem odjeljka Pomoć u svojem korisničkom računu.
signature = Tim za sigurnost proizvoda
