# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Pedido de reembolso { $request } relativo à encomenda { $order }: { $status }
heading = Pedido de reembolso relativo aos seus anúncios: { $status }
intro = Um comprador pediu um reembolso relativo à encomenda { $order }. Eis a decisão sobre os seus anúncios incluídos no pedido.
items-heading = Os seus anúncios neste pedido
items-back-label = Devolução dos artigos
recall-refund-charged-to-you = Trata-se de um reembolso relativo a uma recolha de produto: é-lhe cobrado.
summary-heading = Para si
refunded-on-yours-label = Reembolsado nos seus anúncios
charged-to-you-label = Cobrado a si (recolha de produto)
items-come-back = Há artigos que lhe são devolvidos: veja acima a devolução de cada anúncio.
no-item-comes-back = Nenhum artigo lhe é devolvido.
none-of-your-listings = Este pedido não abrange nenhum dos seus anúncios.
what-you-can-do-heading = O que pode fazer
respond-to-buyer = Responda ao comprador através do centro de vendedores (encomenda { $order }) para propor uma solução ou explicar a sua posição.
after-sales-dispute = Um pedido que não consiga resolver com o comprador passa para a plataforma como litígio pós-venda, e a plataforma decide.
buyer-rights-bind-you = O programa nunca limita os direitos legais do comprador: a garantia legal e as regras de devolução do país de residência do comprador continuam a ser vinculativas para si.
