# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Din begäran om återbetalning { $request } för beställning { $order }: { $status }
heading = Din begäran om återbetalning: { $status }
intro = Vi har fattat beslut om din begäran om återbetalning för beställning { $order }. Här är beslutet för varje vara.
items-heading = Dina varor
return-label = Retur
total-refund-label = Total återbetalning
paid-to-fast-refund-bonus = din snabbåterbetalningsbonus (kan användas direkt när återbetalningen har betalats ut)
paid-to-original-payment = ditt ursprungliga betalningssätt (det kan ta några dagar till innan transaktionen syns hos din bank)
paid-now-label = Betalas ut nu
paid-after-check-label = Betalas ut efter lagrets kvalitetskontroll
after-check-note = Återbetalningen för returnerade varor betalas ut så snart lagrets kvalitetskontroll av de returnerade varorna är klar och de uppfyller villkoren för återbetalning.
confirmation-to-come = Du får en bekräftelse när återbetalningen är genomförd.
confirmed-now = Detta e-postmeddelande bekräftar det: återbetalningen är genomförd.
label-heading = Returetikett
label-granted = En förbetald returetikett utfärdas för den här begäran. Packa varorna och skicka tillbaka dem med etiketten enligt instruktionerna på returformuläret.
label-shared-with-order = Den här begäran delar den förbetalda returetikett som redan har utfärdats för den här beställningen: returnera alla returnerade varor i beställningen i ett och samma paket. Om du bara skickar en del av dem med etiketten kan du få betala frakten för de övriga.
label-refused-monthly-limit = Ingen förbetald returetikett: du har redan fått det högsta antalet, tre (3), förbetalda returetiketter den här kalendermånaden. Vem som betalar returen av varje vara framgår ovan.
label-pickup-suspended = Ingen förbetald returetikett: returpakettjänster är för närvarande inställda på din leveransadress. Vem som betalar returen av varje vara framgår ovan.
request-refused-under-rules = Begäran avslogs enligt reglerna
