# The compliance reminder email, Italian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Promemoria sulla conformità del prodotto
greeting = Gentile cliente,
intro = Ha acquistato il prodotto indicato di seguito sul nostro marketplace. Il prodotto non è pienamente conforme alle norme che gli si applicano. Legga di seguito che cosa non va e che cosa fare.
keep = Si tratta solo di un promemoria: non le chiediamo di rispedire il prodotto.
product-heading = Il suo prodotto
name = Prodotto:
brand = Marca:
model = Modello:
picture = Immagine:
picture-alt = Immagine del prodotto
sold = Lo ha acquistato sul nostro marketplace il { $order_date } (ordine { $order_id }); paese di consegna: { $market }.
issue-heading = Che cosa non va
todo-heading = Che cosa fare
help-heading = Domande e resi
contact = Se ha domande o desidera restituire il prodotto, ci contatti dalla sezione Assistenza del suo account.
rights = Conserva tutti i suoi diritti di consumatore, compreso quello di chiedere, ove applicabile, un reso o un rimborso.
reassure = Controlliamo i prodotti venduti sul nostro marketplace e la informiamo ogni volta che qualcosa richiede la sua attenzione.
signature = Il team Sicurezza dei prodotti
