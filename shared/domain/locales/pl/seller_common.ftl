# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Polish.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Wiążąca jest poniższa wersja angielska.
signature = Zespół ds. Bezpieczeństwa Produktów
greeting = Dzień dobry, { $name },
severity-general = naruszenie ogólne
severity-serious = naruszenie poważne
measure-geo-block = blokada geograficzna (oferta ukryta na tym rynku)
measure-rectification = korekta (oferta ukryta do czasu jej poprawienia)
measure-return-to-warehouse = zwrot do magazynu (zapasy na platformie wycofane ze sprzedaży)
measure-delist = usunięcie oferty (oferta usunięta na wszystkich rynkach)
all-markets = wszystkie rynki
warehouse = magazyn { $market }
sep = :{" "}
