# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Fall
listing = Angebot
recall = Rückruf
markets = Märkte
appeal-deadline = Einspruchsfrist
received-subject = Einspruch eingegangen: Fall { $case }
received-heading = Wir haben Ihren Einspruch erhalten
received = Wir haben Ihren Einspruch am { $filed } erhalten. Ein Prüfer wird darüber entscheiden, und wir teilen Ihnen das Ergebnis mit. Die Maßnahmen für Ihr Angebot bleiben bis dahin bestehen, und solange Ihr Einspruch offen ist, wird kein Verbraucher kontaktiert.
received-ordered = Wir haben Ihren Einspruch am { $filed } erhalten. Ein Prüfer wird darüber entscheiden, und wir teilen Ihnen das Ergebnis mit. Die Maßnahmen für Ihr Angebot bleiben bis dahin bestehen. Die zuständige Behörde hat angeordnet, die Verbraucher sofort zu informieren; der Verbraucherrückruf läuft daher in der Zwischenzeit weiter.
grounds = Ihre Begründung: { $grounds }
upheld-subject = Einspruch stattgegeben: Fall { $case } – Ihr Angebot ist wieder im Verkauf
upheld-heading = Ihrem Einspruch wurde stattgegeben
upheld-reason = Ein Prüfer hat Ihrem Einspruch stattgegeben: { $reason }
upheld-lifted = Wir haben die Maßnahmen für Ihr Angebot in { $markets } aufgehoben: Es ist dort wieder im Verkauf.
upheld-points = Die Sanktion von { $points } Punkten wird zurückgenommen.
upheld-told = Die Verbraucher wurden auf Anordnung der zuständigen Behörde bereits informiert.
upheld-not-told = Die Verbraucher werden zu diesem Fall nicht kontaktiert.
rejected-subject = Einspruch abgelehnt: Fall { $case } – der Verbraucherrückruf beginnt
rejected-heading = Ihr Einspruch wurde abgelehnt
rejected-reason = Ein Prüfer hat Ihren Einspruch abgelehnt: { $reason }
rejected-stay = Die Maßnahmen für Ihr Angebot in { $markets } bleiben bestehen. Wir senden jetzt jedem Verbraucher, der das Produkt in diesen Märkten gekauft hat, eine Rückrufmitteilung. Die Abhilfen für die Verbraucher – der gezahlte Preis und die Gebühren der Bestellung – werden Ihnen belastet.
rejected-stay-points = Die Maßnahmen für Ihr Angebot in { $markets } bleiben bestehen, und die Sanktion von { $points } Punkten gilt. Wir senden jetzt jedem Verbraucher, der das Produkt in diesen Märkten gekauft hat, eine Rückrufmitteilung. Die Abhilfen für die Verbraucher – der gezahlte Preis und die Gebühren der Bestellung – werden Ihnen belastet.
refused-subject = Einspruch nicht angenommen: Fall { $case }
refused-heading = Ihr Einspruch konnte nicht angenommen werden
refused = Wir konnten Ihren Einspruch zu Fall { $case } nicht annehmen: { $reason }.
refused-deadline = Die Einspruchsfrist dieses Falls: { $deadline }.
refused-contact = Wenn Sie glauben, dass es sich um einen Fehler handelt, wenden Sie sich unter Angabe der Fallnummer an die Anlaufstelle für Produktsicherheit.
refused-no-case = Es gibt keinen Fall { $case }
refused-not-yours = Fall { $case } ist keiner Ihrer Fälle: Nur der Verkäufer des Angebots kann Einspruch einlegen
refused-late = Der Einspruch wurde am { $filed } eingelegt, nach Ablauf der Frist am { $deadline } (7 Tage ab der Rückrufmitteilung)
refused-state = Gegen Fall { $case } kann kein Einspruch mehr eingelegt werden
