# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Privalomą teisinę galią turi toliau pateikta versija anglų kalba.
signature = Gaminių saugos komanda
greeting = Laba diena, { $name },
severity-general = bendrasis pažeidimas
severity-serious = sunkus pažeidimas
measure-geo-block = geografinis blokavimas (paslėpta šioje rinkoje)
measure-rectification = ištaisymas (paslėpta, kol ištaisysite skelbimą)
measure-return-to-warehouse = grąžinimas į sandėlį (platformos atsargos išimtos)
measure-delist = išimta iš prekybos (pašalinta visose rinkose)
all-markets = visos rinkos
warehouse = { $market } sandėlis
sep = :{" "}
