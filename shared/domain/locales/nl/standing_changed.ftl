# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Uw accountstatus: { $before } → { $after }
heading-worse = Uw accountstatus is verslechterd
heading-better = Uw accountstatus is verbeterd
heading-same = Uw accountstatus
change-worse = Uw accountstatus is gestegen van { $before } naar { $after }: dit is ongunstiger voor uw account.
change-better = Uw accountstatus is gedaald van { $before } naar { $after }: dit is gunstiger voor uw account.
change-same = Uw accountstatus is { $after }.
trigger-new = De wijziging volgt op een nieuwe boeking op { $date }: { $violation } ({ $points }).
trigger-reversal = De wijziging volgt op het terugdraaien van boeking { $entry } op { $date }.
trigger-reversal-of = De wijziging volgt op het terugdraaien van boeking { $entry } ({ $violation }, { $points }) op { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (boekingen sinds { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Uw status komt voort uit een sanctie: { $sanctions }, niet uit uw punten: op grond van alleen uw { $points } zou uw status { $standing } zijn.
sanction-note-unnamed = Uw status komt voort uit een sanctie, niet uit uw punten: op grond van alleen uw { $points } zou uw status { $standing } zijn.
sanction-behind = { $sanction } (boeking { $entry }, { $date })
thresholds-heading = Drempels
thresholds-points = punten in de voortschrijdende periode van 365 dagen
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } punten
threshold-or-more = { $from ->
    [one] { $from } punt of meer
   *[other] { $from } punten of meer
  }
your-standing = uw status
thresholds-note = Een sanctie die samen met een overtreding is opgelegd (verzendbeperking, bevriezing van het account, opschorting, permanente uitsluiting) houdt uw account ten minste op de bijbehorende status zolang de boeking ervan meetelt; een permanente uitsluiting geldt ongeacht de ouderdom ervan.
entries-heading = De onderliggende boekingen
no-entries = Er telt geen sanctie mee in de voortschrijdende periode van 365 dagen.
lasting-heading = Sancties die nog gelden
reversals-heading = Terugdraaiingen in de voortschrijdende periode van 365 dagen
entry-title = { $date }: { $violation }
reversal-title = { $date }: Terugdraaiing – { $violation }
sanction = Sanctie
counts-until-ban = { $date } (de punten; de permanente uitsluiting verloopt niet)
to-contest = Bezwaar maken
to-contest-case = bezwaar binnen 7 dagen na de kennisgeving van de terugroepactie, met vermelding van het dossiernummer
to-contest-report = via het verkoperscentrum, met vermelding van het meldingsnummer
to-contest-entry = via het verkoperscentrum, met vermelding van het boekingsnummer
note = Opmerking
lasting-note = Ouder dan 365 dagen: de punten ervan tellen niet meer mee, maar een permanente uitsluiting geldt ongeacht de ouderdom ervan.
reverses = Draait terug
reverses-of = { $entry } ({ $violation }, geboekt op { $date }, { $points })
contest-case = Tegen een boeking uit een terugroepdossier kunt u binnen 7 dagen na de kennisgeving van de terugroepactie bezwaar maken (vóór de uiterste datum voor bezwaar die in de kennisgeving staat), met vermelding van het dossiernummer.
contest-report = Tegen een gemelde overtreding maakt u bezwaar via het verkoperscentrum, met vermelding van het meldingsnummer.
