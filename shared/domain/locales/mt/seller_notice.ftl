# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Sejħa lura ta' prodott minħabba s-sikurezza: { $title } – { $listings ->
    [one] { $listings } inserzjoni imblukkata
    [two] { $listings } inserzjonijiet imblukkati
    [few] { $listings } inserzjonijiet imblukkati
    [many] { $listings } inserzjoni imblukkata
   *[other] { $listings } inserzjoni imblukkata
  }, appell sa { $deadline }
subject-update = Aġġornament – Sejħa lura ta' prodott minħabba s-sikurezza: { $title } – issa imblukkat ukoll fis-swieq { $markets }, appell sa { $deadline }
heading = Avviż ta' sejħa lura ta' prodott minħabba s-sikurezza
heading-update = Aġġornament: avviż ta' sejħa lura ta' prodott minħabba s-sikurezza
intro = Prodott li tbigħ huwa soġġett għal sejħa lura minħabba s-sikurezza. Ħadna l-miżuri hawn taħt fuq l-inserzjonijiet tiegħek, u trid tieħu azzjoni issa fuq din is-sejħa lura.
intro-update = Is-sejħa lura hawn taħt issa tkopri aktar swieq fejn huma offruti l-inserzjonijiet tiegħek. Estendejna l-miżuri fuqhom.
recall-heading = Sejħa lura
recall = Sejħa lura
recall-id = Identifikatur tas-sejħa lura
reported-by = Irrappurtata minn
risk = Livell ta' riskju
hazard = Periklu
listings-heading = L-inserzjonijiet tiegħek affettwati
listing-ref = Inserzjoni { $listing } · każ { $case }
why = Għaliex taqbel
measures = Miżuri meħuda
penalty = Penali applikabbli
penalty-points = { $points } punti ({ $severity }), irreġistrati fir-reġistru tal-penali tiegħek; jitħassru jekk l-appell tiegħek jintlaqa'
penalty-own = xejn: int stess irrappurtajt din is-sejħa lura tal-prodott tiegħek, kif jitolbu r-regoli, għalhekk ma jiġu rreġistrati l-ebda punti għaliha
todo-heading = X'għandek tagħmel
todo-stop = Ieqaf milli tbigħ il-prodott li qed jissejjaħ lura fis-swieq affettwati u terġax tpoġġih għall-bejgħ, la taħt din l-inserzjoni u lanqas taħt xi inserzjoni oħra.
todo-pull = Iġbed lura l-istokk affettwat u wettaq is-sejħa lura kif jitolbu l-liġi applikabbli u l-awtorità.
todo-remedies = Kun lest li ġġorr ir-rimedji tal-konsumaturi: il-prezz imħallas u t-tariffi tal-ordni jiġu ddebitati lilek għal kull rimborż minħabba sejħa lura.
violation-serious = Il-bejgħ ta' prodott li qed jissejjaħ lura huwa ksur: 6 punti għal kull inserzjoni (ksur serju), irreġistrati fir-reġistru tal-penali tal-kont tiegħek ma' dan l-avviż u mħassra jekk l-appell tiegħek jintlaqa'.
violation-general = Il-bejgħ ta' prodott li qed jissejjaħ lura huwa ksur: 2 punti għal kull inserzjoni (ksur ġenerali), irreġistrati fir-reġistru tal-penali tal-kont tiegħek ma' dan l-avviż u mħassra jekk l-appell tiegħek jintlaqa'.
violation-own = Int stess irrappurtajt din is-sejħa lura tal-prodott tiegħek: ma tiġi rreġistrata l-ebda penali fuq l-inserzjonijiet tiegħek minħabba fiha.
relisting = Li terġa' tpoġġi l-prodott għall-bejgħ jew li tibdel inserzjoni biex tevadi s-sejħa lura huwa ksur serju (6 punti).
appeal-heading = Appell
appeal = Jekk toġġezzjona għall-miżuri tas-sejħa lura jew għall-penali, ippreżenta appell sa { $deadline } (7 ijiem minn dan l-avviż), billi ssemmi l-identifikatur tal-każ. Wara dik id-data, jew jekk l-appell jiġi miċħud, nibagħtu avviż ta' sejħa lura lil kull konsumatur li xtara l-prodott.
