# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Din anmodning om tilbagebetaling { $request } for ordre { $order }: Tilbagebetalingen er gennemført
subject-failed = Din anmodning om tilbagebetaling { $request } for ordre { $order }: De returnerede varer bestod ikke kvalitetskontrollen
heading-passed = Din tilbagebetaling er gennemført
heading-failed = Dine returnerede varer bestod ikke kvalitetskontrollen
intro-passed = De varer, du returnerede for ordre { $order }, bestod lagerets kvalitetskontrol den { $date }. Din tilbagebetaling er gennemført.
intro-failed = Lageret kontrollerede den { $date } de varer, du returnerede for ordre { $order }: De bestod ikke kvalitetskontrollen.
checked-on-label = Kontrolleret den
items-heading = Dine returnerede varer
paid-to-fast-refund-bonus = din hurtigrefusionsbonus
paid-to-original-payment = din oprindelige betalingsmetode
fast-refund-bonus-note = Tilbagebetalingen kan bruges med det samme.
original-payment-note = Afhængigt af din bank kan det tage noget tid, før transaktionen vises på din konto.
warehouse-found-heading = Hvad lageret konstaterede
warehouse-found-nothing-said = De returnerede varer opfylder ikke betingelserne for tilbagebetaling.
no-refund = Der udbetales ingen tilbagebetaling for disse varer.
