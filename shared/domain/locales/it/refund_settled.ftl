# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = La sua richiesta di rimborso { $request } per l’ordine { $order }: il rimborso è stato effettuato
subject-failed = La sua richiesta di rimborso { $request } per l’ordine { $order }: gli articoli resi non hanno superato il controllo qualità
heading-passed = Il suo rimborso è stato effettuato
heading-failed = Gli articoli resi non hanno superato il controllo qualità
intro-passed = Gli articoli che ha reso per l’ordine { $order } hanno superato il controllo qualità del magazzino il giorno { $date }. Il suo rimborso è stato effettuato.
intro-failed = Il giorno { $date } il magazzino ha controllato gli articoli che ha reso per l’ordine { $order }: non hanno superato il controllo qualità.
checked-on-label = Data del controllo
items-heading = I suoi articoli resi
paid-to-fast-refund-bonus = il suo bonus di rimborso rapido
paid-to-original-payment = il metodo di pagamento originale
fast-refund-bonus-note = Il rimborso è utilizzabile subito.
original-payment-note = A seconda della sua banca, l’operazione potrebbe impiegare un po’ di tempo per comparire sul suo conto.
warehouse-found-heading = Che cosa ha riscontrato il magazzino
warehouse-found-nothing-said = Gli articoli resi non soddisfano le condizioni di rimborso.
no-refund = Per questi articoli non viene erogato alcun rimborso.
