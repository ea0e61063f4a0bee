# The order cancelled email, Danish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Ordre annulleret: tilbagekaldelse af produkt af sikkerhedshensyn
greeting = Kære kunde,
intro = Vi har annulleret din ordre { $order_id } af { $order_date } (leveringsland: { $market }), før den blev afsendt: Nedenstående produkt er omfattet af en tilbagekaldelse af sikkerhedshensyn.
not-delivered = Produktet bliver ikke leveret til dig. Da du aldrig har modtaget det, er der intet, du skal stoppe med at bruge, og intet, du skal sende tilbage.
product-heading = Produktet
name = Produkt:
brand = Mærke:
model = Model:
hazard-heading = Hvorfor det kaldes tilbage
refund-heading = Din tilbagebetaling
refund = Du får hele beløbet tilbage – den pris, du har betalt ({ $price_paid }), og ordrens gebyrer – via den betalingsmetode, du brugte.
nothing-to-do = Du behøver ikke at gøre noget.
help-heading = Spørgsmål
contact = Hvis du har spørgsmål, kan du kontakte os via afsnittet Hjælp på din konto.
signature = Produktsikkerhedsteamet
