# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Sárú curtha síos: { $violation } ({ $points })
heading = Sárú curtha síos
# $severity: general or serious violation (seller_common).
intro = Chuireamar sárú síos i gcoinne do chuntais: { $violation } ({ $severity }, { $points }).
violation-heading = An sárú
violation = Sárú
recorded-on = Curtha síos ar
counts-until-value = { $date } (ansin fágann sé an tréimhse rollach 365 lá)
sanction-heading = Smachtbhanna
meaning-listing-removal = Baintear liostú { $listing } de gach margadh. Ná hathliostaigh an táirge, faoin liostú seo ná faoi aon liostú eile.
meaning-listing-removal-unnamed = Baintear an liostú de gach margadh. Ná hathliostaigh an táirge, faoin liostú seo ná faoi aon liostú eile.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Gearrtar fíneáil { $amount } ar do chuntas.
meaning-fine-unknown = Gearrtar fíneáil ar do chuntas.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Fad a áirítear an iontráil seo (365 lá), tá do chuntas ar a laghad ag an seasamh “{ $standing }”: { $consequence }
meaning-permanent-ban = Ní théann cosc buan in éag: baineann sé is cuma cén aois í an iontráil seo. { $consequence }
reminder-heading = Meabhrúchán comhlíonta
# $issue: the desk's words, quoted as given.
reminder = Ní chomhlíonann táirge an liostaithe seo na rialacha, mar sin táimid ag seoladh meabhrúchán comhlíonta chuig na tomhaltóirí a cheannaigh uait é: “{ $issue }” Cuir réitigh iardhíola ar fáil dóibh, aischuir agus aisíocaíochtaí san áireamh, nuair a iarrann siad iad.
standing-note = Tagann do sheasamh ó smachtbhanna, ní ó do phointí: de réir do phointí amháin, is é “{ $standing }” a bheadh agat.
contest-case = Má tá agóid agat i gcoinne na hiontrála seo, déan achomharc laistigh de 7 lá ón bhfógra aisghairme, ag lua cás { $case }.
contest-report = Má chreideann tú gur cuireadh an sárú seo síos trí dhearmad, déan agóid ina choinne tríd an ionad díoltóirí, ag lua tuairisc { $report }.
contest-unreferenced = Má chreideann tú gur cuireadh an sárú seo síos trí dhearmad, déan agóid ina choinne tríd an ionad díoltóirí.
