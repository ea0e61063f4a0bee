# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = A versão em inglês abaixo é a que faz fé.
signature = Equipa de Segurança dos Produtos
greeting = Caro(a) { $name },
severity-general = infração geral
severity-serious = infração grave
measure-geo-block = bloqueio geográfico (anúncio oculto neste mercado)
measure-rectification = retificação (anúncio oculto até que o corrija)
measure-return-to-warehouse = devolução ao armazém (existências da plataforma retiradas)
measure-delist = anúncio retirado (removido em todos os mercados)
all-markets = todos os mercados
warehouse = armazém { $market }
sep = :{" "}
