# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = A versão em inglês abaixo é a que prevalece.
signature = Equipe de Segurança de Produtos
greeting = Prezado(a) { $name },
severity-general = infração geral
severity-serious = infração grave
measure-geo-block = bloqueio geográfico (anúncio oculto neste mercado)
measure-rectification = retificação (anúncio oculto até que você o corrija)
measure-return-to-warehouse = retorno ao armazém (estoque da plataforma retirado)
measure-delist = anúncio removido (retirado de todos os mercados)
all-markets = todos os mercados
warehouse = armazém { $market }
sep = :{" "}
