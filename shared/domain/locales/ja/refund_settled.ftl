# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = ご注文 { $order } の返金リクエスト { $request }：返金が完了しました
subject-failed = ご注文 { $order } の返金リクエスト { $request }：返品された商品は品質検査に合格しませんでした
heading-passed = 返金が完了しました
heading-failed = ご返品の商品は品質検査に合格しませんでした
intro-passed = ご注文 { $order } でご返品いただいた商品は、{ $date }に倉庫での品質検査に合格しました。返金が完了しました。
intro-failed = ご注文 { $order } でご返品いただいた商品を{ $date }に倉庫で検査しましたが、品質検査に合格しませんでした。
checked-on-label = 検査日
items-heading = ご返品の商品
paid-to-fast-refund-bonus = スピード返金ボーナス
paid-to-original-payment = 元のお支払い方法
fast-refund-bonus-note = 返金額はすぐにご利用いただけます。
original-payment-note = 銀行によっては、お取引が口座に反映されるまでに時間がかかる場合があります。
warehouse-found-heading = 倉庫での確認結果
warehouse-found-nothing-said = 返品された商品は返金の条件を満たしていません。
no-refund = これらの商品については返金されません。
