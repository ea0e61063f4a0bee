# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values. Polish.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Wycofanie produktu ze względów bezpieczeństwa: { $title } – { $listings ->
    [one] zablokowano { $listings } ofertę
    [few] zablokowano { $listings } oferty
    [many] zablokowano { $listings } ofert
   *[other] zablokowano { $listings } oferty
  }, odwołanie do { $deadline }
subject-update = Aktualizacja – Wycofanie produktu ze względów bezpieczeństwa: { $title } – teraz zablokowano także w { $markets }, odwołanie do { $deadline }
heading = Zawiadomienie o wycofaniu produktu ze względów bezpieczeństwa
heading-update = Aktualizacja: zawiadomienie o wycofaniu produktu ze względów bezpieczeństwa
intro = Sprzedawany przez Państwa produkt jest objęty wycofaniem ze względu na bezpieczeństwo produktów. Wobec Państwa ofert zastosowaliśmy poniższe środki, a Państwo muszą teraz podjąć działania w związku z tym wycofaniem.
intro-update = Poniższe wycofanie obejmuje teraz więcej rynków, na których wystawione są Państwa oferty. Rozszerzyliśmy wobec nich zastosowane środki.
recall-heading = Wycofanie
recall = Wycofanie
recall-id = Identyfikator wycofania
reported-by = Zgłoszone przez
risk = Poziom ryzyka
hazard = Zagrożenie
listings-heading = Państwa oferty objęte wycofaniem
listing-ref = Oferta { $listing } · sprawa { $case }
why = Powód dopasowania
measures = Zastosowane środki
penalty = Obowiązująca kara
penalty-points = { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
  } ({ $severity }) – wpis w rejestrze punktów karnych Państwa konta; zostanie anulowany, jeśli Państwa odwołanie zostanie uwzględnione
penalty-own = brak: zgłosili Państwo to wycofanie własnego produktu, zgodnie z wymogami zasad, dlatego nie nalicza się za nie punktów
todo-heading = Co należy zrobić
todo-stop = Należy zaprzestać sprzedaży wycofywanego produktu na rynkach objętych wycofaniem i nie wystawiać go ponownie, ani w tej, ani w żadnej innej ofercie.
todo-pull = Należy wycofać ze sprzedaży zapasy, których dotyczy wycofanie, i przeprowadzić wycofanie zgodnie z wymogami obowiązującego prawa i właściwego organu.
todo-remedies = Należy liczyć się z poniesieniem kosztów rozwiązań przysługujących konsumentom: zapłacona cena i opłaty za zamówienie obciążają Państwa przy każdym zwrocie pieniędzy z tytułu wycofania.
violation-serious = Sprzedaż wycofanego produktu stanowi naruszenie: 6 punktów za każdą ofertę (naruszenie poważne), zapisanych wraz z niniejszym zawiadomieniem w rejestrze punktów karnych Państwa konta i anulowanych, jeśli Państwa odwołanie zostanie uwzględnione.
violation-general = Sprzedaż wycofanego produktu stanowi naruszenie: 2 punkty za każdą ofertę (naruszenie ogólne), zapisane wraz z niniejszym zawiadomieniem w rejestrze punktów karnych Państwa konta i anulowane, jeśli Państwa odwołanie zostanie uwzględnione.
violation-own = To wycofanie własnego produktu zgłosili Państwo sami: za nie nie nalicza się żadnej kary w odniesieniu do Państwa ofert.
relisting = Ponowne wystawienie produktu lub edytowanie oferty w celu obejścia wycofania stanowi naruszenie poważne (6 punktów).
appeal-heading = Odwołanie
appeal = Jeśli nie zgadzają się Państwo ze środkami zastosowanymi w związku z wycofaniem lub z karą, należy złożyć odwołanie do { $deadline } (7 dni od daty niniejszego zawiadomienia), podając identyfikator sprawy. Po tym terminie lub w razie odrzucenia odwołania wyślemy zawiadomienie o wycofaniu do każdego konsumenta, który kupił produkt.
