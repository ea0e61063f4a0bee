# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = zurückgerufenes Produkt im Verkauf
violation-recall-evasion = Angebot veröffentlicht oder bearbeitet, obwohl ein Rückruf es erfasst
violation-intellectual-property = Verletzung geistigen Eigentums
violation-prohibited-item = verbotener oder eingeschränkter Artikel
violation-health-and-safety = Gesundheit und Sicherheit
violation-false-information = falsche oder irreführende Angaben im Angebot
violation-pricing-abuse = Missbrauch bei Preisen und Werbeaktionen

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Zurückgerufenes Produkt im Verkauf
violation-recall-evasion-label = Angebot veröffentlicht oder bearbeitet, obwohl ein Rückruf es erfasst
violation-intellectual-property-label = Verletzung geistigen Eigentums
violation-prohibited-item-label = Verbotener oder eingeschränkter Artikel
violation-health-and-safety-label = Gesundheit und Sicherheit
violation-false-information-label = Falsche oder irreführende Angaben im Angebot
violation-pricing-abuse-label = Missbrauch bei Preisen und Werbeaktionen

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Allgemeiner Verstoß
severity-serious-label = Schwerer Verstoß

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = Angebot in allen Märkten entfernt
sanction-financial-penalty = finanzielle Sanktion
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = finanzielle Sanktion in Höhe von { $amount }
sanction-shipping-restriction = Versandbeschränkung
sanction-account-freeze = Konto eingefroren
sanction-suspension = Konto gesperrt
sanction-permanent-ban = dauerhafter Ausschluss

## The account standings, from best to worst, as names

standing-good = Einwandfrei
standing-warning = Verwarnung
standing-listing-restrictions = Angebotsbeschränkungen
standing-shipping-restricted = Versand eingeschränkt / Konto eingefroren
standing-suspended = Gesperrt
standing-terminated = Gekündigt

## What each standing means for the seller, in one sentence

consequence-good = Für Ihr Konto gelten keine Einschränkungen.
consequence-warning = Eine förmliche Verwarnung: Weitere Verstöße führen zu Einschränkungen Ihres Kontos.
consequence-listing-restrictions = Sie können keine neuen Angebote einstellen und keine bestehenden Angebote bearbeiten, bis Ihre Punkte unter den Schwellenwert fallen.
consequence-shipping-restricted = Ihre Versandberechtigungen sind eingeschränkt und das Guthaben Ihres Kontos ist eingefroren.
consequence-suspended = Ihr Konto ist gesperrt: Ihre Angebote sind ausgeblendet und Sie können nicht verkaufen.
consequence-terminated = Ihr Konto ist gekündigt.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
  }

## What both emails share

standing-now-heading = Ihr aktueller Status
standing = Status
what-it-means = Bedeutung
points-window = Punkte im gleitenden Zeitraum von 365 Tagen
reason = Grund
listing = Angebot
severity = Schwere
points-label = Punkte
counts-until = Zählt bis
case = Fall
report = Meldung
contest-heading = Anfechtung
contest-upheld = Wird Ihrem Einspruch stattgegeben, wird der Eintrag zurückgenommen: Seine Punkte und seine Sanktion zählen nicht mehr, und wir teilen Ihnen mit, wenn sich Ihr Status ändert.
