# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Byla
listing = Skelbimas
recall = Atšaukimas
markets = Rinkos
appeal-deadline = Skundo pateikimo terminas
received-subject = Skundas gautas: byla { $case }
received-heading = Gavome Jūsų skundą
received = Jūsų skundą gavome { $filed }. Sprendimą dėl jo priims vertintojas, o apie rezultatą Jums pranešime. Iki tol Jūsų skelbimui taikomos priemonės lieka galioti, o kol Jūsų skundas nagrinėjamas, su vartotojais nesusisiekiama.
received-ordered = Jūsų skundą gavome { $filed }. Sprendimą dėl jo priims vertintojas, o apie rezultatą Jums pranešime. Iki tol Jūsų skelbimui taikomos priemonės lieka galioti. Priežiūros institucija nurodė nedelsiant informuoti vartotojus, todėl vartotojams skirtas atšaukimas tuo metu tęsiamas.
grounds = Jūsų nurodyti pagrindai: { $grounds }
upheld-subject = Skundas patenkintas: byla { $case } – Jūsų skelbimas vėl aktyvus
upheld-heading = Jūsų skundas patenkintas
upheld-reason = Vertintojas patenkino Jūsų skundą: { $reason }
upheld-lifted = Panaikinome Jūsų skelbimui taikytas priemones šiose rinkose: { $markets }. Ten jis vėl aktyvus.
upheld-points = { $points ->
    [one] { $points } taško
    [few] { $points } taškų
    [many] { $points } taško
   *[other] { $points } taškų
  } nuobauda atšaukiama.
upheld-told = Vartotojai jau buvo informuoti priežiūros institucijos nurodymu.
upheld-not-told = Dėl šios bylos su vartotojais nebus susisiekta.
rejected-subject = Skundas atmestas: byla { $case } – pradedamas vartotojams skirtas atšaukimas
rejected-heading = Jūsų skundas atmestas
rejected-reason = Vertintojas atmetė Jūsų skundą: { $reason }
rejected-stay = Jūsų skelbimui taikomos priemonės šiose rinkose lieka galioti: { $markets }. Dabar siunčiame pranešimą apie atšaukimą kiekvienam vartotojui, įsigijusiam gaminį tose rinkose. Vartotojų teisių gynimo priemonių išlaidos – sumokėta kaina ir užsakymo mokesčiai – tenka Jums.
rejected-stay-points = Jūsų skelbimui taikomos priemonės šiose rinkose lieka galioti: { $markets }; taikoma { $points ->
    [one] { $points } taško
    [few] { $points } taškų
    [many] { $points } taško
   *[other] { $points } taškų
  } nuobauda. Dabar siunčiame pranešimą apie atšaukimą kiekvienam vartotojui, įsigijusiam gaminį tose rinkose. Vartotojų teisių gynimo priemonių išlaidos – sumokėta kaina ir užsakymo mokesčiai – tenka Jums.
refused-subject = Skundas nepriimtas: byla { $case }
refused-heading = Jūsų skundo nepavyko priimti
refused = Negalėjome priimti Jūsų skundo byloje { $case }: { $reason }.
refused-deadline = Šios bylos skundo pateikimo terminas: { $deadline }.
refused-contact = Jei manote, kad tai klaida, susisiekite su gaminių saugos skyriumi ir nurodykite bylos identifikatorių.
refused-no-case = bylos { $case } nėra
refused-not-yours = byla { $case } nėra Jūsų byla: skundą pateikti gali tik skelbimo pardavėjas
refused-late = skundas pateiktas { $filed }, jau pasibaigus terminui ({ $deadline }; 7 dienos nuo pranešimo apie atšaukimą)
refused-state = byloje { $case } skundo pateikti nebegalima
