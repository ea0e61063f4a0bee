# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Din begäran om återbetalning { $request } för beställning { $order }: återbetalningen är genomförd
subject-failed = Din begäran om återbetalning { $request } för beställning { $order }: de returnerade varorna godkändes inte vid kvalitetskontrollen
heading-passed = Din återbetalning är genomförd
heading-failed = Dina returnerade varor godkändes inte vid kvalitetskontrollen
intro-passed = Varorna som du returnerade för beställning { $order } godkändes vid lagrets kvalitetskontroll den { $date }. Din återbetalning är genomförd.
intro-failed = Lagret kontrollerade den { $date } varorna som du returnerade för beställning { $order }: de godkändes inte vid kvalitetskontrollen.
checked-on-label = Kontrollerad den
items-heading = Dina returnerade varor
paid-to-fast-refund-bonus = din snabbåterbetalningsbonus
paid-to-original-payment = ditt ursprungliga betalningssätt
fast-refund-bonus-note = Återbetalningen kan användas direkt.
original-payment-note = Beroende på din bank kan det ta en tid innan transaktionen syns på ditt konto.
warehouse-found-heading = Vad lagret konstaterade
warehouse-found-nothing-said = De returnerade varorna uppfyller inte villkoren för återbetalning.
no-refund = Ingen återbetalning görs för dessa varor.
