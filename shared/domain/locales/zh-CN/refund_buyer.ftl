# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code) (Chinese, Simplified).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 您针对订单 { $order } 的退款申请 { $request }：{ $status }
heading = 您的退款申请：{ $status }
intro = 我们已就您针对订单 { $order } 提出的退款申请作出决定。以下是对每件商品的决定。
items-heading = 您的商品
return-label = 退货
total-refund-label = 退款总额
paid-to-fast-refund-bonus = 您的快速退款奖励金（退款支付后即可立即使用）
paid-to-original-payment = 您的原支付方式（您的银行可能还需要几天才会显示该笔交易）
paid-now-label = 现在支付
paid-after-check-label = 仓库质检后支付
after-check-note = 仓库完成对退回商品的质检且退回商品符合退款条件后，退回商品的退款将立即支付。
confirmation-to-come = 退款完成后，您将收到确认通知。
confirmed-now = 本邮件特此确认：退款已完成。
label-heading = 退货面单
label-granted = 我们已为本申请签发一张预付退货面单。请将商品包装好，按照退货单上的说明，使用该面单寄回。
label-shared-with-order = 本申请共用已为该订单签发的预付退货面单：请将该订单的所有退货商品装入同一个包裹寄回。如果您只使用该面单寄回其中一部分，其余商品的运费可能需要由您承担。
label-refused-monthly-limit = 无预付退货面单：本自然月内您已获得预付退货面单的上限，即三（3）张。每件商品的退货费用由谁承担，请见上文。
label-pickup-suspended = 无预付退货面单：您的收货地址目前暂停提供退货包裹服务。每件商品的退货费用由谁承担，请见上文。
request-refused-under-rules = 该申请已根据规则被拒绝
