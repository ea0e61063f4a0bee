# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Infração registada: { $violation } ({ $points })
heading = Infração registada
# $severity: general or serious violation (seller_common).
intro = Registámos uma infração na sua conta: { $violation } ({ $severity }, { $points }).
violation-heading = A infração
violation = Infração
recorded-on = Registada em
counts-until-value = { $date } (depois sai do período móvel de 365 dias)
sanction-heading = Sanção
meaning-listing-removal = O anúncio { $listing } é removido em todos os mercados. Não volte a colocar o produto à venda, neste ou em qualquer outro anúncio.
meaning-listing-removal-unnamed = O anúncio é removido em todos os mercados. Não volte a colocar o produto à venda, neste ou em qualquer outro anúncio.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = É cobrada à sua conta uma multa de { $amount }.
meaning-fine-unknown = É cobrada à sua conta uma multa.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Enquanto este lançamento contar (365 dias), a sua conta fica, no mínimo, no estado «{ $standing }»: { $consequence }
meaning-permanent-ban = Uma exclusão permanente não expira: aplica-se independentemente da antiguidade deste lançamento. { $consequence }
reminder-heading = Lembrete sobre a conformidade
# $issue: the desk's words, quoted as given.
reminder = O produto deste anúncio não está conforme, pelo que estamos a enviar um lembrete sobre a conformidade aos consumidores que lho compraram: «{ $issue }» Disponibilize-lhes soluções pós-venda, incluindo devoluções e reembolsos, quando o solicitarem.
standing-note = O seu estado resulta de uma sanção, e não dos seus pontos: só com os seus pontos, o estado seria «{ $standing }».
contest-case = Se discordar deste lançamento, apresente recurso no prazo de 7 dias a contar do aviso de recolha, indicando o processo { $case }.
contest-report = Se considerar que esta infração foi registada por erro, conteste-a através do centro de vendedores, indicando a comunicação { $report }.
contest-unreferenced = Se considerar que esta infração foi registada por erro, conteste-a através do centro de vendedores.
