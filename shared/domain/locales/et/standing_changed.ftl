# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Teie konto seis: { $before } → { $after }
heading-worse = Teie konto seis on halvenenud
heading-better = Teie konto seis on paranenud
heading-same = Teie konto seis
change-worse = Teie konto seis tõusis skaalal tasemelt „{ $before }“ tasemele „{ $after }“: see on Teie kontole halvem.
change-better = Teie konto seis langes skaalal tasemelt „{ $before }“ tasemele „{ $after }“: see on Teie kontole parem.
change-same = Teie konto seis on „{ $after }“.
trigger-new = Muudatuse põhjus on uus kanne (kuupäev: { $date }): { $violation } ({ $points }).
trigger-reversal = Muudatuse põhjus on kande { $entry } tühistamine (kuupäev: { $date }).
trigger-reversal-of = Muudatuse põhjus on kande { $entry } ({ $violation }, { $points }) tühistamine (kuupäev: { $date }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (kanded alates kuupäevast { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Teie konto seis tuleneb sanktsioonist: { $sanctions }, mitte Teie punktidest: ainuüksi Teie punktide ({ $points }) põhjal oleks seis „{ $standing }“.
sanction-note-unnamed = Teie konto seis tuleneb sanktsioonist, mitte Teie punktidest: ainuüksi Teie punktide ({ $points }) põhjal oleks seis „{ $standing }“.
sanction-behind = { $sanction } (kanne { $entry }, { $date })
thresholds-heading = Piirmäärad
thresholds-points = punktid libiseva 365 päeva perioodi jooksul
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } punkti
threshold-or-more = { $from ->
    [one] { $from } punkt või rohkem
   *[other] { $from } punkti või rohkem
  }
your-standing = Teie konto seis
thresholds-note = Rikkumisega koos määratud sanktsioon (tarnepiirang, konto külmutamine, konto peatamine, alaline keeld) seab Teie konto vähemalt vastavasse seisu seni, kuni selle kannet arvestatakse; alaline keeld kehtib olenemata kande vanusest.
entries-heading = Aluseks olevad kanded
no-entries = Libiseva 365 päeva perioodi jooksul ei arvestata ühtegi karistust.
lasting-heading = Endiselt kehtivad sanktsioonid
reversals-heading = Tühistamised libiseva 365 päeva perioodi jooksul
entry-title = { $date }: { $violation }
reversal-title = { $date }: Tühistamine – { $violation }
sanction = Sanktsioon
counts-until-ban = { $date } (selle punktid; alaline keeld ei aegu)
to-contest = Vaidlustamine
to-contest-case = esitage vaidlustus 7 päeva jooksul tagasikutsumise teatest ja märkige juhtumi tunnus
to-contest-report = müüjakeskuse kaudu, märkides rikkumisteate tunnuse
to-contest-entry = müüjakeskuse kaudu, märkides kande tunnuse
note = Märkus
lasting-note = Vanem kui 365 päeva: selle punkte enam ei arvestata, kuid alaline keeld kehtib olenemata kande vanusest.
reverses = Tühistab
reverses-of = { $entry } ({ $violation }, kande kuupäev { $date }, { $points })
contest-case = Tagasikutsumise juhtumist tuleneva kande saab vaidlustada 7 päeva jooksul tagasikutsumise teatest (teates märgitud vaidlustamise tähtajaks), märkides juhtumi tunnuse.
contest-report = Teatatud rikkumise saab vaidlustada müüjakeskuse kaudu, märkides rikkumisteate tunnuse.
