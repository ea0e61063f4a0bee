# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Overtrædelse registreret: { $violation } ({ $points })
heading = Overtrædelse registreret
# $severity: general or serious violation (seller_common).
intro = Vi har registreret en overtrædelse på din konto: { $violation } ({ $severity }, { $points }).
violation-heading = Overtrædelsen
violation = Overtrædelse
recorded-on = Registreret den
counts-until-value = { $date } (derefter falder den ud af de løbende 365 dage)
sanction-heading = Sanktion
meaning-listing-removal = Annonce { $listing } er fjernet på alle markeder. Sæt ikke produktet til salg igen, hverken under denne eller nogen anden annonce.
meaning-listing-removal-unnamed = Annoncen er fjernet på alle markeder. Sæt ikke produktet til salg igen, hverken under denne eller nogen anden annonce.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = En bøde på { $amount } pålægges din konto.
meaning-fine-unknown = En bøde pålægges din konto.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Så længe denne registrering tæller med (365 dage), har din konto mindst status { $standing }: { $consequence }
meaning-permanent-ban = En permanent udelukkelse udløber ikke: Den gælder uanset denne registrerings alder. { $consequence }
reminder-heading = Påmindelse om overensstemmelse med reglerne
# $issue: the desk's words, quoted as given.
reminder = Produktet i denne annonce overholder ikke reglerne, så vi sender en påmindelse om overensstemmelse med reglerne til de forbrugere, der har købt det hos dig: »{ $issue }« Tilbyd dem løsninger efter salget, herunder returnering og tilbagebetaling, når de beder om det.
standing-note = Din status skyldes en sanktion, ikke dine point: Dine point alene ville give status { $standing }.
contest-case = Hvis du gør indsigelse mod denne registrering, skal du klage inden for 7 dage fra meddelelsen om tilbagekaldelse med angivelse af sag { $case }.
contest-report = Hvis du mener, at denne overtrædelse er registreret ved en fejl, kan du bestride den via sælgercentret med angivelse af indberetning { $report }.
contest-unreferenced = Hvis du mener, at denne overtrædelse er registreret ved en fejl, kan du bestride den via sælgercentret.
