# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Solicitação de reembolso { $request } do pedido { $order }: { $status }
heading = Solicitação de reembolso sobre seus anúncios: { $status }
intro = Um comprador pediu um reembolso do pedido { $order }. Veja abaixo a decisão sobre os seus anúncios incluídos na solicitação.
items-heading = Seus anúncios nesta solicitação
items-back-label = Itens que retornam a você
recall-refund-charged-to-you = Este é um reembolso por recall de produto: ele é cobrado de você.
summary-heading = Para você
refunded-on-yours-label = Reembolsado nos seus anúncios
charged-to-you-label = Cobrado de você (recall de produto)
items-come-back = Há itens que retornam a você: veja acima a devolução de cada anúncio.
no-item-comes-back = Nenhum item retorna a você.
none-of-your-listings = Esta solicitação não inclui nenhum dos seus anúncios.
what-you-can-do-heading = O que você pode fazer
respond-to-buyer = Responda ao comprador pela central do vendedor (pedido { $order }) para oferecer uma solução ou explicar sua posição.
after-sales-dispute = Uma solicitação que você e o comprador não conseguirem resolver é encaminhada à plataforma como disputa de pós-venda, e a plataforma decide.
buyer-rights-bind-you = O programa nunca limita os direitos legais do comprador: você continua sujeito(a) à garantia legal e às regras de devolução do país de residência do comprador.
