# The order cancelled email, Brazilian Portuguese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Pedido cancelado: recall de produto por motivo de segurança
greeting = Prezado(a) cliente,
intro = Cancelamos o seu pedido { $order_id } de { $order_date } (país de entrega: { $market }) antes do envio: o produto abaixo é objeto de recall por motivo de segurança.
not-delivered = Ele não será entregue a você. Como você nunca o recebeu, não há nada que precise parar de usar nem nada a devolver.
product-heading = O produto
name = Produto:
brand = Marca:
model = Modelo:
hazard-heading = Por que ele é objeto de recall
refund-heading = Seu reembolso
refund = Você receberá o reembolso integral, do valor pago ({ $price_paid }) e das taxas do pedido, no meio de pagamento que você usou.
nothing-to-do = Você não precisa fazer nada.
help-heading = Dúvidas
contact = Em caso de dúvidas, entre em contato conosco pela seção Ajuda da sua conta.
signature = Equipe de Segurança de Produtos
