# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Infracción registrada: { $violation } ({ $points })
heading = Infracción registrada
# $severity: general or serious violation (seller_common).
intro = Hemos registrado una infracción en su cuenta: { $violation } ({ $severity }, { $points }).
violation-heading = La infracción
violation = Infracción
recorded-on = Registrada el
counts-until-value = { $date } (después sale del periodo móvil de 365 días)
sanction-heading = Sanción
meaning-listing-removal = El anuncio { $listing } se retira en todos los mercados. No vuelva a publicar el producto, ni en este anuncio ni en ningún otro.
meaning-listing-removal-unnamed = El anuncio se retira en todos los mercados. No vuelva a publicar el producto, ni en este anuncio ni en ningún otro.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Se carga a su cuenta una multa de { $amount }.
meaning-fine-unknown = Se carga a su cuenta una multa.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Mientras cuente esta anotación (365 días), su cuenta está como mínimo en el estado «{ $standing }»: { $consequence }
meaning-permanent-ban = Una expulsión permanente no caduca: se aplica sea cual sea la antigüedad de esta anotación. { $consequence }
reminder-heading = Recordatorio de conformidad
# $issue: the desk's words, quoted as given.
reminder = El producto de este anuncio no es conforme, por lo que enviamos un recordatorio de conformidad a los consumidores que se lo compraron a usted: «{ $issue }» Ofrézcales soluciones posventa, incluidas devoluciones y reembolsos, cuando lo soliciten.
standing-note = Su estado se debe a una sanción, no a sus puntos: sus puntos por sí solos darían el estado «{ $standing }».
contest-case = Si no está de acuerdo con esta anotación, presente un recurso en un plazo de 7 días desde el aviso de recuperación, indicando el expediente { $case }.
contest-report = Si cree que esta infracción se registró por error, impúgnela a través del centro de vendedores, indicando la notificación { $report }.
contest-unreferenced = Si cree que esta infracción se registró por error, impúgnela a través del centro de vendedores.
