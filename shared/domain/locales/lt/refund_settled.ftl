# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Jūsų pinigų grąžinimo prašymas { $request } dėl užsakymo { $order }: pinigai grąžinti
subject-failed = Jūsų pinigų grąžinimo prašymas { $request } dėl užsakymo { $order }: grąžintos prekės neišlaikė kokybės patikrinimo
heading-passed = Pinigai Jums grąžinti
heading-failed = Jūsų grąžintos prekės neišlaikė kokybės patikrinimo
intro-passed = Prekės, kurias grąžinote iš užsakymo { $order }, { $date } išlaikė sandėlio kokybės patikrinimą. Pinigai Jums grąžinti.
intro-failed = { $date } sandėlis patikrino prekes, kurias grąžinote iš užsakymo { $order }: jos neišlaikė kokybės patikrinimo.
checked-on-label = Patikrinimo data
items-heading = Jūsų grąžintos prekės
paid-to-fast-refund-bonus = Jūsų greitojo grąžinimo premija
paid-to-original-payment = Jūsų pradinis mokėjimo būdas
fast-refund-bonus-note = Grąžintą sumą galite išleisti iškart.
original-payment-note = Priklausomai nuo Jūsų banko, operacija Jūsų sąskaitoje gali atsirasti po kurio laiko.
warehouse-found-heading = Ką nustatė sandėlis
warehouse-found-nothing-said = Grąžintos prekės neatitinka pinigų grąžinimo sąlygų.
no-refund = Už šias prekes pinigai negrąžinami.
