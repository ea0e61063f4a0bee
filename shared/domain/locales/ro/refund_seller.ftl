# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Cererea de rambursare { $request } pentru comanda { $order }: { $status }
heading = Cerere de rambursare privind anunțurile dumneavoastră: { $status }
intro = Un cumpărător a solicitat o rambursare pentru comanda { $order }. Mai jos găsiți decizia privind anunțurile dumneavoastră incluse în cerere.
items-heading = Anunțurile dumneavoastră din această cerere
items-back-label = Articole returnate către dumneavoastră
recall-refund-charged-to-you = Aceasta este o rambursare ca urmare a rechemării produsului: vă este imputată.
summary-heading = Pentru dumneavoastră
refunded-on-yours-label = Rambursat pentru anunțurile dumneavoastră
charged-to-you-label = Imputat dumneavoastră (rechemarea produsului)
items-come-back = Articolele vă sunt returnate: consultați mai sus returnarea pentru fiecare anunț.
no-item-comes-back = Niciun articol nu vă este returnat.
none-of-your-listings = Această cerere nu menționează niciunul dintre anunțurile dumneavoastră.
what-you-can-do-heading = Ce puteți face
respond-to-buyer = Răspundeți cumpărătorului prin centrul vânzătorilor (comanda { $order }) pentru a oferi o soluție sau pentru a vă explica poziția.
after-sales-dispute = O cerere pe care dumneavoastră și cumpărătorul nu o puteți soluționa ajunge la platformă ca dispută post-vânzare, iar platforma decide.
buyer-rights-bind-you = Programul nu limitează niciodată drepturile legale ale cumpărătorului: garanția legală și regulile de returnare din țara de reședință a cumpărătorului rămân obligatorii pentru dumneavoastră.
