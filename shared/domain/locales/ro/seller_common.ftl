# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Versiunea în limba engleză de mai jos este cea cu caracter obligatoriu.
signature = Echipa Siguranța Produselor
greeting = Stimate/Stimată { $name },
severity-general = încălcare generală
severity-serious = încălcare gravă
measure-geo-block = blocare geografică (anunț ascuns pe această piață)
measure-rectification = rectificare (anunț ascuns până când îl corectați)
measure-return-to-warehouse = returnare în depozit (stocul platformei este retras)
measure-delist = eliminare din ofertă (anunț eliminat de pe toate piețele)
all-markets = toate piețele
warehouse = depozitul { $market }
sep = :{" "}
