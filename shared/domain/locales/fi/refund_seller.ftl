# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Hyvityspyyntö { $request } tilauksesta { $order }: { $status }
heading = Myynti-ilmoituksianne koskeva hyvityspyyntö: { $status }
intro = Ostaja pyysi hyvitystä tilauksesta { $order }. Alla on päätös pyyntöön sisältyvien myynti-ilmoitustenne osalta.
items-heading = Myynti-ilmoituksenne tässä pyynnössä
items-back-label = Tuotteiden palautus teille
recall-refund-charged-to-you = Tämä on tuotteen takaisinvetoon liittyvä hyvitys: se veloitetaan teiltä.
summary-heading = Teitä koskevat tiedot
refunded-on-yours-label = Hyvitetty myynti-ilmoituksistanne
charged-to-you-label = Veloitetaan teiltä (tuotteen takaisinveto)
items-come-back = Tuotteita palautetaan teille: katsokaa kunkin myynti-ilmoituksen palautus yltä.
no-item-comes-back = Teille ei palauteta yhtään tuotetta.
none-of-your-listings = Tämä pyyntö ei koske yhtään myynti-ilmoitustanne.
what-you-can-do-heading = Mitä voitte tehdä
respond-to-buyer = Vastatkaa ostajalle myyjäkeskuksen kautta (tilaus { $order }) ja tarjotkaa ratkaisua tai selittäkää kantanne.
after-sales-dispute = Pyyntö, josta te ja ostaja ette pääse sopuun, siirtyy alustalle ostonjälkeisenä riita-asiana, ja alusta ratkaisee sen.
buyer-rights-bind-you = Ohjelma ei koskaan rajoita ostajan lakisääteisiä oikeuksia: teitä sitovat edelleen ostajan asuinmaan lakisääteistä takuuta ja palautuksia koskevat säännöt.
