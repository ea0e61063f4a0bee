# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Solicitud de reembolso { $request } del pedido { $order }: { $status }
heading = Solicitud de reembolso sobre sus anuncios: { $status }
intro = Un comprador ha solicitado un reembolso del pedido { $order }. Esta es la decisión sobre sus anuncios incluidos en la solicitud.
items-heading = Sus anuncios en esta solicitud
items-back-label = Devolución de los artículos
recall-refund-charged-to-you = Es un reembolso por recuperación del producto: se le carga a usted.
summary-heading = Para usted
refunded-on-yours-label = Reembolsado en sus anuncios
charged-to-you-label = A su cargo (recuperación de producto)
items-come-back = Se le devuelven artículos: vea la devolución de cada anuncio arriba.
no-item-comes-back = No se le devuelve ningún artículo.
none-of-your-listings = Esta solicitud no afecta a ninguno de sus anuncios.
what-you-can-do-heading = Lo que puede hacer
respond-to-buyer = Responda al comprador a través del centro de vendedores (pedido { $order }) para ofrecer una solución o explicar su postura.
after-sales-dispute = Una solicitud que usted y el comprador no puedan resolver pasa a la plataforma como disputa posventa, y la plataforma decide.
buyer-rights-bind-you = El programa nunca limita los derechos legales del comprador: usted sigue obligado por las normas de garantía legal y de devolución de su país de residencia.
