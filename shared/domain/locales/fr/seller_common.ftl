# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = La version anglaise ci-dessous fait foi.
signature = L’équipe Sécurité des produits
greeting = Bonjour { $name },
severity-general = infraction générale
severity-serious = infraction grave
measure-geo-block = blocage géographique (annonce masquée sur ce marché)
measure-rectification = rectification (annonce masquée jusqu’à ce que vous la corrigiez)
measure-return-to-warehouse = retour en entrepôt (stock de la plateforme retiré)
measure-delist = retrait de l’annonce (supprimée sur tous les marchés)
all-markets = tous les marchés
warehouse = entrepôt { $market }
sep = {"\u00A0"}:{" "}
