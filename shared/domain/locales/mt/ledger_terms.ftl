# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = prodott li qed jissejjaħ lura offrut għall-bejgħ
violation-recall-evasion = inserzjoni ppubblikata jew mibdula waqt li tkopriha sejħa lura
violation-intellectual-property = ksur tal-proprjetà intellettwali
violation-prohibited-item = oġġett ipprojbit jew ristrett
violation-health-and-safety = saħħa u sikurezza
violation-false-information = informazzjoni falza jew qarrieqa fl-inserzjoni
violation-pricing-abuse = abbuż tal-prezzijiet u tal-promozzjonijiet

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Prodott li qed jissejjaħ lura offrut għall-bejgħ
violation-recall-evasion-label = Inserzjoni ppubblikata jew mibdula waqt li tkopriha sejħa lura
violation-intellectual-property-label = Ksur tal-proprjetà intellettwali
violation-prohibited-item-label = Oġġett ipprojbit jew ristrett
violation-health-and-safety-label = Saħħa u sikurezza
violation-false-information-label = Informazzjoni falza jew qarrieqa fl-inserzjoni
violation-pricing-abuse-label = Abbuż tal-prezzijiet u tal-promozzjonijiet

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Ksur ġenerali
severity-serious-label = Ksur serju

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = inserzjoni mneħħija mis-swieq kollha
sanction-financial-penalty = penali finanzjarja
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = penali finanzjarja ta' { $amount }
sanction-shipping-restriction = restrizzjoni fuq il-kunsinna
sanction-account-freeze = kont iffriżat
sanction-suspension = kont sospiż
sanction-permanent-ban = projbizzjoni permanenti

## The account standings, from best to worst, as names

standing-good = Status tajjeb
standing-warning = Twissija
standing-listing-restrictions = Restrizzjonijiet fuq l-inserzjonijiet
standing-shipping-restricted = Kunsinna ristretta / kont iffriżat
standing-suspended = Sospiż
standing-terminated = Terminat

## What each standing means for the seller, in one sentence

consequence-good = L-ebda restrizzjoni ma tapplika għall-kont tiegħek.
consequence-warning = Twissija formali: aktar ksur se jirrestrinġi l-kont tiegħek.
consequence-listing-restrictions = Ma tistax tippubblika inserzjonijiet ġodda jew tibdel dawk eżistenti sakemm il-punti tiegħek jinżlu taħt il-limitu.
consequence-shipping-restricted = Il-permessi tal-kunsinna tiegħek huma ristretti u l-fondi tal-kont tiegħek huma ffriżati.
consequence-suspended = Il-kont tiegħek huwa sospiż: l-inserzjonijiet tiegħek huma moħbija u ma tistax tbigħ.
consequence-terminated = Il-kont tiegħek huwa tterminat.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } punt
    [two] { $points } punti
    [few] { $points } punti
    [many] { $points } punt
   *[other] { $points } punt
  }

## What both emails share

standing-now-heading = L-istatus tiegħek issa
standing = Status
what-it-means = X'ifisser
points-window = Punti fl-aħħar 365 jum (perjodu mobbli)
reason = Raġuni
listing = Inserzjoni
severity = Gravità
points-label = Punti
counts-until = Jgħodd sa
case = Każ
report = Rapport
contest-heading = Kif tikkontesta
contest-upheld = Jekk l-appell tiegħek jintlaqa', l-entrata titħassar: il-punti u s-sanzjoni tagħha ma jibqgħux jgħoddu, u ngħarrfuk meta l-istatus tiegħek jinbidel.
