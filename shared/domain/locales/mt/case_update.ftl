# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Każ
listing = Inserzjoni
recall = Sejħa lura
markets = Swieq
appeal-deadline = Skadenza għall-appell
received-subject = Appell riċevut: każ { $case }
received-heading = Irċevejna l-appell tiegħek
received = Irċevejna l-appell tiegħek fid-data { $filed }. Reviżur se jiddeċiedi dwaru u ngħarrfuk bl-eżitu. Sa dakinhar, il-miżuri fuq l-inserzjoni tiegħek jibqgħu fis-seħħ, u l-ebda konsumatur ma jiġi kkuntattjat sakemm l-appell tiegħek ikun għadu miftuħ.
received-ordered = Irċevejna l-appell tiegħek fid-data { $filed }. Reviżur se jiddeċiedi dwaru u ngħarrfuk bl-eżitu. Sa dakinhar, il-miżuri fuq l-inserzjoni tiegħek jibqgħu fis-seħħ. L-awtorità ordnat li l-konsumaturi jiġu infurmati minnufih, għalhekk is-sejħa lura lill-konsumaturi tkompli sadanittant.
grounds = Ir-raġunijiet tiegħek: { $grounds }
upheld-subject = Appell milqugħ: każ { $case } – l-inserzjoni tiegħek terġa' tinsab għall-bejgħ
upheld-heading = L-appell tiegħek intlaqa'
upheld-reason = Reviżur laqa' l-appell tiegħek: { $reason }
upheld-lifted = Neħħejna l-miżuri fuq l-inserzjoni tiegħek fis-swieq { $markets }: hemmhekk hija għall-bejgħ mill-ġdid.
upheld-points = Il-penali ta' { $points } punti hija rtirata.
upheld-told = Il-konsumaturi diġà ġew infurmati, fuq ordni tal-awtorità.
upheld-not-told = Il-konsumaturi mhux se jiġu kkuntattjati dwar dan il-każ.
rejected-subject = Appell miċħud: każ { $case } – tibda s-sejħa lura lill-konsumaturi
rejected-heading = L-appell tiegħek ġie miċħud
rejected-reason = Reviżur ċaħad l-appell tiegħek: { $reason }
rejected-stay = Il-miżuri fuq l-inserzjoni tiegħek fis-swieq { $markets } jibqgħu fis-seħħ. Issa qed nibagħtu avviż ta' sejħa lura lil kull konsumatur li xtara l-prodott f'dawk is-swieq. Ir-rimedji tal-konsumaturi — il-prezz imħallas u t-tariffi tal-ordni — jiġu ddebitati lilek.
rejected-stay-points = Il-miżuri fuq l-inserzjoni tiegħek fis-swieq { $markets } jibqgħu fis-seħħ u tapplika l-penali ta' { $points } punti. Issa qed nibagħtu avviż ta' sejħa lura lil kull konsumatur li xtara l-prodott f'dawk is-swieq. Ir-rimedji tal-konsumaturi — il-prezz imħallas u t-tariffi tal-ordni — jiġu ddebitati lilek.
refused-subject = Appell mhux aċċettat: każ { $case }
refused-heading = L-appell tiegħek ma setax jiġi aċċettat
refused = Ma stajniex naċċettaw l-appell tiegħek dwar il-każ { $case }: { $reason }.
refused-deadline = L-iskadenza għall-appell ta' dan il-każ: { $deadline }.
refused-contact = Jekk taħseb li dan huwa żball, ikkuntattja lill-uffiċċju tas-sikurezza tal-prodotti u semmi l-identifikatur tal-każ.
refused-no-case = ma jeżisti l-ebda każ { $case }
refused-not-yours = il-każ { $case } mhuwiex każ tiegħek: il-bejjiegħ tal-inserzjoni biss jista' jappella
refused-late = l-appell ġie ppreżentat fid-data { $filed }, wara l-iskadenza ta' { $deadline } (7 ijiem mill-avviż ta' sejħa lura)
refused-state = il-każ { $case } m'għadux miftuħ għal appell
