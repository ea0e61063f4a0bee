# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Överträdelse registrerad: { $violation } ({ $points })
heading = Överträdelse registrerad
# $severity: general or serious violation (seller_common).
intro = Vi har registrerat en överträdelse på ditt konto: { $violation } ({ $severity }, { $points }).
violation-heading = Överträdelsen
violation = Överträdelse
recorded-on = Registrerad den
counts-until-value = { $date } (därefter faller den ur den rullande 365-dagarsperioden)
sanction-heading = Sanktion
meaning-listing-removal = Annons { $listing } har tagits bort på alla marknader. Lägg inte ut produkten igen, varken i denna eller någon annan annons.
meaning-listing-removal-unnamed = Annonsen har tagits bort på alla marknader. Lägg inte ut produkten igen, varken i denna eller någon annan annons.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Böter på { $amount } debiteras ditt konto.
meaning-fine-unknown = Böter debiteras ditt konto.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Så länge denna registrering räknas (365 dagar) har ditt konto minst status { $standing }: { $consequence }
meaning-permanent-ban = En permanent uteslutning upphör inte: den gäller oavsett hur gammal denna registrering är. { $consequence }
reminder-heading = Påminnelse om överensstämmelse med reglerna
# $issue: the desk's words, quoted as given.
reminder = Produkten i denna annons uppfyller inte reglerna, så vi skickar en påminnelse om överensstämmelse med reglerna till de konsumenter som har köpt den av dig: ”{ $issue }” Erbjud dem lösningar efter köpet, bland annat retur och återbetalning, när de ber om det.
standing-note = Din status beror på en sanktion, inte på dina poäng: dina poäng ensamma skulle ge status { $standing }.
contest-case = Om du invänder mot denna registrering ska du överklaga inom 7 dagar från meddelandet om återkallelse och ange ärende { $case }.
contest-report = Om du anser att denna överträdelse har registrerats felaktigt kan du bestrida den via säljarcentret och ange rapport { $report }.
contest-unreferenced = Om du anser att denna överträdelse har registrerats felaktigt kan du bestrida den via säljarcentret.
