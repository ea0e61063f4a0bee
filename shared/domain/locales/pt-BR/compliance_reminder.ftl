# The compliance reminder email, Brazilian Portuguese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Lembrete sobre a conformidade do produto
greeting = Prezado(a) cliente,
intro = Você comprou o produto abaixo em nosso marketplace. Ele não está totalmente em conformidade com as regras aplicáveis a ele. Leia abaixo qual é o problema e o que você deve fazer.
keep = Este é apenas um lembrete: não estamos pedindo que você devolva o produto.
product-heading = Seu produto
name = Produto:
brand = Marca:
model = Modelo:
picture = Imagem:
picture-alt = Imagem do produto
sold = Você o comprou em { $order_date } (pedido { $order_id }) em nosso marketplace; país de entrega: { $market }.
issue-heading = Qual é o problema
todo-heading = O que você deve fazer
help-heading = Dúvidas e devoluções
contact = Em caso de dúvidas ou se quiser devolver o produto, entre em contato conosco pela seção Ajuda da sua conta.
rights = Você mantém todos os seus direitos como consumidor, inclusive o de solicitar uma devolução ou um reembolso, quando aplicável.
reassure = Verificamos os produtos vendidos em nosso marketplace e avisamos você sempre que algo exigir sua atenção.
signature = Equipe de Segurança de Produtos
