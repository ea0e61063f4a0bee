# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = L-istatus tal-kont tiegħek: { $before } → { $after }
heading-worse = L-istatus tal-kont tiegħek mar għall-agħar
heading-better = L-istatus tal-kont tiegħek mar għall-aħjar
heading-same = L-istatus tal-kont tiegħek
change-worse = L-istatus tal-kont tiegħek tela' minn { $before } għal { $after }: dan huwa agħar għall-kont tiegħek.
change-better = L-istatus tal-kont tiegħek niżel minn { $before } għal { $after }: dan huwa aħjar għall-kont tiegħek.
change-same = L-istatus tal-kont tiegħek huwa { $after }.
trigger-new = Il-bidla ġejja minn entrata ġdida fid-data { $date }: { $violation } ({ $points }).
trigger-reversal = Il-bidla ġejja mit-tħassir, fid-data { $date }, tal-entrata { $entry }.
trigger-reversal-of = Il-bidla ġejja mit-tħassir, fid-data { $date }, tal-entrata { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (entrati minn { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = L-istatus tiegħek ġej minn sanzjoni: { $sanctions }, mhux mill-punti tiegħek: il-punti tiegħek waħedhom ({ $points }) kienu jagħtuk { $standing }.
sanction-note-unnamed = L-istatus tiegħek ġej minn sanzjoni, mhux mill-punti tiegħek: il-punti tiegħek waħedhom ({ $points }) kienu jagħtuk { $standing }.
sanction-behind = { $sanction } (entrata { $entry }, { $date })
thresholds-heading = Limiti
thresholds-points = punti fl-aħħar 365 jum (perjodu mobbli)
# $from, $to: numbers of points.
threshold-range = { $to ->
    [one] { $from }–{ $to } punti
    [two] { $from }–{ $to } punti
    [few] { $from }–{ $to } punti
    [many] { $from }–{ $to } punt
   *[other] { $from }–{ $to } punt
  }
threshold-or-more = { $from ->
    [one] { $from } punt jew aktar
    [two] { $from } punti jew aktar
    [few] { $from } punti jew aktar
    [many] { $from } punt jew aktar
   *[other] { $from } punt jew aktar
  }
your-standing = l-istatus tiegħek
thresholds-note = Sanzjoni imposta flimkien ma' ksur (restrizzjoni fuq il-kunsinna, iffriżar tal-kont, sospensjoni, projbizzjoni permanenti) tqiegħed il-kont tiegħek mill-inqas fl-istatus tagħha sakemm l-entrata tagħha tgħodd; projbizzjoni permanenti tapplika tkun xi tkun l-età tagħha.
entries-heading = L-entrati li fuqhom huwa bbażat
no-entries = L-ebda penali ma tgħodd fl-aħħar 365 jum (perjodu mobbli).
lasting-heading = Sanzjonijiet li għadhom japplikaw
reversals-heading = Tħassiriet fl-aħħar 365 jum (perjodu mobbli)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Tħassir – { $violation }
sanction = Sanzjoni
counts-until-ban = { $date } (il-punti tagħha; il-projbizzjoni permanenti ma tiskadix)
to-contest = Biex tikkontesta
to-contest-case = appell fi żmien 7 ijiem mill-avviż ta' sejħa lura, billi ssemmi l-identifikatur tal-każ
to-contest-report = permezz taċ-ċentru tal-bejjiegħa, billi ssemmi l-identifikatur tar-rapport
to-contest-entry = permezz taċ-ċentru tal-bejjiegħa, billi ssemmi l-identifikatur tal-entrata
note = Nota
lasting-note = Eqdem minn 365 jum: il-punti tagħha ma jibqgħux jgħoddu, iżda projbizzjoni permanenti tapplika tkun xi tkun l-età tagħha.
reverses = Tħassar
reverses-of = { $entry } ({ $violation }, irreġistrata fid-data { $date }, { $points })
contest-case = Entrata minn każ ta' sejħa lura tista' tiġi appellata fi żmien 7 ijiem mill-avviż ta' sejħa lura (sal-iskadenza għall-appell iddikjarata fl-avviż), billi ssemmi l-identifikatur tal-każ.
contest-report = Ksur irrappurtat jiġi kkontestat permezz taċ-ċentru tal-bejjiegħa, billi ssemmi l-identifikatur tar-rapport.
