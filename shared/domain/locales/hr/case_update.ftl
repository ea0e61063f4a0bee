# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values. Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

case = Predmet
listing = Oglas
recall = Opoziv
markets = Tržišta
appeal-deadline = Rok za žalbu
received-subject = Žalba zaprimljena: predmet { $case }
received-heading = Zaprimili smo Vašu žalbu
received = Vašu smo žalbu zaprimili dana { $filed }. O njoj će odlučiti ocjenjivač, a mi ćemo Vas obavijestiti o ishodu. Do tada mjere na Vašem oglasu ostaju na snazi, a dok je Vaša žalba otvorena, ne kontaktiramo nijednog potrošača.
received-ordered = Vašu smo žalbu zaprimili dana { $filed }. O njoj će odlučiti ocjenjivač, a mi ćemo Vas obavijestiti o ishodu. Do tada mjere na Vašem oglasu ostaju na snazi. Nadležno tijelo naložilo je da se potrošači odmah obavijeste, pa se opoziv prema potrošačima u međuvremenu nastavlja.
grounds = Vaši razlozi: { $grounds }
upheld-subject = Žalba usvojena: predmet { $case } – Vaš je oglas ponovno u prodaji
upheld-heading = Vaša je žalba usvojena
upheld-reason = Ocjenjivač je usvojio Vašu žalbu: { $reason }
upheld-lifted = Ukinuli smo mjere na Vašem oglasu u { $markets }: ondje je ponovno u prodaji.
upheld-points = { $points ->
    [one] Sankcija od { $points } boda povučena je.
    [few] Sankcija od { $points } boda povučena je.
   *[other] Sankcija od { $points } bodova povučena je.
  }
upheld-told = Potrošači su već obaviješteni po nalogu nadležnog tijela.
upheld-not-told = Potrošači neće biti kontaktirani u vezi s ovim predmetom.
rejected-subject = Žalba odbijena: predmet { $case } – počinje opoziv prema potrošačima
rejected-heading = Vaša je žalba odbijena
rejected-reason = Ocjenjivač je odbio Vašu žalbu: { $reason }
rejected-stay = Mjere na Vašem oglasu u { $markets } ostaju na snazi. Sada šaljemo obavijest o opozivu svakom potrošaču koji je kupio proizvod na tim tržištima. Troškovi obeštećenja potrošača — plaćena cijena i naknade za narudžbu — naplaćuju se Vama.
rejected-stay-points = Mjere na Vašem oglasu u { $markets } ostaju na snazi i primjenjuje se sankcija od { $points ->
    [one] { $points } boda
    [few] { $points } boda
   *[other] { $points } bodova
  }. Sada šaljemo obavijest o opozivu svakom potrošaču koji je kupio proizvod na tim tržištima. Troškovi obeštećenja potrošača — plaćena cijena i naknade za narudžbu — naplaćuju se Vama.
refused-subject = Žalba nije prihvaćena: predmet { $case }
refused-heading = Vašu žalbu nije bilo moguće prihvatiti
refused = Nismo mogli prihvatiti Vašu žalbu u predmetu { $case }: { $reason }.
refused-deadline = Rok za žalbu u ovom predmetu: { $deadline }.
refused-contact = Ako smatrate da je riječ o pogrešci, obratite se službi za sigurnost proizvoda i navedite ID predmeta.
refused-no-case = predmet { $case } ne postoji
refused-not-yours = predmet { $case } nije Vaš predmet: žalbu može podnijeti samo prodavatelj koji je objavio oglas
refused-late = žalba je podnesena dana { $filed }, nakon isteka roka { $deadline } (7 dana od obavijesti o opozivu)
refused-state = predmet { $case } više nije otvoren za žalbu
