# The compliance reminder email, Polish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Przypomnienie o zgodności produktu
greeting = Szanowni Państwo,
intro = Kupili Państwo poniższy produkt na naszej platformie sprzedażowej. Nie jest on w pełni zgodny z mającymi do niego zastosowanie przepisami. Prosimy przeczytać poniżej, na czym polega problem i co należy zrobić.
keep = To jest tylko przypomnienie: nie prosimy Państwa o odesłanie produktu.
product-heading = Państwa produkt
name = Produkt:
brand = Marka:
model = Model:
picture = Zdjęcie:
picture-alt = Zdjęcie produktu
sold = Kupili go Państwo na naszej platformie sprzedażowej (zamówienie { $order_id }, data zamówienia: { $order_date }); kraj dostawy: { $market }.
issue-heading = Na czym polega problem
todo-heading = Co należy zrobić
help-heading = Pytania i zwroty
contact = Jeśli mają Państwo pytania lub chcą zwrócić produkt, prosimy o kontakt z nami w sekcji Pomoc na Państwa koncie.
rights = Zachowują Państwo wszystkie prawa konsumenta, w tym prawo do żądania zwrotu produktu lub pieniędzy, jeśli ma ono zastosowanie.
reassure = Sprawdzamy produkty sprzedawane na naszej platformie sprzedażowej i informujemy Państwa za każdym razem, gdy coś wymaga Państwa uwagi.
signature = Zespół ds. Bezpieczeństwa Produktów
