# The order cancelled email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

heading = Bestellung storniert: Produktrückruf aus Sicherheitsgründen
greeting = Sehr geehrte Kundin, sehr geehrter Kunde,
intro = Wir haben Ihre Bestellung { $order_id } vom { $order_date } (Lieferland: { $market }) vor dem Versand storniert: Für das unten genannte Produkt läuft ein Rückruf aus Sicherheitsgründen.
not-delivered = Es wird Ihnen nicht geliefert. Da Sie es nie erhalten haben, müssen Sie weder etwas außer Gebrauch nehmen noch etwas zurücksenden.
product-heading = Das Produkt
name = Produkt:
brand = Marke:
model = Modell:
hazard-heading = Warum es zurückgerufen wird
refund-heading = Ihre Erstattung
refund = Sie erhalten den vollen Betrag zurück, den gezahlten Preis ({ $price_paid }) und die Gebühren der Bestellung, über das von Ihnen verwendete Zahlungsmittel.
nothing-to-do = Sie müssen nichts tun.
help-heading = Fragen
contact = Bei Fragen wenden Sie sich über den Bereich Hilfe in Ihrem Konto an uns.
signature = Ihr Team Produktsicherheit
