# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Sua solicitação de reembolso { $request } do pedido { $order }: o reembolso foi concluído
subject-failed = Sua solicitação de reembolso { $request } do pedido { $order }: os itens devolvidos não foram aprovados na verificação de qualidade
heading-passed = Seu reembolso foi concluído
heading-failed = Seus itens devolvidos não foram aprovados na verificação de qualidade
intro-passed = Os itens que você devolveu do pedido { $order } foram aprovados na verificação de qualidade do armazém em { $date }. Seu reembolso foi concluído.
intro-failed = O armazém verificou em { $date } os itens que você devolveu do pedido { $order }: eles não foram aprovados na verificação de qualidade.
checked-on-label = Verificado em
items-heading = Seus itens devolvidos
paid-to-fast-refund-bonus = seu bônus de reembolso rápido
paid-to-original-payment = seu meio de pagamento original
fast-refund-bonus-note = O reembolso está disponível para uso imediato.
original-payment-note = Dependendo do seu banco, a transação pode levar algum tempo para aparecer na sua conta.
warehouse-found-heading = O que o armazém constatou
warehouse-found-nothing-said = Os itens devolvidos não atendem às condições de reembolso.
no-refund = Nenhum reembolso é pago por esses itens.
