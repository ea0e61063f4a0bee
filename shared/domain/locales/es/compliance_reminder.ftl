# The compliance reminder email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

sep = :{" "}
heading = Recordatorio de conformidad del producto
greeting = Estimado/a cliente:
intro = Usted compró en nuestra plataforma el producto que se indica a continuación. No cumple plenamente las normas que le son aplicables. Lea a continuación cuál es el problema y qué debe hacer.
keep = Este mensaje es solo un recordatorio: no le pedimos que devuelva el producto.
product-heading = Su producto
name = Producto:
brand = Marca:
model = Modelo:
picture = Imagen:
picture-alt = Imagen del producto
sold = Lo compró el { $order_date } (pedido { $order_id }) en nuestra plataforma; país de entrega: { $market }.
issue-heading = Cuál es el problema
todo-heading = Qué debe hacer
help-heading = Preguntas y devoluciones
contact = Si tiene preguntas o desea devolver el producto, póngase en contacto con nosotros desde la sección Ayuda de su cuenta.
rights = Conserva todos sus derechos como consumidor, incluido, en su caso, el de solicitar una devolución o un reembolso.
reassure = Revisamos los productos que se venden en nuestra plataforma y le avisamos siempre que algo requiere su atención.
signature = El equipo de Seguridad de los Productos
