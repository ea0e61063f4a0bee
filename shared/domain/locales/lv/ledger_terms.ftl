# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = atsaukts produkts tiek pārdots
violation-recall-evasion = sludinājums publicēts vai rediģēts laikā, kad uz to attiecas atsaukšana
violation-intellectual-property = intelektuālā īpašuma tiesību pārkāpums
violation-prohibited-item = aizliegta vai ierobežota prece
violation-health-and-safety = veselība un drošība
violation-false-information = nepatiesa vai maldinoša informācija sludinājumā
violation-pricing-abuse = cenu un akciju ļaunprātīga izmantošana

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Atsaukts produkts tiek pārdots
violation-recall-evasion-label = Sludinājums publicēts vai rediģēts laikā, kad uz to attiecas atsaukšana
violation-intellectual-property-label = Intelektuālā īpašuma tiesību pārkāpums
violation-prohibited-item-label = Aizliegta vai ierobežota prece
violation-health-and-safety-label = Veselība un drošība
violation-false-information-label = Nepatiesa vai maldinoša informācija sludinājumā
violation-pricing-abuse-label = Cenu un akciju ļaunprātīga izmantošana

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Vispārīgs pārkāpums
severity-serious-label = Smags pārkāpums

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = sludinājums noņemts visos tirgos
sanction-financial-penalty = naudas sods
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = naudas sods { $amount } apmērā
sanction-shipping-restriction = sūtīšanas ierobežojums
sanction-account-freeze = konts iesaldēts
sanction-suspension = konta darbība apturēta
sanction-permanent-ban = pastāvīgs aizliegums

## The account standings, from best to worst, as names

standing-good = Labs statuss
standing-warning = Brīdinājums
standing-listing-restrictions = Sludinājumu ierobežojumi
standing-shipping-restricted = Sūtīšana ierobežota / konts iesaldēts
standing-suspended = Darbība apturēta
standing-terminated = Darbība izbeigta

## What each standing means for the seller, in one sentence

consequence-good = Jūsu kontam netiek piemēroti nekādi ierobežojumi.
consequence-warning = Oficiāls brīdinājums: turpmāki pārkāpumi novedīs pie Jūsu konta ierobežošanas.
consequence-listing-restrictions = Jūs nevarat publicēt jaunus sludinājumus vai rediģēt esošos, līdz Jūsu punktu skaits nokritīs zem sliekšņa.
consequence-shipping-restricted = Jūsu sūtīšanas atļaujas ir ierobežotas, un Jūsu konta līdzekļi ir iesaldēti.
consequence-suspended = Jūsu konta darbība ir apturēta: Jūsu sludinājumi ir paslēpti, un Jūs nevarat pārdot.
consequence-terminated = Jūsu konta darbība ir izbeigta.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [zero] { $points } punkti
    [one] { $points } punkts
   *[other] { $points } punkti
  }

## What both emails share

standing-now-heading = Jūsu pašreizējais statuss
standing = Statuss
what-it-means = Ko tas nozīmē
points-window = Punkti slīdošajā 365 dienu periodā
reason = Iemesls
listing = Sludinājums
severity = Smagums
points-label = Punkti
counts-until = Tiek ņemts vērā līdz
case = Lieta
report = Ziņojums
contest-heading = Kā apstrīdēt
contest-upheld = Ja Jūsu pārsūdzība tiek apmierināta, ieraksts tiek anulēts: tā punkti un sankcija vairs netiek ņemti vērā, un mēs Jūs informēsim, kad Jūsu statuss mainīsies.
