# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Violazione registrata: { $violation } ({ $points })
heading = Violazione registrata
# $severity: general or serious violation (seller_common).
intro = Abbiamo registrato una violazione a carico del suo account: { $violation } ({ $severity }, { $points }).
violation-heading = La violazione
violation = Violazione
recorded-on = Data di registrazione
counts-until-value = { $date } (poi esce dal periodo mobile di 365 giorni)
sanction-heading = Sanzione
meaning-listing-removal = L’inserzione { $listing } viene rimossa in tutti i mercati. Non rimetta in vendita il prodotto, né con questa né con qualsiasi altra inserzione.
meaning-listing-removal-unnamed = L’inserzione viene rimossa in tutti i mercati. Non rimetta in vendita il prodotto, né con questa né con qualsiasi altra inserzione.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Al suo account viene addebitata una penale di { $amount }.
meaning-fine-unknown = Al suo account viene addebitata una penale.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Finché questa annotazione conta (365 giorni), il suo account si trova almeno nello stato «{ $standing }»: { $consequence }
meaning-permanent-ban = Un’esclusione definitiva non scade: si applica indipendentemente dall’anzianità di questa annotazione. { $consequence }
reminder-heading = Promemoria sulla conformità
# $issue: the desk's words, quoted as given.
reminder = Il prodotto di questa inserzione non è conforme, pertanto inviamo un promemoria sulla conformità ai consumatori che lo hanno acquistato da lei: «{ $issue }» Offra loro soluzioni post-vendita, compresi resi e rimborsi, quando ne fanno richiesta.
standing-note = Il suo stato deriva da una sanzione, non dai suoi punti: i suoi punti da soli darebbero lo stato «{ $standing }».
contest-case = Se contesta questa annotazione, presenti ricorso entro 7 giorni dall’avviso di richiamo, indicando la pratica { $case }.
contest-report = Se ritiene che questa violazione sia stata registrata per errore, la contesti tramite il centro venditori, indicando la segnalazione { $report }.
contest-unreferenced = Se ritiene che questa violazione sia stata registrata per errore, la contesti tramite il centro venditori.
