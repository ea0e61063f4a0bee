# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = parduodamas atšauktas gaminys
violation-recall-evasion = skelbimas paskelbtas arba redaguotas, kai jam taikomas atšaukimas
violation-intellectual-property = intelektinės nuosavybės teisių pažeidimas
violation-prohibited-item = draudžiama arba ribojama prekė
violation-health-and-safety = sveikata ir sauga
violation-false-information = neteisinga arba klaidinanti skelbimo informacija
violation-pricing-abuse = piktnaudžiavimas kainodara ir akcijomis

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Parduodamas atšauktas gaminys
violation-recall-evasion-label = Skelbimas paskelbtas arba redaguotas, kai jam taikomas atšaukimas
violation-intellectual-property-label = Intelektinės nuosavybės teisių pažeidimas
violation-prohibited-item-label = Draudžiama arba ribojama prekė
violation-health-and-safety-label = Sveikata ir sauga
violation-false-information-label = Neteisinga arba klaidinanti skelbimo informacija
violation-pricing-abuse-label = Piktnaudžiavimas kainodara ir akcijomis

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Bendrasis pažeidimas
severity-serious-label = Sunkus pažeidimas

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = skelbimas pašalintas visose rinkose
sanction-financial-penalty = piniginė bauda
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = { $amount } piniginė bauda
sanction-shipping-restriction = siuntimo apribojimas
sanction-account-freeze = paskyra įšaldyta
sanction-suspension = paskyra sustabdyta
sanction-permanent-ban = nuolatinis draudimas

## The account standings, from best to worst, as names

standing-good = Gera būklė
standing-warning = Įspėjimas
standing-listing-restrictions = Skelbimų apribojimai
standing-shipping-restricted = Siuntimas apribotas / paskyra įšaldyta
standing-suspended = Sustabdyta
standing-terminated = Panaikinta

## What each standing means for the seller, in one sentence

consequence-good = Jūsų paskyrai netaikomas joks apribojimas.
consequence-warning = Oficialus įspėjimas: dėl tolesnių pažeidimų Jūsų paskyra bus apribota.
consequence-listing-restrictions = Negalite skelbti naujų skelbimų ar redaguoti esamų, kol Jūsų taškų skaičius nenukris žemiau ribos.
consequence-shipping-restricted = Jūsų siuntimo teisės apribotos, o Jūsų paskyros lėšos įšaldytos.
consequence-suspended = Jūsų paskyra sustabdyta: Jūsų skelbimai paslėpti ir negalite parduoti.
consequence-terminated = Jūsų paskyra panaikinta.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } taškas
    [few] { $points } taškai
    [many] { $points } taško
   *[other] { $points } taškų
  }

## What both emails share

standing-now-heading = Jūsų dabartinė būklė
standing = Būklė
what-it-means = Ką tai reiškia
points-window = Taškai per slenkamąsias 365 dienas
reason = Priežastis
listing = Skelbimas
severity = Sunkumas
points-label = Taškai
counts-until = Įskaitoma iki
case = Byla
report = Pranešimas apie pažeidimą
contest-heading = Kaip užginčyti
contest-upheld = Jei Jūsų skundas patenkinamas, įrašas panaikinamas: jo taškai ir sankcija nebeįskaitomi, o apie Jūsų būklės pasikeitimą Jums pranešame.
