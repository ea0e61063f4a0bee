# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Infraction enregistrée : { $violation } ({ $points })
heading = Infraction enregistrée
# $severity: general or serious violation (seller_common).
intro = Nous avons enregistré une infraction à l’encontre de votre compte : { $violation } ({ $severity }, { $points }).
violation-heading = L’infraction
violation = Infraction
recorded-on = Enregistrée le
counts-until-value = { $date } (elle sort ensuite de la période glissante de 365 jours)
sanction-heading = Sanction
meaning-listing-removal = L’annonce { $listing } est retirée sur tous les marchés. Ne remettez pas le produit en vente, ni sous cette annonce ni sous aucune autre.
meaning-listing-removal-unnamed = L’annonce est retirée sur tous les marchés. Ne remettez pas le produit en vente, ni sous cette annonce ni sous aucune autre.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Une amende de { $amount } est facturée à votre compte.
meaning-fine-unknown = Une amende est facturée à votre compte.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Tant que cette inscription est prise en compte (365 jours), votre compte est au moins au statut « { $standing } » : { $consequence }
meaning-permanent-ban = Une exclusion définitive n’expire pas : elle s’applique quelle que soit l’ancienneté de cette inscription. { $consequence }
reminder-heading = Information sur la conformité
# $issue: the desk's words, quoted as given.
reminder = Le produit de cette annonce n’est pas conforme ; nous envoyons donc une information sur la conformité aux consommateurs qui vous l’ont acheté : « { $issue } » Proposez-leur des solutions après-vente, notamment des retours et des remboursements, lorsqu’ils le demandent.
standing-note = Votre statut résulte d’une sanction, et non de vos points : vos points à eux seuls donneraient le statut « { $standing } ».
contest-case = Si vous contestez cette inscription, formez un recours dans les 7 jours suivant l’avis de rappel, en indiquant le dossier { $case }.
contest-report = Si vous pensez que cette infraction a été enregistrée par erreur, contestez-la via le centre vendeur, en indiquant le signalement { $report }.
contest-unreferenced = Si vous pensez que cette infraction a été enregistrée par erreur, contestez-la via le centre vendeur.
