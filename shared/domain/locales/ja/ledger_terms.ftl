# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = リコール対象製品の販売
violation-recall-evasion = リコール対象となっている出品の掲載または編集
violation-intellectual-property = 知的財産権の侵害
violation-prohibited-item = 禁止または制限されている商品
violation-health-and-safety = 健康と安全
violation-false-information = 虚偽または誤解を招く出品情報
violation-pricing-abuse = 価格設定およびプロモーションの不正利用

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = リコール対象製品の販売
violation-recall-evasion-label = リコール対象となっている出品の掲載または編集
violation-intellectual-property-label = 知的財産権の侵害
violation-prohibited-item-label = 禁止または制限されている商品
violation-health-and-safety-label = 健康と安全
violation-false-information-label = 虚偽または誤解を招く出品情報
violation-pricing-abuse-label = 価格設定およびプロモーションの不正利用

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = 一般違反
severity-serious-label = 重大違反

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = すべての市場での出品の削除
sanction-financial-penalty = 制裁金
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = { $amount }の制裁金
sanction-shipping-restriction = 配送制限
sanction-account-freeze = アカウントの凍結
sanction-suspension = アカウントの停止
sanction-permanent-ban = 永久利用禁止

## The account standings, from best to worst, as names

standing-good = 良好
standing-warning = 警告
standing-listing-restrictions = 出品制限
standing-shipping-restricted = 配送制限／アカウント凍結
standing-suspended = アカウント停止
standing-terminated = アカウント終了

## What each standing means for the seller, in one sentence

consequence-good = 出品者様のアカウントには制限はありません。
consequence-warning = 正式な警告です。さらに違反があった場合、アカウントが制限されます。
consequence-listing-restrictions = ポイントがしきい値を下回るまで、新規の出品や既存の出品の編集はできません。
consequence-shipping-restricted = 配送の権限が制限され、アカウントの資金が凍結されています。
consequence-suspended = アカウントは停止されています。出品は非表示となり、販売することはできません。
consequence-terminated = 出品者様のアカウントは終了となりました。

## Points: $points is a number, negative for a reversal ("-6 points")
## (Japanese has only the CLDR plural category "other": no select is needed.)

points = { $points }ポイント

## What both emails share

standing-now-heading = 現在のアカウントステータス
standing = ステータス
what-it-means = 意味
points-window = 直近365日間のポイント
reason = 理由
listing = 出品
severity = 重大度
points-label = ポイント
counts-until = 算入期限
case = ケース
report = 報告
contest-heading = 異議申し立ての方法
contest-upheld = 異議申し立てが認められた場合、そのエントリーは取り消されます。そのポイントと制裁は算入されなくなり、ステータスが変わった際にはお知らせします。
