# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Talba għal rimborż { $request } fuq l-ordni { $order }: { $status }
heading = Talba għal rimborż fuq l-inserzjonijiet tiegħek: { $status }
intro = Xerrej talab rimborż fuq l-ordni { $order }. Hawn hi d-deċiżjoni dwar l-inserzjonijiet tiegħek f'din it-talba.
items-heading = L-inserzjonijiet tiegħek f'din it-talba
items-back-label = Oġġetti li jiġu lura għandek
recall-refund-charged-to-you = Dan huwa rimborż minħabba sejħa lura tal-prodott: jiġi ddebitat lilek.
summary-heading = Għalik
refunded-on-yours-label = Rimborżat fuq l-inserzjonijiet tiegħek
charged-to-you-label = Iddebitat lilek (sejħa lura tal-prodott)
items-come-back = Xi oġġetti jiġu lura għandek: ara r-ritorn ta' kull inserzjoni hawn fuq.
no-item-comes-back = L-ebda oġġett ma jiġi lura għandek.
none-of-your-listings = Din it-talba ma ssemmi l-ebda waħda mill-inserzjonijiet tiegħek.
what-you-can-do-heading = X'tista' tagħmel
respond-to-buyer = Wieġeb lix-xerrej permezz taċ-ċentru tal-bejjiegħa (ordni { $order }) biex toffri soluzzjoni jew tispjega l-pożizzjoni tiegħek.
after-sales-dispute = Talba li int u x-xerrej ma tistgħux issolvu tmur għand il-pjattaforma bħala tilwima ta' wara l-bejgħ, u tiddeċiedi l-pjattaforma.
buyer-rights-bind-you = Il-programm qatt ma jillimita d-drittijiet statutorji tax-xerrej: tibqa' marbut bil-garanzija legali u bir-regoli tar-ritorn tal-pajjiż tar-residenza tax-xerrej.
