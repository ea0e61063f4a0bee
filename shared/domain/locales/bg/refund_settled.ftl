# The refund settlement email to the buyer, after the warehouse's quality check of the returned items. Bulgarian.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Вашата заявка за възстановяване на сума { $request } по поръчка { $order }: сумата е възстановена
subject-failed = Вашата заявка за възстановяване на сума { $request } по поръчка { $order }: върнатите артикули не преминаха проверката за качество
heading-passed = Сумата Ви е възстановена
heading-failed = Върнатите от Вас артикули не преминаха проверката за качество
intro-passed = На { $date } артикулите, които върнахте по поръчка { $order }, преминаха проверката за качество в склада. Сумата Ви е възстановена.
intro-failed = На { $date } складът провери артикулите, които върнахте по поръчка { $order }: те не преминаха проверката за качество.
checked-on-label = Дата на проверката
items-heading = Върнатите от Вас артикули
paid-to-fast-refund-bonus = Вашия бонус за бързо възстановяване
paid-to-original-payment = първоначалния Ви начин на плащане
fast-refund-bonus-note = Можете да използвате възстановената сума веднага.
original-payment-note = В зависимост от банката Ви може да мине известно време, докато транзакцията се появи в сметката Ви.
warehouse-found-heading = Какво установи складът
warehouse-found-nothing-said = Върнатите артикули не отговарят на условията за възстановяване.
no-refund = За тези артикули не се възстановява сума.
