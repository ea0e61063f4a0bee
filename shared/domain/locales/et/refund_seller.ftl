# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Raha tagastamise taotlus { $request } tellimuse { $order } kohta: { $status }
heading = Teie kuulutusi puudutav raha tagastamise taotlus: { $status }
intro = Ostja taotles tellimuse { $order } eest raha tagastamist. Allpool on otsus taotluses nimetatud Teie kuulutuste kohta.
items-heading = Teie kuulutused selles taotluses
items-back-label = Kaupade tagastamine Teile
recall-refund-charged-to-you = See on toote tagasikutsumisega seotud raha tagastamine: see nõutakse sisse Teilt.
summary-heading = Teie jaoks
refunded-on-yours-label = Tagastatud Teie kuulutuste eest
charged-to-you-label = Nõutakse sisse Teilt (toote tagasikutsumine)
items-come-back = Kaubad saadetakse Teile tagasi: vt iga kuulutuse tagastamist eespool.
no-item-comes-back = Teile ei saadeta ühtegi kaupa tagasi.
none-of-your-listings = Selles taotluses ei ole nimetatud ühtegi Teie kuulutust.
what-you-can-do-heading = Mida saate teha
respond-to-buyer = Vastake ostjale müüjakeskuse kaudu (tellimus { $order }), et pakkuda lahendust või selgitada oma seisukohta.
after-sales-dispute = Taotlus, mille osas Te ostjaga kokkuleppele ei jõua, läheb platvormile müügijärgse vaidlusena ja platvorm teeb otsuse.
buyer-rights-bind-you = Programm ei piira kunagi ostja seadusjärgseid õigusi: Teid seovad jätkuvalt ostja elukohariigi seadusjärgse garantii ja tagastamise reeglid.
