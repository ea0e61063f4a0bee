# The order cancelled email, Dutch.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Bestelling geannuleerd: terugroepactie in verband met productveiligheid
greeting = Geachte klant,
intro = Wij hebben uw bestelling { $order_id } van { $order_date } (land van levering: { $market }) geannuleerd voordat deze werd verzonden: voor het onderstaande product loopt een terugroepactie in verband met productveiligheid.
not-delivered = Het wordt niet aan u geleverd. Omdat u het nooit hebt ontvangen, hoeft u niets buiten gebruik te stellen en niets terug te sturen.
product-heading = Het product
name = Product:
brand = Merk:
model = Model:
hazard-heading = Waarom het wordt teruggeroepen
refund-heading = Uw terugbetaling
refund = U krijgt het volledige bedrag terug, de prijs die u hebt betaald ({ $price_paid }) en de kosten van de bestelling, via de betaalmethode die u hebt gebruikt.
nothing-to-do = U hoeft niets te doen.
help-heading = Vragen
contact = Hebt u vragen? Neem dan contact met ons op via het onderdeel Help in uw account.
signature = Het team Productveiligheid
