# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Expediente
listing = Anuncio
recall = Recuperación
markets = Mercados
appeal-deadline = Plazo de recurso
received-subject = Recurso recibido: expediente { $case }
received-heading = Hemos recibido su recurso
received = Recibimos su recurso el { $filed }. Un revisor lo resolverá y le comunicaremos el resultado. Hasta entonces, las medidas sobre su anuncio se mantienen y no se contacta con ningún consumidor mientras su recurso esté abierto.
received-ordered = Recibimos su recurso el { $filed }. Un revisor lo resolverá y le comunicaremos el resultado. Hasta entonces, las medidas sobre su anuncio se mantienen. La autoridad competente ordenó que se informara a los consumidores de inmediato, por lo que, entretanto, la recuperación dirigida a los consumidores sigue adelante.
grounds = Sus motivos: { $grounds }
upheld-subject = Recurso aceptado: expediente { $case } – su anuncio vuelve a estar a la venta
upheld-heading = Su recurso ha sido aceptado
upheld-reason = Un revisor aceptó su recurso: { $reason }
upheld-lifted = Hemos levantado las medidas sobre su anuncio en { $markets }: vuelve a estar a la venta allí.
upheld-points = Se retira la sanción de { $points } puntos.
upheld-told = Los consumidores ya fueron informados, por orden de la autoridad competente.
upheld-not-told = No se contactará con los consumidores en relación con este expediente.
rejected-subject = Recurso rechazado: expediente { $case } – comienza la recuperación dirigida a los consumidores
rejected-heading = Su recurso ha sido rechazado
rejected-reason = Un revisor rechazó su recurso: { $reason }
rejected-stay = Las medidas sobre su anuncio en { $markets } se mantienen. Ahora enviamos un aviso de recuperación a todos los consumidores que compraron el producto en esos mercados. Las soluciones ofrecidas a los consumidores (el precio pagado y las tarifas del pedido) se le cargan a usted.
rejected-stay-points = Las medidas sobre su anuncio en { $markets } se mantienen y se aplica la sanción de { $points } puntos. Ahora enviamos un aviso de recuperación a todos los consumidores que compraron el producto en esos mercados. Las soluciones ofrecidas a los consumidores (el precio pagado y las tarifas del pedido) se le cargan a usted.
refused-subject = Recurso no admitido: expediente { $case }
refused-heading = No se ha podido admitir su recurso
refused = No hemos podido admitir su recurso sobre el expediente { $case }: { $reason }.
refused-deadline = Plazo de recurso de este expediente: { $deadline }.
refused-contact = Si cree que se trata de un error, póngase en contacto con el servicio de Seguridad de los Productos e indique el número de expediente.
refused-no-case = no existe el expediente { $case }
refused-not-yours = el expediente { $case } no es suyo: solo el vendedor del anuncio puede recurrir
refused-late = el recurso se presentó el { $filed }, después del plazo, que vencía el { $deadline } (7 días a partir del aviso de recuperación)
refused-state = el expediente { $case } ya no admite recurso
