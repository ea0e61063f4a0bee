# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Obvezujuća je engleska verzija u nastavku.
signature = Tim za sigurnost proizvoda
greeting = Poštovani { $name },
severity-general = opća povreda
severity-serious = teška povreda
measure-geo-block = geoblokiranje (skriveno na ovom tržištu)
measure-rectification = ispravak (skriveno dok ne ispravite oglas)
measure-return-to-warehouse = povrat u skladište (zalihe na platformi povučene iz prodaje)
measure-delist = uklanjanje oglasa (uklonjen na svim tržištima)
all-markets = sva tržišta
warehouse = skladište { $market }
sep = :{" "}
