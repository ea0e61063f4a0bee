# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Din anmodning om tilbagebetaling { $request } for ordre { $order }: { $status }
heading = Din anmodning om tilbagebetaling: { $status }
intro = Vi har truffet afgørelse om din anmodning om tilbagebetaling for ordre { $order }. Her er afgørelsen for hver vare.
items-heading = Dine varer
return-label = Returnering
total-refund-label = Samlet tilbagebetaling
paid-to-fast-refund-bonus = din hurtigrefusionsbonus (kan bruges med det samme, når tilbagebetalingen er udbetalt)
paid-to-original-payment = din oprindelige betalingsmetode (der kan gå nogle dage mere, før transaktionen vises hos din bank)
paid-now-label = Udbetales nu
paid-after-check-label = Udbetales efter lagerets kvalitetskontrol
after-check-note = Tilbagebetalingen for returnerede varer udbetales, så snart lagerets kvalitetskontrol af de returnerede varer er afsluttet, og de opfylder betingelserne for tilbagebetaling.
confirmation-to-come = Du får en bekræftelse, når tilbagebetalingen er gennemført.
confirmed-now = Denne e-mail bekræfter det: Tilbagebetalingen er gennemført.
label-heading = Returlabel
label-granted = Der udstedes en forudbetalt returlabel til denne anmodning. Pak varerne, og send dem tilbage med den efter anvisningerne på returformularen.
label-shared-with-order = Denne anmodning deler den forudbetalte returlabel, der allerede er udstedt til denne ordre: Returner venligst alle ordrens returnerede varer i én pakke. Hvis du kun sender en del af dem med returlabelen, kan du komme til at betale forsendelsen af de øvrige.
label-refused-monthly-limit = Ingen forudbetalt returlabel: Du har allerede modtaget det maksimale antal på tre (3) forudbetalte returlabels i denne kalendermåned. Hvem der betaler returneringen af hver vare, fremgår ovenfor.
label-pickup-suspended = Ingen forudbetalt returlabel: Returpakketjenester er i øjeblikket suspenderet på din leveringsadresse. Hvem der betaler returneringen af hver vare, fremgår ovenfor.
request-refused-under-rules = Anmodningen blev afvist i henhold til reglerne
