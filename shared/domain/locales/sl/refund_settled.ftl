# The refund settlement email to the buyer, after the warehouse's quality check of the returned items. Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Vaša zahteva za vračilo kupnine { $request } za naročilo { $order }: kupnina je vrnjena
subject-failed = Vaša zahteva za vračilo kupnine { $request } za naročilo { $order }: vrnjeni izdelki niso prestali kontrole kakovosti
heading-passed = Kupnina je vrnjena
heading-failed = Vaši vrnjeni izdelki niso prestali kontrole kakovosti
intro-passed = Izdelki, ki ste jih vrnili iz naročila { $order }, so dne { $date } prestali kontrolo kakovosti v skladišču. Kupnina je vrnjena.
intro-failed = Skladišče je dne { $date } preverilo izdelke, ki ste jih vrnili iz naročila { $order }: niso prestali kontrole kakovosti.
checked-on-label = Datum kontrole
items-heading = Vaši vrnjeni izdelki
paid-to-fast-refund-bonus = vaš bonus za hitro vračilo kupnine
paid-to-original-payment = vaše prvotno plačilno sredstvo
fast-refund-bonus-note = Vrnjeni znesek lahko porabite takoj.
original-payment-note = Odvisno od vaše banke bo morda trajalo nekaj časa, preden bo transakcija vidna na vašem računu.
warehouse-found-heading = Kaj je ugotovilo skladišče
warehouse-found-nothing-said = Vrnjeni izdelki ne izpolnjujejo pogojev za vračilo kupnine.
no-refund = Za te izdelke se kupnina ne vrne.
