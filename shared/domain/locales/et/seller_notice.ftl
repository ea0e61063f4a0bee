# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Tooteohutusega seotud tagasikutsumine: { $title } – { $listings ->
    [one] { $listings } kuulutus blokeeritud
   *[other] { $listings } kuulutust blokeeritud
  }, vaidlustamise tähtaeg { $deadline }
subject-update = Uuendus – Tooteohutusega seotud tagasikutsumine: { $title } – nüüd blokeeritud ka turgudel { $markets }, vaidlustamise tähtaeg { $deadline }
heading = Teade tooteohutusega seotud tagasikutsumise kohta
heading-update = Uuendus: teade tooteohutusega seotud tagasikutsumise kohta
intro = Teie müüdavat toodet puudutab tooteohutusega seotud tagasikutsumine. Oleme rakendanud Teie kuulutuste suhtes allpool kirjeldatud meetmed ja Te peate selle tagasikutsumise tõttu kohe tegutsema.
intro-update = Allpool kirjeldatud tagasikutsumine hõlmab nüüd rohkem turge, kus Teie kuulutusi pakutakse. Oleme laiendanud nende suhtes rakendatud meetmeid.
recall-heading = Tagasikutsumine
recall = Tagasikutsumine
recall-id = Tagasikutsumise tunnus
reported-by = Teataja
risk = Riskitase
hazard = Oht
listings-heading = Teie asjaomased kuulutused
listing-ref = Kuulutus { $listing } · juhtum { $case }
why = Miks see tagasikutsumise alla kuulub
measures = Rakendatud meetmed
penalty = Kohaldatav karistus
penalty-points = { $points ->
    [one] { $points } punkt
   *[other] { $points } punkti
  } ({ $severity }), kantud Teie karistuspunktide registrisse; tühistatakse, kui Teie vaidlustus rahuldatakse
penalty-own = puudub: teatasite ise oma toote tagasikutsumisest, nagu reeglid nõuavad, seega ei kanta selle eest punkte
todo-heading = Mida peate tegema
todo-stop = Lõpetage tagasi kutsutud toote müümine asjaomastel turgudel ja ärge pange seda uuesti müüki, ei selle ega ühegi muu kuulutuse all.
todo-pull = Eemaldage asjaomased laovarud ja viige tagasikutsumine läbi nii, nagu kohaldatav õigus ja järelevalveasutus nõuavad.
todo-remedies = Olge valmis kandma tarbijatele pakutavate lahenduste kulud: makstud hind ja tellimuse tasud nõutakse Teilt sisse iga tagasikutsumisega seotud raha tagastamise eest.
violation-serious = Tagasi kutsutud toote müümine on rikkumine: 6 punkti kuulutuse kohta (raske rikkumine), mis kantakse koos selle teatega Teie konto karistuspunktide registrisse ja tühistatakse, kui Teie vaidlustus rahuldatakse.
violation-general = Tagasi kutsutud toote müümine on rikkumine: 2 punkti kuulutuse kohta (üldine rikkumine), mis kantakse koos selle teatega Teie konto karistuspunktide registrisse ja tühistatakse, kui Teie vaidlustus rahuldatakse.
violation-own = Teatasite ise oma toote tagasikutsumisest: Teie kuulutustele ei määrata selle eest karistust.
relisting = Toote uuesti müüki panemine või kuulutuse muutmine tagasikutsumisest kõrvalehoidmiseks on raske rikkumine (6 punkti).
appeal-heading = Vaidlustamine
appeal = Kui Te ei nõustu tagasikutsumisega seotud meetmete või karistusega, esitage vaidlustus ja märkige selles juhtumi tunnus; tähtaeg: { $deadline } (7 päeva selle teate kuupäevast). Pärast seda tähtaega või kui vaidlustus jäetakse rahuldamata, saadame tagasikutsumise teate igale tarbijale, kes toote ostis.
