# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Demande de remboursement { $request } sur la commande { $order } : { $status }
heading = Demande de remboursement sur vos annonces : { $status }
intro = Un acheteur a demandé un remboursement sur la commande { $order }. Voici la décision concernant vos annonces dans cette demande.
items-heading = Vos annonces dans cette demande
items-back-label = Retour des articles
recall-refund-charged-to-you = Il s’agit d’un remboursement lié au rappel du produit : il est à votre charge.
summary-heading = Pour vous
refunded-on-yours-label = Remboursé sur vos annonces
charged-to-you-label = À votre charge (rappel de produit)
items-come-back = Des articles vous sont renvoyés : voir le retour de chaque annonce ci-dessus.
no-item-comes-back = Aucun article ne vous est renvoyé.
none-of-your-listings = Cette demande ne concerne aucune de vos annonces.
what-you-can-do-heading = Ce que vous pouvez faire
respond-to-buyer = Répondez à l’acheteur depuis le centre vendeur (commande { $order }) pour proposer une solution ou expliquer votre position.
after-sales-dispute = Une demande que l’acheteur et vous ne parvenez pas à régler est transmise à la plateforme sous forme de litige après-vente, et la plateforme tranche.
buyer-rights-bind-you = Le programme ne limite jamais les droits légaux de l’acheteur : vous restez tenu par les règles de garantie légale et de retour de son pays de résidence.
