# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Sua solicitação de reembolso { $request } do pedido { $order }: { $status }
heading = Sua solicitação de reembolso: { $status }
intro = Tomamos uma decisão sobre sua solicitação de reembolso do pedido { $order }. Veja abaixo a decisão sobre cada item.
items-heading = Seus itens
return-label = Devolução
total-refund-label = Reembolso total
paid-to-fast-refund-bonus = seu bônus de reembolso rápido (disponível para uso imediato quando o reembolso for pago)
paid-to-original-payment = seu meio de pagamento original (seu banco pode levar mais alguns dias para mostrar a transação)
paid-now-label = Pago agora
paid-after-check-label = Pago após a verificação de qualidade no armazém
after-check-note = O reembolso dos itens devolvidos é pago assim que a verificação de qualidade dos itens devolvidos no armazém for concluída e eles atenderem às condições de reembolso.
confirmation-to-come = Você receberá uma confirmação quando o reembolso for concluído.
confirmed-now = Este e-mail é a confirmação: o reembolso foi concluído.
label-heading = Etiqueta de devolução
label-granted = Uma etiqueta de devolução pré-paga foi emitida para esta solicitação. Embale os itens e envie-os de volta com ela, seguindo as instruções do formulário de devolução.
label-shared-with-order = Esta solicitação usa a etiqueta de devolução pré-paga já emitida para este pedido: devolva todos os itens do pedido a serem devolvidos em um único pacote. Se você enviar apenas parte deles com a etiqueta, talvez tenha de pagar o frete dos demais.
label-refused-monthly-limit = Sem etiqueta de devolução pré-paga: você já recebeu o máximo de três (3) etiquetas de devolução pré-pagas neste mês civil. Quem paga a devolução de cada item está indicado acima.
label-pickup-suspended = Sem etiqueta de devolução pré-paga: os serviços de envio de devoluções estão suspensos no momento no seu endereço de entrega. Quem paga a devolução de cada item está indicado acima.
request-refused-under-rules = A solicitação foi recusada com base nas regras
