# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Rikkumine registreeritud: { $violation } ({ $points })
heading = Rikkumine registreeritud
# $severity: general or serious violation (seller_common).
intro = Registreerisime Teie kontole rikkumise: { $violation } ({ $severity }, { $points }).
violation-heading = Rikkumine
violation = Rikkumine
recorded-on = Registreerimise kuupäev
counts-until-value = { $date } (seejärel jääb see libisevast 365 päeva perioodist välja)
sanction-heading = Sanktsioon
meaning-listing-removal = Kuulutus { $listing } on eemaldatud kõigilt turgudelt. Ärge pange toodet uuesti müüki, ei selle ega ühegi muu kuulutuse all.
meaning-listing-removal-unnamed = Kuulutus on eemaldatud kõigilt turgudelt. Ärge pange toodet uuesti müüki, ei selle ega ühegi muu kuulutuse all.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Teie kontolt nõutakse sisse trahv summas { $amount }.
meaning-fine-unknown = Teie kontolt nõutakse sisse trahv.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Seni, kuni seda kannet arvestatakse (365 päeva), on Teie konto vähemalt seisus „{ $standing }“: { $consequence }
meaning-permanent-ban = Alaline keeld ei aegu: see kehtib olenemata selle kande vanusest. { $consequence }
reminder-heading = Meeldetuletus nõuetele vastavuse kohta
# $issue: the desk's words, quoted as given.
reminder = Selle kuulutuse toode ei vasta nõuetele, seega saadame nõuetele vastavuse meeldetuletuse tarbijatele, kes selle Teilt ostsid: „{ $issue }“ Pakkuge neile nende soovil müügijärgseid lahendusi, sealhulgas tagastamist ja raha tagastamist.
standing-note = Teie konto seis tuleneb sanktsioonist, mitte Teie punktidest: ainuüksi Teie punktide põhjal oleks seis „{ $standing }“.
contest-case = Kui Te selle kandega ei nõustu, esitage vaidlustus 7 päeva jooksul tagasikutsumise teatest ja märkige juhtum { $case }.
contest-report = Kui leiate, et see rikkumine registreeriti ekslikult, vaidlustage see müüjakeskuse kaudu ja märkige rikkumisteade { $report }.
contest-unreferenced = Kui leiate, et see rikkumine registreeriti ekslikult, vaidlustage see müüjakeskuse kaudu.
