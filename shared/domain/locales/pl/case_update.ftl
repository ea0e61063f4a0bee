# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values. Polish.
# Draft translated from the English; to be reviewed by a native speaker.

case = Sprawa
listing = Oferta
recall = Wycofanie
markets = Rynki
appeal-deadline = Termin na odwołanie
received-subject = Odwołanie otrzymane: sprawa { $case }
received-heading = Otrzymaliśmy Państwa odwołanie
received = Otrzymaliśmy Państwa odwołanie w dniu { $filed }. Rozstrzygnie je weryfikator, a my poinformujemy Państwa o wyniku. Do tego czasu środki zastosowane wobec Państwa oferty pozostają w mocy, a dopóki Państwa odwołanie jest otwarte, nie kontaktujemy się z żadnym konsumentem.
received-ordered = Otrzymaliśmy Państwa odwołanie w dniu { $filed }. Rozstrzygnie je weryfikator, a my poinformujemy Państwa o wyniku. Do tego czasu środki zastosowane wobec Państwa oferty pozostają w mocy. Właściwy organ nakazał natychmiastowe poinformowanie konsumentów, dlatego wycofanie od konsumentów w międzyczasie trwa.
grounds = Państwa uzasadnienie: { $grounds }
upheld-subject = Odwołanie uwzględnione: sprawa { $case } – Państwa oferta jest ponownie w sprzedaży
upheld-heading = Państwa odwołanie zostało uwzględnione
upheld-reason = Weryfikator uwzględnił Państwa odwołanie: { $reason }
upheld-lifted = Uchyliliśmy środki zastosowane wobec Państwa oferty w { $markets }: jest ona tam ponownie w sprzedaży.
upheld-points = { $points ->
    [one] Kara w wysokości { $points } punktu zostaje anulowana.
    [few] Kara w wysokości { $points } punktów zostaje anulowana.
    [many] Kara w wysokości { $points } punktów zostaje anulowana.
   *[other] Kara w wysokości { $points } punktu zostaje anulowana.
  }
upheld-told = Konsumenci zostali już poinformowani na polecenie właściwego organu.
upheld-not-told = Nie będziemy kontaktować się z konsumentami w tej sprawie.
rejected-subject = Odwołanie odrzucone: sprawa { $case } – rozpoczyna się wycofanie od konsumentów
rejected-heading = Państwa odwołanie zostało odrzucone
rejected-reason = Weryfikator odrzucił Państwa odwołanie: { $reason }
rejected-stay = Środki zastosowane wobec Państwa oferty w { $markets } pozostają w mocy. Wysyłamy teraz zawiadomienie o wycofaniu do każdego konsumenta, który kupił produkt na tych rynkach. Koszty rozwiązań przysługujących konsumentom — zapłacona cena i opłaty za zamówienie — obciążają Państwa.
rejected-stay-points = Środki zastosowane wobec Państwa oferty w { $markets } pozostają w mocy i obowiązuje kara w wysokości { $points ->
    [one] { $points } punktu
    [few] { $points } punktów
    [many] { $points } punktów
   *[other] { $points } punktu
  }. Wysyłamy teraz zawiadomienie o wycofaniu do każdego konsumenta, który kupił produkt na tych rynkach. Koszty rozwiązań przysługujących konsumentom — zapłacona cena i opłaty za zamówienie — obciążają Państwa.
refused-subject = Odwołanie nieprzyjęte: sprawa { $case }
refused-heading = Nie mogliśmy przyjąć Państwa odwołania
refused = Nie mogliśmy przyjąć Państwa odwołania w sprawie { $case }: { $reason }.
refused-deadline = Termin na odwołanie w tej sprawie: { $deadline }.
refused-contact = Jeśli uważają Państwo, że doszło do pomyłki, prosimy o kontakt z działem ds. bezpieczeństwa produktów z podaniem identyfikatora sprawy.
refused-no-case = sprawa { $case } nie istnieje
refused-not-yours = sprawa { $case } nie jest Państwa sprawą: odwołanie może złożyć wyłącznie sprzedawca danej oferty
refused-late = odwołanie złożono { $filed }, po upływie terminu { $deadline } (7 dni od zawiadomienia o wycofaniu)
refused-state = w sprawie { $case } nie można już złożyć odwołania
