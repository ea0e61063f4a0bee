# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Evidentirana kršitev: { $violation } ({ $points })
heading = Evidentirana kršitev
# $severity: general or serious violation (seller_common).
intro = Za vaš račun smo evidentirali kršitev: { $violation } ({ $severity }, { $points }).
violation-heading = Kršitev
violation = Kršitev
recorded-on = Datum evidentiranja
counts-until-value = { $date } (nato izpade iz drsečega obdobja 365 dni)
sanction-heading = Sankcija
meaning-listing-removal = Ponudba { $listing } je odstranjena na vseh trgih. Izdelka ne ponudite znova, niti v tej niti v kateri koli drugi ponudbi.
meaning-listing-removal-unnamed = Ponudba je odstranjena na vseh trgih. Izdelka ne ponudite znova, niti v tej niti v kateri koli drugi ponudbi.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Vašemu računu se zaračuna denarna kazen v višini { $amount }.
meaning-fine-unknown = Vašemu računu se zaračuna denarna kazen.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Dokler ta vpis šteje (365 dni), je vaš račun vsaj na statusu „{ $standing }“: { $consequence }
meaning-permanent-ban = Trajna prepoved ne poteče: velja ne glede na starost tega vpisa. { $consequence }
reminder-heading = Opomnik o skladnosti
# $issue: the desk's words, quoted as given.
reminder = Izdelek iz te ponudbe ni skladen, zato potrošnikom, ki so ga kupili pri vas, pošiljamo opomnik o skladnosti: „{ $issue }“ Ko to zahtevajo, jim zagotovite poprodajne rešitve, vključno z vračilom izdelka in kupnine.
standing-note = Vaš status izhaja iz sankcije in ne iz vaših točk: samo na podlagi točk bi imeli status „{ $standing }“.
contest-case = Če se z vpisom ne strinjate, vložite pritožbo v 7 dneh od obvestila o odpoklicu in navedite primer { $case }.
contest-report = Če menite, da je bila kršitev evidentirana pomotoma, ji ugovarjajte prek centra za prodajalce in navedite prijavo { $report }.
contest-unreferenced = Če menite, da je bila kršitev evidentirana pomotoma, ji ugovarjajte prek centra za prodajalce.
