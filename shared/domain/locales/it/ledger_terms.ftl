# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = prodotto richiamato in vendita
violation-recall-evasion = inserzione pubblicata o modificata mentre è oggetto di un richiamo
violation-intellectual-property = violazione della proprietà intellettuale
violation-prohibited-item = articolo vietato o soggetto a restrizioni
violation-health-and-safety = salute e sicurezza
violation-false-information = informazioni dell’inserzione false o fuorvianti
violation-pricing-abuse = abuso di prezzi e promozioni

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Prodotto richiamato in vendita
violation-recall-evasion-label = Inserzione pubblicata o modificata mentre è oggetto di un richiamo
violation-intellectual-property-label = Violazione della proprietà intellettuale
violation-prohibited-item-label = Articolo vietato o soggetto a restrizioni
violation-health-and-safety-label = Salute e sicurezza
violation-false-information-label = Informazioni dell’inserzione false o fuorvianti
violation-pricing-abuse-label = Abuso di prezzi e promozioni

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Violazione generale
severity-serious-label = Violazione grave

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = inserzione rimossa in tutti i mercati
sanction-financial-penalty = sanzione pecuniaria
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = sanzione pecuniaria di { $amount }
sanction-shipping-restriction = limitazione delle spedizioni
sanction-account-freeze = account congelato
sanction-suspension = account sospeso
sanction-permanent-ban = esclusione definitiva

## The account standings, from best to worst, as names

standing-good = In regola
standing-warning = Avvertimento
standing-listing-restrictions = Restrizioni sulle inserzioni
standing-shipping-restricted = Spedizioni limitate / account congelato
standing-suspended = Sospeso
standing-terminated = Chiuso

## What each standing means for the seller, in one sentence

consequence-good = Al suo account non si applica alcuna restrizione.
consequence-warning = Un avvertimento formale: ulteriori violazioni comporteranno restrizioni sul suo account.
consequence-listing-restrictions = Non può pubblicare nuove inserzioni né modificare quelle esistenti finché i suoi punti non scendono sotto la soglia.
consequence-shipping-restricted = Le sue autorizzazioni di spedizione sono limitate e i fondi del suo account sono congelati.
consequence-suspended = Il suo account è sospeso: le sue inserzioni sono nascoste e non può vendere.
consequence-terminated = Il suo account è chiuso.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punto
    [many] { $points } punti
   *[other] { $points } punti
  }

## What both emails share

standing-now-heading = Il suo stato attuale
standing = Stato
what-it-means = Che cosa significa
points-window = Punti nel periodo mobile di 365 giorni
reason = Motivo
listing = Inserzione
severity = Gravità
points-label = Punti
counts-until = Termine del conteggio
case = Pratica
report = Segnalazione
contest-heading = Come contestare
contest-upheld = Se il suo ricorso viene accolto, l’annotazione viene annullata: i relativi punti e la relativa sanzione non contano più e la informeremo quando il suo stato cambierà.
