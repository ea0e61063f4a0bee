# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Ukrainian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Зареєстровано порушення: { $violation } ({ $points })
heading = Зареєстровано порушення
# $severity: general or serious violation (seller_common).
intro = Ми зареєстрували порушення щодо вашого облікового запису: { $violation } ({ $severity }, { $points }).
violation-heading = Порушення
violation = Порушення
recorded-on = Дата реєстрації
counts-until-value = { $date } (після цього запис виходить за межі ковзного періоду 365 днів)
sanction-heading = Санкція
meaning-listing-removal = Оголошення { $listing } видалено на всіх ринках. Не розміщуйте цей товар повторно ні в цьому, ні в будь-якому іншому оголошенні.
meaning-listing-removal-unnamed = Оголошення видалено на всіх ринках. Не розміщуйте цей товар повторно ні в цьому, ні в будь-якому іншому оголошенні.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = З вашого облікового запису стягується штраф у розмірі { $amount }.
meaning-fine-unknown = З вашого облікового запису стягується штраф.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Доки цей запис враховується (365 днів), ваш обліковий запис має щонайменше статус «{ $standing }»: { $consequence }
meaning-permanent-ban = Безстрокове блокування не має строку закінчення: воно діє незалежно від давності цього запису. { $consequence }
reminder-heading = Нагадування щодо відповідності вимогам
# $issue: the desk's words, quoted as given.
reminder = Товар за цим оголошенням не відповідає вимогам, тому ми надсилаємо нагадування щодо відповідності вимогам споживачам, які придбали його у вас: «{ $issue }» Надавайте їм післяпродажні рішення, зокрема повернення товару та коштів, на їхню вимогу.
standing-note = Ваш статус визначається санкцією, а не вашими балами: лише за балами ви мали б статус «{ $standing }».
contest-case = Якщо ви не згодні з цим записом, подайте апеляцію протягом 7 днів від дати повідомлення про відкликання, зазначивши справу { $case }.
contest-report = Якщо ви вважаєте, що це порушення зареєстровано помилково, оскаржте його через центр продавця, зазначивши повідомлення про порушення { $report }.
contest-unreferenced = Якщо ви вважаєте, що це порушення зареєстровано помилково, оскаржте його через центр продавця.
