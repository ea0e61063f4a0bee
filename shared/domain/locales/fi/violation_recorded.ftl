# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Rikkomus kirjattu: { $violation } ({ $points })
heading = Rikkomus kirjattu
# $severity: general or serious violation (seller_common).
intro = Olemme kirjanneet tilillenne rikkomuksen: { $violation } ({ $severity }, { $points }).
violation-heading = Rikkomus
violation = Rikkomus
recorded-on = Kirjauspäivä
counts-until-value = { $date } (sen jälkeen merkintä poistuu liukuvasta 365 päivän jaksosta)
sanction-heading = Seuraamus
meaning-listing-removal = Myynti-ilmoitus { $listing } on poistettu kaikilta markkina-alueilta. Älkää asettako tuotetta uudelleen myyntiin tällä tai millään muulla myynti-ilmoituksella.
meaning-listing-removal-unnamed = Myynti-ilmoitus on poistettu kaikilta markkina-alueilta. Älkää asettako tuotetta uudelleen myyntiin tällä tai millään muulla myynti-ilmoituksella.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Tililtänne veloitetaan sakko, jonka määrä on { $amount }.
meaning-fine-unknown = Tililtänne veloitetaan sakko.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Niin kauan kuin tämä merkintä on voimassa (365 päivää), tilinne on vähintään tilassa ”{ $standing }”: { $consequence }
meaning-permanent-ban = Pysyvä porttikielto ei vanhene: se on voimassa tämän merkinnän iästä riippumatta. { $consequence }
reminder-heading = Muistutus vaatimustenmukaisuudesta
# $issue: the desk's words, quoted as given.
reminder = Tämän myynti-ilmoituksen tuote ei ole vaatimusten mukainen, joten lähetämme muistutuksen vaatimustenmukaisuudesta kuluttajille, jotka ostivat sen teiltä: ”{ $issue }” Tarjotkaa heille ostonjälkeisiä ratkaisuja, kuten palautuksia ja hyvityksiä, kun he sitä pyytävät.
standing-note = Tilinne tila johtuu seuraamuksesta, ei pisteistänne: pelkät pisteenne antaisivat tilaksi ”{ $standing }”.
contest-case = Jos vastustatte tätä merkintää, valittakaa 7 päivän kuluessa takaisinvetoilmoituksesta ja mainitkaa tapaus { $case }.
contest-report = Jos katsotte, että tämä rikkomus on kirjattu virheellisesti, kiistäkää se myyjäkeskuksen kautta ja mainitkaa raportti { $report }.
contest-unreferenced = Jos katsotte, että tämä rikkomus on kirjattu virheellisesti, kiistäkää se myyjäkeskuksen kautta.
