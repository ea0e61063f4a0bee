# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Tuoteturvallisuuteen liittyvä takaisinveto: { $title } – { $listings ->
    [one] { $listings } myynti-ilmoitus estetty
   *[other] { $listings } myynti-ilmoitusta estetty
  }, valitus viimeistään { $deadline }
subject-update = Päivitys – Tuoteturvallisuuteen liittyvä takaisinveto: { $title } – nyt estetty myös markkina-alueilla { $markets }, valitus viimeistään { $deadline }
heading = Ilmoitus tuoteturvallisuuteen liittyvästä takaisinvedosta
heading-update = Päivitys: ilmoitus tuoteturvallisuuteen liittyvästä takaisinvedosta
intro = Myymänne tuote on tuoteturvallisuuteen liittyvän takaisinvedon kohteena. Olemme toteuttaneet myynti-ilmoituksillenne alla kuvatut toimenpiteet, ja teidän on nyt ryhdyttävä toimiin tämän takaisinvedon johdosta.
intro-update = Alla kuvattu takaisinveto koskee nyt useampia markkina-alueita, joilla myynti-ilmoituksianne on tarjolla. Olemme laajentaneet niihin kohdistuvia toimenpiteitä.
recall-heading = Takaisinveto
recall = Takaisinveto
recall-id = Takaisinvedon tunnus
reported-by = Ilmoittaja
risk = Riskitaso
hazard = Vaara
listings-heading = Myynti-ilmoituksenne, joita asia koskee
listing-ref = Myynti-ilmoitus { $listing } · tapaus { $case }
why = Miksi se vastaa takaisinvetoa
measures = Toteutetut toimenpiteet
penalty = Sovellettava seuraamus
penalty-points = { $points ->
    [one] { $points } piste
   *[other] { $points } pistettä
  } ({ $severity }), kirjattu seuraamuspisterekisteriinne; perutaan, jos valituksenne hyväksytään
penalty-own = ei seuraamusta: ilmoititte itse tästä oman tuotteenne takaisinvedosta, kuten säännöt edellyttävät, joten siitä ei kirjata pisteitä
todo-heading = Mitä teidän on tehtävä
todo-stop = Lopettakaa takaisinvedettävän tuotteen myynti asianomaisilla markkina-alueilla älkääkä asettako sitä uudelleen myyntiin tällä tai millään muulla myynti-ilmoituksella.
todo-pull = Vetäkää asianomaiset varastossa olevat tuotteet pois ja toteuttakaa takaisinveto sovellettavan lainsäädännön ja valvontaviranomaisen edellyttämällä tavalla.
todo-remedies = Varautukaa vastaamaan kuluttajille kuuluvista hyvityksistä: maksettu hinta ja tilauksen maksut veloitetaan teiltä jokaisesta takaisinvedon vuoksi tehdystä rahojen palautuksesta.
violation-serious = Takaisinvedettävän tuotteen myyminen on rikkomus: 6 pistettä myynti-ilmoitusta kohden (vakava rikkomus), jotka kirjataan tilinne seuraamuspisterekisteriin tämän ilmoituksen yhteydessä ja perutaan, jos valituksenne hyväksytään.
violation-general = Takaisinvedettävän tuotteen myyminen on rikkomus: 2 pistettä myynti-ilmoitusta kohden (yleinen rikkomus), jotka kirjataan tilinne seuraamuspisterekisteriin tämän ilmoituksen yhteydessä ja perutaan, jos valituksenne hyväksytään.
violation-own = Ilmoititte itse tästä oman tuotteenne takaisinvedosta: myynti-ilmoituksillenne ei kirjata siitä seuraamusta.
relisting = Tuotteen asettaminen uudelleen myyntiin tai myynti-ilmoituksen muokkaaminen takaisinvedon kiertämiseksi on vakava rikkomus (6 pistettä).
appeal-heading = Valitus
appeal = Jos vastustatte takaisinvetoon liittyviä toimenpiteitä tai seuraamusta, tehkää valitus viimeistään { $deadline } (7 päivää tästä ilmoituksesta) ja mainitkaa tapauksen tunnus. Tämän ajankohdan jälkeen tai jos valitus hylätään, lähetämme takaisinvetoilmoituksen jokaiselle kuluttajalle, joka on ostanut tuotteen.
