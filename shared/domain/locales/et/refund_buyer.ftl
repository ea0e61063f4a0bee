# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Teie raha tagastamise taotlus { $request } tellimuse { $order } kohta: { $status }
heading = Teie raha tagastamise taotlus: { $status }
intro = Oleme teinud otsuse Teie raha tagastamise taotluse kohta, mis puudutab tellimust { $order }. Allpool on otsus iga kauba kohta.
items-heading = Teie kaubad
return-label = Tagastamine
total-refund-label = Tagastatav summa kokku
paid-to-fast-refund-bonus = Teie kiirtagastuse boonusele (kohe kasutatav, kui raha on tagastatud)
paid-to-original-payment = Teie algsele makseviisile (Teie pangal võib tehingu kuvamiseks kuluda veel mõni päev)
paid-now-label = Makstakse kohe
paid-after-check-label = Makstakse pärast lao kvaliteedikontrolli
after-check-note = Tagastatud kaupade eest makstakse raha tagasi niipea, kui ladu on tagastatud kaupade kvaliteedikontrolli lõpetanud ja need vastavad raha tagastamise tingimustele.
confirmation-to-come = Saate kinnituse, kui raha on tagastatud.
confirmed-now = See e-kiri on kinnitus: raha on tagastatud.
label-heading = Tagastussilt
label-granted = Selle taotluse jaoks väljastatakse ettemakstud tagastussilt. Pakkige kaubad ja saatke need sildiga tagasi, järgides tagastusvormil olevaid juhiseid.
label-shared-with-order = Selle taotluse puhul kasutatakse sama ettemakstud tagastussilti, mis on selle tellimuse jaoks juba väljastatud: tagastage palun kõik tellimuse tagastatavad kaubad ühes pakis. Kui saadate sildiga ainult osa neist, võite pidada ülejäänute saatmise eest ise maksma.
label-refused-monthly-limit = Ettemakstud tagastussilti ei väljastata: olete sel kalendrikuul juba saanud maksimaalse arvu ehk kolm (3) ettemakstud tagastussilti. Kes iga kauba tagastamise eest maksab, on näidatud eespool.
label-pickup-suspended = Ettemakstud tagastussilti ei väljastata: tagastuspakkide teenused on Teie tarneaadressil praegu peatatud. Kes iga kauba tagastamise eest maksab, on näidatud eespool.
request-refused-under-rules = Taotlus lükati tagasi järgmiste reeglite alusel
