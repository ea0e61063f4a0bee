# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Ihr Erstattungsantrag { $request } zur Bestellung { $order }: { $status }
heading = Ihr Erstattungsantrag: { $status }
intro = Wir haben über Ihren Erstattungsantrag zur Bestellung { $order } entschieden. Hier ist die Entscheidung für jeden Artikel.
items-heading = Ihre Artikel
return-label = Rücksendung
total-refund-label = Erstattung insgesamt
paid-to-fast-refund-bonus = Ihren Schnellerstattungsbonus (sofort nach der Auszahlung verfügbar)
paid-to-original-payment = Ihre ursprüngliche Zahlungsmethode (Ihre Bank braucht eventuell einige Tage länger, um die Buchung anzuzeigen)
paid-now-label = Wird jetzt ausgezahlt
paid-after-check-label = Ausgezahlt nach der Qualitätsprüfung im Lager
after-check-note = Die Erstattung zurückgesandter Artikel wird ausgezahlt, sobald ihre Qualitätsprüfung im Lager abgeschlossen ist und sie die Erstattungsbedingungen erfüllen.
confirmation-to-come = Sie erhalten eine Bestätigung, sobald die Erstattung erfolgt ist.
confirmed-now = Diese E-Mail ist Ihre Bestätigung: Die Erstattung ist erfolgt.
label-heading = Rücksendeetikett
label-granted = Für diesen Antrag wird ein vorfrankiertes Rücksendeetikett ausgestellt. Verpacken Sie die Artikel und senden Sie sie damit zurück; folgen Sie dabei den Anweisungen auf dem Rücksendeformular.
label-shared-with-order = Dieser Antrag nutzt das bereits für diese Bestellung ausgestellte vorfrankierte Rücksendeetikett: Senden Sie bitte alle zurückgegebenen Artikel der Bestellung in einem Paket zurück. Wenn Sie nur einen Teil davon mit dem Etikett senden, müssen Sie den Versand der übrigen möglicherweise selbst bezahlen.
label-refused-monthly-limit = Kein vorfrankiertes Rücksendeetikett: Sie haben in diesem Kalendermonat bereits die Höchstzahl von drei (3) vorfrankierten Rücksendeetiketten erhalten. Wer die Rücksendung der einzelnen Artikel bezahlt, steht oben.
label-pickup-suspended = Kein vorfrankiertes Rücksendeetikett: Rücksendedienste sind an Ihrer Lieferadresse derzeit ausgesetzt. Wer die Rücksendung der einzelnen Artikel bezahlt, steht oben.
request-refused-under-rules = Der Antrag wurde nach den folgenden Regeln abgelehnt
