# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Pratica
listing = Inserzione
recall = Richiamo
markets = Mercati
appeal-deadline = Termine per il ricorso
received-subject = Ricorso ricevuto: pratica { $case }
received-heading = Abbiamo ricevuto il suo ricorso
received = Abbiamo ricevuto il suo ricorso il giorno { $filed }. Un revisore deciderà in merito e le comunicheremo l’esito. Fino ad allora le misure sulla sua inserzione restano in vigore e nessun consumatore viene contattato finché il suo ricorso è aperto.
received-ordered = Abbiamo ricevuto il suo ricorso il giorno { $filed }. Un revisore deciderà in merito e le comunicheremo l’esito. Fino ad allora le misure sulla sua inserzione restano in vigore. L’autorità competente ha ordinato di informare immediatamente i consumatori, quindi nel frattempo il richiamo presso i consumatori prosegue.
grounds = I suoi motivi: { $grounds }
upheld-subject = Ricorso accolto: pratica { $case } – la sua inserzione è di nuovo in vendita
upheld-heading = Il suo ricorso è stato accolto
upheld-reason = Un revisore ha accolto il suo ricorso: { $reason }
upheld-lifted = Abbiamo revocato le misure sulla sua inserzione in { $markets }: è di nuovo in vendita in tali mercati.
upheld-points = La sanzione di { $points } punti viene ritirata.
upheld-told = I consumatori sono già stati informati, su ordine dell’autorità competente.
upheld-not-told = I consumatori non saranno contattati in merito a questa pratica.
rejected-subject = Ricorso respinto: pratica { $case } – inizia il richiamo presso i consumatori
rejected-heading = Il suo ricorso è stato respinto
rejected-reason = Un revisore ha respinto il suo ricorso: { $reason }
rejected-stay = Le misure sulla sua inserzione in { $markets } restano in vigore. Stiamo ora inviando un avviso di richiamo a ogni consumatore che ha acquistato il prodotto in tali mercati. Le soluzioni spettanti ai consumatori – il prezzo pagato e le commissioni dell’ordine – le vengono addebitate.
rejected-stay-points = Le misure sulla sua inserzione in { $markets } restano in vigore e si applica la sanzione di { $points } punti. Stiamo ora inviando un avviso di richiamo a ogni consumatore che ha acquistato il prodotto in tali mercati. Le soluzioni spettanti ai consumatori – il prezzo pagato e le commissioni dell’ordine – le vengono addebitate.
refused-subject = Ricorso non accettato: pratica { $case }
refused-heading = Non è stato possibile accettare il suo ricorso
refused = Non abbiamo potuto accettare il suo ricorso relativo alla pratica { $case }: { $reason }.
refused-deadline = Termine per il ricorso relativo a questa pratica: { $deadline }.
refused-contact = Se ritiene che si tratti di un errore, contatti lo sportello Sicurezza dei prodotti indicando il numero della pratica.
refused-no-case = non esiste alcuna pratica { $case }
refused-not-yours = la pratica { $case } non è una sua pratica: solo il venditore dell’inserzione può presentare ricorso
refused-late = il ricorso è stato presentato il giorno { $filed }, oltre il termine scaduto il giorno { $deadline } (7 giorni dall’avviso di richiamo)
refused-state = per la pratica { $case } non è più possibile presentare ricorso
