# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = takaisinvedettävä tuote myynnissä
violation-recall-evasion = myynti-ilmoitus julkaistu tai sitä muokattu takaisinvedon koskiessa sitä
violation-intellectual-property = immateriaalioikeuksien loukkaus
violation-prohibited-item = kielletty tai rajoitettu tuote
violation-health-and-safety = terveys ja turvallisuus
violation-false-information = virheelliset tai harhaanjohtavat tiedot myynti-ilmoituksessa
violation-pricing-abuse = hinnoittelun ja kampanjoiden väärinkäyttö

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Takaisinvedettävä tuote myynnissä
violation-recall-evasion-label = Myynti-ilmoitus julkaistu tai sitä muokattu takaisinvedon koskiessa sitä
violation-intellectual-property-label = Immateriaalioikeuksien loukkaus
violation-prohibited-item-label = Kielletty tai rajoitettu tuote
violation-health-and-safety-label = Terveys ja turvallisuus
violation-false-information-label = Virheelliset tai harhaanjohtavat tiedot myynti-ilmoituksessa
violation-pricing-abuse-label = Hinnoittelun ja kampanjoiden väärinkäyttö

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Yleinen rikkomus
severity-serious-label = Vakava rikkomus

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = myynti-ilmoitus poistettu kaikilta markkina-alueilta
sanction-financial-penalty = taloudellinen seuraamus
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = taloudellinen seuraamus { $amount }
sanction-shipping-restriction = toimitusrajoitus
sanction-account-freeze = tili jäädytetty
sanction-suspension = tili keskeytetty
sanction-permanent-ban = pysyvä porttikielto

## The account standings, from best to worst, as names

standing-good = Hyvä tila
standing-warning = Varoitus
standing-listing-restrictions = Myynti-ilmoitusten rajoitukset
standing-shipping-restricted = Toimitukset rajoitettu / tili jäädytetty
standing-suspended = Tili keskeytetty
standing-terminated = Tili lopetettu

## What each standing means for the seller, in one sentence

consequence-good = Tiliinne ei kohdistu rajoituksia.
consequence-warning = Virallinen varoitus: uudet rikkomukset johtavat tilinne rajoittamiseen.
consequence-listing-restrictions = Ette voi julkaista uusia myynti-ilmoituksia tai muokata olemassa olevia, ennen kuin pisteenne laskevat raja-arvon alle.
consequence-shipping-restricted = Toimitusoikeuksianne on rajoitettu, ja tilinne varat on jäädytetty.
consequence-suspended = Tilinne on keskeytetty: myynti-ilmoituksenne on piilotettu, ettekä voi myydä.
consequence-terminated = Tilinne on lopetettu.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } piste
   *[other] { $points } pistettä
  }

## What both emails share

standing-now-heading = Tilinne tila nyt
standing = Tila
what-it-means = Mitä se tarkoittaa
points-window = Pisteet liukuvan 365 päivän jakson ajalta
reason = Syy
listing = Myynti-ilmoitus
severity = Vakavuus
points-label = Pisteet
counts-until = Voimassa saakka
case = Tapaus
report = Raportti
contest-heading = Näin voitte kiistää merkinnän
contest-upheld = Jos valituksenne hyväksytään, merkintä perutaan: sen pisteitä ja seuraamusta ei enää oteta huomioon, ja ilmoitamme teille, kun tilinne tila muuttuu.
