# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code) (Chinese, Simplified).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 订单 { $order } 的退款申请 { $request }：{ $status }
heading = 涉及您商品的退款申请：{ $status }
intro = 一位买家就订单 { $order } 申请退款。以下是对该申请中涉及您的商品的决定。
items-heading = 本申请中涉及您的商品
items-back-label = 退回给您的商品
recall-refund-charged-to-you = 这是一笔产品召回退款：费用由您承担。
summary-heading = 与您相关
refunded-on-yours-label = 您的商品的退款金额
charged-to-you-label = 由您承担（产品召回）
items-come-back = 商品将退回给您：请查看上文每个商品的退货方式。
no-item-comes-back = 没有商品退回给您。
none-of-your-listings = 本申请未涉及您的任何商品。
what-you-can-do-heading = 您可以采取的措施
respond-to-buyer = 请通过卖家中心（订单 { $order }）回复买家，提出解决方案或说明您的立场。
after-sales-dispute = 如您与买家无法协商解决该申请，该申请将作为售后纠纷提交平台，由平台作出决定。
buyer-rights-bind-you = 本计划绝不限制买家的法定权利：您仍须遵守买家居住国关于法定保证和退货的规定。
