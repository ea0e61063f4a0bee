# The compliance reminder email, Estonian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Meeldetuletus toote nõuetele vastavuse kohta
greeting = Lugupeetud klient,
intro = Ostsite allpool nimetatud toote meie veebiturult. See ei vasta täielikult sellele kohaldatavatele nõuetele. Palun lugege allpool, milles probleem seisneb ja mida teha.
keep = See on vaid meeldetuletus: me ei palu Teil toodet tagasi saata.
product-heading = Teie toode
name = Toode:
brand = Kaubamärk:
model = Mudel:
picture = Pilt:
picture-alt = Toote pilt
sold = Ostsite selle meie veebiturult (tellimus { $order_id }, tellimuse kuupäev { $order_date }); tarneriik: { $market }.
issue-heading = Milles probleem seisneb
todo-heading = Mida teha
help-heading = Küsimused ja tagastamine
contact = Kui Teil on küsimusi või soovite toote tagastada, võtke meiega ühendust oma konto jaotise Abi kaudu.
rights = Teile jäävad kõik tarbija õigused, sealhulgas õigus nõuda asjakohastel juhtudel toote tagastamist või raha tagasimaksmist.
reassure = Kontrollime meie veebiturul müüdavaid tooteid ja anname Teile alati teada, kui miski vajab Teie tähelepanu.
signature = Tooteohutuse meeskond
