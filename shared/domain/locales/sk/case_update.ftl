# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values. Slovak.
# Draft translated from the English; to be reviewed by a native speaker.

case = Prípad
listing = Ponuka
recall = Spätné prevzatie
markets = Trhy
appeal-deadline = Lehota na odvolanie
received-subject = Odvolanie doručené: prípad { $case }
received-heading = Vaše odvolanie sme dostali
received = Vaše odvolanie sme dostali dňa { $filed }. Rozhodne o ňom posudzovateľ a o výsledku Vás budeme informovať. Dovtedy zostávajú opatrenia pri Vašej ponuke v platnosti, a kým je Vaše odvolanie otvorené, nebude kontaktovaný žiadny spotrebiteľ.
received-ordered = Vaše odvolanie sme dostali dňa { $filed }. Rozhodne o ňom posudzovateľ a o výsledku Vás budeme informovať. Dovtedy zostávajú opatrenia pri Vašej ponuke v platnosti. Príslušný orgán nariadil okamžite informovať spotrebiteľov, takže spätné prevzatie od spotrebiteľov medzitým pokračuje.
grounds = Vaše dôvody: { $grounds }
upheld-subject = Odvolaniu vyhovené: prípad { $case } – Vaša ponuka je opäť v predaji
upheld-heading = Vášmu odvolaniu bolo vyhovené
upheld-reason = Posudzovateľ Vášmu odvolaniu vyhovel: { $reason }
upheld-lifted = Zrušili sme opatrenia pri Vašej ponuke v { $markets }: je tam opäť v predaji.
upheld-points = Sankcia vo výške { $points } bodov sa ruší.
upheld-told = Spotrebitelia už boli informovaní na príkaz príslušného orgánu.
upheld-not-told = Spotrebitelia nebudú v súvislosti s týmto prípadom kontaktovaní.
rejected-subject = Odvolanie zamietnuté: prípad { $case } – začína sa spätné prevzatie od spotrebiteľov
rejected-heading = Vaše odvolanie bolo zamietnuté
rejected-reason = Posudzovateľ Vaše odvolanie zamietol: { $reason }
rejected-stay = Opatrenia pri Vašej ponuke v { $markets } zostávajú v platnosti. Teraz posielame oznámenie o spätnom prevzatí každému spotrebiteľovi, ktorý si výrobok na týchto trhoch kúpil. Náklady na riešenia pre spotrebiteľov — zaplatená cena a poplatky za objednávku — budú účtované Vám.
rejected-stay-points = Opatrenia pri Vašej ponuke v { $markets } zostávajú v platnosti a uplatňuje sa sankcia vo výške { $points } bodov. Teraz posielame oznámenie o spätnom prevzatí každému spotrebiteľovi, ktorý si výrobok na týchto trhoch kúpil. Náklady na riešenia pre spotrebiteľov — zaplatená cena a poplatky za objednávku — budú účtované Vám.
refused-subject = Odvolanie neprijaté: prípad { $case }
refused-heading = Vaše odvolanie nebolo možné prijať
refused = Vaše odvolanie k prípadu { $case } sme nemohli prijať: { $reason }.
refused-deadline = Lehota na odvolanie v tomto prípade: { $deadline }.
refused-contact = Ak sa domnievate, že ide o omyl, obráťte sa na oddelenie bezpečnosti výrobkov a uveďte ID prípadu.
refused-no-case = prípad { $case } neexistuje
refused-not-yours = prípad { $case } nie je Váš prípad: odvolať sa môže iba predajca danej ponuky
refused-late = odvolanie bolo podané dňa { $filed }, teda po uplynutí lehoty { $deadline } (7 dní od oznámenia o spätnom prevzatí)
refused-state = prípad { $case } už nie je otvorený na odvolanie
