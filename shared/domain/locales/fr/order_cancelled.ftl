# The order cancelled email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

heading = Commande annulée : rappel de produit pour raison de sécurité
greeting = Madame, Monsieur,
intro = Nous avons annulé votre commande { $order_id } du { $order_date } (livraison : { $market }) avant son expédition : le produit ci-dessous fait l’objet d’un rappel pour raison de sécurité.
not-delivered = Il ne vous sera pas livré. Comme vous ne l’avez jamais reçu, vous n’avez rien à cesser d’utiliser ni rien à renvoyer.
product-heading = Le produit
name = Produit :
brand = Marque :
model = Modèle :
hazard-heading = Pourquoi il est rappelé
refund-heading = Votre remboursement
refund = Vous serez remboursé intégralement, du prix payé ({ $price_paid }) et des frais de la commande, sur le moyen de paiement que vous avez utilisé.
nothing-to-do = Vous n’avez rien à faire.
help-heading = Questions
contact = Pour toute question, contactez-nous depuis la rubrique Aide de votre compte.
signature = L’équipe Sécurité des produits
