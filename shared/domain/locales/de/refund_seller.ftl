# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Erstattungsantrag { $request } zur Bestellung { $order }: { $status }
heading = Erstattungsantrag zu Ihren Angeboten: { $status }
intro = Ein Käufer hat zur Bestellung { $order } eine Erstattung beantragt. Hier ist die Entscheidung zu Ihren Angeboten in diesem Antrag.
items-heading = Ihre Angebote in diesem Antrag
items-back-label = Rücksendung an Sie
recall-refund-charged-to-you = Dies ist eine Erstattung wegen eines Produktrückrufs: Sie wird Ihnen belastet.
summary-heading = Für Sie
refunded-on-yours-label = Erstattet auf Ihre Angebote
charged-to-you-label = Ihnen belastet (Produktrückruf)
items-come-back = Artikel kommen an Sie zurück: siehe die Rücksendung je Angebot oben.
no-item-comes-back = Es kommen keine Artikel an Sie zurück.
none-of-your-listings = Dieser Antrag betrifft keines Ihrer Angebote.
what-you-can-do-heading = Was Sie tun können
respond-to-buyer = Antworten Sie dem Käufer über das Verkäuferzentrum (Bestellung { $order }), um eine Lösung anzubieten oder Ihre Sicht darzulegen.
after-sales-dispute = Ein Antrag, über den Sie und der Käufer sich nicht einigen können, geht als Streitfall nach dem Kauf an die Plattform, die dann entscheidet.
buyer-rights-bind-you = Das Programm schränkt die gesetzlichen Rechte des Käufers nie ein: Sie bleiben an die gesetzlichen Gewährleistungs- und Rückgaberegeln seines Wohnsitzlandes gebunden.
