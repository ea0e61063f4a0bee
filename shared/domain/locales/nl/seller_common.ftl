# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = De onderstaande Engelse versie is bindend.
signature = Het team Productveiligheid
greeting = Geachte { $name },
severity-general = algemene overtreding
severity-serious = ernstige overtreding
measure-geo-block = geoblokkering (verborgen in deze markt)
measure-rectification = correctie (verborgen totdat u de advertentie corrigeert)
measure-return-to-warehouse = terug naar magazijn (voorraad van het platform teruggehaald)
measure-delist = offline gehaald (in alle markten verwijderd)
all-markets = alle markten
warehouse = magazijn { $market }
sep = :{" "}
