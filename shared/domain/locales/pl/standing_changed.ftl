# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Status Państwa konta: { $before } → { $after }
heading-worse = Status Państwa konta się pogorszył
heading-better = Status Państwa konta się poprawił
heading-same = Status Państwa konta
change-worse = Status Państwa konta podniósł się z poziomu „{ $before }” do poziomu „{ $after }”: jest to zmiana na niekorzyść Państwa konta.
change-better = Status Państwa konta obniżył się z poziomu „{ $before }” do poziomu „{ $after }”: jest to zmiana na korzyść Państwa konta.
change-same = Status Państwa konta: { $after }.
trigger-new = Zmiana wynika z nowego wpisu z dnia { $date }: { $violation } ({ $points }).
trigger-reversal = Zmiana wynika z anulowania wpisu { $entry } w dniu { $date }.
trigger-reversal-of = Zmiana wynika z anulowania wpisu { $entry } ({ $violation }, { $points }) w dniu { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (wpisy od { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Państwa status wynika z sankcji: { $sanctions }, a nie z punktów: same Państwa punkty ({ $points }) dawałyby status „{ $standing }”.
sanction-note-unnamed = Państwa status wynika z sankcji, a nie z punktów: same Państwa punkty ({ $points }) dawałyby status „{ $standing }”.
sanction-behind = { $sanction } (wpis { $entry }, { $date })
thresholds-heading = Progi
thresholds-points = punkty w kroczącym okresie 365 dni
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] punkt
    [few] punkty
    [many] punktów
   *[other] punktu
  }
threshold-or-more = { $from ->
    [one] { $from } punkt lub więcej
    [few] { $from } punkty lub więcej
    [many] { $from } punktów lub więcej
   *[other] { $from } punktu lub więcej
  }
your-standing = Państwa status
thresholds-note = Sankcja nałożona w związku z naruszeniem (ograniczenie wysyłki, zamrożenie konta, zawieszenie, trwała blokada konta) utrzymuje Państwa konto co najmniej na odpowiadającym jej poziomie statusu, dopóki jej wpis się liczy; trwała blokada konta obowiązuje niezależnie od wieku wpisu.
entries-heading = Wpisy, z których wynika status
no-entries = W kroczącym okresie 365 dni nie liczy się żadna kara.
lasting-heading = Sankcje, które nadal obowiązują
reversals-heading = Anulowania w kroczącym okresie 365 dni
entry-title = { $date }: { $violation }
reversal-title = { $date }: Anulowanie – { $violation }
sanction = Sankcja
counts-until-ban = { $date } (punkty; trwała blokada konta nie wygasa)
to-contest = Sposób zakwestionowania
to-contest-case = odwołanie w ciągu 7 dni od zawiadomienia o wycofaniu, z podaniem identyfikatora sprawy
to-contest-report = za pośrednictwem centrum sprzedawcy, z podaniem identyfikatora zgłoszenia
to-contest-entry = za pośrednictwem centrum sprzedawcy, z podaniem identyfikatora wpisu
note = Uwaga
lasting-note = Wpis starszy niż 365 dni: jego punkty już się nie liczą, ale trwała blokada konta obowiązuje niezależnie od wieku wpisu.
reverses = Anuluje
reverses-of = { $entry } ({ $violation }, zapisany { $date }, { $points })
contest-case = Od wpisu wynikającego ze sprawy dotyczącej wycofania można się odwołać w ciągu 7 dni od zawiadomienia o wycofaniu (w terminie na odwołanie podanym w zawiadomieniu), podając identyfikator sprawy.
contest-report = Zgłoszone naruszenie można zakwestionować za pośrednictwem centrum sprzedawcy, podając identyfikator zgłoszenia.
