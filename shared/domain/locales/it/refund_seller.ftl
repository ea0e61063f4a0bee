# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Richiesta di rimborso { $request } sull’ordine { $order }: { $status }
heading = Richiesta di rimborso sulle sue inserzioni: { $status }
intro = Un acquirente ha chiesto un rimborso sull’ordine { $order }. Ecco la decisione sulle sue inserzioni incluse nella richiesta.
items-heading = Le sue inserzioni in questa richiesta
items-back-label = Restituzione degli articoli
recall-refund-charged-to-you = Si tratta di un rimborso dovuto a un richiamo del prodotto: le viene addebitato.
summary-heading = Per lei
refunded-on-yours-label = Rimborsato sulle sue inserzioni
charged-to-you-label = Addebitato a lei (richiamo del prodotto)
items-come-back = Alcuni articoli le vengono restituiti: veda sopra il reso di ciascuna inserzione.
no-item-comes-back = Nessun articolo le viene restituito.
none-of-your-listings = Questa richiesta non riguarda nessuna delle sue inserzioni.
what-you-can-do-heading = Che cosa può fare
respond-to-buyer = Risponda all’acquirente tramite il centro venditori (ordine { $order }) per proporre una soluzione o spiegare la sua posizione.
after-sales-dispute = Una richiesta che lei e l’acquirente non riuscite a risolvere passa alla piattaforma come controversia post-vendita, e la piattaforma decide.
buyer-rights-bind-you = Il programma non limita mai i diritti che la legge riconosce all’acquirente: la garanzia legale e le regole sui resi del paese di residenza dell’acquirente restano vincolanti per lei.
