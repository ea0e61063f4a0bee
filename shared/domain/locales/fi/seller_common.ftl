# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Alla oleva englanninkielinen versio on sitova.
signature = Tuoteturvallisuustiimi
greeting = Hyvä { $name },
severity-general = yleinen rikkomus
severity-serious = vakava rikkomus
measure-geo-block = maantieteellinen esto (piilotettu tällä markkina-alueella)
measure-rectification = korjaaminen (piilotettu, kunnes korjaatte myynti-ilmoituksen)
measure-return-to-warehouse = palautus varastoon (alustan varastossa olevat tuotteet vedetty pois)
measure-delist = poistettu myynnistä (poistettu kaikilta markkina-alueilta)
all-markets = kaikki markkina-alueet
warehouse = varasto { $market }
sep = :{" "}
