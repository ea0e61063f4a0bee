# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = produs rechemat pus în vânzare
violation-recall-evasion = anunț publicat sau modificat în timp ce face obiectul unei rechemări
violation-intellectual-property = încălcarea drepturilor de proprietate intelectuală
violation-prohibited-item = articol interzis sau restricționat
violation-health-and-safety = sănătate și siguranță
violation-false-information = informații false sau înșelătoare în anunț
violation-pricing-abuse = abuz privind prețurile și promoțiile

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Produs rechemat pus în vânzare
violation-recall-evasion-label = Anunț publicat sau modificat în timp ce face obiectul unei rechemări
violation-intellectual-property-label = Încălcarea drepturilor de proprietate intelectuală
violation-prohibited-item-label = Articol interzis sau restricționat
violation-health-and-safety-label = Sănătate și siguranță
violation-false-information-label = Informații false sau înșelătoare în anunț
violation-pricing-abuse-label = Abuz privind prețurile și promoțiile

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Încălcare generală
severity-serious-label = Încălcare gravă

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = anunț eliminat de pe toate piețele
sanction-financial-penalty = sancțiune financiară
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = sancțiune financiară de { $amount }
sanction-shipping-restriction = restricționarea expedierii
sanction-account-freeze = cont înghețat
sanction-suspension = cont suspendat
sanction-permanent-ban = interdicție permanentă

## The account standings, from best to worst, as names

standing-good = Statut bun
standing-warning = Avertisment
standing-listing-restrictions = Restricții privind anunțurile
standing-shipping-restricted = Expediere restricționată / cont înghețat
standing-suspended = Cont suspendat
standing-terminated = Cont închis definitiv

## What each standing means for the seller, in one sentence

consequence-good = Contului dumneavoastră nu i se aplică nicio restricție.
consequence-warning = Avertisment oficial: alte încălcări vor duce la restricționarea contului dumneavoastră.
consequence-listing-restrictions = Nu puteți publica anunțuri noi și nu le puteți modifica pe cele existente până când punctele dumneavoastră scad sub prag.
consequence-shipping-restricted = Permisiunile dumneavoastră de expediere sunt restricționate, iar fondurile contului dumneavoastră sunt înghețate.
consequence-suspended = Contul dumneavoastră este suspendat: anunțurile dumneavoastră sunt ascunse și nu puteți vinde.
consequence-terminated = Contul dumneavoastră este închis definitiv.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punct
    [few] { $points } puncte
   *[other] { $points } de puncte
  }

## What both emails share

standing-now-heading = Statutul dumneavoastră actual
standing = Statut
what-it-means = Ce înseamnă
points-window = Puncte în ultimele 365 de zile (perioadă glisantă)
reason = Motiv
listing = Anunț
severity = Gravitate
points-label = Puncte
counts-until = Se ia în calcul până la
case = Caz
report = Raport
contest-heading = Cum puteți contesta
contest-upheld = Dacă contestația dumneavoastră este admisă, înregistrarea este anulată: punctele și sancțiunea acesteia nu se mai iau în calcul, iar noi vă anunțăm când se schimbă statutul dumneavoastră.
