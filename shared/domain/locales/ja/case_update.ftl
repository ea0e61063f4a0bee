# What became of a seller's case: an appeal received, upheld, rejected or not accepted. { $… } are the case's values (Japanese).
# Draft translated from the English; to be reviewed by a native speaker.

case = ケース
listing = 出品
recall = リコール
markets = 市場
appeal-deadline = 異議申し立て期限
received-subject = 異議申し立てを受け付けました：ケース { $case }
received-heading = 異議申し立てを受け付けました
received = { $filed }に異議申し立てを受け付けました。審査担当者が判断を行い、結果をお知らせします。それまでの間、出品に対する措置は継続されます。また、異議申し立ての審査中は、消費者への連絡は一切行いません。
received-ordered = { $filed }に異議申し立てを受け付けました。審査担当者が判断を行い、結果をお知らせします。それまでの間、出品に対する措置は継続されます。当局が消費者へ直ちに通知するよう命じたため、その間も消費者向けのリコールは継続されます。
grounds = 申し立ての理由：{ $grounds }
upheld-subject = 異議申し立てが認められました：ケース { $case } – 出品の販売が再開されました
upheld-heading = 異議申し立てが認められました
upheld-reason = 審査担当者が異議申し立てを認めました：{ $reason }
upheld-lifted = { $markets }における出品への措置を解除しました。これらの市場で再び販売されています。
upheld-points = { $points }ポイントのペナルティは取り消されます。
upheld-told = 消費者には、当局の命令により既に通知済みです。
upheld-not-told = このケースについて、消費者に連絡することはありません。
rejected-subject = 異議申し立てが却下されました：ケース { $case } – 消費者向けのリコールを開始します
rejected-heading = 異議申し立ては却下されました
rejected-reason = 審査担当者が異議申し立てを却下しました：{ $reason }
rejected-stay = { $markets }における出品への措置は継続されます。当社はこれより、これらの市場でこの製品を購入したすべての消費者にリコールのお知らせを送付します。消費者への救済措置の費用（支払われた代金および注文の手数料）は、出品者様に請求されます。
rejected-stay-points = { $markets }における出品への措置は継続され、{ $points }ポイントのペナルティが適用されます。当社はこれより、これらの市場でこの製品を購入したすべての消費者にリコールのお知らせを送付します。消費者への救済措置の費用（支払われた代金および注文の手数料）は、出品者様に請求されます。
refused-subject = 異議申し立てを受理できません：ケース { $case }
refused-heading = 異議申し立てを受理できませんでした
refused = ケース { $case }に関する異議申し立てを受理できませんでした：{ $reason }。
refused-deadline = このケースの異議申し立て期限：{ $deadline }。
refused-contact = 誤りであるとお考えの場合は、ケースIDを明記のうえ、製品安全窓口までお問い合わせください。
refused-no-case = ケース { $case }は存在しません
refused-not-yours = ケース { $case }は出品者様のケースではありません。異議を申し立てることができるのは、その出品の出品者のみです
refused-late = 異議申し立ては{ $filed }に提出されており、期限の{ $deadline }（リコール通知から7日後）を過ぎています
refused-state = ケース { $case }は、もはや異議申し立てを受け付けていません
