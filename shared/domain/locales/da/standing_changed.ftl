# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Din kontostatus: { $before } → { $after }
heading-worse = Din kontostatus er forværret
heading-better = Din kontostatus er forbedret
heading-same = Din kontostatus
change-worse = Din kontostatus er rykket op fra { $before } til { $after }: Det er en forværring for din konto.
change-better = Din kontostatus er rykket ned fra { $before } til { $after }: Det er en forbedring for din konto.
change-same = Din kontostatus er { $after }.
trigger-new = Ændringen skyldes en ny registrering den { $date }: { $violation } ({ $points }).
trigger-reversal = Ændringen skyldes tilbageførslen den { $date } af registrering { $entry }.
trigger-reversal-of = Ændringen skyldes tilbageførslen den { $date } af registrering { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (registreringer siden { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Din status skyldes en sanktion: { $sanctions }, ikke dine point: Dine point alene ({ $points }) ville give status { $standing }.
sanction-note-unnamed = Din status skyldes en sanktion, ikke dine point: Dine point alene ({ $points }) ville give status { $standing }.
sanction-behind = { $sanction } (registrering { $entry }, { $date })
thresholds-heading = Grænser
thresholds-points = point inden for de løbende 365 dage
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } point
threshold-or-more = { $from ->
    [one] { $from } point eller flere
   *[other] { $from } point eller flere
  }
your-standing = din status
thresholds-note = En sanktion, der pålægges sammen med en overtrædelse (forsendelsesbegrænsning, indefrysning af kontoen, suspension, permanent udelukkelse), placerer din konto mindst på den tilsvarende status, så længe registreringen tæller med; en permanent udelukkelse gælder uanset dens alder.
entries-heading = De registreringer, der ligger bag
no-entries = Ingen strafpoint tæller med inden for de løbende 365 dage.
lasting-heading = Sanktioner, der stadig gælder
reversals-heading = Tilbageførsler inden for de løbende 365 dage
entry-title = { $date }: { $violation }
reversal-title = { $date }: Tilbageførsel – { $violation }
sanction = Sanktion
counts-until-ban = { $date } (dens point; den permanente udelukkelse udløber ikke)
to-contest = Indsigelse
to-contest-case = klag inden for 7 dage fra meddelelsen om tilbagekaldelse med angivelse af sagens id
to-contest-report = via sælgercentret med angivelse af indberetningens id
to-contest-entry = via sælgercentret med angivelse af registreringens id
note = Bemærk
lasting-note = Ældre end 365 dage: Dens point tæller ikke længere med, men en permanent udelukkelse gælder uanset dens alder.
reverses = Tilbagefører
reverses-of = { $entry } ({ $violation }, registreret den { $date }, { $points })
contest-case = En registrering fra en tilbagekaldelsessag kan påklages inden for 7 dage fra meddelelsen om tilbagekaldelse (senest på den klagefrist, som meddelelsen angiver) med angivelse af sagens id.
contest-report = En indberettet overtrædelse bestrides via sælgercentret med angivelse af indberetningens id.
