# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = táirge atá á aisghairm ar díol
violation-recall-evasion = liostú a foilsíodh nó a cuireadh in eagar fad atá aisghairm i bhfeidhm air
violation-intellectual-property = sárú maoine intleachtúla
violation-prohibited-item = earra toirmiscthe nó srianta
violation-health-and-safety = sláinte agus sábháilteacht
violation-false-information = faisnéis bhréagach nó mhíthreorach sa liostú
violation-pricing-abuse = mí-úsáid praghsála agus cur chun cinn

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Táirge atá á aisghairm ar díol
violation-recall-evasion-label = Liostú a foilsíodh nó a cuireadh in eagar fad atá aisghairm i bhfeidhm air
violation-intellectual-property-label = Sárú maoine intleachtúla
violation-prohibited-item-label = Earra toirmiscthe nó srianta
violation-health-and-safety-label = Sláinte agus sábháilteacht
violation-false-information-label = Faisnéis bhréagach nó mhíthreorach sa liostú
violation-pricing-abuse-label = Mí-úsáid praghsála agus cur chun cinn

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Sárú ginearálta
severity-serious-label = Sárú tromchúiseach

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = liostú bainte de gach margadh
sanction-financial-penalty = pionós airgeadais
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = pionós airgeadais de { $amount }
sanction-shipping-restriction = srian ar sheoladh
sanction-account-freeze = cuntas reoite
sanction-suspension = cuntas ar fionraí
sanction-permanent-ban = cosc buan

## The account standings, from best to worst, as names

standing-good = Dea-sheasamh
standing-warning = Rabhadh
standing-listing-restrictions = Srianta ar liostuithe
standing-shipping-restricted = Seoladh srianta / cuntas reoite
standing-suspended = Ar fionraí
standing-terminated = Foirceanta

## What each standing means for the seller, in one sentence

consequence-good = Níl aon srian i bhfeidhm ar do chuntas.
consequence-warning = Rabhadh foirmiúil: má dhéantar sáruithe eile, cuirfear srian ar do chuntas.
consequence-listing-restrictions = Ní féidir leat liostuithe nua a fhoilsiú ná na cinn atá ann a chur in eagar go dtí go dtiteann do phointí faoi bhun na tairsí.
consequence-shipping-restricted = Tá srian ar do cheadanna seolta agus tá cistí do chuntais reoite.
consequence-suspended = Tá do chuntas ar fionraí: tá do liostuithe i bhfolach agus ní féidir leat díol.
consequence-terminated = Tá do chuntas foirceanta.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } phointe
    [two] { $points } phointe
    [few] { $points } phointe
    [many] { $points } bpointe
   *[other] { $points } pointe
  }

## What both emails share

standing-now-heading = Do sheasamh anois
standing = Seasamh
what-it-means = Cad is brí leis
points-window = Pointí thar na 365 lá rollacha
reason = Cúis
listing = Liostú
severity = Déine
points-label = Pointí
counts-until = Áirítear go dtí
case = Cás
report = Tuairisc
contest-heading = Conas agóid a dhéanamh
contest-upheld = Má sheastar le d’achomharc, aisiompaítear an iontráil: ní áirítear a pointí ná a smachtbhanna a thuilleadh, agus cuirimid in iúl duit nuair a athraíonn do sheasamh.
