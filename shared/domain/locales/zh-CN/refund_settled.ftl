# The refund settlement email to the buyer, after the warehouse's quality check of the returned items (Chinese, Simplified).
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = 您针对订单 { $order } 的退款申请 { $request }：退款已完成
subject-failed = 您针对订单 { $order } 的退款申请 { $request }：退回的商品未通过质检
heading-passed = 您的退款已完成
heading-failed = 您退回的商品未通过质检
intro-passed = 您就订单 { $order } 退回的商品已于{ $date }通过仓库质检。您的退款已完成。
intro-failed = 仓库已于{ $date }检查了您就订单 { $order } 退回的商品：这些商品未通过质检。
checked-on-label = 检查日期
items-heading = 您退回的商品
paid-to-fast-refund-bonus = 您的快速退款奖励金
paid-to-original-payment = 您的原支付方式
fast-refund-bonus-note = 退款可立即使用。
original-payment-note = 视您的银行而定，该笔交易可能需要一段时间才会显示在您的账户中。
warehouse-found-heading = 仓库的检查结果
warehouse-found-nothing-said = 退回的商品不符合退款条件。
no-refund = 这些商品不予退款。
