# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Termékbiztonsággal kapcsolatos visszahívás: { $title } – { $listings ->
    [one] { $listings } hirdetés letiltva
   *[other] { $listings } hirdetés letiltva
  }, fellebbezési határidő: { $deadline }
subject-update = Frissítés – Termékbiztonsággal kapcsolatos visszahívás: { $title } – mostantól ezeken a piacokon is letiltva: { $markets }, fellebbezési határidő: { $deadline }
heading = Értesítés termékbiztonsággal kapcsolatos visszahívásról
heading-update = Frissítés: értesítés termékbiztonsággal kapcsolatos visszahívásról
intro = Egy Ön által értékesített termékre termékbiztonsággal kapcsolatos visszahívás vonatkozik. Az alábbi intézkedéseket hoztuk az Ön hirdetéseit illetően, és Önnek most intézkednie kell a visszahívással kapcsolatban.
intro-update = Az alábbi visszahívás mostantól több olyan piacra is kiterjed, ahol az Ön hirdetései elérhetők. Az ezekre vonatkozó intézkedéseket kiterjesztettük.
recall-heading = Visszahívás
recall = Visszahívás
recall-id = Visszahívás azonosítója
reported-by = Bejelentette
risk = Kockázati szint
hazard = Veszély
listings-heading = Az Ön érintett hirdetései
listing-ref = Hirdetés: { $listing } · ügy: { $case }
why = Az egyezés oka
measures = Meghozott intézkedések
penalty = Alkalmazandó szankció
penalty-points = { $points } büntetőpont ({ $severity }), amelyet az Ön büntetőpont-nyilvántartásában rögzítünk; ha fellebbezésének helyt adnak, visszavonjuk
penalty-own = nincs: Ön maga jelentette be saját termékének ezt a visszahívását, ahogyan a szabályok előírják, ezért emiatt nem rögzítünk büntetőpontot
todo-heading = Mi a teendője
todo-stop = Hagyja abba a visszahívott termék értékesítését az érintett piacokon, és ne hirdesse meg újra, sem ezzel, sem más hirdetéssel.
todo-pull = Vonja ki az érintett készletet, és hajtsa végre a visszahívást az alkalmazandó jogszabályok és a hatóság előírásai szerint.
todo-remedies = Készüljön fel arra, hogy Önt terhelik a fogyasztóknak járó jogorvoslatok: minden visszahívás miatti visszatérítésnél a kifizetett vételárat és a rendelés díjait Önre terheljük.
violation-serious = A visszahívott termék értékesítése szabályszegés: hirdetésenként 6 büntetőpont (súlyos szabályszegés), amelyet ezzel az értesítéssel rögzítünk fiókja büntetőpont-nyilvántartásában, és fellebbezésének helyt adása esetén visszavonunk.
violation-general = A visszahívott termék értékesítése szabályszegés: hirdetésenként 2 büntetőpont (általános szabályszegés), amelyet ezzel az értesítéssel rögzítünk fiókja büntetőpont-nyilvántartásában, és fellebbezésének helyt adása esetén visszavonunk.
violation-own = Ön maga jelentette be saját termékének ezt a visszahívását: emiatt nem rögzítünk szankciót a hirdetéseire.
relisting = A termék újbóli meghirdetése vagy egy hirdetés módosítása a visszahívás kijátszása céljából súlyos szabályszegés (6 büntetőpont).
appeal-heading = Fellebbezés
appeal = Ha nem ért egyet a visszahívással kapcsolatos intézkedésekkel vagy a szankcióval, az ügyazonosító megadásával nyújtson be fellebbezést legkésőbb a következő időpontig: { $deadline } (az értesítéstől számított 7 nap). Ezen időpont után, vagy ha a fellebbezést elutasítják, visszahívási értesítést küldünk minden fogyasztónak, aki megvásárolta a terméket.
