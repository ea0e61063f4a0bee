# The compliance reminder email, Slovenian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Opomnik o skladnosti izdelka
greeting = Spoštovani,
intro = Na naši spletni tržnici ste kupili spodaj navedeni izdelek. Ni popolnoma skladen s pravili, ki veljajo zanj. Spodaj preberite, v čem je težava in kaj morate storiti.
keep = To je le opomnik: ne prosimo vas, da izdelek vrnete.
product-heading = Vaš izdelek
name = Izdelek:
brand = Blagovna znamka:
model = Model:
picture = Slika:
picture-alt = Slika izdelka
sold = Kupili ste ga na naši spletni tržnici (naročilo { $order_id }, datum naročila: { $order_date }); država dostave: { $market }.
issue-heading = V čem je težava
todo-heading = Kaj morate storiti
help-heading = Vprašanja in vračila
contact = Če imate vprašanja ali želite izdelek vrniti, se obrnite na nas v razdelku Pomoč v svojem računu.
rights = Ohranite vse svoje pravice potrošnika, vključno s pravico, da zahtevate vračilo izdelka ali kupnine, kadar se uporabljajo.
reassure = Izdelke, ki se prodajajo na naši spletni tržnici, preverjamo in vas obvestimo vsakič, ko kaj zahteva vašo pozornost.
signature = Ekipa za varnost izdelkov
