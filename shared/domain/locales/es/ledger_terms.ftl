# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = producto recuperado a la venta
violation-recall-evasion = anuncio publicado o modificado estando afectado por una recuperación
violation-intellectual-property = infracción de la propiedad intelectual
violation-prohibited-item = artículo prohibido o restringido
violation-health-and-safety = salud y seguridad
violation-false-information = información del anuncio falsa o engañosa
violation-pricing-abuse = abuso en precios y promociones

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Producto recuperado a la venta
violation-recall-evasion-label = Anuncio publicado o modificado estando afectado por una recuperación
violation-intellectual-property-label = Infracción de la propiedad intelectual
violation-prohibited-item-label = Artículo prohibido o restringido
violation-health-and-safety-label = Salud y seguridad
violation-false-information-label = Información del anuncio falsa o engañosa
violation-pricing-abuse-label = Abuso en precios y promociones

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Infracción general
severity-serious-label = Infracción grave

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = anuncio retirado en todos los mercados
sanction-financial-penalty = sanción económica
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = sanción económica de { $amount }
sanction-shipping-restriction = restricción de envíos
sanction-account-freeze = cuenta congelada
sanction-suspension = cuenta suspendida
sanction-permanent-ban = expulsión permanente

## The account standings, from best to worst, as names

standing-good = En regla
standing-warning = Advertencia
standing-listing-restrictions = Restricciones de anuncios
standing-shipping-restricted = Envíos restringidos / cuenta congelada
standing-suspended = Suspendida
standing-terminated = Cancelada

## What each standing means for the seller, in one sentence

consequence-good = No se aplica ninguna restricción a su cuenta.
consequence-warning = Una advertencia formal: nuevas infracciones supondrán restricciones en su cuenta.
consequence-listing-restrictions = No puede publicar anuncios nuevos ni modificar los existentes hasta que sus puntos bajen del umbral.
consequence-shipping-restricted = Sus permisos de envío están restringidos y los fondos de su cuenta están congelados.
consequence-suspended = Su cuenta está suspendida: sus anuncios están ocultos y no puede vender.
consequence-terminated = Su cuenta está cancelada.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punto
    [many] { $points } puntos
   *[other] { $points } puntos
  }

## What both emails share

standing-now-heading = Su estado actual
standing = Estado
what-it-means = Qué significa
points-window = Puntos en el periodo móvil de 365 días
reason = Motivo
listing = Anuncio
severity = Gravedad
points-label = Puntos
counts-until = Se computa hasta
case = Expediente
report = Notificación
contest-heading = Cómo impugnar
contest-upheld = Si se acepta su recurso, la anotación se anula: sus puntos y su sanción dejan de contar, y le informaremos cuando cambie su estado.
