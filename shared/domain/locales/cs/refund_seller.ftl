# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Žádost o vrácení peněz { $request } k objednávce { $order }: { $status }
heading = Žádost o vrácení peněz k Vašim nabídkám: { $status }
intro = Kupující požádal o vrácení peněz k objednávce { $order }. Níže najdete rozhodnutí k Vašim nabídkám v této žádosti.
items-heading = Vaše nabídky v této žádosti
items-back-label = Vrácení položek Vám
recall-refund-charged-to-you = Jde o vrácení peněz z důvodu stažení výrobku: je účtováno Vám.
summary-heading = Pro Vás
refunded-on-yours-label = Vráceno za Vaše nabídky
charged-to-you-label = Účtováno Vám (stažení výrobku)
items-come-back = Položky se Vám vracejí: viz vrácení u jednotlivých nabídek výše.
no-item-comes-back = Žádná položka se Vám nevrací.
none-of-your-listings = Tato žádost se netýká žádné z Vašich nabídek.
what-you-can-do-heading = Co můžete udělat
respond-to-buyer = Odpovězte kupujícímu prostřednictvím centra prodejce (objednávka { $order }), nabídněte řešení nebo vysvětlete svůj postoj.
after-sales-dispute = Žádost, kterou s kupujícím nevyřešíte, přechází na platformu jako poprodejní spor a rozhodne o ní platforma.
buyer-rights-bind-you = Program nikdy neomezuje zákonná práva kupujícího: nadále jste vázáni zákonnou zárukou a pravidly pro vracení zboží platnými v zemi bydliště kupujícího.
