# The refund settlement email to the buyer, after the warehouse's quality check of the returned items. Ukrainian.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Ваша заявка на повернення коштів { $request } за замовленням { $order }: кошти повернено
subject-failed = Ваша заявка на повернення коштів { $request } за замовленням { $order }: повернені товари не пройшли перевірку якості
heading-passed = Кошти повернено
heading-failed = Повернені вами товари не пройшли перевірку якості
intro-passed = { $date } товари, які ви повернули за замовленням { $order }, пройшли перевірку якості на складі. Кошти повернено.
intro-failed = { $date } склад перевірив товари, які ви повернули за замовленням { $order }: вони не пройшли перевірку якості.
checked-on-label = Дата перевірки
items-heading = Повернені вами товари
paid-to-fast-refund-bonus = ваш бонус швидкого повернення коштів
paid-to-original-payment = ваш початковий спосіб оплати
fast-refund-bonus-note = Повернену суму можна витратити одразу.
original-payment-note = Залежно від вашого банку операція може відобразитися на вашому рахунку не одразу.
warehouse-found-heading = Результат перевірки на складі
warehouse-found-nothing-said = Повернені товари не відповідають умовам повернення коштів.
no-refund = За ці товари кошти не повертаються.
