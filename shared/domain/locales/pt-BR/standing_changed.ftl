# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Situação da sua conta: { $before } → { $after }
heading-worse = A situação da sua conta piorou
heading-better = A situação da sua conta melhorou
heading-same = A situação da sua conta
change-worse = A situação da sua conta subiu de { $before } para { $after }: isso é pior para a sua conta.
change-better = A situação da sua conta desceu de { $before } para { $after }: isso é melhor para a sua conta.
change-same = A situação da sua conta é { $after }.
trigger-new = A mudança decorre de um novo lançamento em { $date }: { $violation } ({ $points }).
trigger-reversal = A mudança decorre da reversão, em { $date }, do lançamento { $entry }.
trigger-reversal-of = A mudança decorre da reversão, em { $date }, do lançamento { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (lançamentos desde { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Sua situação decorre de uma sanção: { $sanctions }, e não dos seus pontos: somente os seus pontos ({ $points }) resultariam em { $standing }.
sanction-note-unnamed = Sua situação decorre de uma sanção, e não dos seus pontos: somente os seus pontos ({ $points }) resultariam em { $standing }.
sanction-behind = { $sanction } (lançamento { $entry }, { $date })
thresholds-heading = Limites
thresholds-points = pontos nos últimos 365 dias (período móvel)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } pontos
threshold-or-more = { $from ->
    [one] { $from } ponto ou mais
   *[other] { $from } pontos ou mais
  }
your-standing = sua situação
thresholds-note = Uma sanção aplicada junto com uma infração (restrição de envio, congelamento da conta, suspensão, banimento permanente) mantém sua conta pelo menos na situação correspondente enquanto o lançamento contar; um banimento permanente se aplica independentemente da data do lançamento.
entries-heading = Os lançamentos que a determinam
no-entries = Nenhuma penalidade conta nos últimos 365 dias (período móvel).
lasting-heading = Sanções que ainda se aplicam
reversals-heading = Reversões nos últimos 365 dias (período móvel)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Reversão – { $violation }
sanction = Sanção
counts-until-ban = { $date } (os pontos; o banimento permanente não expira)
to-contest = Para contestar
to-contest-case = recurso em até 7 dias a partir do aviso de recall, informando o número do caso
to-contest-report = pela central do vendedor, informando o número do relatório
to-contest-entry = pela central do vendedor, informando o número do lançamento
note = Observação
lasting-note = Com mais de 365 dias: os pontos não contam mais, mas um banimento permanente se aplica independentemente da data do lançamento.
reverses = Reverte
reverses-of = { $entry } ({ $violation }, lançado em { $date }, { $points })
contest-case = Um lançamento decorrente de um caso de recall pode ser objeto de recurso em até 7 dias a partir do aviso de recall (até o prazo para recurso indicado no aviso), informando o número do caso.
contest-report = Uma infração relatada é contestada pela central do vendedor, informando o número do relatório.
