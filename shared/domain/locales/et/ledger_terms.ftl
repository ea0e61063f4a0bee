# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = tagasi kutsutud toode müügil
violation-recall-evasion = kuulutus avaldati või seda muudeti ajal, mil see kuulub tagasikutsumise alla
violation-intellectual-property = intellektuaalomandi õiguste rikkumine
violation-prohibited-item = keelatud või piiratud kaup
violation-health-and-safety = tervis ja ohutus
violation-false-information = vale või eksitav teave kuulutuses
violation-pricing-abuse = hinnastamise ja kampaaniate kuritarvitamine

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Tagasi kutsutud toode müügil
violation-recall-evasion-label = Kuulutus avaldati või seda muudeti ajal, mil see kuulub tagasikutsumise alla
violation-intellectual-property-label = Intellektuaalomandi õiguste rikkumine
violation-prohibited-item-label = Keelatud või piiratud kaup
violation-health-and-safety-label = Tervis ja ohutus
violation-false-information-label = Vale või eksitav teave kuulutuses
violation-pricing-abuse-label = Hinnastamise ja kampaaniate kuritarvitamine

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Üldine rikkumine
severity-serious-label = Raske rikkumine

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = kuulutus eemaldatud kõigilt turgudelt
sanction-financial-penalty = rahaline karistus
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = rahaline karistus summas { $amount }
sanction-shipping-restriction = tarnepiirang
sanction-account-freeze = konto külmutatud
sanction-suspension = konto peatatud
sanction-permanent-ban = alaline keeld

## The account standings, from best to worst, as names

standing-good = Hea seis
standing-warning = Hoiatus
standing-listing-restrictions = Kuulutuste piirangud
standing-shipping-restricted = Tarne piiratud / konto külmutatud
standing-suspended = Peatatud
standing-terminated = Lõpetatud

## What each standing means for the seller, in one sentence

consequence-good = Teie kontole ei kohaldata piiranguid.
consequence-warning = Ametlik hoiatus: edasised rikkumised toovad kaasa Teie konto piiramise.
consequence-listing-restrictions = Te ei saa avaldada uusi kuulutusi ega muuta olemasolevaid, kuni Teie punktid langevad alla piirmäära.
consequence-shipping-restricted = Teie tarneõigused on piiratud ja Teie konto vahendid on külmutatud.
consequence-suspended = Teie konto on peatatud: Teie kuulutused on peidetud ja Te ei saa müüa.
consequence-terminated = Teie konto on lõpetatud.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punkt
   *[other] { $points } punkti
  }

## What both emails share

standing-now-heading = Teie konto praegune seis
standing = Seis
what-it-means = Mida see tähendab
points-window = Punktid libiseva 365 päeva perioodi jooksul
reason = Põhjus
listing = Kuulutus
severity = Raskusaste
points-label = Punktid
counts-until = Arvestatakse kuni
case = Juhtum
report = Rikkumisteade
contest-heading = Kuidas vaidlustada
contest-upheld = Kui Teie vaidlustus rahuldatakse, kanne tühistatakse: selle punkte ja sanktsiooni enam ei arvestata ning anname Teile teada, kui Teie konto seis muutub.
