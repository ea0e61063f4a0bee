# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Fiókállapota: { $before } → { $after }
heading-worse = Fiókállapota romlott
heading-better = Fiókállapota javult
heading-same = Fiókállapota
change-worse = Fiókállapota feljebb lépett a skálán: „{ $before }” helyett most „{ $after }”; ez kedvezőtlenebb a fiókja számára.
change-better = Fiókállapota lejjebb lépett a skálán: „{ $before }” helyett most „{ $after }”; ez kedvezőbb a fiókja számára.
change-same = Fiókállapota: „{ $after }”.
trigger-new = A változást egy { $date } napján rögzített új bejegyzés okozta: { $violation } ({ $points }).
trigger-reversal = A változást egy bejegyzés ({ $entry }) { $date } napján történt visszavonása okozta.
trigger-reversal-of = A változást egy bejegyzés ({ $entry }: { $violation }, { $points }) { $date } napján történt visszavonása okozta.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (bejegyzések { $from } óta)
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Fiókállapotát egy szankció határozza meg: { $sanctions }, nem a büntetőpontjai: pusztán a büntetőpontjai ({ $points }) alapján fiókállapota „{ $standing }” lenne.
sanction-note-unnamed = Fiókállapotát egy szankció határozza meg, nem a büntetőpontjai: pusztán a büntetőpontjai ({ $points }) alapján fiókállapota „{ $standing }” lenne.
sanction-behind = { $sanction } (bejegyzés: { $entry }, { $date })
thresholds-heading = Küszöbértékek
thresholds-points = büntetőpontok az elmúlt 365 napban (gördülő időszak)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } büntetőpont
threshold-or-more = { $from ->
    [one] { $from } büntetőpont vagy több
   *[other] { $from } büntetőpont vagy több
  }
your-standing = az Ön fiókállapota
thresholds-note = A szabályszegéssel együtt kiszabott szankció (szállítási korlátozás, a fiók befagyasztása, felfüggesztés, végleges kitiltás) fiókját mindaddig legalább a neki megfelelő fiókállapotba sorolja, amíg a bejegyzése beszámít; a végleges kitiltás a bejegyzés korától függetlenül érvényes.
entries-heading = Az ezt eredményező bejegyzések
no-entries = Az elmúlt 365 napban (gördülő időszak) egyetlen büntetés sem számít be.
lasting-heading = Továbbra is érvényes szankciók
reversals-heading = Visszavonások az elmúlt 365 napban (gördülő időszak)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Visszavonás – { $violation }
sanction = Szankció
counts-until-ban = { $date } (a büntetőpontjai; a végleges kitiltás nem jár le)
to-contest = A vitatás módja
to-contest-case = fellebbezés a visszahívási értesítéstől számított 7 napon belül, az ügyazonosító megadásával
to-contest-report = az eladói központon keresztül, a bejelentés azonosítójának megadásával
to-contest-entry = az eladói központon keresztül, a bejegyzés azonosítójának megadásával
note = Megjegyzés
lasting-note = 365 napnál régebbi: büntetőpontjai már nem számítanak be, de a végleges kitiltás a bejegyzés korától függetlenül érvényes.
reverses = Visszavont bejegyzés
reverses-of = { $entry } ({ $violation }, rögzítve: { $date }, { $points })
contest-case = A visszahívási ügyből származó bejegyzés ellen a visszahívási értesítéstől számított 7 napon belül (az értesítésben megadott fellebbezési határidőig) lehet fellebbezni, az ügyazonosító megadásával.
contest-report = A bejelentett szabályszegést az eladói központon keresztül lehet vitatni, a bejelentés azonosítójának megadásával.
