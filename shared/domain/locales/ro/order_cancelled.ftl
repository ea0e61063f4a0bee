# The order cancelled email, Romanian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Comandă anulată: rechemarea produsului din motive de siguranță
greeting = Stimate client,
intro = Am anulat comanda dumneavoastră { $order_id } din data de { $order_date } (țara de livrare: { $market }) înainte de expediere: produsul de mai jos face obiectul unei rechemări din motive de siguranță.
not-delivered = Acesta nu vă va fi livrat. Deoarece nu l-ați primit niciodată, nu trebuie nici să încetați să utilizați ceva, nici să returnați ceva.
product-heading = Produsul
name = Produs:
brand = Marcă:
model = Model:
hazard-heading = De ce este rechemat
refund-heading = Rambursarea
refund = Vi se vor rambursa integral prețul plătit ({ $price_paid }) și taxele comenzii, prin metoda de plată pe care ați utilizat-o.
nothing-to-do = Nu trebuie să faceți nimic.
help-heading = Întrebări
contact = Dacă aveți întrebări, contactați-ne din secțiunea Ajutor a contului dumneavoastră.
signature = Echipa Siguranța Produselor
