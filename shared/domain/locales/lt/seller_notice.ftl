# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Gaminio atšaukimas dėl saugos: { $title } – { $listings ->
    [one] užblokuotas { $listings } skelbimas
    [few] užblokuoti { $listings } skelbimai
    [many] užblokuota { $listings } skelbimo
   *[other] užblokuota { $listings } skelbimų
  }, skundą galima pateikti iki { $deadline }
subject-update = Atnaujinimas – Gaminio atšaukimas dėl saugos: { $title } – dabar užblokuota ir rinkose { $markets }, skundą galima pateikti iki { $deadline }
heading = Pranešimas apie gaminio atšaukimą dėl saugos
heading-update = Atnaujinimas: pranešimas apie gaminio atšaukimą dėl saugos
intro = Jūsų parduodamam gaminiui taikomas atšaukimas dėl saugos. Jūsų skelbimams pritaikėme toliau nurodytas priemones, o Jūs turite nedelsdami imtis veiksmų dėl šio atšaukimo.
intro-update = Toliau nurodytas atšaukimas dabar apima daugiau rinkų, kuriose siūlomi Jūsų skelbimai. Jiems taikomas priemones išplėtėme.
recall-heading = Atšaukimas
recall = Atšaukimas
recall-id = Atšaukimo identifikatorius
reported-by = Pranešė
risk = Rizikos lygis
hazard = Pavojus
listings-heading = Susiję Jūsų skelbimai
listing-ref = Skelbimas { $listing } · byla { $case }
why = Kodėl jam taikomas atšaukimas
measures = Taikytos priemonės
penalty = Taikoma nuobauda
penalty-points = { $points ->
    [one] { $points } taškas ({ $severity }), įrašytas į Jūsų nuobaudų taškų registrą; bus panaikintas, jei Jūsų skundas bus patenkintas
    [few] { $points } taškai ({ $severity }), įrašyti į Jūsų nuobaudų taškų registrą; bus panaikinti, jei Jūsų skundas bus patenkintas
    [many] { $points } taško ({ $severity }), įrašyta į Jūsų nuobaudų taškų registrą; bus panaikinta, jei Jūsų skundas bus patenkintas
   *[other] { $points } taškų ({ $severity }), įrašyta į Jūsų nuobaudų taškų registrą; bus panaikinta, jei Jūsų skundas bus patenkintas
  }
penalty-own = nėra: apie šį savo gaminio atšaukimą pranešėte patys, kaip reikalauja taisyklės, todėl už tai taškai neskiriami
todo-heading = Ką turite daryti
todo-stop = Nustokite prekiauti atšauktu gaminiu susijusiose rinkose ir nebeskelbkite jo iš naujo – nei šiuo, nei jokiu kitu skelbimu.
todo-pull = Išimkite susijusias atsargas ir atlikite atšaukimą taip, kaip reikalauja taikomi teisės aktai ir priežiūros institucija.
todo-remedies = Būkite pasirengę padengti vartotojų teisių gynimo priemonių išlaidas: už kiekvieną dėl atšaukimo grąžintą sumą iš Jūsų išieškoma sumokėta kaina ir užsakymo mokesčiai.
violation-serious = Atšaukto gaminio pardavimas yra pažeidimas: 6 taškai už kiekvieną skelbimą (sunkus pažeidimas); jie kartu su šiuo pranešimu įrašomi į Jūsų paskyros nuobaudų taškų registrą ir panaikinami, jei Jūsų skundas patenkinamas.
violation-general = Atšaukto gaminio pardavimas yra pažeidimas: 2 taškai už kiekvieną skelbimą (bendrasis pažeidimas); jie kartu su šiuo pranešimu įrašomi į Jūsų paskyros nuobaudų taškų registrą ir panaikinami, jei Jūsų skundas patenkinamas.
violation-own = Apie šį savo gaminio atšaukimą pranešėte patys: už tai Jūsų skelbimams nuobauda neskiriama.
relisting = Gaminio pakartotinis paskelbimas arba skelbimo redagavimas siekiant išvengti atšaukimo yra sunkus pažeidimas (6 taškai).
appeal-heading = Skundas
appeal = Jei nesutinkate su atšaukimo priemonėmis ar nuobauda, pateikite skundą iki { $deadline } (7 dienos nuo šio pranešimo), nurodydami bylos identifikatorių. Po šios datos arba jei skundas atmetamas, išsiųsime pranešimą apie atšaukimą kiekvienam vartotojui, įsigijusiam gaminį.
