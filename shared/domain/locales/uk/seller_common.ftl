# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Обов'язковою є англійська версія, наведена нижче.
signature = Команда з безпечності продукції
greeting = Доброго дня, { $name }!
severity-general = загальне порушення
severity-serious = серйозне порушення
measure-geo-block = геоблокування (приховано на цьому ринку)
measure-rectification = виправлення (приховано, доки ви не виправите оголошення)
measure-return-to-warehouse = повернення на склад (товарні запаси на складі платформи вилучено)
measure-delist = зняття з публікації (видалено на всіх ринках)
all-markets = усі ринки
warehouse = склад { $market }
sep = :{" "}
