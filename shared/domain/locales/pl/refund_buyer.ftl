# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Państwa wniosek o zwrot pieniędzy { $request } dotyczący zamówienia { $order }: { $status }
heading = Państwa wniosek o zwrot pieniędzy: { $status }
intro = Podjęliśmy decyzję w sprawie Państwa wniosku o zwrot pieniędzy dotyczącego zamówienia { $order }. Poniżej przedstawiamy decyzję dotyczącą każdego artykułu.
items-heading = Państwa artykuły
return-label = Odesłanie
total-refund-label = Łączna kwota zwrotu
paid-to-fast-refund-bonus = Państwa bonus szybkiego zwrotu pieniędzy (do natychmiastowego wykorzystania po wypłacie zwrotu)
paid-to-original-payment = Państwa pierwotną metodę płatności (wyświetlenie transakcji przez bank może potrwać kilka dni dłużej)
paid-now-label = Wypłacane teraz
paid-after-check-label = Wypłacane po kontroli jakości w magazynie
after-check-note = Zwrot pieniędzy za odesłane artykuły zostanie wypłacony, gdy tylko magazyn zakończy kontrolę jakości odesłanych artykułów i okaże się, że spełniają one warunki zwrotu.
confirmation-to-come = Po zrealizowaniu zwrotu pieniędzy otrzymają Państwo potwierdzenie.
confirmed-now = Niniejsza wiadomość stanowi potwierdzenie: zwrot pieniędzy został zrealizowany.
label-heading = Etykieta zwrotna
label-granted = Do tego wniosku wystawiono przedpłaconą etykietę zwrotną. Prosimy zapakować artykuły i odesłać je z tą etykietą, postępując zgodnie z instrukcjami na formularzu zwrotu.
label-shared-with-order = Ten wniosek korzysta z przedpłaconej etykiety zwrotnej wystawionej już dla tego zamówienia: prosimy odesłać wszystkie zwracane artykuły z zamówienia w jednej paczce. Jeśli z etykietą wyślą Państwo tylko część z nich, mogą Państwo być zobowiązani do zapłaty za wysyłkę pozostałych.
label-refused-monthly-limit = Brak przedpłaconej etykiety zwrotnej: w tym miesiącu kalendarzowym otrzymali już Państwo maksymalną liczbę trzech (3) przedpłaconych etykiet zwrotnych. Kto ponosi koszt odesłania poszczególnych artykułów, wskazano powyżej.
label-pickup-suspended = Brak przedpłaconej etykiety zwrotnej: usługi przesyłek zwrotnych są obecnie zawieszone pod Państwa adresem dostawy. Kto ponosi koszt odesłania poszczególnych artykułów, wskazano powyżej.
request-refused-under-rules = Wniosek został odrzucony na podstawie zasad
