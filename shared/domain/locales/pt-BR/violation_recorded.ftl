# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Infração registrada: { $violation } ({ $points })
heading = Infração registrada
# $severity: general or serious violation (seller_common).
intro = Registramos uma infração na sua conta: { $violation } ({ $severity }, { $points }).
violation-heading = A infração
violation = Infração
recorded-on = Registrada em
counts-until-value = { $date } (depois disso, sai do período móvel de 365 dias)
sanction-heading = Sanção
meaning-listing-removal = O anúncio { $listing } foi removido em todos os mercados. Não anuncie o produto novamente, neste ou em qualquer outro anúncio.
meaning-listing-removal-unnamed = O anúncio foi removido em todos os mercados. Não anuncie o produto novamente, neste ou em qualquer outro anúncio.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Uma multa de { $amount } é cobrada na sua conta.
meaning-fine-unknown = Uma multa é cobrada na sua conta.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Enquanto este lançamento contar (365 dias), sua conta fica pelo menos na situação { $standing }: { $consequence }
meaning-permanent-ban = Um banimento permanente não expira: ele se aplica independentemente da data deste lançamento. { $consequence }
reminder-heading = Lembrete de conformidade
# $issue: the desk's words, quoted as given.
reminder = O produto deste anúncio não está em conformidade, por isso estamos enviando um lembrete de conformidade aos consumidores que o compraram de você: “{ $issue }” Ofereça a eles soluções de pós-venda, incluindo devoluções e reembolsos, quando solicitarem.
standing-note = Sua situação decorre de uma sanção, e não dos seus pontos: somente os seus pontos resultariam em { $standing }.
contest-case = Se você discordar deste lançamento, apresente recurso em até 7 dias a partir do aviso de recall, informando o caso { $case }.
contest-report = Se você acredita que esta infração foi registrada por engano, conteste-a pela central do vendedor, informando o relatório { $report }.
contest-unreferenced = Se você acredita que esta infração foi registrada por engano, conteste-a pela central do vendedor.
