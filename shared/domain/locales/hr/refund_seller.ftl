# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code). Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Zahtjev za povrat novca { $request } za narudžbu { $order }: { $status }
heading = Zahtjev za povrat novca za Vaše oglase: { $status }
intro = Kupac je zatražio povrat novca za narudžbu { $order }. U nastavku je odluka o Vašim oglasima u zahtjevu.
items-heading = Vaši oglasi u ovom zahtjevu
items-back-label = Artikli koji Vam se vraćaju
recall-refund-charged-to-you = Ovo je povrat novca zbog opoziva proizvoda: naplaćuje se Vama.
summary-heading = Za Vas
refunded-on-yours-label = Vraćeno za Vaše oglase
charged-to-you-label = Naplaćeno Vama (opoziv proizvoda)
items-come-back = Artikli Vam se vraćaju: pogledajte povrat za svaki oglas gore.
no-item-comes-back = Nijedan Vam se artikl ne vraća.
none-of-your-listings = U ovom zahtjevu nije naveden nijedan Vaš oglas.
what-you-can-do-heading = Što možete učiniti
respond-to-buyer = Odgovorite kupcu putem centra za prodavatelje (narudžba { $order }) kako biste ponudili rješenje ili objasnili svoje stajalište.
after-sales-dispute = Zahtjev koji Vi i kupac ne možete riješiti upućuje se platformi kao postprodajni spor, a odluku donosi platforma.
buyer-rights-bind-you = Program nikada ne ograničava zakonska prava kupca: i dalje ste obvezni poštovati zakonsko jamstvo i pravila o povratu zemlje boravišta kupca.
