# The order cancelled email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

heading = Pedido cancelado: retirada del producto por motivos de seguridad
greeting = Estimado/a cliente:
intro = Hemos cancelado su pedido { $order_id } del { $order_date } (entrega en { $market }) antes de su envío: el producto que se indica a continuación es objeto de una retirada por motivos de seguridad.
not-delivered = No se le entregará. Como nunca lo recibió, no tiene nada que dejar de usar ni nada que devolver.
product-heading = El producto
name = Producto:
brand = Marca:
model = Modelo:
hazard-heading = Por qué se retira
refund-heading = Su reembolso
refund = Se le reembolsará íntegramente el precio pagado ({ $price_paid }) y los gastos del pedido, en el medio de pago que utilizó.
nothing-to-do = No tiene que hacer nada.
help-heading = Preguntas
contact = Si tiene preguntas, póngase en contacto con nosotros desde la sección Ayuda de su cuenta.
signature = El equipo de Seguridad de los Productos
