# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 違反の記録：{ $violation }（{ $points }）
heading = 違反が記録されました
# $severity: general or serious violation (seller_common).
intro = 出品者様のアカウントに違反を記録しました：{ $violation }（{ $severity }、{ $points }）。
violation-heading = 違反の内容
violation = 違反
recorded-on = 記録日
counts-until-value = { $date }（その後、直近365日間の算入期間から外れます）
sanction-heading = 制裁
meaning-listing-removal = 出品 { $listing } はすべての市場から削除されます。この出品またはその他のいかなる出品でも、この製品を再出品しないでください。
meaning-listing-removal-unnamed = この出品はすべての市場から削除されます。この出品またはその他のいかなる出品でも、この製品を再出品しないでください。
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = { $amount }の罰金がアカウントに請求されます。
meaning-fine-unknown = 罰金がアカウントに請求されます。
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = このエントリーが算入されている間（365日間）、アカウントは少なくとも「{ $standing }」のステータスとなります：{ $consequence }
meaning-permanent-ban = 永久利用禁止に期限はありません。このエントリーの経過期間にかかわらず適用されます。{ $consequence }
reminder-heading = 適合性に関するお知らせ
# $issue: the desk's words, quoted as given.
reminder = この出品の製品は規則に適合していないため、出品者様からこの製品を購入した消費者に、適合性に関するお知らせを送付します：「{ $issue }」消費者から求めがあった場合は、返品や返金を含むアフターセールスの解決策を提供してください。
standing-note = 出品者様のステータスは、ポイントではなく制裁によるものです。ポイントだけであれば、ステータスは「{ $standing }」となります。
contest-case = このエントリーに異議がある場合は、ケース { $case } を明記のうえ、リコール通知から7日以内に異議を申し立ててください。
contest-report = この違反が誤って記録されたとお考えの場合は、報告 { $report } を明記のうえ、セラーセンターから異議を申し立ててください。
contest-unreferenced = この違反が誤って記録されたとお考えの場合は、セラーセンターから異議を申し立ててください。
