# The order cancelled email, Czech.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Objednávka zrušena: stažení výrobku z důvodu bezpečnosti
greeting = Vážená zákaznice, vážený zákazníku,
intro = Vaši objednávku { $order_id } ze dne { $order_date } (země doručení: { $market }) jsme zrušili před jejím odesláním: na níže uvedený výrobek se vztahuje stažení z důvodu bezpečnosti.
not-delivered = Výrobek Vám nebude doručen. Protože jste jej nikdy neobdrželi, nemusíte nic přestat používat ani nic posílat zpět.
product-heading = Výrobek
name = Výrobek:
brand = Značka:
model = Model:
hazard-heading = Proč se výrobek stahuje
refund-heading = Vrácení peněz
refund = Vrátíme Vám celou částku, tedy zaplacenou cenu ({ $price_paid }) i poplatky za objednávku, a to na platební prostředek, který jste použili.
nothing-to-do = Nemusíte nic dělat.
help-heading = Dotazy
contact = Máte-li jakékoli dotazy, kontaktujte nás v sekci Nápověda ve svém účtu.
signature = Tým pro bezpečnost výrobků
