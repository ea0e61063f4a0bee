# The compliance reminder email, Dutch.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Herinnering over de conformiteit van uw product
greeting = Geachte klant,
intro = U hebt het onderstaande product op onze marktplaats gekocht. Het voldoet niet volledig aan de regels die erop van toepassing zijn. Lees hieronder wat er mis is en wat u moet doen.
keep = Dit is alleen een herinnering: wij vragen u niet om het product terug te sturen.
product-heading = Uw product
name = Product:
brand = Merk:
model = Model:
picture = Afbeelding:
picture-alt = Afbeelding van het product
sold = U hebt het op { $order_date } (bestelling { $order_id }) op onze marktplaats gekocht; land van levering: { $market }.
issue-heading = Wat er mis is
todo-heading = Wat u moet doen
help-heading = Vragen en retourneren
contact = Hebt u vragen of wilt u het product retourneren? Neem dan contact met ons op via het onderdeel Help in uw account.
rights = U behoudt al uw rechten als consument, waaronder het recht om, waar van toepassing, om een retour of terugbetaling te vragen.
reassure = Wij controleren de producten die op onze marktplaats worden verkocht en laten het u weten wanneer iets uw aandacht nodig heeft.
signature = Het team Productveiligheid
