# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Jūsu konta statuss: { $before } → { $after }
heading-worse = Jūsu konta statuss ir pasliktinājies
heading-better = Jūsu konta statuss ir uzlabojies
heading-same = Jūsu konta statuss
change-worse = Jūsu konta statuss skalā pacēlās no līmeņa „{ $before }” uz līmeni „{ $after }”: Jūsu kontam tas ir sliktāk.
change-better = Jūsu konta statuss skalā nolaidās no līmeņa „{ $before }” uz līmeni „{ $after }”: Jūsu kontam tas ir labāk.
change-same = Jūsu konta statuss ir „{ $after }”.
trigger-new = Izmaiņas izraisīja jauns ieraksts (datums: { $date }): { $violation } ({ $points }).
trigger-reversal = Izmaiņas izraisīja ieraksta { $entry } anulēšana (datums: { $date }).
trigger-reversal-of = Izmaiņas izraisīja ieraksta { $entry } ({ $violation }, { $points }) anulēšana (datums: { $date }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (ieraksti; perioda sākums: { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Jūsu statusu nosaka sankcija: { $sanctions }, nevis Jūsu punkti: tikai pēc Jūsu punktiem ({ $points }) statuss būtu „{ $standing }”.
sanction-note-unnamed = Jūsu statusu nosaka sankcija, nevis Jūsu punkti: tikai pēc Jūsu punktiem ({ $points }) statuss būtu „{ $standing }”.
sanction-behind = { $sanction } (ieraksts { $entry }, { $date })
thresholds-heading = Sliekšņi
thresholds-points = punkti slīdošajā 365 dienu periodā
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } punkti
threshold-or-more = { $from ->
    [zero] { $from } punkti vai vairāk
    [one] { $from } punkts vai vairāk
   *[other] { $from } punkti vai vairāk
  }
your-standing = Jūsu statuss
thresholds-note = Kopā ar pārkāpumu piemērota sankcija (sūtīšanas ierobežojums, konta iesaldēšana, konta darbības apturēšana, pastāvīgs aizliegums) nosaka Jūsu kontam vismaz attiecīgo statusu, kamēr tās ieraksts tiek ņemts vērā; pastāvīgs aizliegums ir spēkā neatkarīgi no ieraksta vecuma.
entries-heading = Ieraksti, kas to nosaka
no-entries = Slīdošajā 365 dienu periodā netiek ņemts vērā neviens sods.
lasting-heading = Sankcijas, kas joprojām ir spēkā
reversals-heading = Anulēšanas slīdošajā 365 dienu periodā
entry-title = { $date }: { $violation }
reversal-title = { $date }: Anulēšana – { $violation }
sanction = Sankcija
counts-until-ban = { $date } (tā punkti; pastāvīgais aizliegums nebeidzas)
to-contest = Apstrīdēšana
to-contest-case = iesniedziet pārsūdzību 7 dienu laikā no paziņojuma par atsaukšanu, norādot lietas identifikatoru
to-contest-report = pārdevēja centrā, norādot ziņojuma identifikatoru
to-contest-entry = pārdevēja centrā, norādot ieraksta identifikatoru
note = Piezīme
lasting-note = Vecāks par 365 dienām: tā punkti vairs netiek ņemti vērā, bet pastāvīgs aizliegums ir spēkā neatkarīgi no ieraksta vecuma.
reverses = Anulē
reverses-of = { $entry } ({ $violation }, iegrāmatošanas datums: { $date }, { $points })
contest-case = Ierakstu, kas izriet no atsaukšanas lietas, var pārsūdzēt 7 dienu laikā no paziņojuma par atsaukšanu (līdz paziņojumā norādītajam pārsūdzības termiņam), norādot lietas identifikatoru.
contest-report = Ziņotu pārkāpumu apstrīd pārdevēja centrā, norādot ziņojuma identifikatoru.
