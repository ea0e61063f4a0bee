# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.

subject-passed = Ihr Erstattungsantrag { $request } zur Bestellung { $order }: Erstattung erfolgt
subject-failed = Ihr Erstattungsantrag { $request } zur Bestellung { $order }: Die zurückgesandten Artikel haben die Qualitätsprüfung nicht bestanden
heading-passed = Ihre Erstattung ist erfolgt
heading-failed = Ihre zurückgesandten Artikel haben die Qualitätsprüfung nicht bestanden
intro-passed = Die Artikel, die Sie zur Bestellung { $order } zurückgesandt haben, haben am { $date } die Qualitätsprüfung im Lager bestanden. Ihre Erstattung ist erfolgt.
intro-failed = Das Lager hat die Artikel, die Sie zur Bestellung { $order } zurückgesandt haben, am { $date } geprüft: Sie haben die Qualitätsprüfung nicht bestanden.
checked-on-label = Geprüft am
items-heading = Ihre zurückgesandten Artikel
paid-to-fast-refund-bonus = Ihren Schnellerstattungsbonus
paid-to-original-payment = Ihre ursprüngliche Zahlungsmethode
fast-refund-bonus-note = Die Erstattung ist sofort verfügbar.
original-payment-note = Je nach Bank kann es einige Zeit dauern, bis die Buchung auf Ihrem Konto erscheint.
warehouse-found-heading = Feststellung des Lagers
warehouse-found-nothing-said = Die zurückgesandten Artikel erfüllen die Erstattungsbedingungen nicht.
no-refund = Für diese Artikel wird keine Erstattung gezahlt.
