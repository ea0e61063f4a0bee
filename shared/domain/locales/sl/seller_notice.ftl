# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values. Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Odpoklic izdelka iz varnostnih razlogov: { $title } – { $listings ->
    [one] { $listings } ponudba blokirana
    [two] { $listings } ponudbi blokirani
    [few] { $listings } ponudbe blokirane
   *[other] { $listings } ponudb blokiranih
  }, pritožba do { $deadline }
subject-update = Posodobitev – Odpoklic izdelka iz varnostnih razlogov: { $title } – zdaj blokirano tudi v { $markets }, pritožba do { $deadline }
heading = Obvestilo o odpoklicu izdelka iz varnostnih razlogov
heading-update = Posodobitev: obvestilo o odpoklicu izdelka iz varnostnih razlogov
intro = Za izdelek, ki ga prodajate, velja odpoklic zaradi varnosti izdelkov. Pri vaših ponudbah smo sprejeli spodnje ukrepe, vi pa morate v zvezi s tem odpoklicem zdaj ukrepati.
intro-update = Spodnji odpoklic zdaj zajema več trgov, na katerih so objavljene vaše ponudbe. Ukrepe za te ponudbe smo razširili.
recall-heading = Odpoklic
recall = Odpoklic
recall-id = ID odpoklica
reported-by = Prijavil
risk = Stopnja tveganja
hazard = Nevarnost
listings-heading = Vaše zadevne ponudbe
listing-ref = Ponudba { $listing } · primer { $case }
why = Razlog ujemanja
measures = Sprejeti ukrepi
penalty = Veljavna kazen
penalty-points = { $points ->
    [one] { $points } točka
    [two] { $points } točki
    [few] { $points } točke
   *[other] { $points } točk
  } ({ $severity }) – vpis v vašo evidenco kazenskih točk; razveljavi se, če bo vaši pritožbi ugodeno
penalty-own = brez: ta odpoklic lastnega izdelka ste prijavili sami, kot zahtevajo pravila, zato zanj niso vpisane nobene točke
todo-heading = Kaj morate storiti
todo-stop = Na zadevnih trgih prenehajte prodajati odpoklicani izdelek in ga ne ponudite znova, niti v tej niti v kateri koli drugi ponudbi.
todo-pull = Umaknite zadevno zalogo iz prodaje in izvedite odpoklic, kot zahtevata veljavna zakonodaja in pristojni organ.
todo-remedies = Bodite pripravljeni nositi stroške rešitev za potrošnike: plačana kupnina in pristojbine za naročilo se vam zaračunajo za vsako vračilo kupnine zaradi odpoklica.
violation-serious = Prodaja odpoklicanega izdelka je kršitev: 6 točk na ponudbo (huda kršitev), ki se s tem obvestilom vpišejo v evidenco kazenskih točk vašega računa in se razveljavijo, če bo vaši pritožbi ugodeno.
violation-general = Prodaja odpoklicanega izdelka je kršitev: 2 točki na ponudbo (splošna kršitev), ki se s tem obvestilom vpišeta v evidenco kazenskih točk vašega računa in se razveljavita, če bo vaši pritožbi ugodeno.
violation-own = Ta odpoklic lastnega izdelka ste prijavili sami: zanj pri vaših ponudbah ni vpisana nobena kazen.
relisting = Ponovna objava izdelka ali urejanje ponudbe z namenom izogibanja odpoklicu je huda kršitev (6 točk).
appeal-heading = Pritožba
appeal = Če se ne strinjate z ukrepi v zvezi z odpoklicem ali s kaznijo, vložite pritožbo do { $deadline } (7 dni od tega obvestila) in navedite ID primera. Po tem datumu ali če bo pritožba zavrnjena, bomo obvestilo o odpoklicu poslali vsakemu potrošniku, ki je izdelek kupil.
