# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = tilbagekaldt produkt til salg
violation-recall-evasion = annonce offentliggjort eller redigeret, mens en tilbagekaldelse omfatter den
violation-intellectual-property = krænkelse af intellektuelle ejendomsrettigheder
violation-prohibited-item = forbudt eller begrænset vare
violation-health-and-safety = sundhed og sikkerhed
violation-false-information = falske eller vildledende oplysninger i annoncen
violation-pricing-abuse = misbrug af priser og kampagner

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Tilbagekaldt produkt til salg
violation-recall-evasion-label = Annonce offentliggjort eller redigeret, mens en tilbagekaldelse omfatter den
violation-intellectual-property-label = Krænkelse af intellektuelle ejendomsrettigheder
violation-prohibited-item-label = Forbudt eller begrænset vare
violation-health-and-safety-label = Sundhed og sikkerhed
violation-false-information-label = Falske eller vildledende oplysninger i annoncen
violation-pricing-abuse-label = Misbrug af priser og kampagner

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Generel overtrædelse
severity-serious-label = Alvorlig overtrædelse

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = annonce fjernet på alle markeder
sanction-financial-penalty = økonomisk sanktion
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = økonomisk sanktion på { $amount }
sanction-shipping-restriction = forsendelsesbegrænsning
sanction-account-freeze = konto indefrosset
sanction-suspension = konto suspenderet
sanction-permanent-ban = permanent udelukkelse

## The account standings, from best to worst, as names

standing-good = God status
standing-warning = Advarsel
standing-listing-restrictions = Annoncebegrænsninger
standing-shipping-restricted = Begrænset forsendelse / konto indefrosset
standing-suspended = Suspenderet
standing-terminated = Lukket

## What each standing means for the seller, in one sentence

consequence-good = Der gælder ingen begrænsninger for din konto.
consequence-warning = En formel advarsel: Yderligere overtrædelser vil medføre begrænsninger for din konto.
consequence-listing-restrictions = Du kan ikke offentliggøre nye annoncer eller redigere eksisterende, før dine point falder under grænsen.
consequence-shipping-restricted = Dine forsendelsestilladelser er begrænset, og midlerne på din konto er indefrosset.
consequence-suspended = Din konto er suspenderet: Dine annoncer er skjult, og du kan ikke sælge.
consequence-terminated = Din konto er lukket.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } point
   *[other] { $points } point
  }

## What both emails share

standing-now-heading = Din status nu
standing = Status
what-it-means = Hvad det betyder
points-window = Point inden for de løbende 365 dage
reason = Årsag
listing = Annonce
severity = Alvorsgrad
points-label = Point
counts-until = Tæller med til og med
case = Sag
report = Indberetning
contest-heading = Sådan gør du indsigelse
contest-upheld = Hvis du får medhold i din klage, tilbageføres registreringen: Dens point og dens sanktion tæller ikke længere med, og vi giver dig besked, når din status ændres.
