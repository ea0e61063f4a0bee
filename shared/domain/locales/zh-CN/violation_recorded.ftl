# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Chinese, Simplified)
# Draft translated from the English; to be reviewed by a native speaker.

subject = 违规已记录：{ $violation }（{ $points }）
heading = 违规已记录
# $severity: general or serious violation (seller_common).
intro = 我们已在您的账户中记录一项违规：{ $violation }（{ $severity }，{ $points }）。
violation-heading = 违规情况
violation = 违规
recorded-on = 记录日期
counts-until-value = { $date }（此后该记录将移出滚动 365 天的计算期）
sanction-heading = 处罚
meaning-listing-removal = 商品 { $listing } 已从所有市场移除。请勿通过本商品或任何其他商品重新上架该产品。
meaning-listing-removal-unnamed = 该商品已从所有市场移除。请勿通过本商品或任何其他商品重新上架该产品。
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = 将向您的账户收取 { $amount } 的罚款。
meaning-fine-unknown = 将向您的账户收取罚款。
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = 在该记录计入期间（365 天），您的账户至少处于“{ $standing }”状态：{ $consequence }
meaning-permanent-ban = 永久封禁不会到期：无论该记录时间多久均适用。{ $consequence }
reminder-heading = 合规提醒
# $issue: the desk's words, quoted as given.
reminder = 该商品对应的产品不合规，因此我们正在向从您处购买该产品的消费者发送合规提醒：“{ $issue }”当他们提出要求时，请为其提供售后解决方案，包括退货和退款。
standing-note = 您的账户状态源于处罚，而非源于您的分数：仅凭您的分数，您的账户状态应为“{ $standing }”。
contest-case = 如您对该记录有异议，请在召回通知发出后 7 天内提出申诉，并注明案件 { $case }。
contest-report = 如您认为该违规记录有误，请通过卖家中心提出异议，并注明报告 { $report }。
contest-unreferenced = 如您认为该违规记录有误，请通过卖家中心提出异议。
