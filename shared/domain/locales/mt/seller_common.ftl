# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Il-verżjoni bl-Ingliż hawn taħt hija dik vinkolanti.
signature = It-tim tas-Sikurezza tal-Prodotti
greeting = Għażiż/a { $name },
severity-general = ksur ġenerali
severity-serious = ksur serju
measure-geo-block = imblukkar ġeografiku (moħbija f'dan is-suq)
measure-rectification = rettifika (moħbija sakemm tikkoreġi l-inserzjoni)
measure-return-to-warehouse = ritorn lejn il-maħżen (l-istokk tal-pjattaforma rtirat)
measure-delist = imneħħija mill-elenku (imneħħija mis-swieq kollha)
all-markets = is-swieq kollha
warehouse = il-maħżen { $market }
sep = :{" "}
