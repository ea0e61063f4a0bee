# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Tapaus
listing = Myynti-ilmoitus
recall = Takaisinveto
markets = Markkina-alueet
appeal-deadline = Valituksen määräaika
received-subject = Valitus vastaanotettu: tapaus { $case }
received-heading = Olemme vastaanottaneet valituksenne
received = Vastaanotimme valituksenne { $filed }. Käsittelijä ratkaisee sen, ja ilmoitamme teille lopputuloksesta. Myynti-ilmoitukseenne kohdistuvat toimenpiteet pysyvät voimassa siihen asti, eikä kuluttajiin oteta yhteyttä niin kauan kuin valituksenne on käsittelyssä.
received-ordered = Vastaanotimme valituksenne { $filed }. Käsittelijä ratkaisee sen, ja ilmoitamme teille lopputuloksesta. Myynti-ilmoitukseenne kohdistuvat toimenpiteet pysyvät voimassa siihen asti. Valvontaviranomainen määräsi kuluttajille ilmoitettavaksi välittömästi, joten kuluttajiin kohdistuva takaisinveto jatkuu sillä välin.
grounds = Perustelunne: { $grounds }
upheld-subject = Valitus hyväksytty: tapaus { $case } – myynti-ilmoituksenne on jälleen myynnissä
upheld-heading = Valituksenne on hyväksytty
upheld-reason = Käsittelijä hyväksyi valituksenne: { $reason }
upheld-lifted = Olemme poistaneet myynti-ilmoitukseenne kohdistuneet toimenpiteet markkina-alueilla { $markets }: se on siellä jälleen myynnissä.
upheld-points = { $points } pisteen seuraamus perutaan.
upheld-told = Kuluttajille on jo ilmoitettu valvontaviranomaisen määräyksestä.
upheld-not-told = Kuluttajiin ei oteta yhteyttä tämän tapauksen vuoksi.
rejected-subject = Valitus hylätty: tapaus { $case } – kuluttajiin kohdistuva takaisinveto alkaa
rejected-heading = Valituksenne on hylätty
rejected-reason = Käsittelijä hylkäsi valituksenne: { $reason }
rejected-stay = Myynti-ilmoitukseenne kohdistuvat toimenpiteet markkina-alueilla { $markets } pysyvät voimassa. Lähetämme nyt takaisinvetoilmoituksen jokaiselle kuluttajalle, joka on ostanut tuotteen näillä markkina-alueilla. Kuluttajille kuuluvat hyvitykset – maksettu hinta ja tilauksen maksut – veloitetaan teiltä.
rejected-stay-points = Myynti-ilmoitukseenne kohdistuvat toimenpiteet markkina-alueilla { $markets } pysyvät voimassa, ja { $points } pisteen seuraamusta sovelletaan. Lähetämme nyt takaisinvetoilmoituksen jokaiselle kuluttajalle, joka on ostanut tuotteen näillä markkina-alueilla. Kuluttajille kuuluvat hyvitykset – maksettu hinta ja tilauksen maksut – veloitetaan teiltä.
refused-subject = Valitusta ei otettu käsiteltäväksi: tapaus { $case }
refused-heading = Valitustanne ei voitu ottaa käsiteltäväksi
refused = Emme voineet ottaa valitustanne käsiteltäväksi tapauksessa { $case }: { $reason }.
refused-deadline = Valituksen määräaika tässä tapauksessa: { $deadline }.
refused-contact = Jos katsotte, että kyseessä on virhe, ottakaa yhteyttä tuoteturvallisuuspalveluun ja mainitkaa tapauksen tunnus.
refused-no-case = tapausta { $case } ei ole olemassa
refused-not-yours = tapaus { $case } ei ole teidän tapauksenne: vain myynti-ilmoituksen myyjä voi valittaa
refused-late = valitus tehtiin { $filed } eli määräajan päättymisen jälkeen (määräaika { $deadline }, 7 päivää takaisinvetoilmoituksesta)
refused-state = tapauksessa { $case } ei voi enää valittaa
