# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Processo
listing = Anúncio
recall = Recolha
markets = Mercados
appeal-deadline = Prazo de recurso
received-subject = Recurso recebido: processo { $case }
received-heading = Recebemos o seu recurso
received = Recebemos o seu recurso em { $filed }. Um revisor irá decidir sobre o mesmo e comunicar-lhe-emos o resultado. Até lá, as medidas aplicadas ao seu anúncio mantêm-se e nenhum consumidor é contactado enquanto o seu recurso estiver pendente.
received-ordered = Recebemos o seu recurso em { $filed }. Um revisor irá decidir sobre o mesmo e comunicar-lhe-emos o resultado. Até lá, as medidas aplicadas ao seu anúncio mantêm-se. A autoridade competente ordenou que os consumidores fossem informados de imediato, pelo que, entretanto, a recolha junto dos consumidores prossegue.
grounds = Os seus fundamentos: { $grounds }
upheld-subject = Recurso aceite: processo { $case } – o seu anúncio está novamente à venda
upheld-heading = O seu recurso foi aceite
upheld-reason = Um revisor aceitou o seu recurso: { $reason }
upheld-lifted = Levantámos as medidas aplicadas ao seu anúncio em { $markets }: está novamente à venda nesses mercados.
upheld-points = A penalização de { $points } pontos é retirada.
upheld-told = Os consumidores já foram informados, por ordem da autoridade competente.
upheld-not-told = Os consumidores não serão contactados sobre este processo.
rejected-subject = Recurso rejeitado: processo { $case } – começa a recolha junto dos consumidores
rejected-heading = O seu recurso foi rejeitado
rejected-reason = Um revisor rejeitou o seu recurso: { $reason }
rejected-stay = As medidas aplicadas ao seu anúncio em { $markets } mantêm-se. Estamos agora a enviar um aviso de recolha a todos os consumidores que compraram o produto nesses mercados. As soluções devidas aos consumidores – o preço pago e as taxas da encomenda – são-lhe cobradas.
rejected-stay-points = As medidas aplicadas ao seu anúncio em { $markets } mantêm-se e aplica-se a penalização de { $points } pontos. Estamos agora a enviar um aviso de recolha a todos os consumidores que compraram o produto nesses mercados. As soluções devidas aos consumidores – o preço pago e as taxas da encomenda – são-lhe cobradas.
refused-subject = Recurso não admitido: processo { $case }
refused-heading = Não foi possível admitir o seu recurso
refused = Não nos foi possível admitir o seu recurso relativo ao processo { $case }: { $reason }.
refused-deadline = Prazo de recurso deste processo: { $deadline }.
refused-contact = Se considerar que se trata de um erro, contacte o serviço de Segurança dos Produtos e indique o número do processo.
refused-no-case = não existe nenhum processo { $case }
refused-not-yours = o processo { $case } não é um processo seu: só o vendedor do anúncio pode recorrer
refused-late = o recurso foi apresentado em { $filed }, depois do prazo, que terminava em { $deadline } (7 dias a contar do aviso de recolha)
refused-state = o processo { $case } já não admite recurso
