# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Stav Vášho účtu: { $before } → { $after }
heading-worse = Stav Vášho účtu sa zhoršil
heading-better = Stav Vášho účtu sa zlepšil
heading-same = Stav Vášho účtu
change-worse = Stav Vášho účtu sa posunul vyššie, z úrovne { $before } na úroveň { $after }: pre Váš účet je to horšie.
change-better = Stav Vášho účtu sa posunul nižšie, z úrovne { $before } na úroveň { $after }: pre Váš účet je to lepšie.
change-same = Stav Vášho účtu: { $after }.
trigger-new = Zmena vyplýva z nového záznamu zo dňa { $date }: { $violation } ({ $points }).
trigger-reversal = Zmena vyplýva zo zrušenia záznamu { $entry } dňa { $date }.
trigger-reversal-of = Zmena vyplýva zo zrušenia záznamu { $entry } ({ $violation }, { $points }) dňa { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (záznamy od { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Stav Vášho účtu vyplýva zo sankcie: { $sanctions }, nie z Vašich bodov: samotné Vaše body ({ $points }) by zodpovedali stavu { $standing }.
sanction-note-unnamed = Stav Vášho účtu vyplýva zo sankcie, nie z Vašich bodov: samotné Vaše body ({ $points }) by zodpovedali stavu { $standing }.
sanction-behind = { $sanction } (záznam { $entry }, { $date })
thresholds-heading = Prahové hodnoty
thresholds-points = body za kĺzavé obdobie 365 dní
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } { $to ->
    [one] bod
    [few] body
    [many] bodu
   *[other] bodov
  }
threshold-or-more = { $from ->
    [one] { $from } bod alebo viac
    [few] { $from } body alebo viac
    [many] { $from } bodu alebo viac
   *[other] { $from } bodov alebo viac
  }
your-standing = stav Vášho účtu
thresholds-note = Sankcia uložená spolu s porušením (obmedzenie odosielania, zmrazenie účtu, pozastavenie, trvalé zablokovanie účtu) drží Váš účet aspoň v zodpovedajúcom stave, kým sa jej záznam započítava; trvalé zablokovanie účtu platí bez ohľadu na vek záznamu.
entries-heading = Záznamy, z ktorých stav vyplýva
no-entries = V kĺzavom období 365 dní sa nezapočítava žiadny sankčný záznam.
lasting-heading = Sankcie, ktoré stále platia
reversals-heading = Zrušenia v kĺzavom období 365 dní
entry-title = { $date }: { $violation }
reversal-title = { $date }: Zrušenie – { $violation }
sanction = Sankcia
counts-until-ban = { $date } (body; trvalé zablokovanie účtu neuplynie)
to-contest = Ako podať námietku
to-contest-case = odvolanie do 7 dní od oznámenia o spätnom prevzatí, s uvedením ID prípadu
to-contest-report = prostredníctvom centra predajcu, s uvedením ID hlásenia
to-contest-entry = prostredníctvom centra predajcu, s uvedením ID záznamu
note = Poznámka
lasting-note = Starší ako 365 dní: jeho body sa už nezapočítavajú, ale trvalé zablokovanie účtu platí bez ohľadu na vek záznamu.
reverses = Ruší
reverses-of = { $entry } ({ $violation }, zapísané { $date }, { $points })
contest-case = Proti záznamu z prípadu spätného prevzatia sa možno odvolať do 7 dní od oznámenia o spätnom prevzatí (v lehote na odvolanie uvedenej v oznámení), s uvedením ID prípadu.
contest-report = Námietku proti nahlásenému porušeniu možno podať prostredníctvom centra predajcu, s uvedením ID hlásenia.
