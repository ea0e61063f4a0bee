# The compliance reminder email, Croatian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Podsjetnik o sukladnosti proizvoda
greeting = Poštovani,
intro = Kupili ste niže navedeni proizvod na našoj internetskoj tržnici. Proizvod nije u potpunosti usklađen s pravilima koja se na njega primjenjuju. U nastavku pročitajte što nije u redu i što trebate učiniti.
keep = Ovo je samo podsjetnik: ne tražimo od Vas da vratite proizvod.
product-heading = Vaš proizvod
name = Proizvod:
brand = Marka:
model = Model:
picture = Slika:
picture-alt = Slika proizvoda
sold = Kupili ste ga na našoj internetskoj tržnici dana { $order_date } (narudžba { $order_id }); zemlja isporuke: { $market }.
issue-heading = Što nije u redu
todo-heading = Što trebate učiniti
help-heading = Pitanja i povrat
contact = Ako imate pitanja ili želite vratiti proizvod, obratite nam se putem odjeljka Pomoć u svojem korisničkom računu.
rights = Zadržavate sva svoja prava potrošača, uključujući pravo da zatražite povrat proizvoda ili novca kada je to primjenjivo.
reassure = Provjeravamo proizvode koji se prodaju na našoj internetskoj tržnici i obavještavamo Vas kad god nešto zahtijeva Vašu pozornost.
signature = Tim za sigurnost proizvoda
