# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Dossier
listing = Annonce
recall = Rappel
markets = Marchés
appeal-deadline = Date limite de recours
received-subject = Recours reçu : dossier { $case }
received-heading = Nous avons reçu votre recours
received = Nous avons reçu votre recours le { $filed }. Un examinateur statuera sur celui-ci et nous vous informerons de la décision. D’ici là, les mesures prises sur votre annonce restent en vigueur, et aucun consommateur n’est contacté tant que votre recours est en cours.
received-ordered = Nous avons reçu votre recours le { $filed }. Un examinateur statuera sur celui-ci et nous vous informerons de la décision. D’ici là, les mesures prises sur votre annonce restent en vigueur. L’autorité compétente a ordonné que les consommateurs soient informés immédiatement ; le rappel auprès des consommateurs se poursuit donc entre-temps.
grounds = Vos motifs : { $grounds }
upheld-subject = Recours accueilli : dossier { $case } – votre annonce est de nouveau en vente
upheld-heading = Votre recours a été accueilli
upheld-reason = Un examinateur a accueilli votre recours : { $reason }
upheld-lifted = Nous avons levé les mesures prises sur votre annonce pour les marchés { $markets } : elle y est de nouveau en vente.
upheld-points = La sanction de { $points } points est retirée.
upheld-told = Les consommateurs ont déjà été informés, sur ordre de l’autorité compétente.
upheld-not-told = Les consommateurs ne seront pas contactés au sujet de ce dossier.
rejected-subject = Recours rejeté : dossier { $case } – le rappel auprès des consommateurs commence
rejected-heading = Votre recours a été rejeté
rejected-reason = Un examinateur a rejeté votre recours : { $reason }
rejected-stay = Les mesures prises sur votre annonce pour les marchés { $markets } restent en vigueur. Nous envoyons maintenant un avis de rappel à chaque consommateur ayant acheté le produit sur ces marchés. Les solutions dues aux consommateurs – le prix payé et les frais de la commande – vous sont facturées.
rejected-stay-points = Les mesures prises sur votre annonce pour les marchés { $markets } restent en vigueur et la sanction de { $points } points s’applique. Nous envoyons maintenant un avis de rappel à chaque consommateur ayant acheté le produit sur ces marchés. Les solutions dues aux consommateurs – le prix payé et les frais de la commande – vous sont facturées.
refused-subject = Recours non accepté : dossier { $case }
refused-heading = Votre recours n’a pas pu être accepté
refused = Nous n’avons pas pu accepter votre recours concernant le dossier { $case } : { $reason }.
refused-deadline = Date limite de recours de ce dossier : { $deadline }.
refused-contact = Si vous pensez qu’il s’agit d’une erreur, contactez le service Sécurité des produits en indiquant le numéro de dossier.
refused-no-case = il n’existe aucun dossier { $case }
refused-not-yours = le dossier { $case } n’est pas l’un de vos dossiers : seul le vendeur de l’annonce peut former un recours
refused-late = le recours a été formé le { $filed }, après la date limite du { $deadline } (7 jours à compter de l’avis de rappel)
refused-state = le dossier { $case } n’est plus susceptible de recours
