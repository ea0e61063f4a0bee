# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Az alábbi angol nyelvű változat a kötelező erejű.
signature = Termékbiztonsági csapat
greeting = Tisztelt { $name }!
severity-general = általános szabályszegés
severity-serious = súlyos szabályszegés
measure-geo-block = földrajzi letiltás (ezen a piacon elrejtve)
measure-rectification = javítás (elrejtve, amíg Ön ki nem javítja a hirdetést)
measure-return-to-warehouse = visszaszállítás a raktárba (a platform készletét kivonjuk)
measure-delist = eltávolítás a kínálatból (minden piacról eltávolítva)
all-markets = minden piac
warehouse = raktár ({ $market })
sep = :{" "}
