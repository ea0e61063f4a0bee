# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = La versión vinculante es la versión en inglés que figura a continuación.
signature = El equipo de Seguridad de los Productos
greeting = Estimado/a { $name }:
severity-general = infracción general
severity-serious = infracción grave
measure-geo-block = bloqueo geográfico (oculto en este mercado)
measure-rectification = rectificación (oculto hasta que corrija el anuncio)
measure-return-to-warehouse = devolución al almacén (existencias de la plataforma retiradas)
measure-delist = anuncio retirado (eliminado en todos los mercados)
all-markets = todos los mercados
warehouse = almacén { $market }
sep = :{" "}
