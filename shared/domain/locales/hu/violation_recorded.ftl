# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Szabályszegés rögzítve: { $violation } ({ $points })
heading = Szabályszegés rögzítve
# $severity: general or serious violation (seller_common).
intro = Szabályszegést rögzítettünk a fiókjával kapcsolatban: { $violation } ({ $severity }, { $points }).
violation-heading = A szabályszegés
violation = Szabályszegés
recorded-on = Rögzítés dátuma
counts-until-value = { $date } (ezután kikerül a 365 napos gördülő időszakból)
sanction-heading = Szankció
meaning-listing-removal = A hirdetést ({ $listing }) minden piacról eltávolítottuk. Ne hirdesse meg újra a terméket, sem ezzel, sem más hirdetéssel.
meaning-listing-removal-unnamed = A hirdetést minden piacról eltávolítottuk. Ne hirdesse meg újra a terméket, sem ezzel, sem más hirdetéssel.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = { $amount } összegű bírságot terhelünk a fiókjára.
meaning-fine-unknown = Bírságot terhelünk a fiókjára.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Amíg ez a bejegyzés beszámít (365 napig), fiókja legalább „{ $standing }” fiókállapotban van: { $consequence }
meaning-permanent-ban = A végleges kitiltás nem jár le: e bejegyzés korától függetlenül érvényes. { $consequence }
reminder-heading = Megfelelőségi emlékeztető
# $issue: the desk's words, quoted as given.
reminder = E hirdetés terméke nem felel meg az előírásoknak, ezért megfelelőségi emlékeztetőt küldünk azoknak a fogyasztóknak, akik Öntől vásárolták: „{ $issue }” Kérésükre biztosítson számukra értékesítés utáni megoldásokat, beleértve a visszaküldést és a visszatérítést.
standing-note = Fiókállapotát egy szankció határozza meg, nem a büntetőpontjai: pusztán a büntetőpontjai alapján fiókállapota „{ $standing }” lenne.
contest-case = Ha kifogásolja ezt a bejegyzést, fellebbezzen a visszahívási értesítéstől számított 7 napon belül, az ügy ({ $case }) megadásával.
contest-report = Ha úgy véli, hogy ezt a szabályszegést tévesen rögzítettük, vitassa az eladói központon keresztül, a bejelentés ({ $report }) megadásával.
contest-unreferenced = Ha úgy véli, hogy ezt a szabályszegést tévesen rögzítettük, vitassa az eladói központon keresztül.
