# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Atmaksas pieprasījums { $request } par pasūtījumu { $order }: { $status }
heading = Atmaksas pieprasījums par Jūsu sludinājumiem: { $status }
intro = Pircējs pieprasīja atmaksu par pasūtījumu { $order }. Tālāk ir sniegts lēmums par Jūsu sludinājumiem šajā pieprasījumā.
items-heading = Jūsu sludinājumi šajā pieprasījumā
items-back-label = Preču atpakaļsūtīšana Jums
recall-refund-charged-to-you = Šī ir atmaksa saistībā ar produkta atsaukšanu: tā tiek iekasēta no Jums.
summary-heading = Jums
refunded-on-yours-label = Atmaksāts par Jūsu sludinājumiem
charged-to-you-label = Iekasēts no Jums (produkta atsaukšana)
items-come-back = Preces tiek sūtītas atpakaļ Jums: skatiet katra sludinājuma atpakaļsūtīšanu iepriekš.
no-item-comes-back = Jums netiek sūtīta atpakaļ neviena prece.
none-of-your-listings = Šajā pieprasījumā nav norādīts neviens no Jūsu sludinājumiem.
what-you-can-do-heading = Ko Jūs varat darīt
respond-to-buyer = Atbildiet pircējam pārdevēja centrā (pasūtījums { $order }), lai piedāvātu risinājumu vai izskaidrotu savu nostāju.
after-sales-dispute = Pieprasījums, par kuru Jūs un pircējs nevarat vienoties, tiek nodots platformai kā pēcpārdošanas strīds, un lēmumu pieņem platforma.
buyer-rights-bind-you = Programma nekad neierobežo pircēja likumā noteiktās tiesības: Jums joprojām ir saistoši pircēja dzīvesvietas valsts noteikumi par likumisko garantiju un preču atgriešanu.
