# The compliance reminder email, Hungarian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Emlékeztető a termék megfelelőségéről
greeting = Tisztelt Vásárlónk!
intro = Ön az alább látható terméket az online piacterünkön vásárolta. A termék nem felel meg teljes mértékben a rá vonatkozó szabályoknak. Kérjük, olvassa el alább, mi a probléma, és mi a teendője.
keep = Ez csupán egy emlékeztető: nem kérjük, hogy küldje vissza a terméket.
product-heading = Az Ön terméke
name = Termék:
brand = Márka:
model = Modell:
picture = Kép:
picture-alt = A termék képe
sold = Ön a terméket az online piacterünkön vásárolta (rendelésszám: { $order_id }, a rendelés dátuma: { $order_date }); szállítási ország: { $market }.
issue-heading = Mi a probléma
todo-heading = Mi a teendője
help-heading = Kérdések és visszaküldés
contact = Ha kérdése van, vagy vissza szeretné küldeni a terméket, forduljon hozzánk fiókja Súgó menüpontjában.
rights = Minden fogyasztói jogát megőrzi, beleértve azt is, hogy adott esetben visszaküldést vagy visszatérítést kérjen.
reassure = Ellenőrizzük az online piacterünkön értékesített termékeket, és mindig értesítjük, ha valami az Ön figyelmét igényli.
signature = Termékbiztonsági csapat
