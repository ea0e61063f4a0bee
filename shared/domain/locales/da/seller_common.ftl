# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Det er den engelske version nedenfor, der er bindende.
signature = Produktsikkerhedsteamet
greeting = Kære { $name },
severity-general = generel overtrædelse
severity-serious = alvorlig overtrædelse
measure-geo-block = geoblokering (skjult på dette marked)
measure-rectification = udbedring (skjult, indtil du retter annoncen)
measure-return-to-warehouse = returnering til lager (platformens lagerbeholdning trukket tilbage)
measure-delist = afpubliceret (fjernet på alle markeder)
all-markets = alle markeder
warehouse = lager i { $market }
sep = :{" "}
