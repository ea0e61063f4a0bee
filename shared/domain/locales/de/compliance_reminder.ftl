# The compliance reminder email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

sep = :{" "}
heading = Hinweis zur Produktkonformität
greeting = Sehr geehrte Kundin, sehr geehrter Kunde,
intro = Sie haben das unten genannte Produkt auf unserem Marktplatz gekauft. Es entspricht nicht vollständig den dafür geltenden Vorschriften. Lesen Sie unten, was nicht in Ordnung ist und was Sie tun sollten.
keep = Dies ist nur ein Hinweis: Wir bitten Sie nicht, das Produkt zurückzusenden.
product-heading = Ihr Produkt
name = Produkt:
brand = Marke:
model = Modell:
picture = Abbildung:
picture-alt = Abbildung des Produkts
sold = Sie haben es am { $order_date } (Bestellung { $order_id }) auf unserem Marktplatz gekauft; Lieferland: { $market }.
issue-heading = Was nicht in Ordnung ist
todo-heading = Was Sie tun sollten
help-heading = Fragen und Rückgabe
contact = Wenn Sie Fragen haben oder das Produkt zurückgeben möchten, wenden Sie sich über den Bereich Hilfe in Ihrem Konto an uns.
rights = Ihre Verbraucherrechte bleiben unberührt, darunter gegebenenfalls das Recht auf Rückgabe oder Erstattung.
reassure = Wir prüfen die auf unserem Marktplatz verkauften Produkte und informieren Sie, sobald etwas Ihre Aufmerksamkeit erfordert.
signature = Ihr Team Produktsicherheit
