# The order cancelled email, Chinese (Simplified).
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = 订单已取消：产品安全召回
greeting = 尊敬的客户：
intro = 我们已在发货前取消了您于{ $order_date }下的订单（订单号：{ $order_id }，配送至{ $market }），因为以下产品正在进行产品安全召回。
not-delivered = 该产品将不会配送给您。由于您从未收到该产品，因此既无需停止使用，也无需寄回任何物品。
product-heading = 产品
name = 产品：
brand = 品牌：
model = 型号：
hazard-heading = 召回原因
refund-heading = 您的退款
refund = 我们将把您支付的价款（{ $price_paid }）及该订单的相关费用全额退还至您使用的支付方式。
nothing-to-do = 您无需进行任何操作。
help-heading = 疑问
contact = 如有任何疑问，请通过您账户中的“帮助”栏目联系我们。
signature = 产品安全团队
