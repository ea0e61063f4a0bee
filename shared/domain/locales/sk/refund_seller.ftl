# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Žiadosť o vrátenie peňazí { $request } k objednávke { $order }: { $status }
heading = Žiadosť o vrátenie peňazí k Vašim ponukám: { $status }
intro = Kupujúci požiadal o vrátenie peňazí k objednávke { $order }. Nižšie nájdete rozhodnutie k Vašim ponukám v tejto žiadosti.
items-heading = Vaše ponuky v tejto žiadosti
items-back-label = Vrátenie položiek Vám
recall-refund-charged-to-you = Ide o vrátenie peňazí z dôvodu spätného prevzatia výrobku: je účtované Vám.
summary-heading = Pre Vás
refunded-on-yours-label = Vrátené za Vaše ponuky
charged-to-you-label = Účtované Vám (spätné prevzatie výrobku)
items-come-back = Položky sa Vám vracajú: pozrite si vrátenie pri jednotlivých ponukách vyššie.
no-item-comes-back = Žiadna položka sa Vám nevracia.
none-of-your-listings = Táto žiadosť sa netýka žiadnej z Vašich ponúk.
what-you-can-do-heading = Čo môžete urobiť
respond-to-buyer = Odpovedzte kupujúcemu prostredníctvom centra predajcu (objednávka { $order }), ponúknite riešenie alebo vysvetlite svoje stanovisko.
after-sales-dispute = Žiadosť, ktorú s kupujúcim nevyriešite, prechádza na platformu ako popredajný spor a rozhodne o nej platforma.
buyer-rights-bind-you = Program nikdy neobmedzuje zákonné práva kupujúceho: naďalej ste viazaní zákonnou zárukou a pravidlami vrátenia tovaru platnými v krajine bydliska kupujúceho.
