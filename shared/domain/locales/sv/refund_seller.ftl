# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Begäran om återbetalning { $request } för beställning { $order }: { $status }
heading = Begäran om återbetalning för dina annonser: { $status }
intro = En köpare har begärt återbetalning för beställning { $order }. Här är beslutet om dina annonser i begäran.
items-heading = Dina annonser i den här begäran
items-back-label = Varor tillbaka till dig
recall-refund-charged-to-you = Detta är en återbetalning på grund av återkallelse av produkt: den debiteras dig.
summary-heading = För dig
refunded-on-yours-label = Återbetalt för dina annonser
charged-to-you-label = Debiterat dig (återkallelse av produkt)
items-come-back = Varor skickas tillbaka till dig: se returen för varje annons ovan.
no-item-comes-back = Inga varor skickas tillbaka till dig.
none-of-your-listings = Den här begäran omfattar ingen av dina annonser.
what-you-can-do-heading = Vad du kan göra
respond-to-buyer = Svara köparen via säljarcentret (beställning { $order }) för att erbjuda en lösning eller förklara din ståndpunkt.
after-sales-dispute = En begäran som du och köparen inte kan lösa går till plattformen som en tvist efter köpet, och plattformen fattar beslut.
buyer-rights-bind-you = Programmet begränsar aldrig köparens lagstadgade rättigheter: du är fortfarande bunden av reglerna om reklamationsrätt och retur i köparens bosättningsland.
