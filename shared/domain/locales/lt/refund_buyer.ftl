# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Jūsų pinigų grąžinimo prašymas { $request } dėl užsakymo { $order }: { $status }
heading = Jūsų pinigų grąžinimo prašymas: { $status }
intro = Priėmėme sprendimą dėl Jūsų pinigų grąžinimo prašymo, susijusio su užsakymu { $order }. Toliau pateikiame sprendimą dėl kiekvienos prekės.
items-heading = Jūsų prekės
return-label = Grąžinimas
total-refund-label = Iš viso grąžinama
paid-to-fast-refund-bonus = Jūsų greitojo grąžinimo premija (ją galėsite išleisti iškart, kai tik pinigai bus grąžinti)
paid-to-original-payment = Jūsų pradinis mokėjimo būdas (operacija Jūsų banke gali atsirasti dar po kelių dienų)
paid-now-label = Grąžinama dabar
paid-after-check-label = Grąžinama po sandėlio atliekamo kokybės patikrinimo
after-check-note = Pinigai už grąžintas prekes grąžinami, kai tik sandėlis baigia grąžintų prekių kokybės patikrinimą ir nustato, kad jos atitinka pinigų grąžinimo sąlygas.
confirmation-to-come = Kai pinigai bus grąžinti, gausite patvirtinimą.
confirmed-now = Šiuo laišku patvirtiname: pinigai grąžinti.
label-heading = Grąžinimo etiketė
label-granted = Šiam prašymui išduota iš anksto apmokėta grąžinimo etiketė. Supakuokite prekes ir išsiųskite jas atgal su šia etikete, laikydamiesi grąžinimo formoje pateiktų nurodymų.
label-shared-with-order = Šiam prašymui taikoma iš anksto apmokėta grąžinimo etiketė, jau išduota šiam užsakymui: visas grąžinamas šio užsakymo prekes grąžinkite viename siuntinyje. Jei su etikete išsiųsite tik dalį jų, už kitų prekių siuntimą gali tekti sumokėti Jums.
label-refused-monthly-limit = Iš anksto apmokėta grąžinimo etiketė neišduodama: šį kalendorinį mėnesį jau gavote didžiausią leistiną skaičių – tris (3) iš anksto apmokėtas grąžinimo etiketes. Kas apmoka kiekvienos prekės grąžinimą, nurodyta aukščiau.
label-pickup-suspended = Iš anksto apmokėta grąžinimo etiketė neišduodama: grąžinamų siuntų paslaugos Jūsų pristatymo adresu šiuo metu sustabdytos. Kas apmoka kiekvienos prekės grąžinimą, nurodyta aukščiau.
request-refused-under-rules = Prašymas atmestas pagal taisykles
