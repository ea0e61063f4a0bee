# The order cancelled email, Swedish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Beställning annullerad: återkallelse av produkt av säkerhetsskäl
greeting = Bästa kund,
intro = Vi har annullerat din beställning { $order_id } från den { $order_date } (leveransland: { $market }) innan den skickades: produkten nedan återkallas av säkerhetsskäl.
not-delivered = Den kommer inte att levereras till dig. Eftersom du aldrig har fått den finns det inget du behöver sluta använda och inget att skicka tillbaka.
product-heading = Produkten
name = Produkt:
brand = Varumärke:
model = Modell:
hazard-heading = Varför den återkallas
refund-heading = Din återbetalning
refund = Du får hela beloppet tillbaka, det pris du betalade ({ $price_paid }) och beställningens avgifter, till det betalningssätt du använde.
nothing-to-do = Du behöver inte göra något.
help-heading = Frågor
contact = Om du har frågor kan du kontakta oss via avsnittet Hjälp i ditt konto.
signature = Teamet för produktsäkerhet
