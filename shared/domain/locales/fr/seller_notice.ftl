# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Rappel de produit pour raison de sécurité : { $title } – { $listings ->
    [one] { $listings } annonce bloquée
    [many] { $listings } annonces bloquées
   *[other] { $listings } annonces bloquées
  }, recours au plus tard le { $deadline }
subject-update = Mise à jour – Rappel de produit pour raison de sécurité : { $title } – désormais bloqué aussi sur { $markets }, recours au plus tard le { $deadline }
heading = Avis de rappel de produit pour raison de sécurité
heading-update = Mise à jour : avis de rappel de produit pour raison de sécurité
intro = Un produit que vous vendez fait l’objet d’un rappel pour raison de sécurité. Nous avons pris les mesures ci-dessous sur vos annonces et vous devez dès maintenant donner suite à ce rappel.
intro-update = Le rappel ci-dessous couvre désormais d’autres marchés sur lesquels vos annonces sont proposées. Nous avons étendu les mesures prises sur celles-ci.
recall-heading = Rappel
recall = Rappel
recall-id = Identifiant du rappel
reported-by = Signalé par
risk = Niveau de risque
hazard = Danger
listings-heading = Vos annonces concernées
listing-ref = Annonce { $listing } · dossier { $case }
why = Pourquoi elle correspond au rappel
measures = Mesures prises
penalty = Sanction applicable
penalty-points = { $points } points ({ $severity }), inscrits à votre registre des sanctions ; annulés si votre recours est accueilli
penalty-own = aucune : vous avez signalé ce rappel de votre propre produit, comme les règles le demandent, aucun point n’est donc inscrit à ce titre
todo-heading = Ce que vous devez faire
todo-stop = Cessez de vendre le produit rappelé sur les marchés concernés et ne le remettez pas en vente, ni sous cette annonce ni sous aucune autre.
todo-pull = Retirez le stock concerné et procédez au rappel conformément à ce qu’exigent la législation applicable et l’autorité compétente.
todo-remedies = Préparez-vous à prendre en charge les solutions proposées aux consommateurs : le prix payé et les frais de la commande vous sont facturés pour chaque remboursement lié au rappel.
violation-serious = Vendre un produit rappelé constitue une infraction : 6 points par annonce (infraction grave), inscrits au registre des sanctions de votre compte avec le présent avis et annulés si votre recours est accueilli.
violation-general = Vendre un produit rappelé constitue une infraction : 2 points par annonce (infraction générale), inscrits au registre des sanctions de votre compte avec le présent avis et annulés si votre recours est accueilli.
violation-own = Vous avez signalé vous-même ce rappel de votre propre produit : aucune sanction n’est inscrite à ce titre sur vos annonces.
relisting = Remettre le produit en vente ou modifier une annonce pour contourner le rappel constitue une infraction grave (6 points).
appeal-heading = Recours
appeal = Si vous contestez les mesures de rappel ou la sanction, formez un recours au plus tard le { $deadline } (7 jours à compter du présent avis), en indiquant le numéro de dossier. Passé cette date, ou si le recours est rejeté, nous enverrons un avis de rappel à chaque consommateur ayant acheté le produit.
