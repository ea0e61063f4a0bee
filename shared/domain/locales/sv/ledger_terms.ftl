# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = återkallad produkt till salu
violation-recall-evasion = annons publicerad eller redigerad medan den omfattas av en återkallelse
violation-intellectual-property = intrång i immateriella rättigheter
violation-prohibited-item = förbjuden eller begränsad vara
violation-health-and-safety = hälsa och säkerhet
violation-false-information = falsk eller vilseledande information i annonsen
violation-pricing-abuse = missbruk av priser och kampanjer

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Återkallad produkt till salu
violation-recall-evasion-label = Annons publicerad eller redigerad medan den omfattas av en återkallelse
violation-intellectual-property-label = Intrång i immateriella rättigheter
violation-prohibited-item-label = Förbjuden eller begränsad vara
violation-health-and-safety-label = Hälsa och säkerhet
violation-false-information-label = Falsk eller vilseledande information i annonsen
violation-pricing-abuse-label = Missbruk av priser och kampanjer

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Allmän överträdelse
severity-serious-label = Allvarlig överträdelse

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = annons borttagen på alla marknader
sanction-financial-penalty = ekonomisk sanktion
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = ekonomisk sanktion på { $amount }
sanction-shipping-restriction = fraktbegränsning
sanction-account-freeze = konto fryst
sanction-suspension = konto avstängt
sanction-permanent-ban = permanent uteslutning

## The account standings, from best to worst, as names

standing-good = God status
standing-warning = Varning
standing-listing-restrictions = Annonsbegränsningar
standing-shipping-restricted = Begränsad frakt / fryst konto
standing-suspended = Avstängt
standing-terminated = Avslutat

## What each standing means for the seller, in one sentence

consequence-good = Inga begränsningar gäller för ditt konto.
consequence-warning = En formell varning: ytterligare överträdelser leder till begränsningar för ditt konto.
consequence-listing-restrictions = Du kan inte publicera nya annonser eller redigera befintliga förrän dina poäng understiger gränsvärdet.
consequence-shipping-restricted = Dina fraktbehörigheter är begränsade och medlen på ditt konto är frysta.
consequence-suspended = Ditt konto är avstängt: dina annonser är dolda och du kan inte sälja.
consequence-terminated = Ditt konto är avslutat.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } poäng
   *[other] { $points } poäng
  }

## What both emails share

standing-now-heading = Din status nu
standing = Status
what-it-means = Vad det innebär
points-window = Poäng under den rullande 365-dagarsperioden
reason = Orsak
listing = Annons
severity = Allvarlighetsgrad
points-label = Poäng
counts-until = Räknas till och med
case = Ärende
report = Rapport
contest-heading = Så här bestrider du
contest-upheld = Om ditt överklagande bifalls återförs registreringen: dess poäng och dess sanktion räknas inte längre, och vi meddelar dig när din status ändras.
