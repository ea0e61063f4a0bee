# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = La sua richiesta di rimborso { $request } per l’ordine { $order }: { $status }
heading = La sua richiesta di rimborso: { $status }
intro = Abbiamo deciso in merito alla sua richiesta di rimborso per l’ordine { $order }. Ecco la decisione per ciascun articolo.
items-heading = I suoi articoli
return-label = Reso
total-refund-label = Rimborso totale
paid-to-fast-refund-bonus = il suo bonus di rimborso rapido (utilizzabile subito, non appena il rimborso viene erogato)
paid-to-original-payment = il metodo di pagamento originale (la sua banca potrebbe impiegare qualche giorno in più per mostrare l’operazione)
paid-now-label = Erogato subito
paid-after-check-label = Erogato dopo il controllo qualità del magazzino
after-check-note = Il rimborso degli articoli resi viene erogato non appena il magazzino ha completato il controllo qualità degli articoli resi e questi soddisfano le condizioni di rimborso.
confirmation-to-come = Riceverà una conferma quando il rimborso sarà stato effettuato.
confirmed-now = Questa email lo conferma: il rimborso è stato effettuato.
label-heading = Etichetta di reso
label-granted = Per questa richiesta viene emessa un’etichetta di reso prepagata. Imballi gli articoli e li rispedisca con questa etichetta, seguendo le istruzioni del modulo di reso.
label-shared-with-order = Questa richiesta condivide l’etichetta di reso prepagata già emessa per questo ordine: restituisca tutti gli articoli resi dell’ordine in un unico pacco. Se ne spedisce solo una parte con l’etichetta, potrebbe dover pagare la spedizione degli altri.
label-refused-monthly-limit = Nessuna etichetta di reso prepagata: ha già ricevuto il numero massimo di tre (3) etichette di reso prepagate in questo mese di calendario. Chi paga il reso di ciascun articolo è indicato sopra.
label-pickup-suspended = Nessuna etichetta di reso prepagata: i servizi di reso dei pacchi sono attualmente sospesi al suo indirizzo di consegna. Chi paga il reso di ciascun articolo è indicato sopra.
request-refused-under-rules = La richiesta è stata respinta in base alle regole
