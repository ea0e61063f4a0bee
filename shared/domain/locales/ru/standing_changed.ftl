# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Russian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Статус Вашего аккаунта: { $before } → { $after }
heading-worse = Статус Вашего аккаунта ухудшился
heading-better = Статус Вашего аккаунта улучшился
heading-same = Статус Вашего аккаунта
change-worse = Статус Вашего аккаунта повысился с «{ $before }» до «{ $after }»: для Вашего аккаунта это хуже.
change-better = Статус Вашего аккаунта понизился с «{ $before }» до «{ $after }»: для Вашего аккаунта это лучше.
change-same = Статус Вашего аккаунта: «{ $after }».
trigger-new = Изменение вызвано новой записью от { $date }: { $violation } ({ $points }).
trigger-reversal = Изменение вызвано тем, что { $date } запись { $entry } была аннулирована.
trigger-reversal-of = Изменение вызвано тем, что { $date } запись { $entry } ({ $violation }, { $points }) была аннулирована.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (записи начиная с { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Ваш статус определяется санкцией ({ $sanctions }), а не Вашими баллами: по одним лишь баллам ({ $points }) у Вас был бы статус «{ $standing }».
sanction-note-unnamed = Ваш статус определяется санкцией, а не Вашими баллами: по одним лишь баллам ({ $points }) у Вас был бы статус «{ $standing }».
sanction-behind = { $sanction } (запись { $entry }, { $date })
thresholds-heading = Пороговые значения
thresholds-points = баллы за скользящий период 365 дней
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] балл
    [few] балла
    [many] баллов
   *[other] балла
  }
threshold-or-more = { $from ->
    [one] { $from } балл и более
    [few] { $from } балла и более
    [many] { $from } баллов и более
   *[other] { $from } балла и более
  }
your-standing = Ваш статус
thresholds-note = Санкция, наложенная за нарушение (ограничение на отправку, заморозка аккаунта, приостановка аккаунта, бессрочная блокировка), устанавливает для Вашего аккаунта как минимум соответствующий ей статус, пока учитывается её запись; бессрочная блокировка действует независимо от давности записи.
entries-heading = Записи, на которых он основан
no-entries = За скользящий период 365 дней не учитывается ни одно взыскание.
lasting-heading = Санкции, которые продолжают действовать
reversals-heading = Аннулирования за скользящий период 365 дней
entry-title = { $date }: { $violation }
reversal-title = { $date }: Аннулирование – { $violation }
sanction = Санкция
counts-until-ban = { $date } (баллы записи; бессрочная блокировка не имеет срока окончания)
to-contest = Как оспорить
to-contest-case = подайте апелляцию в течение 7 дней с даты уведомления об отзыве, указав идентификатор дела
to-contest-report = через центр продавца, указав идентификатор сообщения о нарушении
to-contest-entry = через центр продавца, указав идентификатор записи
note = Примечание
lasting-note = Старше 365 дней: баллы этой записи больше не учитываются, но бессрочная блокировка действует независимо от давности.
reverses = Аннулирует
reverses-of = { $entry } ({ $violation }, внесена { $date }, { $points })
contest-case = Запись по делу об отзыве можно обжаловать в течение 7 дней с даты уведомления об отзыве (до срока подачи апелляции, указанного в уведомлении), указав идентификатор дела.
contest-report = Нарушение, о котором было сообщено, оспаривается через центр продавца с указанием идентификатора сообщения о нарушении.
