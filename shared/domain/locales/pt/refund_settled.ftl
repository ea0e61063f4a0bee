# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = O seu pedido de reembolso { $request } relativo à encomenda { $order }: o reembolso está concluído
subject-failed = O seu pedido de reembolso { $request } relativo à encomenda { $order }: os artigos devolvidos não passaram no controlo de qualidade
heading-passed = O seu reembolso está concluído
heading-failed = Os artigos devolvidos não passaram no controlo de qualidade
intro-passed = Os artigos que devolveu relativos à encomenda { $order } passaram no controlo de qualidade do armazém em { $date }. O seu reembolso está concluído.
intro-failed = O armazém verificou em { $date } os artigos que devolveu relativos à encomenda { $order }: não passaram no controlo de qualidade.
checked-on-label = Verificado em
items-heading = Os seus artigos devolvidos
paid-to-fast-refund-bonus = o seu bónus de reembolso rápido
paid-to-original-payment = o seu meio de pagamento original
fast-refund-bonus-note = O reembolso está disponível para utilizar de imediato.
original-payment-note = Consoante o seu banco, a transação pode demorar algum tempo a aparecer na sua conta.
warehouse-found-heading = O que o armazém constatou
warehouse-found-nothing-said = Os artigos devolvidos não cumprem as condições de reembolso.
no-refund = Não é pago nenhum reembolso por estes artigos.
