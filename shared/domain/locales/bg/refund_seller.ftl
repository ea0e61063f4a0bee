# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code). Bulgarian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Заявка за възстановяване на сума { $request } по поръчка { $order }: { $status }
heading = Заявка за възстановяване на сума по Вашите обяви: { $status }
intro = Купувач поиска възстановяване на сума по поръчка { $order }. Ето решението по Вашите обяви в заявката.
items-heading = Вашите обяви в тази заявка
items-back-label = Артикули, връщани при Вас
recall-refund-charged-to-you = Това е възстановяване на сума поради изземване на продукт: то се начислява на Вас.
summary-heading = За Вас
refunded-on-yours-label = Възстановено по Вашите обяви
charged-to-you-label = Начислено на Вас (изземване на продукт)
items-come-back = Артикулите се връщат при Вас: вижте връщането по всяка обява по-горе.
no-item-comes-back = Нито един артикул не се връща при Вас.
none-of-your-listings = В тази заявка не е посочена нито една от Вашите обяви.
what-you-can-do-heading = Какво можете да направите
respond-to-buyer = Отговорете на купувача чрез центъра за продавачи (поръчка { $order }), за да предложите решение или да изложите позицията си.
after-sales-dispute = Заявка, която Вие и купувачът не можете да уредите, се отнася до платформата като следпродажбен спор и платформата взема решение.
buyer-rights-bind-you = Програмата никога не ограничава законовите права на купувача: Вие оставате обвързани от законовата гаранция и правилата за връщане на държавата, в която живее купувачът.
