# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code). Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Zahteva za vračilo kupnine { $request } za naročilo { $order }: { $status }
heading = Zahteva za vračilo kupnine za vaše ponudbe: { $status }
intro = Kupec je zahteval vračilo kupnine za naročilo { $order }. Spodaj je odločitev o vaših ponudbah v zahtevi.
items-heading = Vaše ponudbe v tej zahtevi
items-back-label = Izdelki, ki se vam vrnejo
recall-refund-charged-to-you = To je vračilo kupnine zaradi odpoklica izdelka: zaračuna se vam.
summary-heading = Za vas
refunded-on-yours-label = Vrnjeno za vaše ponudbe
charged-to-you-label = Zaračunano vam (odpoklic izdelka)
items-come-back = Izdelki se vam vrnejo: glejte vračilo pri posamezni ponudbi zgoraj.
no-item-comes-back = Noben izdelek se vam ne vrne.
none-of-your-listings = Ta zahteva ne navaja nobene od vaših ponudb.
what-you-can-do-heading = Kaj lahko storite
respond-to-buyer = Kupcu odgovorite prek centra za prodajalce (naročilo { $order }) in mu ponudite rešitev ali pojasnite svoje stališče.
after-sales-dispute = Zahteva, ki je s kupcem ne morete rešiti, se kot poprodajni spor preda platformi, ki o njej odloči.
buyer-rights-bind-you = Program nikoli ne omejuje zakonskih pravic kupca: še naprej vas zavezujejo zakonsko jamstvo in pravila vračila države prebivališča kupca.
