# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Rechemarea produsului din motive de siguranță: { $title } – { $listings ->
    [one] { $listings } anunț blocat
    [few] { $listings } anunțuri blocate
   *[other] { $listings } de anunțuri blocate
  }, contestație până la { $deadline }
subject-update = Actualizare – Rechemarea produsului din motive de siguranță: { $title } – acum blocat și pe piețele { $markets }, contestație până la { $deadline }
heading = Notificare de rechemare a produsului din motive de siguranță
heading-update = Actualizare: notificare de rechemare a produsului din motive de siguranță
intro = Un produs pe care îl vindeți face obiectul unei rechemări din motive de siguranță. Am luat măsurile de mai jos cu privire la anunțurile dumneavoastră, iar dumneavoastră trebuie să acționați acum în privința acestei rechemări.
intro-update = Rechemarea de mai jos acoperă acum mai multe piețe pe care sunt oferite anunțurile dumneavoastră. Am extins măsurile aplicate acestora.
recall-heading = Rechemare
recall = Rechemare
recall-id = ID-ul rechemării
reported-by = Raportată de
risk = Nivel de risc
hazard = Pericol
listings-heading = Anunțurile dumneavoastră afectate
listing-ref = Anunțul { $listing } · cazul { $case }
why = De ce corespunde
measures = Măsuri luate
penalty = Sancțiune aplicabilă
penalty-points = { $points } puncte ({ $severity }), înregistrate în registrul de sancțiuni al contului dumneavoastră; anulate dacă contestația dumneavoastră este admisă
penalty-own = niciuna: ați raportat chiar dumneavoastră această rechemare a propriului produs, așa cum prevăd regulile, astfel încât nu se înregistrează niciun punct pentru aceasta
todo-heading = Ce trebuie să faceți
todo-stop = Încetați vânzarea produsului rechemat pe piețele afectate și nu îl publicați din nou, nici prin acest anunț, nici prin oricare alt anunț.
todo-pull = Retrageți stocul afectat și efectuați rechemarea conform cerințelor legislației aplicabile și ale autorității.
todo-remedies = Pregătiți-vă să suportați soluțiile oferite consumatorilor: prețul plătit și taxele comenzii vă sunt imputate pentru fiecare rambursare efectuată ca urmare a rechemării.
violation-serious = Vânzarea unui produs rechemat constituie o încălcare: 6 puncte pe anunț (încălcare gravă), înregistrate în registrul de sancțiuni al contului dumneavoastră odată cu această notificare și anulate dacă contestația dumneavoastră este admisă.
violation-general = Vânzarea unui produs rechemat constituie o încălcare: 2 puncte pe anunț (încălcare generală), înregistrate în registrul de sancțiuni al contului dumneavoastră odată cu această notificare și anulate dacă contestația dumneavoastră este admisă.
violation-own = Ați raportat chiar dumneavoastră această rechemare a propriului produs: pentru aceasta nu se înregistrează nicio sancțiune pentru anunțurile dumneavoastră.
relisting = Republicarea produsului sau modificarea unui anunț pentru a eluda rechemarea constituie o încălcare gravă (6 puncte).
appeal-heading = Contestație
appeal = Dacă nu sunteți de acord cu măsurile de rechemare sau cu sancțiunea, depuneți o contestație până la { $deadline } (7 zile de la această notificare), menționând ID-ul cazului. După această dată sau dacă contestația este respinsă, vom trimite o notificare de rechemare fiecărui consumator care a cumpărat produsul.
