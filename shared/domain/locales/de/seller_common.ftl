# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Maßgeblich ist die nachstehende englische Fassung.
signature = Ihr Team Produktsicherheit
greeting = Guten Tag { $name },
severity-general = allgemeiner Verstoß
severity-serious = schwerer Verstoß
measure-geo-block = Geoblocking (in diesem Markt ausgeblendet)
measure-rectification = Nachbesserung (ausgeblendet, bis Sie das Angebot korrigieren)
measure-return-to-warehouse = Rückführung ins Lager (Plattformbestand zurückgezogen)
measure-delist = ausgelistet (in allen Märkten entfernt)
all-markets = alle Märkte
warehouse = Lager { $market }
sep = :{" "}
