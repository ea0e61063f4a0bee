# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Votre demande de remboursement { $request } pour la commande { $order } : { $status }
heading = Votre demande de remboursement : { $status }
intro = Nous avons statué sur votre demande de remboursement pour la commande { $order }. Voici la décision pour chaque article.
items-heading = Vos articles
return-label = Retour
total-refund-label = Remboursement total
paid-to-fast-refund-bonus = votre bonus de remboursement rapide (utilisable immédiatement dès le versement du remboursement)
paid-to-original-payment = votre moyen de paiement d’origine (votre banque peut mettre quelques jours de plus à faire apparaître l’opération)
paid-now-label = Versé dès maintenant
paid-after-check-label = Versé après le contrôle qualité à l’entrepôt
after-check-note = Le remboursement des articles retournés est versé dès que leur contrôle qualité à l’entrepôt est terminé et qu’ils remplissent les conditions de remboursement.
confirmation-to-come = Vous recevrez une confirmation une fois le remboursement effectué.
confirmed-now = Cet e-mail vaut confirmation : le remboursement est effectué.
label-heading = Étiquette de retour
label-granted = Une étiquette de retour prépayée est émise pour cette demande. Emballez les articles et renvoyez-les avec cette étiquette, en suivant les instructions du formulaire de retour.
label-shared-with-order = Cette demande partage l’étiquette de retour prépayée déjà émise pour cette commande : renvoyez tous les articles retournés de la commande dans un seul colis. Si vous n’en renvoyez qu’une partie avec l’étiquette, les frais d’envoi des autres pourront être à votre charge.
label-refused-monthly-limit = Pas d’étiquette de retour prépayée : vous avez déjà reçu le maximum de trois (3) étiquettes de retour prépayées ce mois-ci. La prise en charge du retour de chaque article est indiquée ci-dessus.
label-pickup-suspended = Pas d’étiquette de retour prépayée : les services de retour de colis sont actuellement suspendus à votre adresse de livraison. La prise en charge du retour de chaque article est indiquée ci-dessus.
request-refused-under-rules = La demande a été refusée en application des règles
