# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = O seu pedido de reembolso { $request } relativo à encomenda { $order }: { $status }
heading = O seu pedido de reembolso: { $status }
intro = Tomámos uma decisão sobre o seu pedido de reembolso relativo à encomenda { $order }. Eis a decisão para cada artigo.
items-heading = Os seus artigos
return-label = Devolução
total-refund-label = Reembolso total
paid-to-fast-refund-bonus = o seu bónus de reembolso rápido (disponível para utilizar de imediato quando o reembolso for pago)
paid-to-original-payment = o seu meio de pagamento original (o seu banco pode demorar mais alguns dias a mostrar a transação)
paid-now-label = Pago agora
paid-after-check-label = Pago após o controlo de qualidade no armazém
after-check-note = O reembolso dos artigos devolvidos é pago assim que o armazém concluir o controlo de qualidade dos artigos devolvidos e estes cumprirem as condições de reembolso.
confirmation-to-come = Receberá uma confirmação quando o reembolso estiver concluído.
confirmed-now = Este e-mail confirma-o: o reembolso está concluído.
label-heading = Etiqueta de devolução
label-granted = É emitida uma etiqueta de devolução pré-paga para este pedido. Embale os artigos e devolva-os com essa etiqueta, seguindo as instruções do formulário de devolução.
label-shared-with-order = Este pedido partilha a etiqueta de devolução pré-paga já emitida para esta encomenda: devolva todos os artigos devolvidos da encomenda numa única embalagem. Se enviar apenas parte deles com a etiqueta, poderá ter de pagar o envio dos restantes.
label-refused-monthly-limit = Sem etiqueta de devolução pré-paga: já recebeu o máximo de três (3) etiquetas de devolução pré-pagas neste mês civil. Quem paga a devolução de cada artigo está indicado acima.
label-pickup-suspended = Sem etiqueta de devolução pré-paga: os serviços de devolução de encomendas estão atualmente suspensos no seu endereço de entrega. Quem paga a devolução de cada artigo está indicado acima.
request-refused-under-rules = O pedido foi recusado ao abrigo das regras
