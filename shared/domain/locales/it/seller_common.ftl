# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Fa fede la versione inglese riportata di seguito.
signature = Il team Sicurezza dei prodotti
greeting = Gentile { $name },
severity-general = violazione generale
severity-serious = violazione grave
measure-geo-block = blocco geografico (inserzione nascosta in questo mercato)
measure-rectification = rettifica (inserzione nascosta finché non la correggerà)
measure-return-to-warehouse = rientro in magazzino (giacenze della piattaforma ritirate)
measure-delist = inserzione rimossa (eliminata in tutti i mercati)
all-markets = tutti i mercati
warehouse = magazzino { $market }
sep = :{" "}
