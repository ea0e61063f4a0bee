# The consumer recall notice (SPEC 1.4.5, GPSR Art. 36): its fixed texts.
# { $… } are the SES placeholders of each buyer's data (order_id, order_date,
# price_paid, market, authority_name, authority_url), filled per destination.

sep = :{" "}
heading = Produktsicherheitsrückruf
subject-tail = verwenden Sie es ab sofort nicht mehr
greeting = Sehr geehrte Kundin, sehr geehrter Kunde,
intro = Sie haben das unten genannte Produkt auf unserem Marktplatz gekauft. Es wird zurückgerufen, weil es nicht sicher ist. Verwenden Sie es ab sofort nicht mehr und lesen Sie unten, was Sie tun müssen.
product-heading = Das zurückgerufene Produkt
name = Produkt:
brand = Marke:
model = Modell:
batch = Charge / Los:
batch-hint = Die Chargen- bzw. Losnummer finden Sie auf dem Produkt oder auf seiner Verpackung.
picture = Abbildung:
picture-alt = Abbildung des zurückgerufenen Produkts
sold = Sie haben es am { $order_date } (Bestellung { $order_id }) auf unserem Marktplatz gekauft; Lieferland: { $market }.
hazard-heading = Die Gefahr
hazard-intro = Die Gefahr:
todo-heading = Was Sie tun müssen
stop-using = Verwenden Sie das Produkt ab sofort nicht mehr. Bewahren Sie es außerhalb der Reichweite von Kindern auf und verkaufen oder verschenken Sie es nicht.
instructions-intro = Hinweise zum Rückruf:
share = Wenn Sie das Produkt weitergegeben haben oder jemanden kennen, der es besitzt, leiten Sie diese Mitteilung bitte an ihn weiter.
remedies-heading = Was wir Ihnen anbieten
remedies-intro = Sie können eine dieser Abhilfen wählen:
refund = die volle Erstattung des von Ihnen gezahlten Preises ({ $price_paid })
repair = die kostenlose Reparatur des Produkts
replace = den kostenlosen Ersatz durch ein sicheres Produkt
free = Jede Abhilfe ist für Sie kostenlos, auch eine etwaige Rücksendung.
how-heading = So gehen Sie vor
how = Gehen Sie in Ihrem Konto auf Meine Bestellungen → Bestellung { $order_id } → Rückgabe/Erstattung und wählen Sie den Grund „Produktrückruf“.
no-return = Sie müssen das Produkt vor der Erstattung nicht zurücksenden, es sei denn, wir bitten Sie darum. In diesem Fall ist die Rücksendung kostenlos.
contact = Bei Fragen wenden Sie sich über den Bereich Hilfe in Ihrem Konto an unseren Kundenservice.
authority-heading = Zuständige Behörde
authority-intro = Die für Verbraucherschutz und Produktsicherheit zuständige Behörde des Lieferlandes:
references-heading = Angaben zum Rückruf
recall-label = Rückruf:
published-by = Veröffentlicht von:
platform = Unser Marktplatz
sorry = Wir bitten die Unannehmlichkeiten zu entschuldigen.
signature = Ihr Team Produktsicherheit
fallback-authority = die nationale Verbraucherschutzbehörde (Produktrückrufe weltweit: OECD GlobalRecalls)
