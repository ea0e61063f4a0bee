# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Hyvityspyyntönne { $request } tilauksesta { $order }: { $status }
heading = Hyvityspyyntönne: { $status }
intro = Olemme tehneet päätöksen hyvityspyynnöstänne, joka koskee tilausta { $order }. Alla on päätös kunkin tuotteen osalta.
items-heading = Tuotteenne
return-label = Palautus
total-refund-label = Hyvitys yhteensä
paid-to-fast-refund-bonus = pikahyvitysbonukseenne (käytettävissä heti, kun hyvitys on maksettu)
paid-to-original-payment = alkuperäiseen maksutapaanne (voi kestää muutaman päivän pidempään, ennen kuin tapahtuma näkyy pankissanne)
paid-now-label = Maksetaan nyt
paid-after-check-label = Maksetaan varaston laatutarkastuksen jälkeen
after-check-note = Palautettujen tuotteiden hyvitys maksetaan heti, kun varasto on saanut palautettujen tuotteiden laatutarkastuksen päätökseen ja tuotteet täyttävät hyvityksen ehdot.
confirmation-to-come = Saatte vahvistuksen, kun hyvitys on maksettu.
confirmed-now = Tämä sähköposti vahvistaa sen: hyvitys on maksettu.
label-heading = Palautustarra
label-granted = Tälle pyynnölle myönnetään ennakkoon maksettu palautustarra. Pakatkaa tuotteet ja lähettäkää ne takaisin tarran avulla palautuslomakkeen ohjeiden mukaisesti.
label-shared-with-order = Tämä pyyntö käyttää samaa ennakkoon maksettua palautustarraa, joka on jo myönnetty tälle tilaukselle: palauttakaa kaikki tilauksen palautettavat tuotteet yhdessä paketissa. Jos lähetätte tarralla vain osan niistä, saatatte joutua maksamaan muiden lähetyskulut.
label-refused-monthly-limit = Ei ennakkoon maksettua palautustarraa: olette jo saaneet tänä kalenterikuukautena enimmäismäärän eli kolme (3) ennakkoon maksettua palautustarraa. Kunkin tuotteen palautuksen maksaja näkyy yllä.
label-pickup-suspended = Ei ennakkoon maksettua palautustarraa: palautuspakettipalvelut on tällä hetkellä keskeytetty toimitusosoitteessanne. Kunkin tuotteen palautuksen maksaja näkyy yllä.
request-refused-under-rules = Pyyntö hylättiin seuraavien sääntöjen perusteella
