# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values. Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Opoziv proizvoda zbog sigurnosti: { $title } – { $listings ->
    [one] { $listings } oglas blokiran
    [few] { $listings } oglasa blokirana
   *[other] { $listings } oglasa blokirano
  }, žalba do { $deadline }
subject-update = Ažuriranje – Opoziv proizvoda zbog sigurnosti: { $title } – sada blokirano i u { $markets }, žalba do { $deadline }
heading = Obavijest o opozivu proizvoda zbog sigurnosti
heading-update = Ažuriranje: obavijest o opozivu proizvoda zbog sigurnosti
intro = Proizvod koji prodajete podliježe opozivu zbog sigurnosti proizvoda. Na Vašim smo oglasima poduzeli niže navedene mjere, a Vi sada morate postupiti u vezi s tim opozivom.
intro-update = Opoziv naveden u nastavku sada obuhvaća više tržišta na kojima se nude Vaši oglasi. Mjere na tim oglasima proširili smo.
recall-heading = Opoziv
recall = Opoziv
recall-id = ID opoziva
reported-by = Prijavio
risk = Razina rizika
hazard = Opasnost
listings-heading = Vaši obuhvaćeni oglasi
listing-ref = Oglas { $listing } · predmet { $case }
why = Razlog podudaranja
measures = Poduzete mjere
penalty = Primjenjiva sankcija
penalty-points = { $points ->
    [one] { $points } bod
    [few] { $points } boda
   *[other] { $points } bodova
  } ({ $severity }) – upis u Vašu evidenciju kaznenih bodova; poništava se ako Vaša žalba bude usvojena
penalty-own = nema: sami ste prijavili ovaj opoziv vlastitog proizvoda, kako pravila nalažu, pa se za njega ne upisuju bodovi
todo-heading = Što morate učiniti
todo-stop = Prestanite prodavati opozvani proizvod na obuhvaćenim tržištima i nemojte ga ponovno oglašavati, ni u ovom ni u bilo kojem drugom oglasu.
todo-pull = Povucite obuhvaćene zalihe i provedite opoziv kako to zahtijevaju mjerodavno pravo i nadležno tijelo.
todo-remedies = Budite spremni snositi troškove obeštećenja potrošača: plaćena cijena i naknade za narudžbu naplaćuju se Vama za svaki povrat novca zbog opoziva.
violation-serious = Prodaja opozvanog proizvoda predstavlja povredu: 6 bodova po oglasu (teška povreda), koji se ovom obaviješću upisuju u evidenciju kaznenih bodova Vašeg računa i poništavaju ako Vaša žalba bude usvojena.
violation-general = Prodaja opozvanog proizvoda predstavlja povredu: 2 boda po oglasu (opća povreda), koji se ovom obaviješću upisuju u evidenciju kaznenih bodova Vašeg računa i poništavaju ako Vaša žalba bude usvojena.
violation-own = Sami ste prijavili ovaj opoziv vlastitog proizvoda: za njega se na Vašim oglasima ne upisuje nikakva sankcija.
relisting = Ponovno oglašavanje proizvoda ili uređivanje oglasa radi izbjegavanja opoziva teška je povreda (6 bodova).
appeal-heading = Žalba
appeal = Ako se protivite mjerama opoziva ili sankciji, podnesite žalbu do { $deadline } (7 dana od ove obavijesti) i navedite ID predmeta. Nakon tog datuma ili ako žalba bude odbijena, poslat ćemo obavijest o opozivu svakom potrošaču koji je kupio proizvod.
