# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Ügy
listing = Hirdetés
recall = Visszahívás
markets = Piacok
appeal-deadline = Fellebbezési határidő
received-subject = Fellebbezését megkaptuk – ügy: { $case }
received-heading = Megkaptuk fellebbezését
received = Fellebbezését a következő időpontban kaptuk meg: { $filed }. Egy elbíráló dönt róla, és tájékoztatjuk az eredményről. Addig a hirdetésére vonatkozó intézkedések érvényben maradnak, és amíg fellebbezése folyamatban van, egyetlen fogyasztót sem keresünk meg.
received-ordered = Fellebbezését a következő időpontban kaptuk meg: { $filed }. Egy elbíráló dönt róla, és tájékoztatjuk az eredményről. Addig a hirdetésére vonatkozó intézkedések érvényben maradnak. A hatóság elrendelte a fogyasztók azonnali tájékoztatását, ezért a fogyasztói visszahívás közben is folytatódik.
grounds = Az Ön indokai: { $grounds }
upheld-subject = Fellebbezésének helyt adtunk – ügy: { $case } – hirdetése ismét megvásárolható
upheld-heading = Fellebbezésének helyt adtunk
upheld-reason = Egy elbíráló helyt adott fellebbezésének: { $reason }
upheld-lifted = Feloldottuk a hirdetésére vonatkozó intézkedéseket a következő piacokon: { $markets }; ott ismét megvásárolható.
upheld-points = A szankciót ({ $points } büntetőpont) visszavonjuk.
upheld-told = A fogyasztókat a hatóság elrendelésére már tájékoztattuk.
upheld-not-told = Ezzel az üggyel kapcsolatban nem keressük meg a fogyasztókat.
rejected-subject = Fellebbezését elutasítottuk – ügy: { $case } – megkezdődik a fogyasztói visszahívás
rejected-heading = Fellebbezését elutasítottuk
rejected-reason = Egy elbíráló elutasította fellebbezését: { $reason }
rejected-stay = A hirdetésére vonatkozó intézkedések a következő piacokon érvényben maradnak: { $markets }. Most visszahívási értesítést küldünk minden fogyasztónak, aki ezeken a piacokon megvásárolta a terméket. A fogyasztóknak járó jogorvoslatok – a kifizetett vételár és a rendelés díjai – Önt terhelik.
rejected-stay-points = A hirdetésére vonatkozó intézkedések a következő piacokon érvényben maradnak: { $markets }, és a szankció ({ $points } büntetőpont) alkalmazandó. Most visszahívási értesítést küldünk minden fogyasztónak, aki ezeken a piacokon megvásárolta a terméket. A fogyasztóknak járó jogorvoslatok – a kifizetett vételár és a rendelés díjai – Önt terhelik.
refused-subject = A fellebbezés nem fogadható be – ügy: { $case }
refused-heading = Fellebbezését nem tudtuk befogadni
refused = Nem tudtuk befogadni fellebbezését (ügy: { $case }): { $reason }.
refused-deadline = Az ügy fellebbezési határideje: { $deadline }.
refused-contact = Ha úgy véli, hogy tévedés történt, forduljon a termékbiztonsági ügyintézéshez, és adja meg az ügyazonosítót.
refused-no-case = nem létezik ilyen azonosítójú ügy: { $case }
refused-not-yours = a megadott ügy ({ $case }) nem az Ön ügye: csak a hirdetés eladója nyújthat be fellebbezést
refused-late = a fellebbezés a határidő ({ $deadline }; a visszahívási értesítéstől számított 7 nap) lejárta után, a következő időpontban érkezett: { $filed }
refused-state = a megadott ügyben ({ $case }) már nem lehet fellebbezni
