# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 注文 { $order } の返金リクエスト { $request }：{ $status }
heading = 出品者様の出品に関する返金リクエスト：{ $status }
intro = 購入者が注文 { $order } について返金をリクエストしました。このリクエストに含まれる出品者様の出品についての判断は以下のとおりです。
items-heading = このリクエストに含まれる出品者様の出品
items-back-label = 出品者様への返送
recall-refund-charged-to-you = これは製品リコールによる返金です。出品者様に請求されます。
summary-heading = 出品者様について
refunded-on-yours-label = 出品者様の出品に対する返金額
charged-to-you-label = 出品者様への請求額（製品リコール）
items-come-back = 商品が出品者様に返送されます。各出品の返送については上記をご覧ください。
no-item-comes-back = 出品者様に返送される商品はありません。
none-of-your-listings = このリクエストには出品者様の出品は含まれていません。
what-you-can-do-heading = 出品者様が行えること
respond-to-buyer = セラーセンター（注文 { $order }）から購入者に返信し、解決策を提案するか、出品者様の立場をご説明ください。
after-sales-dispute = 出品者様と購入者の間で解決できないリクエストは、アフターセールスの紛争としてプラットフォームに移され、プラットフォームが判断します。
buyer-rights-bind-you = 本プログラムが購入者の法定の権利を制限することは一切ありません。出品者様は引き続き、購入者の居住国の法定保証および返品に関する規則に拘束されます。
