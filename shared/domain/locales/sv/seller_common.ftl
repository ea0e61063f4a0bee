# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Det är den engelska versionen nedan som är bindande.
signature = Teamet för produktsäkerhet
greeting = Bästa { $name },
severity-general = allmän överträdelse
severity-serious = allvarlig överträdelse
measure-geo-block = geoblockering (dold på den här marknaden)
measure-rectification = rättelse (dold tills du åtgärdar annonsen)
measure-return-to-warehouse = retur till lager (plattformens lagerbestånd har dragits tillbaka)
measure-delist = avpublicerad (borttagen på alla marknader)
all-markets = alla marknader
warehouse = lager i { $market }
sep = :{" "}
