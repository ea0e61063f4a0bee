# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Juhtum
listing = Kuulutus
recall = Tagasikutsumine
markets = Turud
appeal-deadline = Vaidlustamise tähtaeg
received-subject = Vaidlustus kätte saadud: juhtum { $case }
received-heading = Saime Teie vaidlustuse kätte
received = Saime Teie vaidlustuse kätte (saabumise aeg: { $filed }). Läbivaataja teeb selle kohta otsuse ja anname Teile tulemusest teada. Seni jäävad Teie kuulutuse suhtes rakendatud meetmed kehtima ning tarbijatega ei võeta ühendust, kuni Teie vaidlustus on menetluses.
received-ordered = Saime Teie vaidlustuse kätte (saabumise aeg: { $filed }). Läbivaataja teeb selle kohta otsuse ja anname Teile tulemusest teada. Seni jäävad Teie kuulutuse suhtes rakendatud meetmed kehtima. Järelevalveasutus andis korralduse tarbijaid kohe teavitada, seega jätkub tarbijatele suunatud tagasikutsumine vahepeal.
grounds = Teie põhjendused: { $grounds }
upheld-subject = Vaidlustus rahuldatud: juhtum { $case } – Teie kuulutus on taas müügil
upheld-heading = Teie vaidlustus rahuldati
upheld-reason = Läbivaataja rahuldas Teie vaidlustuse: { $reason }
upheld-lifted = Tühistasime Teie kuulutuse suhtes rakendatud meetmed järgmistel turgudel: { $markets }. Seal on see taas müügil.
upheld-points = { $points } punkti suurune karistus tühistatakse.
upheld-told = Tarbijaid on järelevalveasutuse korraldusel juba teavitatud.
upheld-not-told = Selle juhtumi kohta tarbijatega ühendust ei võeta.
rejected-subject = Vaidlustus jäeti rahuldamata: juhtum { $case } – algab tarbijatele suunatud tagasikutsumine
rejected-heading = Teie vaidlustus jäeti rahuldamata
rejected-reason = Läbivaataja jättis Teie vaidlustuse rahuldamata: { $reason }
rejected-stay = Teie kuulutuse suhtes rakendatud meetmed jäävad kehtima järgmistel turgudel: { $markets }. Saadame nüüd tagasikutsumise teate igale tarbijale, kes ostis toote nendel turgudel. Tarbijatele pakutavate lahenduste kulud – makstud hind ja tellimuse tasud – nõutakse sisse Teilt.
rejected-stay-points = Teie kuulutuse suhtes rakendatud meetmed jäävad kehtima järgmistel turgudel: { $markets }; kohaldatakse { $points } punkti suurust karistust. Saadame nüüd tagasikutsumise teate igale tarbijale, kes ostis toote nendel turgudel. Tarbijatele pakutavate lahenduste kulud – makstud hind ja tellimuse tasud – nõutakse sisse Teilt.
refused-subject = Vaidlustust ei võetud menetlusse: juhtum { $case }
refused-heading = Teie vaidlustust ei saanud menetlusse võtta
refused = Me ei saanud Teie vaidlustust juhtumis { $case } menetlusse võtta: { $reason }.
refused-deadline = Selle juhtumi vaidlustamise tähtaeg: { $deadline }.
refused-contact = Kui leiate, et tegemist on veaga, võtke ühendust tooteohutuse osakonnaga ja märkige juhtumi tunnus.
refused-no-case = juhtumit { $case } ei ole olemas
refused-not-yours = juhtum { $case } ei ole Teie juhtum: vaidlustada saab ainult kuulutuse müüja
refused-late = vaidlustus esitati pärast tähtaega (esitamise aeg: { $filed }; tähtaeg: { $deadline }, 7 päeva tagasikutsumise teatest)
refused-state = juhtumit { $case } ei saa enam vaidlustada
