# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Statut de votre compte : { $before } → { $after }
heading-worse = Le statut de votre compte s’est dégradé
heading-better = Le statut de votre compte s’est amélioré
heading-same = Le statut de votre compte
change-worse = Le statut de votre compte est monté de « { $before } » à « { $after } » : cette évolution est défavorable à votre compte.
change-better = Le statut de votre compte est descendu de « { $before } » à « { $after } » : cette évolution est favorable à votre compte.
change-same = Le statut de votre compte est « { $after } ».
trigger-new = Ce changement fait suite à une nouvelle inscription du { $date } : { $violation } ({ $points }).
trigger-reversal = Ce changement fait suite à l’annulation, le { $date }, de l’inscription { $entry }.
trigger-reversal-of = Ce changement fait suite à l’annulation, le { $date }, de l’inscription { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (inscriptions depuis le { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Votre statut résulte d’une sanction : { $sanctions }, et non de vos points : vos points ({ $points }) à eux seuls donneraient le statut « { $standing } ».
sanction-note-unnamed = Votre statut résulte d’une sanction, et non de vos points : vos points ({ $points }) à eux seuls donneraient le statut « { $standing } ».
sanction-behind = { $sanction } (inscription { $entry }, { $date })
thresholds-heading = Seuils
thresholds-points = points sur les 365 jours glissants
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } points
threshold-or-more = { $from ->
    [one] { $from } point ou plus
    [many] { $from } points ou plus
   *[other] { $from } points ou plus
  }
your-standing = votre statut
thresholds-note = Une sanction infligée avec une infraction (restriction d’expédition, gel du compte, suspension, exclusion définitive) place votre compte au moins au statut correspondant tant que son inscription est prise en compte ; une exclusion définitive s’applique quelle que soit son ancienneté.
entries-heading = Les inscriptions en cause
no-entries = Aucune sanction n’est prise en compte sur les 365 jours glissants.
lasting-heading = Sanctions toujours applicables
reversals-heading = Annulations sur les 365 jours glissants
entry-title = { $date } : { $violation }
reversal-title = { $date } : Annulation – { $violation }
sanction = Sanction
counts-until-ban = { $date } (pour ses points ; l’exclusion définitive n’expire pas)
to-contest = Pour contester
to-contest-case = recours dans les 7 jours suivant l’avis de rappel, en indiquant le numéro de dossier
to-contest-report = via le centre vendeur, en indiquant le numéro de signalement
to-contest-entry = via le centre vendeur, en indiquant le numéro d’inscription
note = Remarque
lasting-note = Inscription de plus de 365 jours : ses points ne sont plus pris en compte, mais une exclusion définitive s’applique quelle que soit son ancienneté.
reverses = Annule
reverses-of = { $entry } ({ $violation }, inscrite le { $date }, { $points })
contest-case = Une inscription issue d’un dossier de rappel peut faire l’objet d’un recours dans les 7 jours suivant l’avis de rappel (au plus tard à la date limite de recours indiquée dans l’avis), en indiquant le numéro de dossier.
contest-report = Une infraction signalée se conteste via le centre vendeur, en indiquant le numéro de signalement.
