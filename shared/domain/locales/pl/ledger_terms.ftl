# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = wycofany produkt w sprzedaży
violation-recall-evasion = oferta opublikowana lub edytowana mimo objęcia jej wycofaniem
violation-intellectual-property = naruszenie praw własności intelektualnej
violation-prohibited-item = artykuł zakazany lub objęty ograniczeniami
violation-health-and-safety = zdrowie i bezpieczeństwo
violation-false-information = nieprawdziwe lub wprowadzające w błąd informacje w ofercie
violation-pricing-abuse = nadużycia dotyczące cen i promocji

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Wycofany produkt w sprzedaży
violation-recall-evasion-label = Oferta opublikowana lub edytowana mimo objęcia jej wycofaniem
violation-intellectual-property-label = Naruszenie praw własności intelektualnej
violation-prohibited-item-label = Artykuł zakazany lub objęty ograniczeniami
violation-health-and-safety-label = Zdrowie i bezpieczeństwo
violation-false-information-label = Nieprawdziwe lub wprowadzające w błąd informacje w ofercie
violation-pricing-abuse-label = Nadużycia dotyczące cen i promocji

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Naruszenie ogólne
severity-serious-label = Naruszenie poważne

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = usunięcie oferty na wszystkich rynkach
sanction-financial-penalty = kara finansowa
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = kara finansowa w wysokości { $amount }
sanction-shipping-restriction = ograniczenie wysyłki
sanction-account-freeze = zamrożenie konta
sanction-suspension = zawieszenie konta
sanction-permanent-ban = trwała blokada konta

## The account standings, from best to worst, as names

standing-good = Dobry status
standing-warning = Ostrzeżenie
standing-listing-restrictions = Ograniczenia ofert
standing-shipping-restricted = Ograniczona wysyłka / zamrożone konto
standing-suspended = Konto zawieszone
standing-terminated = Konto zamknięte

## What each standing means for the seller, in one sentence

consequence-good = Wobec Państwa konta nie obowiązują żadne ograniczenia.
consequence-warning = Formalne ostrzeżenie: kolejne naruszenia spowodują ograniczenie Państwa konta.
consequence-listing-restrictions = Nie mogą Państwo publikować nowych ofert ani edytować istniejących, dopóki liczba Państwa punktów nie spadnie poniżej progu.
consequence-shipping-restricted = Państwa uprawnienia do wysyłki są ograniczone, a środki na Państwa koncie są zamrożone.
consequence-suspended = Państwa konto jest zawieszone: Państwa oferty są ukryte i nie mogą Państwo sprzedawać.
consequence-terminated = Państwa konto zostało zamknięte.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
  }

## What both emails share

standing-now-heading = Obecny status konta
standing = Status konta
what-it-means = Co to oznacza
points-window = Punkty w kroczącym okresie 365 dni
reason = Powód
listing = Oferta
severity = Waga naruszenia
points-label = Punkty
counts-until = Liczy się do
case = Sprawa
report = Zgłoszenie
contest-heading = Jak zakwestionować wpis
contest-upheld = Jeśli Państwa odwołanie zostanie uwzględnione, wpis zostanie anulowany: jego punkty i sankcja przestaną się liczyć, a my poinformujemy Państwa o zmianie statusu konta.
