# The compliance reminder email, European Portuguese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Lembrete sobre a conformidade do produto
greeting = Caro(a) Cliente,
intro = Comprou o produto abaixo indicado no nosso mercado online. Este produto não cumpre integralmente as regras que lhe são aplicáveis. Leia abaixo o que está errado e o que deve fazer.
keep = Trata-se apenas de um lembrete: não lhe pedimos que devolva o produto.
product-heading = O seu produto
name = Produto:
brand = Marca:
model = Modelo:
picture = Imagem:
picture-alt = Imagem do produto
sold = Comprou-o em { $order_date } (encomenda { $order_id }) no nosso mercado online; país de entrega: { $market }.
issue-heading = O que está errado
todo-heading = O que deve fazer
help-heading = Dúvidas e devoluções
contact = Se tiver alguma dúvida ou quiser devolver o produto, contacte-nos através da secção Ajuda da sua conta.
rights = Mantém todos os seus direitos enquanto consumidor, incluindo o de pedir uma devolução ou um reembolso, quando aplicável.
reassure = Verificamos os produtos vendidos no nosso mercado online e informamo-lo sempre que algo requer a sua atenção.
signature = Equipa de Segurança dos Produtos
