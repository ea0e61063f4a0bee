# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Jūsų paskyros būklė: { $before } → { $after }
heading-worse = Jūsų paskyros būklė pablogėjo
heading-better = Jūsų paskyros būklė pagerėjo
heading-same = Jūsų paskyros būklė
change-worse = Jūsų paskyros būklė pakilo nuo „{ $before }“ iki „{ $after }“: Jūsų paskyrai tai blogiau.
change-better = Jūsų paskyros būklė nusileido nuo „{ $before }“ iki „{ $after }“: Jūsų paskyrai tai geriau.
change-same = Jūsų paskyros būklė: „{ $after }“.
trigger-new = Pokytis įvyko po naujo įrašo { $date }: { $violation } ({ $points }).
trigger-reversal = Pokytis įvyko po to, kai { $date } buvo panaikintas įrašas { $entry }.
trigger-reversal-of = Pokytis įvyko po to, kai { $date } buvo panaikintas įrašas { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (įrašai nuo { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Jūsų būklę lemia sankcija: { $sanctions }, o ne Jūsų taškai: vien pagal Jūsų taškus ({ $points }) būklė būtų „{ $standing }“.
sanction-note-unnamed = Jūsų būklę lemia sankcija, o ne Jūsų taškai: vien pagal Jūsų taškus ({ $points }) būklė būtų „{ $standing }“.
sanction-behind = { $sanction } (įrašas { $entry }, { $date })
thresholds-heading = Ribos
thresholds-points = taškai per slenkamąsias 365 dienas
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to ->
    [one] { $to } taškas
    [few] { $to } taškai
    [many] { $to } taško
   *[other] { $to } taškų
  }
threshold-or-more = { $from ->
    [one] { $from } taškas ar daugiau
    [few] { $from } taškai ar daugiau
    [many] { $from } taško ar daugiau
   *[other] { $from } taškų ar daugiau
  }
your-standing = Jūsų būklė
thresholds-note = Kol įskaitomas su pažeidimu skirtos sankcijos (siuntimo apribojimo, paskyros įšaldymo, sustabdymo, nuolatinio draudimo) įrašas, Jūsų paskyros būklė yra ne geresnė nei šią sankciją atitinkanti būklė; nuolatinis draudimas taikomas nepriklausomai nuo jo senumo.
entries-heading = Ją lėmę įrašai
no-entries = Per slenkamąsias 365 dienas neįskaitoma jokia nuobauda.
lasting-heading = Tebetaikomos sankcijos
reversals-heading = Panaikinimai per slenkamąsias 365 dienas
entry-title = { $date }: { $violation }
reversal-title = { $date }: Panaikinimas – { $violation }
sanction = Sankcija
counts-until-ban = { $date } (jo taškai; nuolatinis draudimas nesibaigia)
to-contest = Kaip užginčyti
to-contest-case = pateikite skundą per 7 dienas nuo pranešimo apie atšaukimą, nurodydami bylos identifikatorių
to-contest-report = per pardavėjo centrą, nurodydami pranešimo apie pažeidimą identifikatorių
to-contest-entry = per pardavėjo centrą, nurodydami įrašo identifikatorių
note = Pastaba
lasting-note = Senesnis nei 365 dienų: jo taškai nebeįskaitomi, tačiau nuolatinis draudimas taikomas nepriklausomai nuo jo senumo.
reverses = Panaikina
reverses-of = { $entry } ({ $violation }, įregistruotas { $date }, { $points })
contest-case = Įrašą, susijusį su atšaukimo byla, galima apskųsti per 7 dienas nuo pranešimo apie atšaukimą (iki pranešime nurodyto skundo pateikimo termino), nurodant bylos identifikatorių.
contest-report = Praneštas pažeidimas ginčijamas per pardavėjo centrą, nurodant pranešimo apie pažeidimą identifikatorių.
