# The compliance reminder email, Japanese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = ：
heading = 製品の適合性に関するお知らせ
greeting = お客様
intro = お客様は当マーケットプレイスで下記の製品をご購入になりました。この製品は、適用される規則に完全には適合していません。問題点と対応方法について、以下をお読みください。
keep = これはお知らせのみであり、製品のご返送をお願いするものではありません。
product-heading = ご購入の製品
name = 製品名：
brand = ブランド：
model = 型番：
picture = 画像：
picture-alt = 製品の画像
sold = お客様は{ $order_date }に当マーケットプレイスでこの製品をご購入になりました（ご注文番号：{ $order_id }、お届け先の国：{ $market }）。
issue-heading = 問題点
todo-heading = 対応方法
help-heading = お問い合わせ・返品
contact = ご不明な点がある場合や製品の返品をご希望の場合は、アカウントの「ヘルプ」からお問い合わせください。
rights = 該当する場合の返品や返金の請求を含め、消費者としてのお客様の権利はすべて保持されます。
reassure = 当マーケットプレイスでは販売されている製品を確認しており、お客様にご確認いただくべきことがある場合は、その都度お知らせいたします。
signature = 製品安全チーム
