# The order cancelled email, Estonian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Tellimus tühistatud: tooteohutusega seotud tagasikutsumine
greeting = Lugupeetud klient,
intro = Tühistasime Teie tellimuse { $order_id } (tellimuse kuupäev { $order_date }; tarneriik: { $market }) enne selle väljasaatmist: allpool nimetatud toode kutsutakse ohutuse tõttu tagasi.
not-delivered = Toodet Teile ei tarnita. Kuna Te pole seda kunagi kätte saanud, ei pea Te toote kasutamist lõpetama ega midagi tagasi saatma.
product-heading = Toode
name = Toode:
brand = Kaubamärk:
model = Mudel:
hazard-heading = Miks toode tagasi kutsutakse
refund-heading = Raha tagastamine
refund = Tagastame Teile kogu summa – makstud hinna ({ $price_paid }) ja tellimuse tasud – samale makseviisile, mida kasutasite.
nothing-to-do = Te ei pea midagi tegema.
help-heading = Küsimused
contact = Kui Teil on küsimusi, võtke meiega ühendust oma konto jaotise Abi kaudu.
signature = Tooteohutuse meeskond
