# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Su solicitud de reembolso { $request } del pedido { $order }: { $status }
heading = Su solicitud de reembolso: { $status }
intro = Hemos resuelto su solicitud de reembolso del pedido { $order }. Esta es la decisión para cada artículo.
items-heading = Sus artículos
return-label = Devolución
total-refund-label = Reembolso total
paid-to-fast-refund-bonus = su bono de reembolso rápido (disponible de inmediato en cuanto se abona el reembolso)
paid-to-original-payment = su método de pago original (su banco puede tardar unos días más en reflejar la operación)
paid-now-label = Se abona ahora
paid-after-check-label = Abonado tras el control de calidad en el almacén
after-check-note = El reembolso de los artículos devueltos se abona en cuanto termina su control de calidad en el almacén y cumplen las condiciones de reembolso.
confirmation-to-come = Recibirá una confirmación cuando se haya realizado el reembolso.
confirmed-now = Este correo es su confirmación: el reembolso se ha realizado.
label-heading = Etiqueta de devolución
label-granted = Se emite una etiqueta de devolución prepagada para esta solicitud. Embale los artículos y envíelos con ella, siguiendo las instrucciones del formulario de devolución.
label-shared-with-order = Esta solicitud comparte la etiqueta de devolución prepagada ya emitida para este pedido: devuelva todos los artículos del pedido en un solo paquete. Si envía solo una parte con la etiqueta, es posible que tenga que pagar el envío del resto.
label-refused-monthly-limit = Sin etiqueta de devolución prepagada: ya ha recibido el máximo de tres (3) etiquetas de devolución prepagadas este mes natural. Arriba se indica quién paga la devolución de cada artículo.
label-pickup-suspended = Sin etiqueta de devolución prepagada: los servicios de devolución de paquetes están suspendidos actualmente en su dirección de entrega. Arriba se indica quién paga la devolución de cada artículo.
request-refused-under-rules = La solicitud se rechazó según las normas
