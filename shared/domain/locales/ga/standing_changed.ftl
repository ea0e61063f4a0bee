# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Seasamh do chuntais: { $before } → { $after }
heading-worse = Tá seasamh do chuntais níos measa
heading-better = Tá seasamh do chuntais níos fearr
heading-same = Seasamh do chuntais
change-worse = Chuaigh seasamh do chuntais suas ó “{ $before }” go “{ $after }”: is measa é seo do do chuntas.
change-better = Chuaigh seasamh do chuntais síos ó “{ $before }” go “{ $after }”: is fearr é seo do do chuntas.
change-same = Seasamh do chuntais: “{ $after }”.
trigger-new = Tagann an t-athrú i ndiaidh iontráil nua ar { $date }: { $violation } ({ $points }).
trigger-reversal = Tagann an t-athrú i ndiaidh aisiompú iontráil { $entry } ar { $date }.
trigger-reversal-of = Tagann an t-athrú i ndiaidh aisiompú iontráil { $entry } ar { $date } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (iontrálacha ó { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Tagann do sheasamh ó smachtbhanna: { $sanctions }, ní ó do phointí: de réir do phointí amháin ({ $points }), is é “{ $standing }” a bheadh agat.
sanction-note-unnamed = Tagann do sheasamh ó smachtbhanna, ní ó do phointí: de réir do phointí amháin ({ $points }), is é “{ $standing }” a bheadh agat.
sanction-behind = { $sanction } (iontráil { $entry }, { $date })
thresholds-heading = Tairseacha
thresholds-points = pointí thar na 365 lá rollacha
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to ->
    [one] { $to } phointe
    [two] { $to } phointe
    [few] { $to } phointe
    [many] { $to } bpointe
   *[other] { $to } pointe
  }
threshold-or-more = { $from ->
    [one] { $from } phointe nó níos mó
    [two] { $from } phointe nó níos mó
    [few] { $from } phointe nó níos mó
    [many] { $from } bpointe nó níos mó
   *[other] { $from } pointe nó níos mó
  }
your-standing = do sheasamh
thresholds-note = Cuireann smachtbhanna a ghearrtar le sárú (srian ar sheoladh, reo cuntais, fionraí, cosc buan) do chuntas ar a laghad ag an seasamh a fhreagraíonn dó fad a áirítear a iontráil; baineann cosc buan is cuma cén aois í an iontráil.
entries-heading = Na hiontrálacha is cúis leis
no-entries = Ní áirítear aon phionós thar na 365 lá rollacha.
lasting-heading = Smachtbhannaí atá fós i bhfeidhm
reversals-heading = Aisiompuithe sna 365 lá rollacha
entry-title = { $date }: { $violation }
reversal-title = { $date }: Aisiompú – { $violation }
sanction = Smachtbhanna
counts-until-ban = { $date } (a pointí; ní théann an cosc buan in éag)
to-contest = Le hagóid a dhéanamh
to-contest-case = achomharc laistigh de 7 lá ón bhfógra aisghairme, ag lua aitheantas an cháis
to-contest-report = tríd an ionad díoltóirí, ag lua aitheantas na tuairisce
to-contest-entry = tríd an ionad díoltóirí, ag lua aitheantas na hiontrála
note = Nóta
lasting-note = Níos sine ná 365 lá: ní áirítear a pointí a thuilleadh, ach baineann cosc buan is cuma cén aois í an iontráil.
reverses = Aisiompaíonn sé
reverses-of = { $entry } ({ $violation }, curtha síos ar { $date }, { $points })
contest-case = Is féidir achomharc a dhéanamh i gcoinne iontrála ó chás aisghairme laistigh de 7 lá ón bhfógra aisghairme (faoin spriocdháta achomhairc a luaitear san fhógra), ag lua aitheantas an cháis.
contest-report = Déantar agóid i gcoinne sárú tuairiscithe tríd an ionad díoltóirí, ag lua aitheantas na tuairisce.
