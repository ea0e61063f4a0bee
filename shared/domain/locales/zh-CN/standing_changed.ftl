# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Chinese, Simplified)
# Draft translated from the English; to be reviewed by a native speaker.

subject = 您的账户状态：{ $before } → { $after }
heading-worse = 您的账户状态已恶化
heading-better = 您的账户状态已改善
heading-same = 您的账户状态
change-worse = 您的账户状态已从“{ $before }”升至“{ $after }”：这对您的账户不利。
change-better = 您的账户状态已从“{ $before }”降至“{ $after }”：这对您的账户有利。
change-same = 您的账户状态为“{ $after }”。
trigger-new = 此变化源于{ $date }新增的一条记录：{ $violation }（{ $points }）。
trigger-reversal = 此变化源于{ $date }对记录 { $entry } 的撤销。
trigger-reversal-of = 此变化源于{ $date }对记录 { $entry }（{ $violation }，{ $points }）的撤销。
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total }（自{ $from }起的记录）
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = 您的账户状态源于处罚：{ $sanctions }，而非源于您的分数：仅凭您的 { $points }，您的账户状态应为“{ $standing }”。
sanction-note-unnamed = 您的账户状态源于处罚，而非源于您的分数：仅凭您的 { $points }，您的账户状态应为“{ $standing }”。
sanction-behind = { $sanction }（记录 { $entry }，{ $date }）
thresholds-heading = 阈值
thresholds-points = 滚动 365 天内的分数
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } 分
threshold-or-more = { $from } 分及以上
your-standing = 您的账户状态
thresholds-note = 随违规一并实施的处罚（配送限制、账户冻结、账户暂停、永久封禁）在其记录计入期间，会使您的账户至少处于该处罚对应的状态；永久封禁无论记录时间多久均适用。
entries-heading = 相关记录
no-entries = 滚动 365 天内没有计入的处罚。
lasting-heading = 仍然适用的处罚
reversals-heading = 滚动 365 天内的撤销
entry-title = { $date }：{ $violation }
reversal-title = { $date }：撤销 – { $violation }
sanction = 处罚
counts-until-ban = { $date }（指其分数；永久封禁不会到期）
to-contest = 提出异议
to-contest-case = 在召回通知发出后 7 天内提出申诉，并注明案件编号
to-contest-report = 通过卖家中心提出，并注明报告编号
to-contest-entry = 通过卖家中心提出，并注明记录编号
note = 备注
lasting-note = 已超过 365 天：其分数不再计入，但永久封禁无论时间多久均适用。
reverses = 撤销对象
reverses-of = { $entry }（{ $violation }，记录于{ $date }，{ $points }）
contest-case = 来自召回案件的记录可在召回通知发出后 7 天内（在通知所述的申诉截止时间之前）提出申诉，并注明案件编号。
contest-report = 对被报告的违规提出异议，须通过卖家中心进行，并注明报告编号。
