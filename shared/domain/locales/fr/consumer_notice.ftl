# The consumer recall notice (SPEC 1.4.5, GPSR Art. 36): its fixed texts.
# { $… } are the SES placeholders of each buyer's data (order_id, order_date,
# price_paid, market, authority_name, authority_url), filled per destination.

sep = {"\u00A0"}:{" "}
heading = Rappel de produit pour raison de sécurité
subject-tail = cessez immédiatement de l’utiliser
greeting = Madame, Monsieur,
intro = Vous avez acheté le produit ci-dessous sur notre place de marché. Il fait l’objet d’un rappel parce qu’il n’est pas sûr. Cessez de l’utiliser dès maintenant et lisez ci-dessous ce que vous devez faire.
product-heading = Le produit rappelé
name = Produit :
brand = Marque :
model = Modèle :
batch = Lot :
batch-hint = Vérifiez le numéro de lot sur le produit ou sur son emballage.
picture = Photo :
picture-alt = Photo du produit rappelé
sold = Vous l’avez acheté le { $order_date } (commande { $order_id }) sur notre place de marché ; pays de livraison : { $market }.
hazard-heading = Le danger
hazard-intro = Le danger :
todo-heading = Ce que vous devez faire
stop-using = Cessez immédiatement d’utiliser ce produit. Gardez-le hors de portée des enfants, ne le vendez pas et ne le donnez à personne.
instructions-intro = Consignes données avec le rappel :
share = Si vous avez donné ce produit à quelqu’un, ou si vous connaissez une personne qui en possède un, transmettez-lui cet avis.
remedies-heading = Ce que nous vous proposons
remedies-intro = Vous pouvez choisir l’une de ces solutions :
refund = le remboursement intégral du prix que vous avez payé ({ $price_paid })
repair = la réparation gratuite du produit
replace = le remplacement gratuit par un produit sûr
free = Toutes ces solutions sont gratuites pour vous, y compris les éventuels frais de retour.
how-heading = Comment en bénéficier
how = Dans votre compte, allez dans Mes commandes → commande { $order_id } → Retour/remboursement, et choisissez le motif « Rappel de produit ».
no-return = Vous n’avez pas à renvoyer le produit avant d’être remboursé, sauf si nous vous le demandons. Dans ce cas, le retour est gratuit.
contact = Pour toute question, contactez notre service client depuis la rubrique Aide de votre compte.
authority-heading = Autorité compétente
authority-intro = L’autorité chargée de la protection des consommateurs et de la sécurité des produits dans le pays de livraison :
references-heading = Références du rappel
recall-label = Rappel :
published-by = Publié par :
platform = Notre place de marché
sorry = Nous vous prions de nous excuser pour ce désagrément.
signature = L’équipe Sécurité des produits
fallback-authority = l’autorité nationale de protection des consommateurs (rappels de produits dans le monde : OECD GlobalRecalls)
