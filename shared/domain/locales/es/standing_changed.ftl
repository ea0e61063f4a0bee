# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Estado de su cuenta: { $before } → { $after }
heading-worse = El estado de su cuenta ha empeorado
heading-better = El estado de su cuenta ha mejorado
heading-same = El estado de su cuenta
change-worse = El estado de su cuenta ha subido de «{ $before }» a «{ $after }»: esto es peor para su cuenta.
change-better = El estado de su cuenta ha bajado de «{ $before }» a «{ $after }»: esto es mejor para su cuenta.
change-same = El estado de su cuenta es «{ $after }».
trigger-new = El cambio se debe a una nueva anotación del { $date }: { $violation } ({ $points }).
trigger-reversal = El cambio se debe a la anulación, el { $date }, de la anotación { $entry }.
trigger-reversal-of = El cambio se debe a la anulación, el { $date }, de la anotación { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (anotaciones desde el { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Su estado se debe a una sanción: { $sanctions }, no a sus puntos: sus puntos ({ $points }) por sí solos darían el estado «{ $standing }».
sanction-note-unnamed = Su estado se debe a una sanción, no a sus puntos: sus puntos ({ $points }) por sí solos darían el estado «{ $standing }».
sanction-behind = { $sanction } (anotación { $entry }, { $date })
thresholds-heading = Umbrales
thresholds-points = puntos en el periodo móvil de 365 días
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } puntos
threshold-or-more = { $from ->
    [one] { $from } punto o más
    [many] { $from } puntos o más
   *[other] { $from } puntos o más
  }
your-standing = su estado
thresholds-note = Una sanción impuesta junto con una infracción (restricción de envíos, congelación de la cuenta, suspensión, expulsión permanente) sitúa su cuenta como mínimo en el estado correspondiente mientras cuente su anotación; una expulsión permanente se aplica sea cual sea su antigüedad.
entries-heading = Las anotaciones que lo determinan
no-entries = Ninguna sanción cuenta en el periodo móvil de 365 días.
lasting-heading = Sanciones que siguen aplicándose
reversals-heading = Anulaciones en el periodo móvil de 365 días
entry-title = { $date }: { $violation }
reversal-title = { $date }: Anulación – { $violation }
sanction = Sanción
counts-until-ban = { $date } (sus puntos; la expulsión permanente no caduca)
to-contest = Para impugnar
to-contest-case = recurso en un plazo de 7 días desde el aviso de recuperación, indicando el número de expediente
to-contest-report = a través del centro de vendedores, indicando el número de notificación
to-contest-entry = a través del centro de vendedores, indicando el número de anotación
note = Nota
lasting-note = Más de 365 días de antigüedad: sus puntos ya no cuentan, pero una expulsión permanente se aplica sea cual sea su antigüedad.
reverses = Anula
reverses-of = { $entry } ({ $violation }, anotada el { $date }, { $points })
contest-case = Una anotación derivada de un expediente de recuperación puede recurrirse en un plazo de 7 días desde el aviso de recuperación (dentro del plazo de recurso que indica el aviso), indicando el número de expediente.
contest-report = Una infracción notificada se impugna a través del centro de vendedores, indicando el número de notificación.
