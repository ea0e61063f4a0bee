# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Cererea dumneavoastră de rambursare { $request } pentru comanda { $order }: { $status }
heading = Cererea dumneavoastră de rambursare: { $status }
intro = Am luat o decizie cu privire la cererea dumneavoastră de rambursare pentru comanda { $order }. Mai jos găsiți decizia pentru fiecare articol.
items-heading = Articolele dumneavoastră
return-label = Returnare
total-refund-label = Rambursare totală
paid-to-fast-refund-bonus = bonusul dumneavoastră de rambursare rapidă (disponibil imediat pentru cumpărături, de îndată ce rambursarea este plătită)
paid-to-original-payment = metoda de plată inițială (banca dumneavoastră poate avea nevoie de încă câteva zile pentru a afișa tranzacția)
paid-now-label = Se plătește acum
paid-after-check-label = Se plătește după controlul de calitate efectuat de depozit
after-check-note = Rambursarea articolelor returnate se plătește de îndată ce depozitul finalizează controlul de calitate al articolelor returnate și acestea îndeplinesc condițiile de rambursare.
confirmation-to-come = Veți primi o confirmare atunci când rambursarea va fi efectuată.
confirmed-now = Acest e-mail confirmă: rambursarea a fost efectuată.
label-heading = Eticheta de returnare
label-granted = Pentru această cerere se emite o etichetă de returnare preplătită. Ambalați articolele și trimiteți-le înapoi folosind eticheta, urmând instrucțiunile din formularul de returnare.
label-shared-with-order = Această cerere folosește eticheta de returnare preplătită deja emisă pentru această comandă: vă rugăm să returnați toate articolele returnate ale comenzii într-un singur colet. Dacă trimiteți cu eticheta doar o parte dintre ele, este posibil să trebuiască să plătiți expedierea celorlalte.
label-refused-monthly-limit = Nicio etichetă de returnare preplătită: ați primit deja numărul maxim de trei (3) etichete de returnare preplătite în această lună calendaristică. Cine plătește returnarea fiecărui articol este indicat mai sus.
label-pickup-suspended = Nicio etichetă de returnare preplătită: serviciile de colete de returnare sunt suspendate în prezent la adresa dumneavoastră de livrare. Cine plătește returnarea fiecărui articol este indicat mai sus.
request-refused-under-rules = Cererea a fost respinsă conform regulilor
