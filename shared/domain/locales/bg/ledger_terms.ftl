# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). Bulgarian.
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = изземван продукт в продажба
violation-recall-evasion = обява, публикувана или редактирана, докато за нея се прилага изземване
violation-intellectual-property = нарушение на права върху интелектуална собственост
violation-prohibited-item = забранен артикул или артикул с ограничения
violation-health-and-safety = здраве и безопасност
violation-false-information = невярна или подвеждаща информация в обявата
violation-pricing-abuse = злоупотреба с цени и промоции

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Изземван продукт в продажба
violation-recall-evasion-label = Обява, публикувана или редактирана, докато за нея се прилага изземване
violation-intellectual-property-label = Нарушение на права върху интелектуална собственост
violation-prohibited-item-label = Забранен артикул или артикул с ограничения
violation-health-and-safety-label = Здраве и безопасност
violation-false-information-label = Невярна или подвеждаща информация в обявата
violation-pricing-abuse-label = Злоупотреба с цени и промоции

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Общо нарушение
severity-serious-label = Сериозно нарушение

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = премахване на обявата на всички пазари
sanction-financial-penalty = финансова санкция
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = финансова санкция в размер на { $amount }
sanction-shipping-restriction = ограничение на изпращането
sanction-account-freeze = замразяване на профила
sanction-suspension = спиране на профила
sanction-permanent-ban = безсрочна забрана

## The account standings, from best to worst, as names

standing-good = Добър статус
standing-warning = Предупреждение
standing-listing-restrictions = Ограничения за обявите
standing-shipping-restricted = Ограничено изпращане / замразен профил
standing-suspended = Спрян профил
standing-terminated = Закрит профил

## What each standing means for the seller, in one sentence

consequence-good = За профила Ви не се прилагат ограничения.
consequence-warning = Официално предупреждение: при нови нарушения профилът Ви ще бъде ограничен.
consequence-listing-restrictions = Не можете да публикувате нови обяви или да редактирате съществуващите, докато точките Ви не паднат под прага.
consequence-shipping-restricted = Правата Ви за изпращане са ограничени, а средствата в профила Ви са замразени.
consequence-suspended = Профилът Ви е спрян: обявите Ви са скрити и не можете да продавате.
consequence-terminated = Профилът Ви е закрит.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } точка
   *[other] { $points } точки
  }

## What both emails share

standing-now-heading = Текущият Ви статус
standing = Статус
what-it-means = Какво означава
points-window = Точки за плъзгащия се период от 365 дни
reason = Причина
listing = Обява
severity = Тежест
points-label = Точки
counts-until = Отчита се до
case = Случай
report = Сигнал
contest-heading = Как да оспорите
contest-upheld = Ако жалбата Ви бъде уважена, вписването се отменя: точките и санкцията му вече не се отчитат и ще Ви уведомим, когато статусът Ви се промени.
