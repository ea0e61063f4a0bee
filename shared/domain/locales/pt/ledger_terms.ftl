# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = produto recolhido à venda
violation-recall-evasion = anúncio publicado ou editado quando abrangido por uma recolha
violation-intellectual-property = violação de propriedade intelectual
violation-prohibited-item = artigo proibido ou restrito
violation-health-and-safety = saúde e segurança
violation-false-information = informações do anúncio falsas ou enganosas
violation-pricing-abuse = abuso de preços e promoções

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Produto recolhido à venda
violation-recall-evasion-label = Anúncio publicado ou editado quando abrangido por uma recolha
violation-intellectual-property-label = Violação de propriedade intelectual
violation-prohibited-item-label = Artigo proibido ou restrito
violation-health-and-safety-label = Saúde e segurança
violation-false-information-label = Informações do anúncio falsas ou enganosas
violation-pricing-abuse-label = Abuso de preços e promoções

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Infração geral
severity-serious-label = Infração grave

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = anúncio removido em todos os mercados
sanction-financial-penalty = sanção pecuniária
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = sanção pecuniária de { $amount }
sanction-shipping-restriction = restrição de envios
sanction-account-freeze = conta congelada
sanction-suspension = conta suspensa
sanction-permanent-ban = exclusão permanente

## The account standings, from best to worst, as names

standing-good = Em situação regular
standing-warning = Advertência
standing-listing-restrictions = Restrições de anúncios
standing-shipping-restricted = Envios restringidos / conta congelada
standing-suspended = Suspensa
standing-terminated = Encerrada

## What each standing means for the seller, in one sentence

consequence-good = Não se aplica nenhuma restrição à sua conta.
consequence-warning = Uma advertência formal: novas infrações implicarão restrições na sua conta.
consequence-listing-restrictions = Não pode publicar novos anúncios nem editar os existentes até que os seus pontos desçam abaixo do limiar.
consequence-shipping-restricted = As suas permissões de envio estão restringidas e os fundos da sua conta estão congelados.
consequence-suspended = A sua conta está suspensa: os seus anúncios estão ocultos e não pode vender.
consequence-terminated = A sua conta está encerrada.

## Points: $points is a number, negative for a reversal ("-6 points")

# [0] first: the bundle's "pt" plural rules put 0 in [one]; European Portuguese says "0 pontos".
points = { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
  }

## What both emails share

standing-now-heading = O seu estado atual
standing = Estado
what-it-means = O que significa
points-window = Pontos no período móvel de 365 dias
reason = Motivo
listing = Anúncio
severity = Gravidade
points-label = Pontos
counts-until = Contabilizado até
case = Processo
report = Comunicação
contest-heading = Como contestar
contest-upheld = Se o seu recurso for aceite, o lançamento é anulado: os respetivos pontos e a respetiva sanção deixam de contar, e informá-lo-emos quando o seu estado mudar.
