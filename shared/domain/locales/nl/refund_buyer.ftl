# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Uw terugbetalingsverzoek { $request } voor bestelling { $order }: { $status }
heading = Uw terugbetalingsverzoek: { $status }
intro = Wij hebben een besluit genomen over uw terugbetalingsverzoek voor bestelling { $order }. Hieronder vindt u het besluit per artikel.
items-heading = Uw artikelen
return-label = Retour
total-refund-label = Totale terugbetaling
paid-to-fast-refund-bonus = uw bonus voor snelle terugbetaling (direct te besteden zodra de terugbetaling is uitgevoerd)
paid-to-original-payment = uw oorspronkelijke betaalmethode (het kan enkele dagen langer duren voordat uw bank de transactie toont)
paid-now-label = Wordt nu uitbetaald
paid-after-check-label = Uitbetaald na de kwaliteitscontrole in het magazijn
after-check-note = De terugbetaling voor geretourneerde artikelen wordt uitgevoerd zodra de kwaliteitscontrole van de geretourneerde artikelen in het magazijn is afgerond en deze aan de voorwaarden voor terugbetaling voldoen.
confirmation-to-come = U ontvangt een bevestiging zodra de terugbetaling is uitgevoerd.
confirmed-now = Deze e-mail is de bevestiging: de terugbetaling is uitgevoerd.
label-heading = Retourlabel
label-granted = Voor dit verzoek wordt een voorgefrankeerd retourlabel verstrekt. Verpak de artikelen en stuur ze daarmee terug volgens de instructies op het retourformulier.
label-shared-with-order = Voor dit verzoek geldt het voorgefrankeerde retourlabel dat al voor deze bestelling is verstrekt: stuur alle te retourneren artikelen van de bestelling in één pakket terug. Als u slechts een deel ervan met het label verstuurt, moet u de verzending van de overige artikelen mogelijk zelf betalen.
label-refused-monthly-limit = Geen voorgefrankeerd retourlabel: u hebt deze kalendermaand al het maximum van drie (3) voorgefrankeerde retourlabels ontvangen. Wie het terugsturen van elk artikel betaalt, staat hierboven.
label-pickup-suspended = Geen voorgefrankeerd retourlabel: retourpakketdiensten zijn op uw afleveradres momenteel opgeschort. Wie het terugsturen van elk artikel betaalt, staat hierboven.
request-refused-under-rules = Het verzoek is afgewezen op grond van de regels
