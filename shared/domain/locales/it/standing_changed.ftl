# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Stato del suo account: { $before } → { $after }
heading-worse = Lo stato del suo account è peggiorato
heading-better = Lo stato del suo account è migliorato
heading-same = Lo stato del suo account
change-worse = Lo stato del suo account è salito da «{ $before }» a «{ $after }»: si tratta di un peggioramento per il suo account.
change-better = Lo stato del suo account è sceso da «{ $before }» a «{ $after }»: si tratta di un miglioramento per il suo account.
change-same = Lo stato del suo account è «{ $after }».
trigger-new = La modifica fa seguito a una nuova annotazione del giorno { $date }: { $violation } ({ $points }).
trigger-reversal = La modifica fa seguito all’annullamento, il giorno { $date }, dell’annotazione { $entry }.
trigger-reversal-of = La modifica fa seguito all’annullamento, il giorno { $date }, dell’annotazione { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (annotazioni dal giorno { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Il suo stato deriva da una sanzione: { $sanctions }, non dai suoi punti: i suoi punti ({ $points }) da soli darebbero lo stato «{ $standing }».
sanction-note-unnamed = Il suo stato deriva da una sanzione, non dai suoi punti: i suoi punti ({ $points }) da soli darebbero lo stato «{ $standing }».
sanction-behind = { $sanction } (annotazione { $entry }, { $date })
thresholds-heading = Soglie
thresholds-points = punti nel periodo mobile di 365 giorni
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } punti
threshold-or-more = { $from ->
    [one] { $from } punto o più
    [many] { $from } punti o più
   *[other] { $from } punti o più
  }
your-standing = il suo stato
thresholds-note = Una sanzione inflitta insieme a una violazione (limitazione delle spedizioni, congelamento dell’account, sospensione, esclusione definitiva) porta il suo account almeno allo stato corrispondente finché la relativa annotazione conta; un’esclusione definitiva si applica indipendentemente dalla sua anzianità.
entries-heading = Le annotazioni che lo determinano
no-entries = Nessuna sanzione conta nel periodo mobile di 365 giorni.
lasting-heading = Sanzioni ancora in vigore
reversals-heading = Annullamenti nel periodo mobile di 365 giorni
entry-title = { $date }: { $violation }
reversal-title = { $date }: Annullamento – { $violation }
sanction = Sanzione
counts-until-ban = { $date } (per i relativi punti; l’esclusione definitiva non scade)
to-contest = Per contestare
to-contest-case = ricorso entro 7 giorni dall’avviso di richiamo, indicando il numero della pratica
to-contest-report = tramite il centro venditori, indicando il numero della segnalazione
to-contest-entry = tramite il centro venditori, indicando il numero dell’annotazione
note = Nota
lasting-note = Risalente a più di 365 giorni fa: i relativi punti non contano più, ma un’esclusione definitiva si applica indipendentemente dalla sua anzianità.
reverses = Annulla
reverses-of = { $entry } ({ $violation }, annotata il giorno { $date }, { $points })
contest-case = Contro un’annotazione derivante da una pratica di richiamo è possibile presentare ricorso entro 7 giorni dall’avviso di richiamo (entro il termine per il ricorso indicato nell’avviso), indicando il numero della pratica.
contest-report = Una violazione segnalata si contesta tramite il centro venditori, indicando il numero della segnalazione.
