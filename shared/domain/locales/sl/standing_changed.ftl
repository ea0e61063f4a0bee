# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Status vašega računa: { $before } → { $after }
heading-worse = Status vašega računa se je poslabšal
heading-better = Status vašega računa se je izboljšal
heading-same = Status vašega računa
change-worse = Status vašega računa se je zvišal s stopnje „{ $before }“ na stopnjo „{ $after }“: to je za vaš račun slabše.
change-better = Status vašega računa se je znižal s stopnje „{ $before }“ na stopnjo „{ $after }“: to je za vaš račun bolje.
change-same = Status vašega računa je „{ $after }“.
trigger-new = Sprememba je posledica novega vpisa dne { $date }: { $violation } ({ $points }).
trigger-reversal = Sprememba je posledica razveljavitve vpisa { $entry } dne { $date }.
trigger-reversal-of = Sprememba je posledica razveljavitve vpisa { $entry } ({ $violation }, { $points }) dne { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (vpisi od { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Vaš status izhaja iz sankcije ({ $sanctions }) in ne iz vaših točk: samo na podlagi točk ({ $points }) bi imeli status „{ $standing }“.
sanction-note-unnamed = Vaš status izhaja iz sankcije in ne iz vaših točk: samo na podlagi točk ({ $points }) bi imeli status „{ $standing }“.
sanction-behind = { $sanction } (vpis { $entry }, { $date })
thresholds-heading = Pragovi
thresholds-points = točke v drsečem obdobju 365 dni
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] točka
    [two] točki
    [few] točke
   *[other] točk
  }
threshold-or-more = { $from ->
    [one] { $from } točka ali več
    [two] { $from } točki ali več
    [few] { $from } točke ali več
   *[other] { $from } točk ali več
  }
your-standing = vaš status
thresholds-note = Sankcija, izrečena skupaj s kršitvijo (omejitev pošiljanja, zamrznitev računa, začasna onemogočitev računa, trajna prepoved), ohranja vaš račun vsaj na ustreznem statusu, dokler njen vpis šteje; trajna prepoved velja ne glede na starost vpisa.
entries-heading = Vpisi, na katerih temelji
no-entries = V drsečem obdobju 365 dni ne šteje nobena kazen.
lasting-heading = Sankcije, ki še veljajo
reversals-heading = Razveljavitve v drsečem obdobju 365 dni
entry-title = { $date }: { $violation }
reversal-title = { $date }: Razveljavitev – { $violation }
sanction = Sankcija
counts-until-ban = { $date } (za točke; trajna prepoved ne poteče)
to-contest = Kako ugovarjati
to-contest-case = vložite pritožbo v 7 dneh od obvestila o odpoklicu in navedite ID primera
to-contest-report = prek centra za prodajalce z navedbo ID-ja prijave
to-contest-entry = prek centra za prodajalce z navedbo ID-ja vpisa
note = Opomba
lasting-note = Starejše od 365 dni: točke vpisa ne štejejo več, trajna prepoved pa velja ne glede na starost vpisa.
reverses = Razveljavlja
reverses-of = { $entry } ({ $violation }, vpisano { $date }, { $points })
contest-case = Zoper vpis iz primera odpoklica se lahko pritožite v 7 dneh od obvestila o odpoklicu (do roka za pritožbo, navedenega v obvestilu), z navedbo ID-ja primera.
contest-report = Prijavljeni kršitvi ugovarjate prek centra za prodajalce z navedbo ID-ja prijave.
