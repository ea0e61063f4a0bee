# The order cancelled email, Italian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Ordine annullato: richiamo per la sicurezza del prodotto
greeting = Gentile cliente,
intro = Abbiamo annullato il suo ordine { $order_id } del { $order_date } (paese di consegna: { $market }) prima della spedizione: il prodotto indicato di seguito è oggetto di un richiamo per motivi di sicurezza.
not-delivered = Il prodotto non le sarà consegnato. Poiché non lo ha mai ricevuto, non c’è nulla da smettere di usare né nulla da rispedire.
product-heading = Il prodotto
name = Prodotto:
brand = Marca:
model = Modello:
hazard-heading = Perché è richiamato
refund-heading = Il suo rimborso
refund = Riceverà il rimborso integrale del prezzo pagato ({ $price_paid }) e delle spese dell’ordine sul metodo di pagamento che ha utilizzato.
nothing-to-do = Non deve fare nulla.
help-heading = Domande
contact = Per qualsiasi domanda, ci contatti dalla sezione Assistenza del suo account.
signature = Il team Sicurezza dei prodotti
