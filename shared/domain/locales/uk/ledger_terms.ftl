# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). Ukrainian.
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = відкликаний товар у продажу
violation-recall-evasion = оголошення опубліковано або відредаговано, коли на нього поширюється відкликання
violation-intellectual-property = порушення прав інтелектуальної власності
violation-prohibited-item = заборонений товар або товар з обмеженнями
violation-health-and-safety = охорона здоров'я та безпека
violation-false-information = неправдива або оманлива інформація в оголошенні
violation-pricing-abuse = зловживання в ціноутворенні та акціях

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Відкликаний товар у продажу
violation-recall-evasion-label = Оголошення опубліковано або відредаговано, коли на нього поширюється відкликання
violation-intellectual-property-label = Порушення прав інтелектуальної власності
violation-prohibited-item-label = Заборонений товар або товар з обмеженнями
violation-health-and-safety-label = Охорона здоров'я та безпека
violation-false-information-label = Неправдива або оманлива інформація в оголошенні
violation-pricing-abuse-label = Зловживання в ціноутворенні та акціях

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Загальне порушення
severity-serious-label = Серйозне порушення

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = оголошення видалено на всіх ринках
sanction-financial-penalty = грошовий штраф
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = грошовий штраф у розмірі { $amount }
sanction-shipping-restriction = обмеження на відправлення
sanction-account-freeze = обліковий запис заморожено
sanction-suspension = обліковий запис призупинено
sanction-permanent-ban = безстрокове блокування

## The account standings, from best to worst, as names

standing-good = Належний статус
standing-warning = Попередження
standing-listing-restrictions = Обмеження на оголошення
standing-shipping-restricted = Відправлення обмежено / обліковий запис заморожено
standing-suspended = Обліковий запис призупинено
standing-terminated = Обліковий запис закрито

## What each standing means for the seller, in one sentence

consequence-good = До вашого облікового запису не застосовується жодних обмежень.
consequence-warning = Офіційне попередження: у разі подальших порушень ваш обліковий запис буде обмежено.
consequence-listing-restrictions = Ви не можете публікувати нові оголошення або редагувати наявні, доки ваші бали не опустяться нижче порогового значення.
consequence-shipping-restricted = Ваші права на відправлення обмежено, а кошти вашого облікового запису заморожено.
consequence-suspended = Ваш обліковий запис призупинено: ваші оголошення приховано, і ви не можете продавати.
consequence-terminated = Ваш обліковий запис закрито.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } бал
    [few] { $points } бали
    [many] { $points } балів
   *[other] { $points } бала
  }

## What both emails share

standing-now-heading = Ваш поточний статус
standing = Статус
what-it-means = Що це означає
points-window = Бали за ковзний період 365 днів
reason = Причина
listing = Оголошення
severity = Ступінь тяжкості
points-label = Бали
counts-until = Враховується до
case = Справа
report = Повідомлення про порушення
contest-heading = Як оскаржити
contest-upheld = Якщо вашу апеляцію задовольнять, запис буде скасовано: його бали та санкція більше не враховуватимуться, і ми повідомимо вас, коли ваш статус зміниться.
