# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = produto objeto de recall à venda
violation-recall-evasion = anúncio publicado ou editado enquanto está abrangido por um recall
violation-intellectual-property = violação de propriedade intelectual
violation-prohibited-item = item proibido ou restrito
violation-health-and-safety = saúde e segurança
violation-false-information = informações falsas ou enganosas no anúncio
violation-pricing-abuse = abuso de preços e promoções

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Produto objeto de recall à venda
violation-recall-evasion-label = Anúncio publicado ou editado enquanto está abrangido por um recall
violation-intellectual-property-label = Violação de propriedade intelectual
violation-prohibited-item-label = Item proibido ou restrito
violation-health-and-safety-label = Saúde e segurança
violation-false-information-label = Informações falsas ou enganosas no anúncio
violation-pricing-abuse-label = Abuso de preços e promoções

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Infração geral
severity-serious-label = Infração grave

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = anúncio removido em todos os mercados
sanction-financial-penalty = penalidade financeira
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = penalidade financeira de { $amount }
sanction-shipping-restriction = restrição de envio
sanction-account-freeze = conta congelada
sanction-suspension = conta suspensa
sanction-permanent-ban = banimento permanente

## The account standings, from best to worst, as names

standing-good = Situação regular
standing-warning = Advertência
standing-listing-restrictions = Restrições de anúncios
standing-shipping-restricted = Envio restrito / conta congelada
standing-suspended = Conta suspensa
standing-terminated = Conta encerrada

## What each standing means for the seller, in one sentence

consequence-good = Nenhuma restrição se aplica à sua conta.
consequence-warning = Uma advertência formal: novas infrações restringirão sua conta.
consequence-listing-restrictions = Você não pode publicar novos anúncios nem editar os existentes até que seus pontos fiquem abaixo do limite.
consequence-shipping-restricted = Suas permissões de envio estão restritas e os fundos da sua conta estão congelados.
consequence-suspended = Sua conta está suspensa: seus anúncios estão ocultos e você não pode vender.
consequence-terminated = Sua conta foi encerrada.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
  }

## What both emails share

standing-now-heading = Sua situação atual
standing = Situação da conta
what-it-means = O que significa
points-window = Pontos nos últimos 365 dias (período móvel)
reason = Motivo
listing = Anúncio
severity = Gravidade
points-label = Pontos
counts-until = Computado até
case = Caso
report = Relatório
contest-heading = Como contestar
contest-upheld = Se o seu recurso for aceito, o lançamento é revertido: os pontos e a sanção correspondentes deixam de contar, e informaremos você quando a situação da sua conta mudar.
