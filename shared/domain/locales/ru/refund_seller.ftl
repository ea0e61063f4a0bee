# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code). Russian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Заявка на возврат денег { $request } по заказу { $order }: { $status }
heading = Заявка на возврат денег по Вашим объявлениям: { $status }
intro = Покупатель запросил возврат денег по заказу { $order }. Ниже приведено решение по Вашим объявлениям, указанным в заявке.
items-heading = Ваши объявления в этой заявке
items-back-label = Возврат товаров Вам
recall-refund-charged-to-you = Это возврат денег в связи с отзывом товара: он относится на Ваш счёт.
summary-heading = Для Вас
refunded-on-yours-label = Возвращено по Вашим объявлениям
charged-to-you-label = Отнесено на Ваш счёт (отзыв товара)
items-come-back = Товары возвращаются Вам: см. возврат по каждому объявлению выше.
no-item-comes-back = Вам не возвращается ни один товар.
none-of-your-listings = В этой заявке не указано ни одно из Ваших объявлений.
what-you-can-do-heading = Что Вы можете сделать
respond-to-buyer = Ответьте покупателю через центр продавца (заказ { $order }), чтобы предложить решение или изложить свою позицию.
after-sales-dispute = Заявка, которую Вы и покупатель не можете урегулировать, передаётся платформе в качестве послепродажного спора, и решение принимает платформа.
buyer-rights-bind-you = Программа никогда не ограничивает права покупателя, установленные законом: Вы по-прежнему обязаны соблюдать установленную законом гарантию и правила возврата страны проживания покупателя.
