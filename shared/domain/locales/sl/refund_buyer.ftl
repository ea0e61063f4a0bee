# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code). Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Vaša zahteva za vračilo kupnine { $request } za naročilo { $order }: { $status }
heading = Vaša zahteva za vračilo kupnine: { $status }
intro = O vaši zahtevi za vračilo kupnine za naročilo { $order } smo odločili. Spodaj je odločitev za vsak izdelek.
items-heading = Vaši izdelki
return-label = Vračilo izdelka
total-refund-label = Skupno vračilo kupnine
paid-to-fast-refund-bonus = vaš bonus za hitro vračilo kupnine (na voljo za porabo takoj, ko je kupnina vrnjena)
paid-to-original-payment = vaše prvotno plačilno sredstvo (vaša banka bo morda potrebovala še nekaj dni, da prikaže transakcijo)
paid-now-label = Izplača se zdaj
paid-after-check-label = Izplača se po kontroli kakovosti v skladišču
after-check-note = Kupnina za vrnjene izdelke se izplača takoj, ko je kontrola kakovosti vrnjenih izdelkov v skladišču končana in ti izpolnjujejo pogoje za vračilo kupnine.
confirmation-to-come = Ko bo kupnina vrnjena, boste prejeli potrditev.
confirmed-now = To sporočilo potrjuje: kupnina je vrnjena.
label-heading = Nalepka za vračilo
label-granted = Za to zahtevo je izdana predplačana nalepka za vračilo. Izdelke zapakirajte in jih z njo pošljite nazaj po navodilih na obrazcu za vračilo.
label-shared-with-order = Ta zahteva si deli predplačano nalepko za vračilo, ki je bila za to naročilo že izdana: prosimo, vse vrnjene izdelke iz naročila vrnite v enem paketu. Če z nalepko pošljete le del izdelkov, boste morda morali plačati pošiljanje ostalih.
label-refused-monthly-limit = Brez predplačane nalepke za vračilo: v tem koledarskem mesecu ste že prejeli največje število, tri (3) predplačane nalepke za vračilo. Kdo plača vračilo posameznega izdelka, je navedeno zgoraj.
label-pickup-suspended = Brez predplačane nalepke za vračilo: storitve vračanja pošiljk so na vašem naslovu dostave trenutno začasno ustavljene. Kdo plača vračilo posameznega izdelka, je navedeno zgoraj.
request-refused-under-rules = Zahteva je bila zavrnjena na podlagi pravil
