# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Recolha de produto por motivos de segurança: { $title } – { $listings ->
    [one] { $listings } anúncio bloqueado
    [many] { $listings } anúncios bloqueados
   *[other] { $listings } anúncios bloqueados
  }, recurso até { $deadline }
subject-update = Atualização – Recolha de produto por motivos de segurança: { $title } – agora também bloqueado em { $markets }, recurso até { $deadline }
heading = Aviso de recolha de produto por motivos de segurança
heading-update = Atualização: aviso de recolha de produto por motivos de segurança
intro = Um produto que vende é objeto de uma recolha por motivos de segurança. Aplicámos aos seus anúncios as medidas abaixo indicadas e deve agir desde já relativamente a esta recolha.
intro-update = A recolha abaixo indicada abrange agora mais mercados onde os seus anúncios são disponibilizados. Alargámos as medidas aplicadas a esses anúncios.
recall-heading = Recolha
recall = Recolha
recall-id = Identificador da recolha
reported-by = Comunicada por
risk = Nível de risco
hazard = Perigo
listings-heading = Os seus anúncios afetados
listing-ref = Anúncio { $listing } · processo { $case }
why = Motivo da correspondência
measures = Medidas tomadas
penalty = Penalização aplicável
penalty-points = { $points } pontos ({ $severity }), lançados no seu registo de penalizações; anulados se o seu recurso for aceite
penalty-own = nenhuma: comunicou esta recolha do seu próprio produto, como as regras exigem, pelo que não são lançados pontos por esse motivo
todo-heading = O que deve fazer
todo-stop = Deixe de vender o produto recolhido nos mercados afetados e não volte a colocá-lo à venda, neste ou em qualquer outro anúncio.
todo-pull = Retire as existências afetadas e realize a recolha conforme exigido pela legislação aplicável e pela autoridade competente.
todo-remedies = Prepare-se para suportar as soluções devidas aos consumidores: o preço pago e as taxas da encomenda são-lhe cobrados por cada reembolso relativo à recolha.
violation-serious = Vender um produto recolhido constitui uma infração: 6 pontos por anúncio (infração grave), lançados no registo de penalizações da sua conta com este aviso e anulados se o seu recurso for aceite.
violation-general = Vender um produto recolhido constitui uma infração: 2 pontos por anúncio (infração geral), lançados no registo de penalizações da sua conta com este aviso e anulados se o seu recurso for aceite.
violation-own = Comunicou por iniciativa própria esta recolha do seu próprio produto: não é lançada nenhuma penalização nos seus anúncios por esse motivo.
relisting = Voltar a colocar o produto à venda ou editar um anúncio para contornar a recolha constitui uma infração grave (6 pontos).
appeal-heading = Recurso
appeal = Se discordar das medidas de recolha ou da penalização, apresente recurso até { $deadline } (7 dias a contar deste aviso), indicando o número do processo. Após essa data, ou se o recurso for rejeitado, enviaremos um aviso de recolha a todos os consumidores que compraram o produto.
