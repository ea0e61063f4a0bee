# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = stažený výrobek v prodeji
violation-recall-evasion = nabídka zveřejněná nebo upravená v době, kdy se na ni vztahuje stažení výrobku
violation-intellectual-property = porušení práv duševního vlastnictví
violation-prohibited-item = zakázaná nebo omezená položka
violation-health-and-safety = zdraví a bezpečnost
violation-false-information = nepravdivé nebo zavádějící informace v nabídce
violation-pricing-abuse = zneužívání cen a propagačních akcí

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Stažený výrobek v prodeji
violation-recall-evasion-label = Nabídka zveřejněná nebo upravená v době, kdy se na ni vztahuje stažení výrobku
violation-intellectual-property-label = Porušení práv duševního vlastnictví
violation-prohibited-item-label = Zakázaná nebo omezená položka
violation-health-and-safety-label = Zdraví a bezpečnost
violation-false-information-label = Nepravdivé nebo zavádějící informace v nabídce
violation-pricing-abuse-label = Zneužívání cen a propagačních akcí

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Obecné porušení
severity-serious-label = Závažné porušení

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = odstranění nabídky na všech trzích
sanction-financial-penalty = finanční sankce
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = finanční sankce ve výši { $amount }
sanction-shipping-restriction = omezení odesílání
sanction-account-freeze = zmrazení účtu
sanction-suspension = pozastavení účtu
sanction-permanent-ban = trvalé zablokování účtu

## The account standings, from best to worst, as names

standing-good = Dobrý stav
standing-warning = Varování
standing-listing-restrictions = Omezení nabídek
standing-shipping-restricted = Omezené odesílání / zmrazený účet
standing-suspended = Pozastavený účet
standing-terminated = Ukončený účet

## What each standing means for the seller, in one sentence

consequence-good = Na Váš účet se nevztahuje žádné omezení.
consequence-warning = Formální varování: další porušení povedou k omezení Vašeho účtu.
consequence-listing-restrictions = Dokud Vaše body neklesnou pod prahovou hodnotu, nemůžete zveřejňovat nové nabídky ani upravovat stávající.
consequence-shipping-restricted = Vaše oprávnění k odesílání jsou omezena a prostředky na Vašem účtu jsou zmrazeny.
consequence-suspended = Váš účet je pozastaven: Vaše nabídky jsou skryté a nemůžete prodávat.
consequence-terminated = Váš účet je ukončen.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } bod
    [few] { $points } body
    [many] { $points } bodu
   *[other] { $points } bodů
  }

## What both emails share

standing-now-heading = Aktuální stav Vašeho účtu
standing = Stav účtu
what-it-means = Co to znamená
points-window = Body za klouzavé období 365 dnů
reason = Důvod
listing = Nabídka
severity = Závažnost
points-label = Body
counts-until = Započítává se do
case = Případ
report = Hlášení
contest-heading = Jak podat námitku
contest-upheld = Bude-li Vašemu odvolání vyhověno, záznam se zruší: jeho body ani sankce se již nezapočítávají a o změně stavu Vašeho účtu Vás budeme informovat.
