# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Stav Vašeho účtu: { $before } → { $after }
heading-worse = Stav Vašeho účtu se zhoršil
heading-better = Stav Vašeho účtu se zlepšil
heading-same = Stav Vašeho účtu
change-worse = Stav Vašeho účtu se posunul výše, z úrovně { $before } na úroveň { $after }: pro Váš účet je to horší.
change-better = Stav Vašeho účtu se posunul níže, z úrovně { $before } na úroveň { $after }: pro Váš účet je to lepší.
change-same = Stav Vašeho účtu: { $after }.
trigger-new = Změna vyplývá z nového záznamu ze dne { $date }: { $violation } ({ $points }).
trigger-reversal = Změna vyplývá ze zrušení záznamu { $entry } dne { $date }.
trigger-reversal-of = Změna vyplývá ze zrušení záznamu { $entry } ({ $violation }, { $points }) dne { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (záznamy od { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Stav Vašeho účtu vyplývá ze sankce: { $sanctions }, nikoli z Vašich bodů: samotné Vaše body ({ $points }) by odpovídaly stavu { $standing }.
sanction-note-unnamed = Stav Vašeho účtu vyplývá ze sankce, nikoli z Vašich bodů: samotné Vaše body ({ $points }) by odpovídaly stavu { $standing }.
sanction-behind = { $sanction } (záznam { $entry }, { $date })
thresholds-heading = Prahové hodnoty
thresholds-points = body za klouzavé období 365 dnů
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] bod
    [few] body
    [many] bodu
   *[other] bodů
  }
threshold-or-more = { $from ->
    [one] { $from } bod nebo více
    [few] { $from } body nebo více
    [many] { $from } bodu nebo více
   *[other] { $from } bodů nebo více
  }
your-standing = stav Vašeho účtu
thresholds-note = Sankce uložená spolu s porušením (omezení odesílání, zmrazení účtu, pozastavení, trvalé zablokování účtu) drží Váš účet alespoň na odpovídajícím stavu, dokud se její záznam započítává; trvalé zablokování účtu platí bez ohledu na stáří záznamu.
entries-heading = Záznamy, ze kterých stav vyplývá
no-entries = V klouzavém období 365 dnů se nezapočítává žádný sankční záznam.
lasting-heading = Sankce, které stále platí
reversals-heading = Zrušení v klouzavém období 365 dnů
entry-title = { $date }: { $violation }
reversal-title = { $date }: Zrušení – { $violation }
sanction = Sankce
counts-until-ban = { $date } (body; trvalé zablokování účtu nevyprší)
to-contest = Jak podat námitku
to-contest-case = odvolání do 7 dnů od oznámení o stažení výrobku, s uvedením ID případu
to-contest-report = prostřednictvím centra prodejce, s uvedením ID hlášení
to-contest-entry = prostřednictvím centra prodejce, s uvedením ID záznamu
note = Poznámka
lasting-note = Starší než 365 dnů: jeho body se již nezapočítávají, ale trvalé zablokování účtu platí bez ohledu na stáří záznamu.
reverses = Ruší
reverses-of = { $entry } ({ $violation }, zapsáno { $date }, { $points })
contest-case = Proti záznamu z případu stažení výrobku se lze odvolat do 7 dnů od oznámení o stažení výrobku (ve lhůtě pro odvolání uvedené v oznámení), s uvedením ID případu.
contest-report = Námitku proti nahlášenému porušení lze podat prostřednictvím centra prodejce, s uvedením ID hlášení.
