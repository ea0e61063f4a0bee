# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = opozvani proizvod u prodaji
violation-recall-evasion = oglas objavljen ili uređen dok je obuhvaćen opozivom
violation-intellectual-property = povreda prava intelektualnog vlasništva
violation-prohibited-item = zabranjeni ili ograničeni artikl
violation-health-and-safety = zdravlje i sigurnost
violation-false-information = lažni ili obmanjujući podaci u oglasu
violation-pricing-abuse = zlouporaba cijena i promocija

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Opozvani proizvod u prodaji
violation-recall-evasion-label = Oglas objavljen ili uređen dok je obuhvaćen opozivom
violation-intellectual-property-label = Povreda prava intelektualnog vlasništva
violation-prohibited-item-label = Zabranjeni ili ograničeni artikl
violation-health-and-safety-label = Zdravlje i sigurnost
violation-false-information-label = Lažni ili obmanjujući podaci u oglasu
violation-pricing-abuse-label = Zlouporaba cijena i promocija

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Opća povreda
severity-serious-label = Teška povreda

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = uklanjanje oglasa na svim tržištima
sanction-financial-penalty = novčana kazna
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = novčana kazna u iznosu od { $amount }
sanction-shipping-restriction = ograničenje slanja
sanction-account-freeze = zamrzavanje računa
sanction-suspension = suspenzija računa
sanction-permanent-ban = trajna zabrana

## The account standings, from best to worst, as names

standing-good = Dobar status
standing-warning = Upozorenje
standing-listing-restrictions = Ograničenja oglasa
standing-shipping-restricted = Ograničeno slanje / zamrznut račun
standing-suspended = Suspendiran račun
standing-terminated = Ukinut račun

## What each standing means for the seller, in one sentence

consequence-good = Na Vaš se račun ne primjenjuje nikakvo ograničenje.
consequence-warning = Službeno upozorenje: daljnje povrede dovest će do ograničenja Vašeg računa.
consequence-listing-restrictions = Ne možete objavljivati nove oglase ni uređivati postojeće dok Vaši bodovi ne padnu ispod praga.
consequence-shipping-restricted = Vaša su prava slanja ograničena, a sredstva na Vašem računu zamrznuta.
consequence-suspended = Vaš je račun suspendiran: Vaši su oglasi skriveni i ne možete prodavati.
consequence-terminated = Vaš je račun ukinut.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } bod
    [few] { $points } boda
   *[other] { $points } bodova
  }

## What both emails share

standing-now-heading = Vaš trenutačni status
standing = Status
what-it-means = Što to znači
points-window = Bodovi u kliznom razdoblju od 365 dana
reason = Razlog
listing = Oglas
severity = Težina
points-label = Bodovi
counts-until = Računa se do
case = Predmet
report = Prijava
contest-heading = Kako osporiti
contest-upheld = Ako Vaša žalba bude usvojena, upis se poništava: njegovi bodovi i sankcija više se ne računaju, a obavijestit ćemo Vas kada se Vaš status promijeni.
