# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Pinigų grąžinimo prašymas { $request } dėl užsakymo { $order }: { $status }
heading = Pinigų grąžinimo prašymas dėl Jūsų skelbimų: { $status }
intro = Pirkėjas paprašė grąžinti pinigus už užsakymą { $order }. Toliau pateikiame sprendimą dėl šiame prašyme nurodytų Jūsų skelbimų.
items-heading = Jūsų skelbimai šiame prašyme
items-back-label = Prekių grąžinimas Jums
recall-refund-charged-to-you = Tai pinigų grąžinimas dėl gaminio atšaukimo: jo suma išieškoma iš Jūsų.
summary-heading = Jums
refunded-on-yours-label = Grąžinta už Jūsų skelbimus
charged-to-you-label = Išieškoma iš Jūsų (gaminio atšaukimas)
items-come-back = Prekės grąžinamos Jums: kiekvieno skelbimo grąžinimo informaciją žr. aukščiau.
no-item-comes-back = Jums negrąžinama jokia prekė.
none-of-your-listings = Šiame prašyme nenurodytas nė vienas Jūsų skelbimas.
what-you-can-do-heading = Ką galite padaryti
respond-to-buyer = Atsakykite pirkėjui per pardavėjo centrą (užsakymas { $order }) ir pasiūlykite sprendimą arba paaiškinkite savo poziciją.
after-sales-dispute = Jei Jūs ir pirkėjas negalite išspręsti prašymo, jis perduodamas platformai kaip ginčas dėl aptarnavimo po pardavimo, ir sprendimą priima platforma.
buyer-rights-bind-you = Programa niekada neriboja įstatymų nustatytų pirkėjo teisių: Jūs ir toliau privalote laikytis pirkėjo gyvenamojoje šalyje galiojančios teisinės garantijos ir grąžinimo taisyklių.
