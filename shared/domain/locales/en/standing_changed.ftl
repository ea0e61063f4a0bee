# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).

subject = Your account standing: { $before } → { $after }
heading-worse = Your account standing has worsened
heading-better = Your account standing has improved
heading-same = Your account standing
change-worse = Your account standing went up from { $before } to { $after }: this is worse for your account.
change-better = Your account standing went down from { $before } to { $after }: this is better for your account.
change-same = Your account standing is { $after }.
trigger-new = The change follows a new entry on { $date }: { $violation } ({ $points }).
trigger-reversal = The change follows the reversal on { $date } of entry { $entry }.
trigger-reversal-of = The change follows the reversal on { $date } of entry { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (entries since { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Your standing comes from a sanction: { $sanctions }, not from your points: your { $points } alone would give { $standing }.
sanction-note-unnamed = Your standing comes from a sanction, not from your points: your { $points } alone would give { $standing }.
sanction-behind = { $sanction } (entry { $entry }, { $date })
thresholds-heading = Thresholds
thresholds-points = points over the rolling 365 days
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } points
threshold-or-more = { $from ->
    [one] { $from } point or more
   *[other] { $from } points or more
  }
your-standing = your standing
thresholds-note = A sanction imposed with a violation (shipping restriction, account freeze, suspension, permanent ban) puts your account at least at its standing while its entry counts; a permanent ban applies whatever its age.
entries-heading = The entries behind it
no-entries = No penalty counts over the rolling 365 days.
lasting-heading = Sanctions that still apply
reversals-heading = Reversals in the rolling 365 days
entry-title = { $date }: { $violation }
reversal-title = { $date }: Reversal – { $violation }
sanction = Sanction
counts-until-ban = { $date } (its points; the permanent ban does not expire)
to-contest = To contest
to-contest-case = appeal within 7 days of the recall notice, quoting the case id
to-contest-report = through the seller centre, quoting the report id
to-contest-entry = through the seller centre, quoting the entry id
note = Note
lasting-note = Older than 365 days: its points no longer count, but a permanent ban applies whatever its age.
reverses = Reverses
reverses-of = { $entry } ({ $violation }, booked { $date }, { $points })
contest-case = An entry from a recall case can be appealed within 7 days of the recall notice (by the appeal deadline the notice states), quoting the case id.
contest-report = A reported violation is contested through the seller centre, quoting the report id.
