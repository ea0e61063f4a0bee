# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Czech.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Závazná je níže uvedená anglická verze.
signature = Tým pro bezpečnost výrobků
greeting = Dobrý den, { $name },
severity-general = obecné porušení
severity-serious = závažné porušení
measure-geo-block = geografická blokace (skryto na tomto trhu)
measure-rectification = náprava (skryto, dokud nabídku neopravíte)
measure-return-to-warehouse = vrácení do skladu (zásoby uložené u platformy vyřazeny z prodeje)
measure-delist = zrušení nabídky (odstraněna na všech trzích)
all-markets = všechny trhy
warehouse = sklad { $market }
sep = :{" "}
