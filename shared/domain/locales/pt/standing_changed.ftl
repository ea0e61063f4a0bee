# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Estado da sua conta: { $before } → { $after }
heading-worse = O estado da sua conta agravou-se
heading-better = O estado da sua conta melhorou
heading-same = O estado da sua conta
change-worse = O estado da sua conta subiu de «{ $before }» para «{ $after }»: trata-se de um agravamento para a sua conta.
change-better = O estado da sua conta desceu de «{ $before }» para «{ $after }»: trata-se de uma melhoria para a sua conta.
change-same = O estado da sua conta é «{ $after }».
trigger-new = A alteração resulta de um novo lançamento em { $date }: { $violation } ({ $points }).
trigger-reversal = A alteração resulta da anulação, em { $date }, do lançamento { $entry }.
trigger-reversal-of = A alteração resulta da anulação, em { $date }, do lançamento { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (lançamentos desde { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = O seu estado resulta de uma sanção: { $sanctions }, e não dos seus pontos: só com os seus pontos ({ $points }), o estado seria «{ $standing }».
sanction-note-unnamed = O seu estado resulta de uma sanção, e não dos seus pontos: só com os seus pontos ({ $points }), o estado seria «{ $standing }».
sanction-behind = { $sanction } (lançamento { $entry }, { $date })
thresholds-heading = Limiares
thresholds-points = pontos no período móvel de 365 dias
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } pontos
threshold-or-more = { $from ->
    [0] { $from } pontos ou mais
    [one] { $from } ponto ou mais
    [many] { $from } pontos ou mais
   *[other] { $from } pontos ou mais
  }
your-standing = o seu estado
thresholds-note = Uma sanção aplicada com uma infração (restrição de envios, congelamento da conta, suspensão, exclusão permanente) coloca a sua conta, no mínimo, no estado correspondente enquanto o respetivo lançamento contar; uma exclusão permanente aplica-se independentemente da sua antiguidade.
entries-heading = Os lançamentos que o determinam
no-entries = Nenhuma penalização conta no período móvel de 365 dias.
lasting-heading = Sanções que continuam a aplicar-se
reversals-heading = Anulações no período móvel de 365 dias
entry-title = { $date }: { $violation }
reversal-title = { $date }: Anulação – { $violation }
sanction = Sanção
counts-until-ban = { $date } (para os respetivos pontos; a exclusão permanente não expira)
to-contest = Para contestar
to-contest-case = recurso no prazo de 7 dias a contar do aviso de recolha, indicando o número do processo
to-contest-report = através do centro de vendedores, indicando o número da comunicação
to-contest-entry = através do centro de vendedores, indicando o número do lançamento
note = Nota
lasting-note = Com mais de 365 dias: os respetivos pontos deixaram de contar, mas uma exclusão permanente aplica-se independentemente da sua antiguidade.
reverses = Anula
reverses-of = { $entry } ({ $violation }, lançado em { $date }, { $points })
contest-case = Pode ser apresentado recurso contra um lançamento resultante de um processo de recolha no prazo de 7 dias a contar do aviso de recolha (até ao prazo de recurso indicado no aviso), indicando o número do processo.
contest-report = Uma infração comunicada é contestada através do centro de vendedores, indicando o número da comunicação.
