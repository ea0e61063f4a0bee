# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.

subject-passed = Votre demande de remboursement { $request } pour la commande { $order } : remboursement effectué
subject-failed = Votre demande de remboursement { $request } pour la commande { $order } : les articles retournés n’ont pas passé le contrôle qualité
heading-passed = Votre remboursement est effectué
heading-failed = Vos articles retournés n’ont pas passé le contrôle qualité
intro-passed = Les articles que vous avez retournés pour la commande { $order } ont passé le contrôle qualité à l’entrepôt le { $date }. Votre remboursement est effectué.
intro-failed = L’entrepôt a contrôlé le { $date } les articles que vous avez retournés pour la commande { $order } : ils n’ont pas passé le contrôle qualité.
checked-on-label = Contrôlé le
items-heading = Vos articles retournés
paid-to-fast-refund-bonus = votre bonus de remboursement rapide
paid-to-original-payment = votre moyen de paiement d’origine
fast-refund-bonus-note = Le remboursement est utilisable immédiatement.
original-payment-note = Selon votre banque, l’opération peut mettre un certain temps à apparaître sur votre compte.
warehouse-found-heading = Constat de l’entrepôt
warehouse-found-nothing-said = Les articles retournés ne remplissent pas les conditions de remboursement.
no-refund = Aucun remboursement n’est versé pour ces articles.
