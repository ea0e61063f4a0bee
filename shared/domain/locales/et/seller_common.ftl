# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Siduv on allpool esitatud ingliskeelne versioon.
signature = Tooteohutuse meeskond
greeting = Lugupeetud { $name },
severity-general = üldine rikkumine
severity-serious = raske rikkumine
measure-geo-block = geoblokeerimine (sellel turul peidetud)
measure-rectification = parandamine (peidetud, kuni parandate kuulutuse)
measure-return-to-warehouse = tagastamine lattu (platvormi laovarud eemaldatud)
measure-delist = müügilt eemaldatud (eemaldatud kõigilt turgudelt)
all-markets = kõik turud
warehouse = { $market } ladu
sep = :{" "}
