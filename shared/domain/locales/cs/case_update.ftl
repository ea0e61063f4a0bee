# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values. Czech.
# Draft translated from the English; to be reviewed by a native speaker.

case = Případ
listing = Nabídka
recall = Stažení výrobku
markets = Trhy
appeal-deadline = Lhůta pro odvolání
received-subject = Odvolání obdrženo: případ { $case }
received-heading = Vaše odvolání jsme obdrželi
received = Vaše odvolání jsme obdrželi dne { $filed }. Rozhodne o něm posuzovatel a o výsledku Vás budeme informovat. Do té doby zůstávají opatření u Vaší nabídky v platnosti, a dokud je Vaše odvolání otevřené, nebude kontaktován žádný spotřebitel.
received-ordered = Vaše odvolání jsme obdrželi dne { $filed }. Rozhodne o něm posuzovatel a o výsledku Vás budeme informovat. Do té doby zůstávají opatření u Vaší nabídky v platnosti. Příslušný orgán nařídil, aby byli spotřebitelé informováni okamžitě, takže stažení výrobku od spotřebitelů mezitím pokračuje.
grounds = Vaše důvody: { $grounds }
upheld-subject = Odvolání vyhověno: případ { $case } – Vaše nabídka je opět v prodeji
upheld-heading = Vašemu odvolání bylo vyhověno
upheld-reason = Posuzovatel Vašemu odvolání vyhověl: { $reason }
upheld-lifted = Zrušili jsme opatření u Vaší nabídky v { $markets }: je tam opět v prodeji.
upheld-points = Sankce ve výši { $points } bodů se ruší.
upheld-told = Spotřebitelé již byli informováni na příkaz příslušného orgánu.
upheld-not-told = Spotřebitelé nebudou v souvislosti s tímto případem kontaktováni.
rejected-subject = Odvolání zamítnuto: případ { $case } – začíná stahování výrobku od spotřebitelů
rejected-heading = Vaše odvolání bylo zamítnuto
rejected-reason = Posuzovatel Vaše odvolání zamítl: { $reason }
rejected-stay = Opatření u Vaší nabídky v { $markets } zůstávají v platnosti. Nyní zasíláme oznámení o stažení výrobku každému spotřebiteli, který výrobek na těchto trzích zakoupil. Náklady na nápravu poskytovanou spotřebitelům — zaplacená cena a poplatky za objednávku — budou účtovány Vám.
rejected-stay-points = Opatření u Vaší nabídky v { $markets } zůstávají v platnosti a uplatňuje se sankce ve výši { $points } bodů. Nyní zasíláme oznámení o stažení výrobku každému spotřebiteli, který výrobek na těchto trzích zakoupil. Náklady na nápravu poskytovanou spotřebitelům — zaplacená cena a poplatky za objednávku — budou účtovány Vám.
refused-subject = Odvolání nepřijato: případ { $case }
refused-heading = Vaše odvolání nebylo možné přijmout
refused = Vaše odvolání k případu { $case } jsme nemohli přijmout: { $reason }.
refused-deadline = Lhůta pro odvolání v tomto případu: { $deadline }.
refused-contact = Pokud se domníváte, že jde o omyl, kontaktujte oddělení bezpečnosti výrobků a uveďte ID případu.
refused-no-case = případ { $case } neexistuje
refused-not-yours = případ { $case } není Váš případ: odvolat se může pouze prodejce dané nabídky
refused-late = odvolání bylo podáno dne { $filed }, tedy po uplynutí lhůty { $deadline } (7 dní od oznámení o stažení výrobku)
refused-state = případ { $case } již není otevřen pro odvolání
