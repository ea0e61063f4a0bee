# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Bulgarian.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Обвързваща е английската версия по-долу.
signature = Екипът по безопасност на продуктите
greeting = Уважаеми { $name },
severity-general = общо нарушение
severity-serious = сериозно нарушение
measure-geo-block = географско блокиране (скрита на този пазар)
measure-rectification = коригиране (скрита, докато не коригирате обявата)
measure-return-to-warehouse = връщане в склада (наличностите на платформата са изтеглени)
measure-delist = премахване на обявата (премахната на всички пазари)
all-markets = всички пазари
warehouse = склад { $market }
sep = :{" "}
