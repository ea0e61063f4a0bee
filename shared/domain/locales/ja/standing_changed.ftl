# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = アカウントステータス：{ $before } → { $after }
heading-worse = アカウントステータスが悪化しました
heading-better = アカウントステータスが改善しました
heading-same = アカウントステータス
change-worse = アカウントステータスが「{ $before }」から「{ $after }」に上がりました。これはアカウントにとって悪化を意味します。
change-better = アカウントステータスが「{ $before }」から「{ $after }」に下がりました。これはアカウントにとって改善を意味します。
change-same = アカウントステータスは「{ $after }」です。
trigger-new = この変更は、{ $date }の新しいエントリーによるものです：{ $violation }（{ $points }）。
trigger-reversal = この変更は、{ $date }にエントリー { $entry } が取り消されたことによるものです。
trigger-reversal-of = この変更は、{ $date }にエントリー { $entry }（{ $violation }、{ $points }）が取り消されたことによるものです。
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total }（{ $from }以降のエントリー）
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = 出品者様のステータスは、ポイントではなく制裁によるものです：{ $sanctions }。ポイント（{ $points }）だけであれば、ステータスは「{ $standing }」となります。
sanction-note-unnamed = 出品者様のステータスは、ポイントではなく制裁によるものです。ポイント（{ $points }）だけであれば、ステータスは「{ $standing }」となります。
sanction-behind = { $sanction }（エントリー { $entry }、{ $date }）
thresholds-heading = しきい値
thresholds-points = 直近365日間のポイント
# $from, $to: numbers of points.
threshold-range = { $from }～{ $to }ポイント
threshold-or-more = { $from }ポイント以上
your-standing = 現在のステータス
thresholds-note = 違反とともに科された制裁（配送制限、アカウントの凍結、停止、永久利用禁止）は、そのエントリーが算入されている間、アカウントを少なくともその制裁に対応するステータスに置きます。永久利用禁止は、エントリーの経過期間にかかわらず適用されます。
entries-heading = 根拠となるエントリー
no-entries = 直近365日間に算入されるペナルティはありません。
lasting-heading = 引き続き適用される制裁
reversals-heading = 直近365日間の取り消し
entry-title = { $date }：{ $violation }
reversal-title = { $date }：取り消し – { $violation }
sanction = 制裁
counts-until-ban = { $date }（ポイントについて。永久利用禁止に期限はありません）
to-contest = 異議申し立て
to-contest-case = リコール通知から7日以内に、ケースIDを明記のうえ異議申し立て
to-contest-report = セラーセンターから、報告IDを明記のうえ申し立て
to-contest-entry = セラーセンターから、エントリーIDを明記のうえ申し立て
note = 備考
lasting-note = 365日より前のエントリーです。そのポイントは算入されなくなりましたが、永久利用禁止はエントリーの経過期間にかかわらず適用されます。
reverses = 取り消し対象
reverses-of = { $entry }（{ $violation }、{ $date }に計上、{ $points }）
contest-case = リコールのケースによるエントリーについては、ケースIDを明記のうえ、リコール通知から7日以内（通知に記載された異議申し立て期限まで）に異議を申し立てることができます。
contest-report = 報告された違反については、報告IDを明記のうえ、セラーセンターから異議を申し立ててください。
