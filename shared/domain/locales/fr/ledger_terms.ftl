# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = produit rappelé en vente
violation-recall-evasion = annonce publiée ou modifiée alors qu’elle est visée par un rappel
violation-intellectual-property = atteinte à la propriété intellectuelle
violation-prohibited-item = article interdit ou soumis à restrictions
violation-health-and-safety = santé et sécurité
violation-false-information = informations fausses ou trompeuses dans l’annonce
violation-pricing-abuse = abus en matière de prix et de promotions

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Produit rappelé en vente
violation-recall-evasion-label = Annonce publiée ou modifiée alors qu’elle est visée par un rappel
violation-intellectual-property-label = Atteinte à la propriété intellectuelle
violation-prohibited-item-label = Article interdit ou soumis à restrictions
violation-health-and-safety-label = Santé et sécurité
violation-false-information-label = Informations fausses ou trompeuses dans l’annonce
violation-pricing-abuse-label = Abus en matière de prix et de promotions

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Infraction générale
severity-serious-label = Infraction grave

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = annonce retirée sur tous les marchés
sanction-financial-penalty = sanction financière
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = sanction financière de { $amount }
sanction-shipping-restriction = restriction d’expédition
sanction-account-freeze = compte gelé
sanction-suspension = compte suspendu
sanction-permanent-ban = exclusion définitive

## The account standings, from best to worst, as names

standing-good = En règle
standing-warning = Avertissement
standing-listing-restrictions = Restrictions sur les annonces
standing-shipping-restricted = Expédition restreinte / compte gelé
standing-suspended = Suspendu
standing-terminated = Résilié

## What each standing means for the seller, in one sentence

consequence-good = Aucune restriction ne s’applique à votre compte.
consequence-warning = Il s’agit d’un avertissement formel : de nouvelles infractions entraîneront des restrictions sur votre compte.
consequence-listing-restrictions = Vous ne pouvez ni publier de nouvelles annonces ni modifier vos annonces existantes tant que vos points ne sont pas repassés sous le seuil.
consequence-shipping-restricted = Vos droits d’expédition sont restreints et les fonds de votre compte sont gelés.
consequence-suspended = Votre compte est suspendu : vos annonces sont masquées et vous ne pouvez pas vendre.
consequence-terminated = Votre compte est résilié.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } point
    [many] { $points } points
   *[other] { $points } points
  }

## What both emails share

standing-now-heading = Votre statut actuel
standing = Statut
what-it-means = Ce que cela signifie
points-window = Points sur les 365 jours glissants
reason = Motif
listing = Annonce
severity = Gravité
points-label = Points
counts-until = Pris en compte jusqu’au
case = Dossier
report = Signalement
contest-heading = Comment contester
contest-upheld = Si votre recours est accueilli, l’inscription est annulée : ses points et sa sanction ne comptent plus, et nous vous informons lorsque votre statut change.
