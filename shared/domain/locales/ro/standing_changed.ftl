# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Statutul contului dumneavoastră: { $before } → { $after }
heading-worse = Statutul contului dumneavoastră s-a înrăutățit
heading-better = Statutul contului dumneavoastră s-a îmbunătățit
heading-same = Statutul contului dumneavoastră
change-worse = Statutul contului dumneavoastră a urcat de la „{ $before }” la „{ $after }”: aceasta este o înrăutățire pentru contul dumneavoastră.
change-better = Statutul contului dumneavoastră a coborât de la „{ $before }” la „{ $after }”: aceasta este o îmbunătățire pentru contul dumneavoastră.
change-same = Statutul contului dumneavoastră este „{ $after }”.
trigger-new = Schimbarea urmează unei noi înregistrări din { $date }: { $violation } ({ $points }).
trigger-reversal = Schimbarea urmează anulării, la data de { $date }, a înregistrării { $entry }.
trigger-reversal-of = Schimbarea urmează anulării, la data de { $date }, a înregistrării { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (înregistrări începând cu { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Statutul dumneavoastră provine dintr-o sancțiune: { $sanctions }, nu din punctele dumneavoastră: numai pe baza punctelor dumneavoastră ({ $points }), statutul ar fi „{ $standing }”.
sanction-note-unnamed = Statutul dumneavoastră provine dintr-o sancțiune, nu din punctele dumneavoastră: numai pe baza punctelor dumneavoastră ({ $points }), statutul ar fi „{ $standing }”.
sanction-behind = { $sanction } (înregistrarea { $entry }, { $date })
thresholds-heading = Praguri
thresholds-points = puncte în ultimele 365 de zile (perioadă glisantă)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to ->
    [one] { $to } punct
    [few] { $to } puncte
   *[other] { $to } de puncte
  }
threshold-or-more = { $from ->
    [one] { $from } punct sau mai mult
    [few] { $from } puncte sau mai mult
   *[other] { $from } de puncte sau mai mult
  }
your-standing = statutul dumneavoastră
thresholds-note = O sancțiune aplicată împreună cu o încălcare (restricționarea expedierii, înghețarea contului, suspendarea, interdicția permanentă) plasează contul dumneavoastră cel puțin în statutul corespunzător acesteia cât timp înregistrarea sa se ia în calcul; interdicția permanentă se aplică indiferent de vechimea înregistrării.
entries-heading = Înregistrările care au determinat statutul
no-entries = Nicio sancțiune nu se ia în calcul în ultimele 365 de zile (perioadă glisantă).
lasting-heading = Sancțiuni care se aplică în continuare
reversals-heading = Anulări în ultimele 365 de zile (perioadă glisantă)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Anulare – { $violation }
sanction = Sancțiune
counts-until-ban = { $date } (punctele sale; interdicția permanentă nu expiră)
to-contest = Cum se contestă
to-contest-case = contestație în termen de 7 zile de la notificarea de rechemare, menționând ID-ul cazului
to-contest-report = prin centrul vânzătorilor, menționând ID-ul raportului
to-contest-entry = prin centrul vânzătorilor, menționând ID-ul înregistrării
note = Notă
lasting-note = Mai veche de 365 de zile: punctele sale nu se mai iau în calcul, dar interdicția permanentă se aplică indiferent de vechimea înregistrării.
reverses = Anulează
reverses-of = { $entry } ({ $violation }, înregistrată la { $date }, { $points })
contest-case = O înregistrare provenită dintr-un caz de rechemare poate fi contestată în termen de 7 zile de la notificarea de rechemare (până la termenul de contestare indicat în notificare), menționând ID-ul cazului.
contest-report = O încălcare raportată se contestă prin centrul vânzătorilor, menționând ID-ul raportului.
