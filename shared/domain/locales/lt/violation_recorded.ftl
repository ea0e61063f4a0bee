# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Užregistruotas pažeidimas: { $violation } ({ $points })
heading = Užregistruotas pažeidimas
# $severity: general or serious violation (seller_common).
intro = Jūsų paskyrai užregistravome pažeidimą: { $violation } ({ $severity }, { $points }).
violation-heading = Pažeidimas
violation = Pažeidimas
recorded-on = Užregistravimo data
counts-until-value = { $date } (vėliau jis nebepatenka į slenkamąjį 365 dienų laikotarpį)
sanction-heading = Sankcija
meaning-listing-removal = Skelbimas { $listing } pašalintas visose rinkose. Nebeskelbkite šio gaminio iš naujo – nei šiuo, nei jokiu kitu skelbimu.
meaning-listing-removal-unnamed = Skelbimas pašalintas visose rinkose. Nebeskelbkite šio gaminio iš naujo – nei šiuo, nei jokiu kitu skelbimu.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Iš Jūsų paskyros išieškoma { $amount } bauda.
meaning-fine-unknown = Iš Jūsų paskyros išieškoma bauda.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Kol šis įrašas įskaitomas (365 dienas), Jūsų paskyros būklė yra ne geresnė nei „{ $standing }“: { $consequence }
meaning-permanent-ban = Nuolatinis draudimas nesibaigia: jis taikomas nepriklausomai nuo šio įrašo senumo. { $consequence }
reminder-heading = Priminimas apie atitiktį
# $issue: the desk's words, quoted as given.
reminder = Šio skelbimo gaminys neatitinka reikalavimų, todėl iš Jūsų jį įsigijusiems vartotojams siunčiame priminimą apie atitiktį: „{ $issue }“ Jiems paprašius, pasiūlykite sprendimus po pardavimo, įskaitant prekių grąžinimą ir pinigų grąžinimą.
standing-note = Jūsų būklę lemia sankcija, o ne Jūsų taškai: vien pagal Jūsų taškus būklė būtų „{ $standing }“.
contest-case = Jei nesutinkate su šiuo įrašu, pateikite skundą per 7 dienas nuo pranešimo apie atšaukimą, nurodydami bylą { $case }.
contest-report = Jei manote, kad šis pažeidimas užregistruotas per klaidą, užginčykite jį per pardavėjo centrą, nurodydami pranešimą apie pažeidimą { $report }.
contest-unreferenced = Jei manote, kad šis pažeidimas užregistruotas per klaidą, užginčykite jį per pardavėjo centrą.
