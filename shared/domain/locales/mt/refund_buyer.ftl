# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = It-talba tiegħek għal rimborż { $request } għall-ordni { $order }: { $status }
heading = It-talba tiegħek għal rimborż: { $status }
intro = Iddeċidejna dwar it-talba tiegħek għal rimborż għall-ordni { $order }. Hawn hi d-deċiżjoni dwar kull oġġett.
items-heading = L-oġġetti tiegħek
return-label = Ritorn
total-refund-label = Rimborż totali
paid-to-fast-refund-bonus = il-bonus tiegħek ta' rimborż mgħaġġel (disponibbli biex tonfqu minnufih meta jitħallas ir-rimborż)
paid-to-original-payment = il-metodu ta' pagament oriġinali tiegħek (il-bank tiegħek jista' jieħu ftit jiem oħra biex juri t-transazzjoni)
paid-now-label = Qed jitħallas issa
paid-after-check-label = Jitħallas wara l-kontroll tal-kwalità tal-maħżen
after-check-note = Ir-rimborż tal-oġġetti rritornati jitħallas hekk kif jitlesta l-kontroll tal-kwalità tal-maħżen fuq l-oġġetti rritornati u dawn jissodisfaw il-kundizzjonijiet tar-rimborż.
confirmation-to-come = Tirċievi konferma meta jsir ir-rimborż.
confirmed-now = Din l-email tikkonfermah: ir-rimborż sar.
label-heading = Tikketta tar-ritorn
label-granted = Għal din it-talba tinħareġ tikketta tar-ritorn imħallsa minn qabel. Ippakkja l-oġġetti u ibgħathom lura biha, billi ssegwi l-istruzzjonijiet fuq il-formola tar-ritorn.
label-shared-with-order = Din it-talba taqsam it-tikketta tar-ritorn imħallsa minn qabel li diġà nħarġet għal din l-ordni: jekk jogħġbok irritorna l-oġġetti rritornati kollha tal-ordni f'pakkett wieħed. Jekk tibgħat biss parti minnhom bit-tikketta, jista' jkollok tħallas il-kunsinna tal-oħrajn.
label-refused-monthly-limit = L-ebda tikketta tar-ritorn imħallsa minn qabel: diġà rċevejt il-massimu ta' tliet (3) tikketti tar-ritorn imħallsa minn qabel dan ix-xahar kalendarju. Min iħallas ir-ritorn ta' kull oġġett huwa muri hawn fuq.
label-pickup-suspended = L-ebda tikketta tar-ritorn imħallsa minn qabel: is-servizzi tal-pakketti tar-ritorn bħalissa huma sospiżi fl-indirizz tal-kunsinna tiegħek. Min iħallas ir-ritorn ta' kull oġġett huwa muri hawn fuq.
request-refused-under-rules = It-talba ġiet miċħuda skont ir-regoli
