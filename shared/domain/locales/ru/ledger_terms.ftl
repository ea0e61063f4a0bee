# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). Russian.
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = отзываемый товар в продаже
violation-recall-evasion = объявление опубликовано или отредактировано, когда на него распространяется отзыв
violation-intellectual-property = нарушение прав интеллектуальной собственности
violation-prohibited-item = запрещённый или ограниченный к продаже товар
violation-health-and-safety = охрана здоровья и безопасность
violation-false-information = ложная или вводящая в заблуждение информация в объявлении
violation-pricing-abuse = злоупотребления в ценообразовании и промоакциях

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Отзываемый товар в продаже
violation-recall-evasion-label = Объявление опубликовано или отредактировано, когда на него распространяется отзыв
violation-intellectual-property-label = Нарушение прав интеллектуальной собственности
violation-prohibited-item-label = Запрещённый или ограниченный к продаже товар
violation-health-and-safety-label = Охрана здоровья и безопасность
violation-false-information-label = Ложная или вводящая в заблуждение информация в объявлении
violation-pricing-abuse-label = Злоупотребления в ценообразовании и промоакциях

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Общее нарушение
severity-serious-label = Серьёзное нарушение

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = объявление удалено на всех рынках
sanction-financial-penalty = денежный штраф
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = денежный штраф в размере { $amount }
sanction-shipping-restriction = ограничение на отправку
sanction-account-freeze = аккаунт заморожен
sanction-suspension = аккаунт приостановлен
sanction-permanent-ban = бессрочная блокировка

## The account standings, from best to worst, as names

standing-good = Хороший статус
standing-warning = Предупреждение
standing-listing-restrictions = Ограничения на объявления
standing-shipping-restricted = Отправка ограничена / аккаунт заморожен
standing-suspended = Аккаунт приостановлен
standing-terminated = Аккаунт закрыт

## What each standing means for the seller, in one sentence

consequence-good = К Вашему аккаунту не применяется никаких ограничений.
consequence-warning = Официальное предупреждение: при дальнейших нарушениях Ваш аккаунт будет ограничен.
consequence-listing-restrictions = Вы не можете публиковать новые объявления или редактировать существующие, пока Ваши баллы не опустятся ниже порогового значения.
consequence-shipping-restricted = Ваши права на отправку ограничены, а средства на Вашем аккаунте заморожены.
consequence-suspended = Ваш аккаунт приостановлен: Ваши объявления скрыты, и Вы не можете продавать.
consequence-terminated = Ваш аккаунт закрыт.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } балла
  }

## What both emails share

standing-now-heading = Ваш текущий статус
standing = Статус
what-it-means = Что это означает
points-window = Баллы за скользящий период 365 дней
reason = Причина
listing = Объявление
severity = Степень тяжести
points-label = Баллы
counts-until = Учитывается до
case = Дело
report = Сообщение о нарушении
contest-heading = Как оспорить
contest-upheld = Если Ваша апелляция будет удовлетворена, запись аннулируется: её баллы и санкция больше не учитываются, и мы сообщим Вам, когда Ваш статус изменится.
