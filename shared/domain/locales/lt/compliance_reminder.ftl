# The compliance reminder email, Lithuanian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Priminimas apie gaminio atitiktį
greeting = Gerbiamas kliente,
intro = Mūsų internetinėje prekyvietėje įsigijote toliau nurodytą gaminį. Jis ne visiškai atitinka jam taikomas taisykles. Toliau perskaitykite, kas negerai ir ką daryti.
keep = Tai tik priminimas: neprašome Jūsų grąžinti gaminio.
product-heading = Jūsų gaminys
name = Gaminys:
brand = Prekės ženklas:
model = Modelis:
picture = Nuotrauka:
picture-alt = Gaminio nuotrauka
sold = Jį įsigijote mūsų internetinėje prekyvietėje (užsakymas { $order_id }, užsakymo data { $order_date }); pristatymo šalis: { $market }.
issue-heading = Kas negerai
todo-heading = Ką daryti
help-heading = Klausimai ir grąžinimas
contact = Jei turite klausimų arba norite grąžinti gaminį, susisiekite su mumis per savo paskyros skiltį Pagalba.
rights = Išsaugote visas vartotojo teises, įskaitant teisę, kai taikoma, prašyti grąžinti gaminį ar pinigus.
reassure = Tikriname mūsų internetinėje prekyvietėje parduodamus gaminius ir pranešame Jums, kai tik kas nors reikalauja Jūsų dėmesio.
signature = Gaminių saugos komanda
