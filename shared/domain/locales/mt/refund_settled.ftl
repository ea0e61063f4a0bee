# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = It-talba tiegħek għal rimborż { $request } għall-ordni { $order }: ir-rimborż sar
subject-failed = It-talba tiegħek għal rimborż { $request } għall-ordni { $order }: l-oġġetti rritornati ma għaddewx mill-kontroll tal-kwalità
heading-passed = Ir-rimborż tiegħek sar
heading-failed = L-oġġetti li rritornajt ma għaddewx mill-kontroll tal-kwalità
intro-passed = L-oġġetti li rritornajt għall-ordni { $order } għaddew mill-kontroll tal-kwalità tal-maħżen fid-data { $date }. Ir-rimborż tiegħek sar.
intro-failed = Il-maħżen iċċekkja l-oġġetti li rritornajt għall-ordni { $order } fid-data { $date }: ma għaddewx mill-kontroll tal-kwalità.
checked-on-label = Iċċekkjat fid-data
items-heading = L-oġġetti li rritornajt
paid-to-fast-refund-bonus = il-bonus tiegħek ta' rimborż mgħaġġel
paid-to-original-payment = il-metodu ta' pagament oriġinali tiegħek
fast-refund-bonus-note = Ir-rimborż huwa disponibbli biex tonfqu minnufih.
original-payment-note = Skont il-bank tiegħek, it-transazzjoni tista' tieħu ftit taż-żmien biex tidher fil-kont tiegħek.
warehouse-found-heading = X'sab il-maħżen
warehouse-found-nothing-said = L-oġġetti rritornati ma jissodisfawx il-kundizzjonijiet tar-rimborż.
no-refund = Ma jitħallas l-ebda rimborż għal dawn l-oġġetti.
