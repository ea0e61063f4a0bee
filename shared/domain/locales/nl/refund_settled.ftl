# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Uw terugbetalingsverzoek { $request } voor bestelling { $order }: de terugbetaling is uitgevoerd
subject-failed = Uw terugbetalingsverzoek { $request } voor bestelling { $order }: de geretourneerde artikelen zijn afgekeurd bij de kwaliteitscontrole
heading-passed = Uw terugbetaling is uitgevoerd
heading-failed = Uw geretourneerde artikelen zijn afgekeurd bij de kwaliteitscontrole
intro-passed = De artikelen die u voor bestelling { $order } hebt geretourneerd, zijn op { $date } goedgekeurd bij de kwaliteitscontrole van het magazijn. Uw terugbetaling is uitgevoerd.
intro-failed = Het magazijn heeft de artikelen die u voor bestelling { $order } hebt geretourneerd op { $date } gecontroleerd: ze zijn afgekeurd bij de kwaliteitscontrole.
checked-on-label = Gecontroleerd op
items-heading = Uw geretourneerde artikelen
paid-to-fast-refund-bonus = uw bonus voor snelle terugbetaling
paid-to-original-payment = uw oorspronkelijke betaalmethode
fast-refund-bonus-note = Het terugbetaalde bedrag is direct te besteden.
original-payment-note = Afhankelijk van uw bank kan het enige tijd duren voordat de transactie op uw rekening verschijnt.
warehouse-found-heading = Wat het magazijn heeft vastgesteld
warehouse-found-nothing-said = De geretourneerde artikelen voldoen niet aan de voorwaarden voor terugbetaling.
no-refund = Voor deze artikelen wordt niets terugbetaald.
