# The consumer recall notice (SPEC 1.4.5, GPSR Art. 36): its fixed texts.
# { $… } are the SES placeholders of each buyer's data (order_id, order_date,
# price_paid, market, authority_name, authority_url), filled per destination.

sep = :{" "}
heading = Recuperación de producto por motivos de seguridad
subject-tail = deje de usarlo inmediatamente
greeting = Estimado/a cliente:
intro = Usted compró en nuestra plataforma el producto que se indica a continuación. Este producto es objeto de una recuperación porque no es seguro. Deje de usarlo ya y lea a continuación lo que debe hacer.
product-heading = El producto afectado
name = Producto:
brand = Marca:
model = Modelo:
batch = Lote:
batch-hint = Compruebe el número de lote en el producto o en su embalaje.
picture = Imagen:
picture-alt = Imagen del producto afectado
sold = Lo compró el { $order_date } (pedido { $order_id }) en nuestra plataforma; país de entrega: { $market }.
hazard-heading = El peligro
hazard-intro = El peligro:
todo-heading = Qué debe hacer
stop-using = Deje de usar el producto inmediatamente. Manténgalo fuera del alcance de los niños y no lo venda ni se lo dé a nadie.
instructions-intro = Instrucciones que acompañan a la recuperación:
share = Si le ha dado el producto a otra persona, o conoce a alguien que lo tenga, hágale llegar este aviso.
remedies-heading = Lo que le ofrecemos
remedies-intro = Puede elegir una de estas soluciones:
refund = el reembolso íntegro del precio que pagó ({ $price_paid })
repair = la reparación gratuita del producto
replace = la sustitución gratuita por un producto seguro
free = Todas las soluciones son gratuitas para usted, incluido el envío de devolución, si lo hubiera.
how-heading = Cómo solicitarlo
how = En su cuenta, vaya a Mis pedidos → pedido { $order_id } → Devolución/reembolso y elija el motivo «Recuperación de producto».
no-return = No tiene que devolver el producto antes de recibir el reembolso, salvo que se lo pidamos. En ese caso, la devolución es gratuita.
contact = Si tiene alguna pregunta, póngase en contacto con nuestro servicio de atención al cliente desde la sección Ayuda de su cuenta.
authority-heading = Autoridad competente
authority-intro = La autoridad de protección de los consumidores y de seguridad de los productos del país de entrega:
references-heading = Referencias de la recuperación
recall-label = Recuperación:
published-by = Publicada por:
platform = Nuestra plataforma
sorry = Lamentamos las molestias.
signature = El equipo de Seguridad de los Productos
fallback-authority = la autoridad nacional de protección de los consumidores (recuperaciones de productos en todo el mundo: OECD GlobalRecalls)
