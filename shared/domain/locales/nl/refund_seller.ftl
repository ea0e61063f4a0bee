# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Terugbetalingsverzoek { $request } voor bestelling { $order }: { $status }
heading = Terugbetalingsverzoek voor uw advertenties: { $status }
intro = Een koper heeft om terugbetaling gevraagd voor bestelling { $order }. Hieronder vindt u het besluit over uw advertenties in het verzoek.
items-heading = Uw advertenties in dit verzoek
items-back-label = Artikelen terug naar u
recall-refund-charged-to-you = Dit is een terugbetaling wegens een terugroepactie: deze wordt aan u doorberekend.
summary-heading = Voor u
refunded-on-yours-label = Terugbetaald op uw advertenties
charged-to-you-label = Aan u doorberekend (terugroepactie)
items-come-back = Er komen artikelen naar u terug: zie hierboven de retour per advertentie.
no-item-comes-back = Er komt geen artikel naar u terug.
none-of-your-listings = Dit verzoek betreft geen van uw advertenties.
what-you-can-do-heading = Wat u kunt doen
respond-to-buyer = Reageer via het verkoperscentrum (bestelling { $order }) op de koper om een oplossing aan te bieden of uw standpunt toe te lichten.
after-sales-dispute = Een verzoek dat u en de koper niet samen kunnen oplossen, gaat als geschil na verkoop naar het platform, en het platform beslist.
buyer-rights-bind-you = Het programma beperkt nooit de wettelijke rechten van de koper: u blijft gebonden aan de wettelijke garantie en de retourregels van het woonland van de koper.
