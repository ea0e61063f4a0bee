# The compliance reminder email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

sep = {"\u00A0"}:{" "}
heading = Information sur la conformité du produit
greeting = Madame, Monsieur,
intro = Vous avez acheté le produit ci-dessous sur notre place de marché. Il n’est pas entièrement conforme aux règles qui s’y appliquent. Lisez ci-dessous ce qui ne va pas et ce qu’il faut faire.
keep = Ce message est une simple information : nous ne vous demandons pas de renvoyer le produit.
product-heading = Votre produit
name = Produit :
brand = Marque :
model = Modèle :
picture = Photo :
picture-alt = Photo du produit
sold = Vous l’avez acheté le { $order_date } (commande { $order_id }) sur notre place de marché ; pays de livraison : { $market }.
issue-heading = Ce qui ne va pas
todo-heading = Ce qu’il faut faire
help-heading = Questions et retours
contact = Si vous avez des questions ou souhaitez retourner le produit, contactez-nous depuis la rubrique Aide de votre compte.
rights = Vous conservez tous vos droits de consommateur, notamment celui de demander, le cas échéant, un retour ou un remboursement.
reassure = Nous contrôlons les produits vendus sur notre place de marché et vous prévenons chaque fois qu’un point mérite votre attention.
signature = L’équipe Sécurité des produits
