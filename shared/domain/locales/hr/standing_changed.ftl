# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Status Vašeg računa: { $before } → { $after }
heading-worse = Status Vašeg računa se pogoršao
heading-better = Status Vašeg računa se poboljšao
heading-same = Status Vašeg računa
change-worse = Status Vašeg računa porastao je s razine „{ $before }“ na razinu „{ $after }“: to je nepovoljnije za Vaš račun.
change-better = Status Vašeg računa spustio se s razine „{ $before }“ na razinu „{ $after }“: to je povoljnije za Vaš račun.
change-same = Status Vašeg računa je „{ $after }“.
trigger-new = Promjenu je uzrokovao novi upis od { $date } – { $violation } ({ $points }).
trigger-reversal = Dana { $date } poništen je upis { $entry }, što je dovelo do promjene.
trigger-reversal-of = Dana { $date } poništen je upis { $entry } ({ $violation }, { $points }), što je dovelo do promjene.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (upisi od { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Vaš status proizlazi iz sankcije ({ $sanctions }), a ne iz Vaših bodova: samo na temelju bodova ({ $points }) imali biste status „{ $standing }“.
sanction-note-unnamed = Vaš status proizlazi iz sankcije, a ne iz Vaših bodova: samo na temelju bodova ({ $points }) imali biste status „{ $standing }“.
sanction-behind = { $sanction } (upis { $entry }, { $date })
thresholds-heading = Pragovi
thresholds-points = bodovi u kliznom razdoblju od 365 dana
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] bod
    [few] boda
   *[other] bodova
  }
threshold-or-more = { $from ->
    [one] { $from } bod ili više
    [few] { $from } boda ili više
   *[other] { $from } bodova ili više
  }
your-standing = Vaš status
thresholds-note = Sankcija izrečena uz povredu (ograničenje slanja, zamrzavanje računa, suspenzija računa, trajna zabrana) drži Vaš račun barem na odgovarajućem statusu dok se njezin upis računa; trajna zabrana primjenjuje se bez obzira na starost upisa.
entries-heading = Upisi na kojima se temelji
no-entries = U kliznom razdoblju od 365 dana ne računa se nijedna kazna.
lasting-heading = Sankcije koje se i dalje primjenjuju
reversals-heading = Poništenja u kliznom razdoblju od 365 dana
entry-title = { $date }: { $violation }
reversal-title = { $date }: Poništenje – { $violation }
sanction = Sankcija
counts-until-ban = { $date } (za bodove; trajna zabrana ne istječe)
to-contest = Kako osporiti
to-contest-case = podnesite žalbu u roku od 7 dana od obavijesti o opozivu i navedite ID predmeta
to-contest-report = putem centra za prodavatelje, uz navođenje ID-a prijave
to-contest-entry = putem centra za prodavatelje, uz navođenje ID-a upisa
note = Napomena
lasting-note = Starije od 365 dana: bodovi upisa više se ne računaju, ali trajna zabrana primjenjuje se bez obzira na starost upisa.
reverses = Poništava
reverses-of = { $entry } ({ $violation }, upisano { $date }, { $points })
contest-case = Na upis iz predmeta opoziva može se podnijeti žalba u roku od 7 dana od obavijesti o opozivu (do roka za žalbu navedenog u obavijesti), uz navođenje ID-a predmeta.
contest-report = Prijavljena povreda osporava se putem centra za prodavatelje, uz navođenje ID-a prijave.
