# What became of a seller's case: an appeal received, upheld, rejected or not accepted. { $… } are the case's values (Chinese, Simplified).
# Draft translated from the English; to be reviewed by a native speaker.

case = 案件
listing = 商品
recall = 召回
markets = 市场
appeal-deadline = 申诉截止时间
received-subject = 已收到申诉：案件 { $case }
received-heading = 我们已收到您的申诉
received = 我们已于{ $filed }收到您的申诉。审核人员将对此作出决定，我们会将结果告知您。在此之前，针对您商品的措施继续有效；在您的申诉处理期间，我们不会联系任何消费者。
received-ordered = 我们已于{ $filed }收到您的申诉。审核人员将对此作出决定，我们会将结果告知您。在此之前，针对您商品的措施继续有效。主管机构已责令立即通知消费者，因此在此期间，面向消费者的召回将继续进行。
grounds = 您的申诉理由：{ $grounds }
upheld-subject = 申诉获得支持：案件 { $case } – 您的商品已恢复销售
upheld-heading = 您的申诉已获得支持
upheld-reason = 审核人员支持了您的申诉：{ $reason }
upheld-lifted = 我们已解除在{ $markets }对您的商品采取的措施：该商品已在这些市场恢复销售。
upheld-points = { $points } 分的处罚已撤销。
upheld-told = 根据主管机构的命令，消费者此前已收到通知。
upheld-not-told = 我们不会就本案件联系消费者。
rejected-subject = 申诉被驳回：案件 { $case } – 面向消费者的召回现已启动
rejected-heading = 您的申诉已被驳回
rejected-reason = 审核人员驳回了您的申诉：{ $reason }
rejected-stay = 在{ $markets }对您的商品采取的措施继续有效。我们现正向在这些市场购买该产品的每一位消费者发送召回通知。消费者的补救措施费用——已付价款和订单费用——由您承担。
rejected-stay-points = 在{ $markets }对您的商品采取的措施继续有效，并适用 { $points } 分的处罚。我们现正向在这些市场购买该产品的每一位消费者发送召回通知。消费者的补救措施费用——已付价款和订单费用——由您承担。
refused-subject = 申诉未被受理：案件 { $case }
refused-heading = 您的申诉无法受理
refused = 我们无法受理您就案件 { $case } 提出的申诉：{ $reason }。
refused-deadline = 本案件的申诉截止时间：{ $deadline }。
refused-contact = 如您认为此处理有误，请联系产品安全服务台，并注明案件编号。
refused-no-case = 不存在案件 { $case }
refused-not-yours = 案件 { $case } 不是您的案件，只有该商品的卖家才能提出申诉
refused-late = 申诉提交于{ $filed }，已超过截止时间{ $deadline }（召回通知发出后 7 天）
refused-state = 案件 { $case } 已不再接受申诉
