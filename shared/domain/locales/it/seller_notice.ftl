# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Richiamo per la sicurezza del prodotto: { $title } – { $listings ->
    [one] { $listings } inserzione bloccata
    [many] { $listings } inserzioni bloccate
   *[other] { $listings } inserzioni bloccate
  }, ricorso entro il giorno { $deadline }
subject-update = Aggiornamento – Richiamo per la sicurezza del prodotto: { $title } – ora bloccato anche in { $markets }, ricorso entro il giorno { $deadline }
heading = Avviso di richiamo per la sicurezza del prodotto
heading-update = Aggiornamento: avviso di richiamo per la sicurezza del prodotto
intro = Un prodotto che lei vende è oggetto di un richiamo per la sicurezza del prodotto. Abbiamo adottato sulle sue inserzioni le misure indicate di seguito e lei deve dare seguito a questo richiamo fin da ora.
intro-update = Il richiamo indicato di seguito riguarda ora altri mercati in cui sono offerte le sue inserzioni. Abbiamo esteso le misure adottate su di esse.
recall-heading = Richiamo
recall = Richiamo
recall-id = ID del richiamo
reported-by = Segnalato da
risk = Livello di rischio
hazard = Pericolo
listings-heading = Le sue inserzioni interessate
listing-ref = Inserzione { $listing } · pratica { $case }
why = Perché corrisponde al richiamo
measures = Misure adottate
penalty = Sanzione applicabile
penalty-points = { $points } punti ({ $severity }), annotati nel suo registro delle sanzioni; annullati se il suo ricorso viene accolto
penalty-own = nessuna: ha segnalato questo richiamo di un suo prodotto, come previsto dalle regole, pertanto non viene annotato alcun punto a tale titolo
todo-heading = Che cosa deve fare
todo-stop = Interrompa la vendita del prodotto richiamato nei mercati interessati e non lo rimetta in vendita, né con questa né con qualsiasi altra inserzione.
todo-pull = Ritiri le giacenze interessate ed esegua il richiamo secondo quanto richiesto dalla normativa applicabile e dall’autorità competente.
todo-remedies = Si prepari a sostenere le soluzioni spettanti ai consumatori: il prezzo pagato e le commissioni dell’ordine le vengono addebitati per ogni rimborso dovuto al richiamo.
violation-serious = La vendita di un prodotto richiamato costituisce una violazione: 6 punti per inserzione (violazione grave), annotati nel registro delle sanzioni del suo account con il presente avviso e annullati se il suo ricorso viene accolto.
violation-general = La vendita di un prodotto richiamato costituisce una violazione: 2 punti per inserzione (violazione generale), annotati nel registro delle sanzioni del suo account con il presente avviso e annullati se il suo ricorso viene accolto.
violation-own = Ha segnalato in prima persona questo richiamo di un suo prodotto: per questo non viene annotata alcuna sanzione sulle sue inserzioni.
relisting = Rimettere in vendita il prodotto o modificare un’inserzione per eludere il richiamo costituisce una violazione grave (6 punti).
appeal-heading = Ricorso
appeal = Se contesta le misure di richiamo o la sanzione, presenti ricorso entro il giorno { $deadline } (7 giorni dal presente avviso), indicando il numero della pratica. Dopo tale data, o se il ricorso viene respinto, invieremo un avviso di richiamo a ogni consumatore che ha acquistato il prodotto.
