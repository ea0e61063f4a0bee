# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Russian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Зарегистрировано нарушение: { $violation } ({ $points })
heading = Зарегистрировано нарушение
# $severity: general or serious violation (seller_common).
intro = Мы зарегистрировали нарушение в отношении Вашего аккаунта: { $violation } ({ $severity }, { $points }).
violation-heading = Нарушение
violation = Нарушение
recorded-on = Дата регистрации
counts-until-value = { $date } (после этого запись выходит из скользящего периода 365 дней)
sanction-heading = Санкция
meaning-listing-removal = Объявление { $listing } удалено на всех рынках. Не размещайте этот товар повторно — ни в этом, ни в каком-либо другом объявлении.
meaning-listing-removal-unnamed = Объявление удалено на всех рынках. Не размещайте этот товар повторно — ни в этом, ни в каком-либо другом объявлении.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = С Вашего аккаунта взимается штраф в размере { $amount }.
meaning-fine-unknown = С Вашего аккаунта взимается штраф.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Пока эта запись учитывается (365 дней), Ваш аккаунт находится как минимум в статусе «{ $standing }»: { $consequence }
meaning-permanent-ban = Бессрочная блокировка не имеет срока окончания: она действует независимо от давности этой записи. { $consequence }
reminder-heading = Напоминание о соответствии требованиям
# $issue: the desk's words, quoted as given.
reminder = Товар по этому объявлению не соответствует требованиям, поэтому мы направляем напоминание о соответствии требованиям потребителям, купившим его у Вас: «{ $issue }» Предоставляйте им послепродажные решения, включая возврат товара и денег, по их запросу.
standing-note = Ваш статус определяется санкцией, а не Вашими баллами: по одним лишь баллам у Вас был бы статус «{ $standing }».
contest-case = Если Вы не согласны с этой записью, подайте апелляцию в течение 7 дней с даты уведомления об отзыве, указав дело { $case }.
contest-report = Если Вы считаете, что это нарушение зарегистрировано ошибочно, оспорьте его через центр продавца, указав сообщение о нарушении { $report }.
contest-unreferenced = Если Вы считаете, что это нарушение зарегистрировано ошибочно, оспорьте его через центр продавца.
