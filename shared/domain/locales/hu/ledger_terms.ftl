# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = visszahívott termék értékesítése
violation-recall-evasion = hirdetés közzététele vagy módosítása, miközben visszahívás vonatkozik rá
violation-intellectual-property = szellemitulajdon-jogok megsértése
violation-prohibited-item = tiltott vagy korlátozott termék
violation-health-and-safety = egészség és biztonság
violation-false-information = hamis vagy félrevezető hirdetési információ
violation-pricing-abuse = visszaélés az árazással és a promóciókkal

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Visszahívott termék értékesítése
violation-recall-evasion-label = Hirdetés közzététele vagy módosítása, miközben visszahívás vonatkozik rá
violation-intellectual-property-label = Szellemitulajdon-jogok megsértése
violation-prohibited-item-label = Tiltott vagy korlátozott termék
violation-health-and-safety-label = Egészség és biztonság
violation-false-information-label = Hamis vagy félrevezető hirdetési információ
violation-pricing-abuse-label = Visszaélés az árazással és a promóciókkal

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Általános szabályszegés
severity-serious-label = Súlyos szabályszegés

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = a hirdetés eltávolítása minden piacról
sanction-financial-penalty = pénzbírság
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = { $amount } összegű pénzbírság
sanction-shipping-restriction = szállítási korlátozás
sanction-account-freeze = a fiók befagyasztása
sanction-suspension = a fiók felfüggesztése
sanction-permanent-ban = végleges kitiltás

## The account standings, from best to worst, as names

standing-good = Kifogástalan
standing-warning = Figyelmeztetés
standing-listing-restrictions = Hirdetési korlátozások
standing-shipping-restricted = Szállítás korlátozva / fiók befagyasztva
standing-suspended = Felfüggesztve
standing-terminated = Megszüntetve

## What each standing means for the seller, in one sentence

consequence-good = Fiókjára semmilyen korlátozás nem vonatkozik.
consequence-warning = Hivatalos figyelmeztetés: további szabályszegések esetén fiókját korlátozzuk.
consequence-listing-restrictions = Nem tehet közzé új hirdetéseket, és nem módosíthatja a meglévőket, amíg büntetőpontjai a küszöbérték alá nem csökkennek.
consequence-shipping-restricted = Szállítási jogosultságai korlátozva vannak, fiókja pénzeszközeit pedig befagyasztottuk.
consequence-suspended = Fiókja fel van függesztve: hirdetései rejtve vannak, és nem értékesíthet.
consequence-terminated = Fiókját megszüntettük.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } büntetőpont
   *[other] { $points } büntetőpont
  }

## What both emails share

standing-now-heading = Jelenlegi fiókállapota
standing = Fiókállapot
what-it-means = Mit jelent
points-window = Büntetőpontok az elmúlt 365 napban (gördülő időszak)
reason = Indok
listing = Hirdetés
severity = Súlyosság
points-label = Büntetőpontok
counts-until = Beszámít eddig
case = Ügy
report = Bejelentés
contest-heading = Hogyan vitathatja
contest-upheld = Ha fellebbezésének helyt adnak, a bejegyzést visszavonjuk: büntetőpontjai és szankciója többé nem számítanak be, és értesítjük, ha fiókállapota megváltozik.
