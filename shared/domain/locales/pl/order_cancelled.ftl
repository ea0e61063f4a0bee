# The order cancelled email, Polish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Zamówienie anulowane: wycofanie produktu ze względów bezpieczeństwa
greeting = Szanowni Państwo,
intro = Anulowaliśmy Państwa zamówienie { $order_id } z dnia { $order_date } (kraj dostawy: { $market }) przed jego wysyłką: poniższy produkt jest wycofywany od konsumentów ze względów bezpieczeństwa.
not-delivered = Produkt nie zostanie Państwu dostarczony. Ponieważ nigdy go Państwo nie otrzymali, nie muszą Państwo niczego przestawać używać ani niczego odsyłać.
product-heading = Produkt
name = Produkt:
brand = Marka:
model = Model:
hazard-heading = Dlaczego produkt jest wycofywany
refund-heading = Zwrot pieniędzy
refund = Otrzymają Państwo pełny zwrot, obejmujący zapłaconą cenę ({ $price_paid }) i opłaty związane z zamówieniem, na użytą przez Państwa metodę płatności.
nothing-to-do = Nie muszą Państwo nic robić.
help-heading = Pytania
contact = W razie pytań prosimy o kontakt z nami w sekcji Pomoc na Państwa koncie.
signature = Zespół ds. Bezpieczeństwa Produktów
