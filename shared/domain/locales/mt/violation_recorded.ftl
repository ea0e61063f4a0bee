# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Ksur irreġistrat: { $violation } ({ $points })
heading = Ksur irreġistrat
# $severity: general or serious violation (seller_common).
intro = Irreġistrajna ksur kontra l-kont tiegħek: { $violation } ({ $severity }, { $points }).
violation-heading = Il-ksur
violation = Ksur
recorded-on = Irreġistrat fid-data
counts-until-value = { $date } (imbagħad joħroġ mill-perjodu mobbli ta' 365 jum)
sanction-heading = Sanzjoni
meaning-listing-removal = L-inserzjoni { $listing } titneħħa mis-swieq kollha. Terġax tpoġġi l-prodott għall-bejgħ, la taħt din l-inserzjoni u lanqas taħt xi inserzjoni oħra.
meaning-listing-removal-unnamed = L-inserzjoni titneħħa mis-swieq kollha. Terġax tpoġġi l-prodott għall-bejgħ, la taħt din l-inserzjoni u lanqas taħt xi inserzjoni oħra.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Multa ta' { $amount } tiġi ddebitata lill-kont tiegħek.
meaning-fine-unknown = Multa tiġi ddebitata lill-kont tiegħek.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Sakemm din l-entrata tgħodd (365 jum), il-kont tiegħek ikun mill-inqas fl-istatus { $standing }: { $consequence }
meaning-permanent-ban = Projbizzjoni permanenti ma tiskadix: tapplika tkun xi tkun l-età ta' din l-entrata. { $consequence }
reminder-heading = Tfakkira dwar il-konformità
# $issue: the desk's words, quoted as given.
reminder = Il-prodott ta' din l-inserzjoni ma jikkonformax, għalhekk qed nibagħtu tfakkira dwar il-konformità lill-konsumaturi li xtrawh mingħandek: “{ $issue }” Ipprovdilhom soluzzjonijiet ta' wara l-bejgħ, inklużi ritorni u rimborżi, meta jitolbu.
standing-note = L-istatus tiegħek ġej minn sanzjoni, mhux mill-punti tiegħek: il-punti tiegħek waħedhom kienu jagħtuk { $standing }.
contest-case = Jekk toġġezzjona għal din l-entrata, appella fi żmien 7 ijiem mill-avviż ta' sejħa lura, billi ssemmi l-każ { $case }.
contest-report = Jekk temmen li dan il-ksur ġie rreġistrat bi żball, ikkontestah permezz taċ-ċentru tal-bejjiegħa, billi ssemmi r-rapport { $report }.
contest-unreferenced = Jekk temmen li dan il-ksur ġie rreġistrat bi żball, ikkontestah permezz taċ-ċentru tal-bejjiegħa.
