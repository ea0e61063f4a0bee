# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Recuperación de producto por motivos de seguridad: { $title } – { $listings ->
    [one] { $listings } anuncio bloqueado
    [many] { $listings } anuncios bloqueados
   *[other] { $listings } anuncios bloqueados
  }, recurso hasta el { $deadline }
subject-update = Actualización – Recuperación de producto por motivos de seguridad: { $title } – ahora también bloqueado en { $markets }, recurso hasta el { $deadline }
heading = Aviso de recuperación de producto por motivos de seguridad
heading-update = Actualización: aviso de recuperación de producto por motivos de seguridad
intro = Un producto que usted vende es objeto de una recuperación por motivos de seguridad. Hemos aplicado a sus anuncios las medidas que se indican a continuación y usted debe actuar ya en relación con esta recuperación.
intro-update = La recuperación que se indica a continuación abarca ahora más mercados en los que se ofrecen sus anuncios. Hemos ampliado las medidas aplicadas a ellos.
recall-heading = Recuperación
recall = Recuperación
recall-id = Identificador de la recuperación
reported-by = Notificada por
risk = Nivel de riesgo
hazard = Peligro
listings-heading = Sus anuncios afectados
listing-ref = Anuncio { $listing } · expediente { $case }
why = Por qué coincide
measures = Medidas adoptadas
penalty = Sanción aplicable
penalty-points = { $points } puntos ({ $severity }), anotados en su registro de sanciones; se anulan si se acepta su recurso
penalty-own = ninguna: usted notificó esta recuperación de su propio producto, como exigen las normas, por lo que no se anota ningún punto por ello
todo-heading = Qué debe hacer
todo-stop = Deje de vender el producto recuperado en los mercados afectados y no vuelva a publicarlo, ni en este anuncio ni en ningún otro.
todo-pull = Retire las existencias afectadas y lleve a cabo la recuperación conforme a lo que exijan la legislación aplicable y la autoridad competente.
todo-remedies = Prepárese para asumir las soluciones ofrecidas a los consumidores: el precio pagado y las tarifas del pedido se le cargan por cada reembolso derivado de la recuperación.
violation-serious = Vender un producto recuperado constituye una infracción: 6 puntos por anuncio (infracción grave), anotados en el registro de sanciones de su cuenta con este aviso y anulados si se acepta su recurso.
violation-general = Vender un producto recuperado constituye una infracción: 2 puntos por anuncio (infracción general), anotados en el registro de sanciones de su cuenta con este aviso y anulados si se acepta su recurso.
violation-own = Fue usted quien notificó esta recuperación de su propio producto: no se anota ninguna sanción en sus anuncios por ello.
relisting = Volver a publicar el producto o modificar un anuncio para eludir la recuperación constituye una infracción grave (6 puntos).
appeal-heading = Recurso
appeal = Si no está de acuerdo con las medidas de recuperación o con la sanción, presente un recurso a más tardar el { $deadline } (7 días a partir de este aviso), indicando el número de expediente. Pasada esa fecha, o si se rechaza el recurso, enviaremos un aviso de recuperación a todos los consumidores que compraron el producto.
