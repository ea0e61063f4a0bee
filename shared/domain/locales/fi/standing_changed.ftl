# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Tilinne tila: { $before } → { $after }
heading-worse = Tilinne tila on heikentynyt
heading-better = Tilinne tila on parantunut
heading-same = Tilinne tila
change-worse = Tilinne tila nousi asteikolla tasolta ”{ $before }” tasolle ”{ $after }”: tämä on tilillenne huonompi.
change-better = Tilinne tila laski asteikolla tasolta ”{ $before }” tasolle ”{ $after }”: tämä on tilillenne parempi.
change-same = Tilinne tila on ”{ $after }”.
trigger-new = Muutos johtuu uudesta merkinnästä { $date }: { $violation } ({ $points }).
trigger-reversal = Muutos johtuu merkinnän { $entry } perumisesta { $date }.
trigger-reversal-of = Muutos johtuu merkinnän { $entry } ({ $violation }, { $points }) perumisesta { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (merkinnät { $from } alkaen)
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Tilinne tila johtuu seuraamuksesta: { $sanctions }, ei pisteistänne: pelkät pisteenne ({ $points }) antaisivat tilaksi ”{ $standing }”.
sanction-note-unnamed = Tilinne tila johtuu seuraamuksesta, ei pisteistänne: pelkät pisteenne ({ $points }) antaisivat tilaksi ”{ $standing }”.
sanction-behind = { $sanction } (merkintä { $entry }, { $date })
thresholds-heading = Raja-arvot
thresholds-points = pisteet liukuvan 365 päivän jakson ajalta
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } pistettä
threshold-or-more = { $from ->
    [one] { $from } piste tai enemmän
   *[other] { $from } pistettä tai enemmän
  }
your-standing = tilinne tila
thresholds-note = Rikkomuksen yhteydessä määrätty seuraamus (toimitusrajoitus, tilin jäädyttäminen, tilin keskeyttäminen, pysyvä porttikielto) asettaa tilinne vähintään sitä vastaavaan tilaan niin kauan kuin sen merkintä on voimassa; pysyvä porttikielto on voimassa merkinnän iästä riippumatta.
entries-heading = Taustalla olevat merkinnät
no-entries = Liukuvan 365 päivän jakson ajalta ei lasketa yhtään seuraamusmerkintää.
lasting-heading = Edelleen voimassa olevat seuraamukset
reversals-heading = Perumiset liukuvan 365 päivän jakson aikana
entry-title = { $date }: { $violation }
reversal-title = { $date }: Peruminen – { $violation }
sanction = Seuraamus
counts-until-ban = { $date } (sen pisteet; pysyvä porttikielto ei vanhene)
to-contest = Kiistäminen
to-contest-case = valittakaa 7 päivän kuluessa takaisinvetoilmoituksesta ja mainitkaa tapauksen tunnus
to-contest-report = myyjäkeskuksen kautta raportin tunnus mainiten
to-contest-entry = myyjäkeskuksen kautta merkinnän tunnus mainiten
note = Huomautus
lasting-note = Yli 365 päivää vanha: sen pisteitä ei enää lasketa, mutta pysyvä porttikielto on voimassa merkinnän iästä riippumatta.
reverses = Peruttu merkintä
reverses-of = { $entry } ({ $violation }, kirjattu { $date }, { $points })
contest-case = Takaisinvetotapaukseen perustuvasta merkinnästä voi valittaa 7 päivän kuluessa takaisinvetoilmoituksesta (ilmoituksessa mainittuun valituksen määräaikaan mennessä) tapauksen tunnus mainiten.
contest-report = Raportoidun rikkomuksen voi kiistää myyjäkeskuksen kautta raportin tunnus mainiten.
