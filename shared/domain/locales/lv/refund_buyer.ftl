# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Jūsu atmaksas pieprasījums { $request } par pasūtījumu { $order }: { $status }
heading = Jūsu atmaksas pieprasījums: { $status }
intro = Esam pieņēmuši lēmumu par Jūsu atmaksas pieprasījumu saistībā ar pasūtījumu { $order }. Tālāk ir sniegts lēmums par katru preci.
items-heading = Jūsu preces
return-label = Atpakaļsūtīšana
total-refund-label = Kopējā atmaksa
paid-to-fast-refund-bonus = uz Jūsu ātrās atmaksas bonusu (izmantojams uzreiz, tiklīdz atmaksa ir izmaksāta)
paid-to-original-payment = uz Jūsu sākotnējo maksājuma līdzekli (Jūsu bankai var būt vajadzīgas vēl dažas dienas, lai darījums būtu redzams)
paid-now-label = Tiek izmaksāts tagad
paid-after-check-label = Tiks izmaksāts pēc noliktavas kvalitātes pārbaudes
after-check-note = Atmaksa par atgrieztajām precēm tiek izmaksāta, tiklīdz noliktava ir pabeigusi atgriezto preču kvalitātes pārbaudi un preces atbilst atmaksas nosacījumiem.
confirmation-to-come = Kad atmaksa būs veikta, Jūs saņemsiet apstiprinājumu.
confirmed-now = Šis e-pasta ziņojums to apstiprina: atmaksa ir veikta.
label-heading = Atpakaļsūtīšanas uzlīme
label-granted = Šim pieprasījumam tiek izsniegta priekšapmaksāta atpakaļsūtīšanas uzlīme. Iepakojiet preces un nosūtiet tās atpakaļ ar šo uzlīmi, ievērojot atgriešanas veidlapā sniegtos norādījumus.
label-shared-with-order = Šim pieprasījumam tiek izmantota tā pati priekšapmaksātā atpakaļsūtīšanas uzlīme, kas jau izsniegta šim pasūtījumam: lūdzu, nosūtiet visas pasūtījuma atgriežamās preces vienā sūtījumā. Ja ar uzlīmi nosūtīsiet tikai daļu no tām, Jums, iespējams, būs jāmaksā par pārējo preču nosūtīšanu.
label-refused-monthly-limit = Priekšapmaksāta atpakaļsūtīšanas uzlīme netiek izsniegta: šajā kalendāra mēnesī Jums jau ir izsniegts maksimālais skaits – trīs (3) priekšapmaksātas atpakaļsūtīšanas uzlīmes. Kas maksā par katras preces atpakaļsūtīšanu, ir norādīts iepriekš.
label-pickup-suspended = Priekšapmaksāta atpakaļsūtīšanas uzlīme netiek izsniegta: atpakaļsūtīšanas pakalpojumi Jūsu piegādes adresē pašlaik ir apturēti. Kas maksā par katras preces atpakaļsūtīšanu, ir norādīts iepriekš.
request-refused-under-rules = Pieprasījums tika noraidīts saskaņā ar šādiem noteikumiem
