# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Recall de produto por motivo de segurança: { $title } – { $listings ->
    [one] { $listings } anúncio bloqueado
    [many] { $listings } anúncios bloqueados
   *[other] { $listings } anúncios bloqueados
  }, recurso até { $deadline }
subject-update = Atualização – Recall de produto por motivo de segurança: { $title } – agora também bloqueado em { $markets }, recurso até { $deadline }
heading = Aviso de recall de produto por motivo de segurança
heading-update = Atualização: aviso de recall de produto por motivo de segurança
intro = Um produto que você vende é objeto de um recall por motivo de segurança. Aplicamos as medidas abaixo aos seus anúncios, e você deve agir agora em relação a este recall.
intro-update = O recall abaixo agora abrange mais mercados em que seus anúncios são oferecidos. Ampliamos as medidas aplicadas a eles.
recall-heading = Recall
recall = Recall
recall-id = ID do recall
reported-by = Informado por
risk = Nível de risco
hazard = Risco
listings-heading = Seus anúncios afetados
listing-ref = Anúncio { $listing } · caso { $case }
why = Por que corresponde ao recall
measures = Medidas tomadas
penalty = Penalidade aplicável
penalty-points = { $points } pontos ({ $severity }), lançados no seu registro de penalidades; revertidos se o seu recurso for aceito
penalty-own = nenhuma: você informou este recall do seu próprio produto, como as regras exigem, portanto nenhum ponto é lançado por isso
todo-heading = O que você deve fazer
todo-stop = Pare de vender o produto objeto do recall nos mercados afetados e não volte a anunciá-lo, neste ou em qualquer outro anúncio.
todo-pull = Retire o estoque afetado e realize o recall conforme exigido pela legislação aplicável e pela autoridade competente.
todo-remedies = Prepare-se para arcar com as opções oferecidas aos consumidores: o valor pago e as taxas do pedido são cobrados de você em cada reembolso de recall.
violation-serious = Vender um produto objeto de recall é uma infração: 6 pontos por anúncio (infração grave), lançados no registro de penalidades da sua conta com este aviso e revertidos se o seu recurso for aceito.
violation-general = Vender um produto objeto de recall é uma infração: 2 pontos por anúncio (infração geral), lançados no registro de penalidades da sua conta com este aviso e revertidos se o seu recurso for aceito.
violation-own = Foi você quem informou este recall do seu próprio produto: nenhuma penalidade é lançada nos seus anúncios por isso.
relisting = Anunciar novamente o produto ou editar um anúncio para burlar o recall é uma infração grave (6 pontos).
appeal-heading = Recurso
appeal = Se você não concordar com as medidas do recall ou com a penalidade, apresente recurso até { $deadline } (7 dias a partir deste aviso), informando o número do caso. Após essa data, ou se o recurso for rejeitado, enviaremos um aviso de recall a todos os consumidores que compraram o produto.
