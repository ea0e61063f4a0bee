# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Anmodning om tilbagebetaling { $request } på ordre { $order }: { $status }
heading = Anmodning om tilbagebetaling på dine annoncer: { $status }
intro = En køber har anmodet om tilbagebetaling på ordre { $order }. Her er afgørelsen om dine annoncer i anmodningen.
items-heading = Dine annoncer i denne anmodning
items-back-label = Varer retur til dig
recall-refund-charged-to-you = Dette er en tilbagebetaling i forbindelse med en produkttilbagekaldelse: Den pålægges dig.
summary-heading = For dig
refunded-on-yours-label = Tilbagebetalt på dine annoncer
charged-to-you-label = Pålagt dig (produkttilbagekaldelse)
items-come-back = Varer sendes tilbage til dig: Se returneringen for hver annonce ovenfor.
no-item-comes-back = Ingen varer sendes tilbage til dig.
none-of-your-listings = Denne anmodning omfatter ingen af dine annoncer.
what-you-can-do-heading = Det kan du gøre
respond-to-buyer = Svar køberen via sælgercentret (ordre { $order }) for at tilbyde en løsning eller forklare din holdning.
after-sales-dispute = En anmodning, som du og køberen ikke kan løse, går videre til platformen som en tvist efter købet, og platformen træffer afgørelse.
buyer-rights-bind-you = Programmet begrænser aldrig køberens lovbestemte rettigheder: Du er fortsat bundet af reglerne om reklamationsret og returnering i køberens bopælsland.
