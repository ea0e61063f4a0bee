# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = spätne preberaný výrobok v predaji
violation-recall-evasion = ponuka zverejnená alebo upravená v čase, keď sa na ňu vzťahuje spätné prevzatie
violation-intellectual-property = porušenie práv duševného vlastníctva
violation-prohibited-item = zakázaná alebo obmedzená položka
violation-health-and-safety = zdravie a bezpečnosť
violation-false-information = nepravdivé alebo zavádzajúce informácie v ponuke
violation-pricing-abuse = zneužívanie cien a propagačných akcií

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Spätne preberaný výrobok v predaji
violation-recall-evasion-label = Ponuka zverejnená alebo upravená v čase, keď sa na ňu vzťahuje spätné prevzatie
violation-intellectual-property-label = Porušenie práv duševného vlastníctva
violation-prohibited-item-label = Zakázaná alebo obmedzená položka
violation-health-and-safety-label = Zdravie a bezpečnosť
violation-false-information-label = Nepravdivé alebo zavádzajúce informácie v ponuke
violation-pricing-abuse-label = Zneužívanie cien a propagačných akcií

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Všeobecné porušenie
severity-serious-label = Závažné porušenie

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = odstránenie ponuky na všetkých trhoch
sanction-financial-penalty = finančná sankcia
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = finančná sankcia vo výške { $amount }
sanction-shipping-restriction = obmedzenie odosielania
sanction-account-freeze = zmrazenie účtu
sanction-suspension = pozastavenie účtu
sanction-permanent-ban = trvalé zablokovanie účtu

## The account standings, from best to worst, as names

standing-good = Dobrý stav
standing-warning = Varovanie
standing-listing-restrictions = Obmedzenie ponúk
standing-shipping-restricted = Obmedzené odosielanie / zmrazený účet
standing-suspended = Pozastavený účet
standing-terminated = Ukončený účet

## What each standing means for the seller, in one sentence

consequence-good = Na Váš účet sa nevzťahuje žiadne obmedzenie.
consequence-warning = Formálne varovanie: ďalšie porušenia povedú k obmedzeniu Vášho účtu.
consequence-listing-restrictions = Kým Vaše body neklesnú pod prahovú hodnotu, nemôžete zverejňovať nové ponuky ani upravovať existujúce.
consequence-shipping-restricted = Vaše oprávnenia na odosielanie sú obmedzené a prostriedky na Vašom účte sú zmrazené.
consequence-suspended = Váš účet je pozastavený: Vaše ponuky sú skryté a nemôžete predávať.
consequence-terminated = Váš účet je ukončený.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } bod
    [few] { $points } body
    [many] { $points } bodu
   *[other] { $points } bodov
  }

## What both emails share

standing-now-heading = Aktuálny stav Vášho účtu
standing = Stav účtu
what-it-means = Čo to znamená
points-window = Body za kĺzavé obdobie 365 dní
reason = Dôvod
listing = Ponuka
severity = Závažnosť
points-label = Body
counts-until = Započítava sa do
case = Prípad
report = Hlásenie
contest-heading = Ako podať námietku
contest-upheld = Ak bude Vášmu odvolaniu vyhovené, záznam sa zruší: jeho body ani sankcia sa už nezapočítavajú a o zmene stavu Vášho účtu Vás budeme informovať.
