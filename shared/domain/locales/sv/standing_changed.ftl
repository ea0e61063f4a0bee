# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Ditt kontos status: { $before } → { $after }
heading-worse = Ditt kontos status har försämrats
heading-better = Ditt kontos status har förbättrats
heading-same = Ditt kontos status
change-worse = Ditt kontos status har gått upp från { $before } till { $after }: det är sämre för ditt konto.
change-better = Ditt kontos status har gått ned från { $before } till { $after }: det är bättre för ditt konto.
change-same = Ditt kontos status är { $after }.
trigger-new = Ändringen följer på en ny registrering den { $date }: { $violation } ({ $points }).
trigger-reversal = Ändringen följer på återföringen den { $date } av registrering { $entry }.
trigger-reversal-of = Ändringen följer på återföringen den { $date } av registrering { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (registreringar sedan { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Din status beror på en sanktion: { $sanctions }, inte på dina poäng: dina poäng ensamma ({ $points }) skulle ge status { $standing }.
sanction-note-unnamed = Din status beror på en sanktion, inte på dina poäng: dina poäng ensamma ({ $points }) skulle ge status { $standing }.
sanction-behind = { $sanction } (registrering { $entry }, { $date })
thresholds-heading = Gränsvärden
thresholds-points = poäng under den rullande 365-dagarsperioden
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } poäng
threshold-or-more = { $from ->
    [one] { $from } poäng eller fler
   *[other] { $from } poäng eller fler
  }
your-standing = din status
thresholds-note = En sanktion som har ålagts i samband med en överträdelse (fraktbegränsning, frysning av kontot, avstängning, permanent uteslutning) placerar ditt konto på minst motsvarande status så länge registreringen räknas; en permanent uteslutning gäller oavsett hur gammal den är.
entries-heading = Registreringarna bakom den
no-entries = Inga sanktionspoäng räknas under den rullande 365-dagarsperioden.
lasting-heading = Sanktioner som fortfarande gäller
reversals-heading = Återföringar under den rullande 365-dagarsperioden
entry-title = { $date }: { $violation }
reversal-title = { $date }: Återföring – { $violation }
sanction = Sanktion
counts-until-ban = { $date } (dess poäng; den permanenta uteslutningen upphör inte)
to-contest = Bestridande
to-contest-case = överklaga inom 7 dagar från meddelandet om återkallelse och ange ärendets id
to-contest-report = via säljarcentret med angivande av rapportens id
to-contest-entry = via säljarcentret med angivande av registreringens id
note = Obs
lasting-note = Äldre än 365 dagar: dess poäng räknas inte längre, men en permanent uteslutning gäller oavsett hur gammal den är.
reverses = Återför
reverses-of = { $entry } ({ $violation }, registrerad den { $date }, { $points })
contest-case = En registrering från ett återkallelseärende kan överklagas inom 7 dagar från meddelandet om återkallelse (senast vid den tidsfrist för överklagande som anges i meddelandet) med angivande av ärendets id.
contest-report = En rapporterad överträdelse bestrids via säljarcentret med angivande av rapportens id.
