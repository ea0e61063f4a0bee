# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Caz
listing = Anunț
recall = Rechemare
markets = Piețe
appeal-deadline = Termen de contestare
received-subject = Contestație primită: cazul { $case }
received-heading = Am primit contestația dumneavoastră
received = Am primit contestația dumneavoastră la data de { $filed }. Un evaluator va decide asupra acesteia și vă vom comunica rezultatul. Până atunci, măsurile aplicate anunțului dumneavoastră rămân în vigoare și niciun consumator nu este contactat cât timp contestația dumneavoastră este în curs de soluționare.
received-ordered = Am primit contestația dumneavoastră la data de { $filed }. Un evaluator va decide asupra acesteia și vă vom comunica rezultatul. Până atunci, măsurile aplicate anunțului dumneavoastră rămân în vigoare. Autoritatea a dispus informarea imediată a consumatorilor, astfel încât rechemarea către consumatori continuă între timp.
grounds = Motivele dumneavoastră: { $grounds }
upheld-subject = Contestație admisă: cazul { $case } – anunțul dumneavoastră este din nou disponibil la vânzare
upheld-heading = Contestația dumneavoastră a fost admisă
upheld-reason = Un evaluator v-a admis contestația: { $reason }
upheld-lifted = Am ridicat măsurile aplicate anunțului dumneavoastră pe piețele { $markets }: acesta este din nou disponibil la vânzare acolo.
upheld-points = Sancțiunea de { $points } puncte este retrasă.
upheld-told = Consumatorii au fost deja informați, la dispoziția autorității.
upheld-not-told = Consumatorii nu vor fi contactați în legătură cu acest caz.
rejected-subject = Contestație respinsă: cazul { $case } – începe rechemarea către consumatori
rejected-heading = Contestația dumneavoastră a fost respinsă
rejected-reason = Un evaluator v-a respins contestația: { $reason }
rejected-stay = Măsurile aplicate anunțului dumneavoastră pe piețele { $markets } rămân în vigoare. Trimitem acum o notificare de rechemare fiecărui consumator care a cumpărat produsul pe aceste piețe. Soluțiile oferite consumatorilor — prețul plătit și taxele comenzii — vă sunt imputate.
rejected-stay-points = Măsurile aplicate anunțului dumneavoastră pe piețele { $markets } rămân în vigoare și se aplică sancțiunea de { $points } puncte. Trimitem acum o notificare de rechemare fiecărui consumator care a cumpărat produsul pe aceste piețe. Soluțiile oferite consumatorilor — prețul plătit și taxele comenzii — vă sunt imputate.
refused-subject = Contestație neacceptată: cazul { $case }
refused-heading = Contestația dumneavoastră nu a putut fi acceptată
refused = Nu am putut accepta contestația dumneavoastră privind cazul { $case }: { $reason }.
refused-deadline = Termenul de contestare pentru acest caz: { $deadline }.
refused-contact = Dacă considerați că este vorba de o eroare, contactați biroul pentru siguranța produselor și menționați ID-ul cazului.
refused-no-case = nu există niciun caz { $case }
refused-not-yours = cazul { $case } nu este unul dintre cazurile dumneavoastră: doar vânzătorul anunțului poate depune contestație
refused-late = contestația a fost depusă la data de { $filed }, după termenul-limită de { $deadline } (7 zile de la notificarea de rechemare)
refused-state = cazul { $case } nu mai poate face obiectul unei contestații
