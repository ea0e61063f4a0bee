# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Lieta
listing = Sludinājums
recall = Atsaukšana
markets = Tirgi
appeal-deadline = Pārsūdzības termiņš
received-subject = Pārsūdzība saņemta: lieta { $case }
received-heading = Esam saņēmuši Jūsu pārsūdzību
received = Esam saņēmuši Jūsu pārsūdzību (saņemta: { $filed }). Par to lems pārskatītājs, un mēs Jūs informēsim par rezultātu. Līdz tam pasākumi attiecībā uz Jūsu sludinājumu paliek spēkā, un, kamēr Jūsu pārsūdzība tiek izskatīta, mēs nesazināmies ne ar vienu patērētāju.
received-ordered = Esam saņēmuši Jūsu pārsūdzību (saņemta: { $filed }). Par to lems pārskatītājs, un mēs Jūs informēsim par rezultātu. Līdz tam pasākumi attiecībā uz Jūsu sludinājumu paliek spēkā. Uzraudzības iestāde lika nekavējoties informēt patērētājus, tāpēc patērētājiem adresētā atsaukšana pa to laiku turpinās.
grounds = Jūsu pamatojums: { $grounds }
upheld-subject = Pārsūdzība apmierināta: lieta { $case } – Jūsu sludinājums atkal ir pārdošanā
upheld-heading = Jūsu pārsūdzība ir apmierināta
upheld-reason = Pārskatītājs apmierināja Jūsu pārsūdzību: { $reason }
upheld-lifted = Esam atcēluši pasākumus attiecībā uz Jūsu sludinājumu šajos tirgos: { $markets }. Tur tas atkal ir pārdošanā.
upheld-points = Sods { $points ->
    [zero] { $points } punktu
    [one] { $points } punkta
   *[other] { $points } punktu
  } apmērā tiek atcelts.
upheld-told = Patērētāji jau tika informēti pēc uzraudzības iestādes rīkojuma.
upheld-not-told = Saistībā ar šo lietu mēs nesazināsimies ar patērētājiem.
rejected-subject = Pārsūdzība noraidīta: lieta { $case } – sākas patērētājiem adresētā atsaukšana
rejected-heading = Jūsu pārsūdzība ir noraidīta
rejected-reason = Pārskatītājs noraidīja Jūsu pārsūdzību: { $reason }
rejected-stay = Pasākumi attiecībā uz Jūsu sludinājumu šajos tirgos paliek spēkā: { $markets }. Tagad mēs nosūtām paziņojumu par atsaukšanu katram patērētājam, kurš iegādājās produktu šajos tirgos. Patērētājiem piedāvāto risinājumu izmaksas – samaksātā cena un pasūtījuma maksas – tiek iekasētas no Jums.
rejected-stay-points = Pasākumi attiecībā uz Jūsu sludinājumu šajos tirgos paliek spēkā: { $markets }, un tiek piemērots sods { $points ->
    [zero] { $points } punktu
    [one] { $points } punkta
   *[other] { $points } punktu
  } apmērā. Tagad mēs nosūtām paziņojumu par atsaukšanu katram patērētājam, kurš iegādājās produktu šajos tirgos. Patērētājiem piedāvāto risinājumu izmaksas – samaksātā cena un pasūtījuma maksas – tiek iekasētas no Jums.
refused-subject = Pārsūdzība nav pieņemta: lieta { $case }
refused-heading = Jūsu pārsūdzību nevarēja pieņemt
refused = Mēs nevarējām pieņemt Jūsu pārsūdzību lietā { $case }: { $reason }.
refused-deadline = Pārsūdzības termiņš šajā lietā: { $deadline }.
refused-contact = Ja uzskatāt, ka tā ir kļūda, sazinieties ar produktu drošuma nodaļu un norādiet lietas identifikatoru.
refused-no-case = lieta { $case } nepastāv
refused-not-yours = lieta { $case } nav Jūsu lieta: pārsūdzēt var tikai sludinājuma pārdevējs
refused-late = pārsūdzība tika iesniegta pēc termiņa beigām (iesniegta: { $filed }; termiņš: { $deadline }, 7 dienas no paziņojuma par atsaukšanu)
refused-state = lietu { $case } vairs nevar pārsūdzēt
