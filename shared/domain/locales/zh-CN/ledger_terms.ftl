# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). (Chinese, Simplified)
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = 销售被召回的产品
violation-recall-evasion = 在召回适用期间发布或编辑商品
violation-intellectual-property = 侵犯知识产权
violation-prohibited-item = 禁售或限售商品
violation-health-and-safety = 健康与安全
violation-false-information = 虚假或误导性的商品信息
violation-pricing-abuse = 滥用定价和促销

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = 销售被召回的产品
violation-recall-evasion-label = 在召回适用期间发布或编辑商品
violation-intellectual-property-label = 侵犯知识产权
violation-prohibited-item-label = 禁售或限售商品
violation-health-and-safety-label = 健康与安全
violation-false-information-label = 虚假或误导性的商品信息
violation-pricing-abuse-label = 滥用定价和促销

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = 一般违规
severity-serious-label = 严重违规

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = 商品从所有市场移除
sanction-financial-penalty = 罚款
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = 罚款 { $amount }
sanction-shipping-restriction = 配送限制
sanction-account-freeze = 账户冻结
sanction-suspension = 账户暂停
sanction-permanent-ban = 永久封禁

## The account standings, from best to worst, as names

standing-good = 状态良好
standing-warning = 警告
standing-listing-restrictions = 商品发布受限
standing-shipping-restricted = 配送受限/账户冻结
standing-suspended = 已暂停
standing-terminated = 已终止

## What each standing means for the seller, in one sentence

consequence-good = 您的账户不受任何限制。
consequence-warning = 正式警告：如再有违规，您的账户将受到限制。
consequence-listing-restrictions = 在您的分数降至阈值以下之前，您不能发布新商品，也不能编辑现有商品。
consequence-shipping-restricted = 您的配送权限受到限制，且您账户中的资金被冻结。
consequence-suspended = 您的账户已被暂停：您的商品已被隐藏，您无法进行销售。
consequence-terminated = 您的账户已被终止。

## Points: $points is a number, negative for a reversal ("-6 points")
## Chinese has only the CLDR category "other": no select needed.

points = { $points } 分

## What both emails share

standing-now-heading = 您当前的账户状态
standing = 账户状态
what-it-means = 含义
points-window = 滚动 365 天内的分数
reason = 原因
listing = 商品
severity = 严重程度
points-label = 分数
counts-until = 计分截止日期
case = 案件
report = 报告
contest-heading = 如何提出异议
contest-upheld = 如您的申诉获得支持，该记录将被撤销：其分数和处罚不再计入；您的账户状态发生变化时，我们会通知您。
