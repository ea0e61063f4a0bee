# The compliance reminder email, Romanian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Memento privind conformitatea produsului
greeting = Stimate client,
intro = Ați cumpărat produsul de mai jos de pe platforma noastră de vânzări online. Acesta nu respectă pe deplin normele care i se aplică. Vă rugăm să citiți mai jos care este problema și ce trebuie să faceți.
keep = Acesta este doar un memento: nu vă cerem să returnați produsul.
product-heading = Produsul dumneavoastră
name = Produs:
brand = Marcă:
model = Model:
picture = Imagine:
picture-alt = Imaginea produsului
sold = L-ați cumpărat la data de { $order_date } (comanda { $order_id }) de pe platforma noastră de vânzări online; țara de livrare: { $market }.
issue-heading = Care este problema
todo-heading = Ce trebuie să faceți
help-heading = Întrebări și returnări
contact = Dacă aveți întrebări sau doriți să returnați produsul, contactați-ne din secțiunea Ajutor a contului dumneavoastră.
rights = Vă păstrați toate drepturile de consumator, inclusiv dreptul de a solicita returnarea produsului sau rambursarea, atunci când este cazul.
reassure = Verificăm produsele vândute pe platforma noastră de vânzări online și vă anunțăm ori de câte ori ceva necesită atenția dumneavoastră.
signature = Echipa Siguranța Produselor
