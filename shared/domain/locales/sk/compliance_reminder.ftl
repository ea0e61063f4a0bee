# The compliance reminder email, Slovak.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Pripomienka k súladu výrobku s predpismi
greeting = Vážená zákazníčka, vážený zákazník,
intro = Na našej predajnej platforme ste si kúpili nižšie uvedený výrobok. Nie je v úplnom súlade s predpismi, ktoré sa naň vzťahujú. Prečítajte si, prosím, nižšie, v čom je problém a čo máte urobiť.
keep = Ide len o pripomienku: nežiadame Vás, aby ste výrobok poslali späť.
product-heading = Váš výrobok
name = Výrobok:
brand = Značka:
model = Model:
picture = Obrázok:
picture-alt = Obrázok výrobku
sold = Kúpili ste si ho na našej predajnej platforme (objednávka { $order_id }, dátum objednávky: { $order_date }); krajina doručenia: { $market }.
issue-heading = V čom je problém
todo-heading = Čo máte urobiť
help-heading = Otázky a vrátenie tovaru
contact = Ak máte otázky alebo chcete výrobok vrátiť, kontaktujte nás v časti Pomoc vo Vašom účte.
rights = Zostávajú Vám všetky práva spotrebiteľa vrátane práva požiadať o vrátenie tovaru alebo peňazí, ak sa uplatňujú.
reassure = Výrobky predávané na našej predajnej platforme kontrolujeme a vždy Vás upozorníme, keď si niečo vyžaduje Vašu pozornosť.
signature = Tím pre bezpečnosť výrobkov
