# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = odpoklicani izdelek v prodaji
violation-recall-evasion = ponudba objavljena ali urejena, medtem ko zanjo velja odpoklic
violation-intellectual-property = kršitev pravic intelektualne lastnine
violation-prohibited-item = prepovedan ali omejen izdelek
violation-health-and-safety = zdravje in varnost
violation-false-information = lažni ali zavajajoči podatki v ponudbi
violation-pricing-abuse = zloraba cen in promocij

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Odpoklicani izdelek v prodaji
violation-recall-evasion-label = Ponudba objavljena ali urejena, medtem ko zanjo velja odpoklic
violation-intellectual-property-label = Kršitev pravic intelektualne lastnine
violation-prohibited-item-label = Prepovedan ali omejen izdelek
violation-health-and-safety-label = Zdravje in varnost
violation-false-information-label = Lažni ali zavajajoči podatki v ponudbi
violation-pricing-abuse-label = Zloraba cen in promocij

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Splošna kršitev
severity-serious-label = Huda kršitev

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = odstranitev ponudbe na vseh trgih
sanction-financial-penalty = denarna kazen
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = denarna kazen v višini { $amount }
sanction-shipping-restriction = omejitev pošiljanja
sanction-account-freeze = zamrznitev računa
sanction-suspension = začasna onemogočitev računa
sanction-permanent-ban = trajna prepoved

## The account standings, from best to worst, as names

standing-good = Dober status
standing-warning = Opozorilo
standing-listing-restrictions = Omejitve ponudb
standing-shipping-restricted = Omejeno pošiljanje / zamrznjen račun
standing-suspended = Začasno onemogočen račun
standing-terminated = Ukinjen račun

## What each standing means for the seller, in one sentence

consequence-good = Za vaš račun ne velja nobena omejitev.
consequence-warning = Uradno opozorilo: nadaljnje kršitve bodo povzročile omejitev vašega računa.
consequence-listing-restrictions = Novih ponudb ne morete objavljati niti obstoječih urejati, dokler vaše točke ne padejo pod prag.
consequence-shipping-restricted = Vaše pravice pošiljanja so omejene, sredstva vašega računa pa zamrznjena.
consequence-suspended = Vaš račun je začasno onemogočen: vaše ponudbe so skrite in ne morete prodajati.
consequence-terminated = Vaš račun je ukinjen.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } točka
    [two] { $points } točki
    [few] { $points } točke
   *[other] { $points } točk
  }

## What both emails share

standing-now-heading = Vaš trenutni status
standing = Status
what-it-means = Kaj to pomeni
points-window = Točke v drsečem obdobju 365 dni
reason = Razlog
listing = Ponudba
severity = Resnost
points-label = Točke
counts-until = Šteje do
case = Primer
report = Prijava
contest-heading = Kako ugovarjati
contest-upheld = Če bo vaši pritožbi ugodeno, se vpis razveljavi: njegove točke in sankcija ne štejejo več, mi pa vas bomo obvestili, ko se vaš status spremeni.
