# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = teruggeroepen product te koop
violation-recall-evasion = advertentie gepubliceerd of gewijzigd terwijl er een terugroepactie voor geldt
violation-intellectual-property = inbreuk op intellectuele eigendom
violation-prohibited-item = verboden of aan beperkingen onderworpen artikel
violation-health-and-safety = gezondheid en veiligheid
violation-false-information = onjuiste of misleidende informatie in de advertentie
violation-pricing-abuse = misbruik van prijzen en promoties

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Teruggeroepen product te koop
violation-recall-evasion-label = Advertentie gepubliceerd of gewijzigd terwijl er een terugroepactie voor geldt
violation-intellectual-property-label = Inbreuk op intellectuele eigendom
violation-prohibited-item-label = Verboden of aan beperkingen onderworpen artikel
violation-health-and-safety-label = Gezondheid en veiligheid
violation-false-information-label = Onjuiste of misleidende informatie in de advertentie
violation-pricing-abuse-label = Misbruik van prijzen en promoties

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Algemene overtreding
severity-serious-label = Ernstige overtreding

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = advertentie in alle markten verwijderd
sanction-financial-penalty = financiële sanctie
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = financiële sanctie van { $amount }
sanction-shipping-restriction = verzendbeperking
sanction-account-freeze = account bevroren
sanction-suspension = account opgeschort
sanction-permanent-ban = permanente uitsluiting

## The account standings, from best to worst, as names

standing-good = Goede status
standing-warning = Waarschuwing
standing-listing-restrictions = Advertentiebeperkingen
standing-shipping-restricted = Verzending beperkt / account bevroren
standing-suspended = Opgeschort
standing-terminated = Beëindigd

## What each standing means for the seller, in one sentence

consequence-good = Er geldt geen beperking voor uw account.
consequence-warning = Een formele waarschuwing: bij verdere overtredingen wordt uw account beperkt.
consequence-listing-restrictions = U kunt geen nieuwe advertenties publiceren en geen bestaande wijzigen totdat uw punten onder de drempel zijn gedaald.
consequence-shipping-restricted = Uw verzendrechten zijn beperkt en het tegoed van uw account is bevroren.
consequence-suspended = Uw account is opgeschort: uw advertenties zijn verborgen en u kunt niet verkopen.
consequence-terminated = Uw account is beëindigd.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punt
   *[other] { $points } punten
  }

## What both emails share

standing-now-heading = Uw huidige status
standing = Status
what-it-means = Wat dit betekent
points-window = Punten in de voortschrijdende periode van 365 dagen
reason = Reden
listing = Advertentie
severity = Ernst
points-label = Punten
counts-until = Telt mee tot en met
case = Dossier
report = Melding
contest-heading = Zo maakt u bezwaar
contest-upheld = Als uw bezwaar wordt toegewezen, wordt de boeking teruggedraaid: de punten en de sanctie ervan tellen niet meer mee, en wij laten u weten wanneer uw status verandert.
