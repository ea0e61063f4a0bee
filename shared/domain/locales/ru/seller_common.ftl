# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets. Russian.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Обязательную силу имеет приведённая ниже английская версия.
signature = Команда по безопасности продукции
greeting = Здравствуйте, { $name }!
severity-general = общее нарушение
severity-serious = серьёзное нарушение
measure-geo-block = геоблокировка (скрыто на этом рынке)
measure-rectification = исправление (скрыто, пока Вы не исправите объявление)
measure-return-to-warehouse = возврат на склад (запасы на платформе сняты с продажи)
measure-delist = снятие с публикации (удалено на всех рынках)
all-markets = все рынки
warehouse = склад { $market }
sep = :{" "}
