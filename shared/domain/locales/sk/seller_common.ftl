# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Slovak.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Záväzné je nižšie uvedené anglické znenie.
signature = Tím pre bezpečnosť výrobkov
greeting = Dobrý deň, { $name },
severity-general = všeobecné porušenie
severity-serious = závažné porušenie
measure-geo-block = geografické blokovanie (skryté na tomto trhu)
measure-rectification = náprava (skryté, kým ponuku neopravíte)
measure-return-to-warehouse = vrátenie do skladu (zásoby uložené na platforme stiahnuté z predaja)
measure-delist = zrušenie ponuky (odstránená na všetkých trhoch)
all-markets = všetky trhy
warehouse = sklad { $market }
sep = :{" "}
