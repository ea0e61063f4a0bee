# The order cancelled email, European Portuguese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Encomenda cancelada: recolha de produto por motivos de segurança
greeting = Caro(a) Cliente,
intro = Cancelámos a sua encomenda { $order_id } de { $order_date } (país de entrega: { $market }) antes do envio: o produto abaixo indicado é objeto de uma recolha por motivos de segurança.
not-delivered = Não lhe será entregue. Como nunca o recebeu, não há nada que tenha de deixar de utilizar nem nada a devolver.
product-heading = O produto
name = Produto:
brand = Marca:
model = Modelo:
hazard-heading = Porque é recolhido
refund-heading = O seu reembolso
refund = Será reembolsado na totalidade, do preço que pagou ({ $price_paid }) e dos custos da encomenda, no meio de pagamento que utilizou.
nothing-to-do = Não precisa de fazer nada.
help-heading = Dúvidas
contact = Se tiver alguma dúvida, contacte-nos através da secção Ajuda da sua conta.
signature = Equipa de Segurança dos Produtos
