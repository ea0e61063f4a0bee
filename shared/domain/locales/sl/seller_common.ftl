# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Zavezujoča je spodnja angleška različica.
signature = Ekipa za varnost izdelkov
greeting = Spoštovani { $name },
severity-general = splošna kršitev
severity-serious = huda kršitev
measure-geo-block = geografska blokada (skrito na tem trgu)
measure-rectification = odprava pomanjkljivosti (skrito, dokler ponudbe ne popravite)
measure-return-to-warehouse = vrnitev v skladišče (zaloga na platformi umaknjena iz prodaje)
measure-delist = odstranitev ponudbe (odstranjena na vseh trgih)
all-markets = vsi trgi
warehouse = skladišče { $market }
sep = :{" "}
