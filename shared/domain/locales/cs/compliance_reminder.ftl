# The compliance reminder email, Czech.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Upozornění na shodu výrobku s předpisy
greeting = Vážená zákaznice, vážený zákazníku,
intro = Na našem online tržišti jste zakoupili níže uvedený výrobek. Plně neodpovídá předpisům, které se na něj vztahují. Níže si prosím přečtěte, v čem je problém a co máte udělat.
keep = Jde pouze o upozornění: nežádáme Vás o vrácení výrobku.
product-heading = Váš výrobek
name = Výrobek:
brand = Značka:
model = Model:
picture = Obrázek:
picture-alt = Obrázek výrobku
sold = Zakoupili jste jej na našem online tržišti dne { $order_date } (objednávka { $order_id }); země doručení: { $market }.
issue-heading = V čem je problém
todo-heading = Co máte udělat
help-heading = Dotazy a vrácení zboží
contact = Máte-li dotazy nebo chcete-li výrobek vrátit, kontaktujte nás v sekci Nápověda ve svém účtu.
rights = Zachováváte si všechna svá práva spotřebitele, včetně práva požádat v příslušných případech o vrácení zboží nebo peněz.
reassure = Výrobky prodávané na našem online tržišti kontrolujeme a vždy Vás upozorníme, když něco vyžaduje Vaši pozornost.
signature = Tým pro bezpečnost výrobků
