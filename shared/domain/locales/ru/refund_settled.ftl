# The refund settlement email to the buyer, after the warehouse's quality check of the returned items. Russian.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Ваша заявка на возврат денег { $request } по заказу { $order }: возврат денег произведён
subject-failed = Ваша заявка на возврат денег { $request } по заказу { $order }: возвращённые товары не прошли проверку качества
heading-passed = Возврат денег произведён
heading-failed = Возвращённые Вами товары не прошли проверку качества
intro-passed = { $date } товары, которые Вы вернули по заказу { $order }, прошли проверку качества на складе. Возврат денег произведён.
intro-failed = { $date } склад проверил товары, которые Вы вернули по заказу { $order }: они не прошли проверку качества.
checked-on-label = Дата проверки
items-heading = Возвращённые Вами товары
paid-to-fast-refund-bonus = Ваш бонус быстрого возврата
paid-to-original-payment = Ваш исходный способ оплаты
fast-refund-bonus-note = Сумму возврата можно потратить сразу.
original-payment-note = В зависимости от Вашего банка операция может отразиться на Вашем счёте не сразу.
warehouse-found-heading = Результат проверки на складе
warehouse-found-nothing-said = Возвращённые товары не соответствуют условиям возврата денег.
no-refund = За эти товары возврат денег не производится.
