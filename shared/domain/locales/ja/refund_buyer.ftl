# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = ご注文 { $order } の返金リクエスト { $request }：{ $status }
heading = 返金リクエストの結果：{ $status }
intro = ご注文 { $order } の返金リクエストについて判断いたしました。各商品についての判断は以下のとおりです。
items-heading = お客様の商品
return-label = 返品
total-refund-label = 返金総額
paid-to-fast-refund-bonus = スピード返金ボーナス（返金のお支払い時にすぐにご利用いただけます）
paid-to-original-payment = 元のお支払い方法（銀行によっては、お取引が表示されるまでにさらに数日かかる場合があります）
paid-now-label = 今回お支払い
paid-after-check-label = 倉庫での品質検査後にお支払い
after-check-note = 返品された商品の返金は、倉庫での返品商品の品質検査が完了し、商品が返金の条件を満たしている場合に、直ちにお支払いします。
confirmation-to-come = 返金が完了しましたら、確認のお知らせをお送りします。
confirmed-now = 本メールをもって、返金が完了したことを確認いたします。
label-heading = 返品ラベル
label-granted = このリクエストには送料前払いの返品ラベルが発行されます。返品フォームの指示に従って商品を梱包し、このラベルを使用してご返送ください。
label-shared-with-order = このリクエストでは、このご注文に対してすでに発行された送料前払いの返品ラベルを共用します。ご注文の返品対象商品はすべて1つの荷物でご返送ください。ラベルを使用して一部の商品のみを送られた場合、残りの商品の送料をご負担いただく場合があります。
label-refused-monthly-limit = 送料前払いの返品ラベルはありません。今暦月に受け取ることのできる送料前払い返品ラベルの上限である3枚を、すでに受け取られています。各商品の返送料の負担者は上記のとおりです。
label-pickup-suspended = 送料前払いの返品ラベルはありません。お届け先住所では現在、返品荷物サービスが停止されています。各商品の返送料の負担者は上記のとおりです。
request-refused-under-rules = このリクエストは規則に基づき却下されました
