# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Caso
listing = Anúncio
recall = Recall
markets = Mercados
appeal-deadline = Prazo para recurso
received-subject = Recurso recebido: caso { $case }
received-heading = Recebemos seu recurso
received = Recebemos seu recurso em { $filed }. Um revisor decidirá sobre ele e informaremos o resultado a você. Até lá, as medidas aplicadas ao seu anúncio continuam em vigor, e nenhum consumidor é contatado enquanto seu recurso estiver em aberto.
received-ordered = Recebemos seu recurso em { $filed }. Um revisor decidirá sobre ele e informaremos o resultado a você. Até lá, as medidas aplicadas ao seu anúncio continuam em vigor. A autoridade competente determinou que os consumidores fossem informados imediatamente, por isso o recall junto aos consumidores prossegue enquanto isso.
grounds = Seus fundamentos: { $grounds }
upheld-subject = Recurso aceito: caso { $case } – seu anúncio está novamente à venda
upheld-heading = Seu recurso foi aceito
upheld-reason = Um revisor aceitou seu recurso: { $reason }
upheld-lifted = Suspendemos as medidas aplicadas ao seu anúncio em { $markets }: ele está novamente à venda nesses mercados.
upheld-points = A penalidade de { $points } pontos foi retirada.
upheld-told = Os consumidores já foram informados, por determinação da autoridade competente.
upheld-not-told = Os consumidores não serão contatados sobre este caso.
rejected-subject = Recurso rejeitado: caso { $case } – o recall junto aos consumidores começa
rejected-heading = Seu recurso foi rejeitado
rejected-reason = Um revisor rejeitou seu recurso: { $reason }
rejected-stay = As medidas aplicadas ao seu anúncio em { $markets } continuam em vigor. Estamos enviando agora um aviso de recall a todos os consumidores que compraram o produto nesses mercados. As opções oferecidas aos consumidores – o valor pago e as taxas do pedido – são cobradas de você.
rejected-stay-points = As medidas aplicadas ao seu anúncio em { $markets } continuam em vigor, e a penalidade de { $points } pontos se aplica. Estamos enviando agora um aviso de recall a todos os consumidores que compraram o produto nesses mercados. As opções oferecidas aos consumidores – o valor pago e as taxas do pedido – são cobradas de você.
refused-subject = Recurso não admitido: caso { $case }
refused-heading = Não foi possível admitir seu recurso
refused = Não foi possível admitir seu recurso sobre o caso { $case }: { $reason }.
refused-deadline = Prazo para recurso deste caso: { $deadline }.
refused-contact = Se você acredita que isso é um erro, entre em contato com a central de Segurança de Produtos e informe o número do caso.
refused-no-case = não existe o caso { $case }
refused-not-yours = o caso { $case } não é um caso seu: somente o vendedor do anúncio pode recorrer
refused-late = o recurso foi apresentado em { $filed }, depois do prazo, que terminava em { $deadline } (7 dias a partir do aviso de recall)
refused-state = o caso { $case } não admite mais recurso
