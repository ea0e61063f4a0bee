# The order cancelled email, Japanese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = ご注文のキャンセル：製品の安全性に関するリコール
greeting = お客様
intro = お客様のご注文（ご注文番号：{ $order_id }、ご注文日：{ $order_date }、お届け先の国：{ $market }）は、発送前にキャンセルいたしました。下記の製品が、製品の安全性に関するリコールの対象となっているためです。
not-delivered = この製品はお届けいたしません。お受け取りになっていないため、使用を中止していただく必要も、ご返送いただく必要もありません。
product-heading = 製品
name = 製品名：
brand = ブランド：
model = 型番：
hazard-heading = リコールの理由
refund-heading = 返金について
refund = お支払い金額（{ $price_paid }）とご注文の手数料を、ご利用のお支払い方法に全額返金いたします。
nothing-to-do = お客様にご対応いただくことはありません。
help-heading = お問い合わせ
contact = ご不明な点がございましたら、アカウントの「ヘルプ」からお問い合わせください。
signature = 製品安全チーム
