# The order cancelled email, Slovak.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Objednávka zrušená: spätné prevzatie výrobku z bezpečnostných dôvodov
greeting = Vážená zákazníčka, vážený zákazník,
intro = Vašu objednávku { $order_id } zo dňa { $order_date } (krajina doručenia: { $market }) sme zrušili ešte pred jej odoslaním: nižšie uvedený výrobok je predmetom spätného prevzatia z bezpečnostných dôvodov.
not-delivered = Výrobok Vám nebude doručený. Keďže ste ho nikdy nedostali, nemusíte nič prestať používať ani nič posielať späť.
product-heading = Výrobok
name = Výrobok:
brand = Značka:
model = Model:
hazard-heading = Prečo sa výrobok spätne preberá
refund-heading = Vrátenie peňazí
refund = Vrátime Vám celú sumu, zaplatenú cenu ({ $price_paid }) aj poplatky za objednávku, na platobný prostriedok, ktorý ste použili.
nothing-to-do = Nemusíte nič robiť.
help-heading = Otázky
contact = Ak máte otázky, kontaktujte nás v časti Pomoc vo Vašom účte.
signature = Tím pre bezpečnosť výrobkov
