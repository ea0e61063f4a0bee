# The order cancelled email, Hungarian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Rendelés törölve: termékbiztonsággal kapcsolatos visszahívás
greeting = Tisztelt Vásárlónk!
intro = Az Ön rendelését (rendelésszám: { $order_id }, a rendelés dátuma: { $order_date }; szállítási ország: { $market }) a feladás előtt töröltük: az alább látható termékre termékbiztonsági visszahívás vonatkozik.
not-delivered = A terméket nem szállítjuk ki Önnek. Mivel soha nem kapta meg, semminek a használatát nem kell abbahagynia, és semmit sem kell visszaküldenie.
product-heading = A termék
name = Termék:
brand = Márka:
model = Modell:
hazard-heading = Miért hívják vissza
refund-heading = A visszatérítés
refund = A teljes összeget visszatérítjük Önnek – a kifizetett vételárat ({ $price_paid }) és a rendelés díjait is – az Ön által használt fizetési módra.
nothing-to-do = Önnek semmit sem kell tennie.
help-heading = Kérdések
contact = Ha kérdése van, forduljon hozzánk fiókja Súgó menüpontjában.
signature = Termékbiztonsági csapat
