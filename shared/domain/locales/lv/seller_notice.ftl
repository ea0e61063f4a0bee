# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Produkta atsaukšana drošuma dēļ: { $title } – { $listings ->
    [zero] bloķēti { $listings } sludinājumi
    [one] bloķēts { $listings } sludinājums
   *[other] bloķēti { $listings } sludinājumi
  }, pārsūdzības termiņš { $deadline }
subject-update = Atjauninājums – Produkta atsaukšana drošuma dēļ: { $title } – tagad bloķēts arī tirgos { $markets }, pārsūdzības termiņš { $deadline }
heading = Paziņojums par produkta atsaukšanu drošuma dēļ
heading-update = Atjauninājums: paziņojums par produkta atsaukšanu drošuma dēļ
intro = Uz Jūsu pārdotu produktu attiecas atsaukšana drošuma dēļ. Attiecībā uz Jūsu sludinājumiem esam veikuši tālāk norādītos pasākumus, un Jums tagad ir jārīkojas saistībā ar šo atsaukšanu.
intro-update = Tālāk norādītā atsaukšana tagad attiecas uz vairāk tirgiem, kuros tiek piedāvāti Jūsu sludinājumi. Esam paplašinājuši attiecībā uz tiem veiktos pasākumus.
recall-heading = Atsaukšana
recall = Atsaukšana
recall-id = Atsaukšanas identifikators
reported-by = Ziņoja
risk = Riska līmenis
hazard = Bīstamība
listings-heading = Jūsu skartie sludinājumi
listing-ref = Sludinājums { $listing } · lieta { $case }
why = Kāpēc uz to attiecas atsaukšana
measures = Veiktie pasākumi
penalty = Piemērojamais sods
penalty-points = { $points ->
    [zero] { $points } punkti ({ $severity }), iegrāmatoti Jūsu soda punktu reģistrā; tiks anulēti, ja Jūsu pārsūdzība tiks apmierināta
    [one] { $points } punkts ({ $severity }), iegrāmatots Jūsu soda punktu reģistrā; tiks anulēts, ja Jūsu pārsūdzība tiks apmierināta
   *[other] { $points } punkti ({ $severity }), iegrāmatoti Jūsu soda punktu reģistrā; tiks anulēti, ja Jūsu pārsūdzība tiks apmierināta
  }
penalty-own = nav: Jūs paši ziņojāt par šo sava produkta atsaukšanu, kā to prasa noteikumi, tāpēc par to netiek iegrāmatoti soda punkti
todo-heading = Kas Jums jādara
todo-stop = Pārtrauciet atsauktā produkta pārdošanu skartajos tirgos un nepublicējiet to atkārtoti ne šajā, ne kādā citā sludinājumā.
todo-pull = Izņemiet skartos krājumus un veiciet atsaukšanu tā, kā to prasa piemērojamie tiesību akti un uzraudzības iestāde.
todo-remedies = Esiet gatavi segt patērētājiem piedāvāto risinājumu izmaksas: par katru ar atsaukšanu saistīto naudas atmaksu no Jums tiek iekasēta samaksātā cena un pasūtījuma maksas.
violation-serious = Atsaukta produkta pārdošana ir pārkāpums: 6 punkti par katru sludinājumu (smags pārkāpums), kas kopā ar šo paziņojumu tiek iegrāmatoti Jūsu konta soda punktu reģistrā un tiek anulēti, ja Jūsu pārsūdzība tiek apmierināta.
violation-general = Atsaukta produkta pārdošana ir pārkāpums: 2 punkti par katru sludinājumu (vispārīgs pārkāpums), kas kopā ar šo paziņojumu tiek iegrāmatoti Jūsu konta soda punktu reģistrā un tiek anulēti, ja Jūsu pārsūdzība tiek apmierināta.
violation-own = Jūs paši ziņojāt par šo sava produkta atsaukšanu: par to Jūsu sludinājumiem netiek piemērots sods.
relisting = Produkta atkārtota publicēšana vai sludinājuma rediģēšana, lai izvairītos no atsaukšanas, ir smags pārkāpums (6 punkti).
appeal-heading = Pārsūdzība
appeal = Ja nepiekrītat atsaukšanas pasākumiem vai sodam, iesniedziet pārsūdzību, norādot lietas identifikatoru; termiņš: { $deadline } (7 dienas no šī paziņojuma). Pēc šī termiņa vai tad, ja pārsūdzība tiek noraidīta, mēs nosūtīsim paziņojumu par atsaukšanu katram patērētājam, kurš iegādājās šo produktu.
