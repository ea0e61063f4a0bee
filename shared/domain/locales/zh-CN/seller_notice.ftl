# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values (Chinese, Simplified).
# Draft translated from the English; to be reviewed by a native speaker.

subject = 产品安全召回：{ $title } – { $listings } 个商品已被屏蔽，申诉截止日期：{ $deadline }
subject-update = 更新 – 产品安全召回：{ $title } – 现在{ $markets }也已被屏蔽，申诉截止日期：{ $deadline }
heading = 产品安全召回通知
heading-update = 更新：产品安全召回通知
intro = 您销售的一款产品正在进行产品安全召回。我们已对您的商品采取了以下措施，您必须立即针对本次召回采取行动。
intro-update = 以下召回现已覆盖您的商品在售的更多市场。我们已相应扩大了对这些商品采取的措施。
recall-heading = 召回
recall = 召回
recall-id = 召回编号
reported-by = 报告方
risk = 风险等级
hazard = 危险
listings-heading = 您受影响的商品
listing-ref = 商品 { $listing } · 案件 { $case }
why = 匹配原因
measures = 已采取的措施
penalty = 适用的处罚
penalty-points = { $points } 分（{ $severity }），已记入您的处罚记录；如您的申诉获得支持，将予以撤销
penalty-own = 无：您已按规定报告了针对您自有产品的本次召回，因此不会就此记分
todo-heading = 您必须采取的措施
todo-stop = 请在受影响的市场停止销售被召回的产品，并且不得通过本商品或任何其他商品重新上架该产品。
todo-pull = 请撤回受影响的库存，并按照适用法律和主管机构的要求实施召回。
todo-remedies = 请做好承担消费者补救措施费用的准备：每一笔召回退款所涉及的已付价款和订单费用均由您承担。
violation-serious = 销售被召回的产品属于违规行为：每个商品记 6 分（严重违规），随本通知记入您账户的处罚记录；如您的申诉获得支持，将予以撤销。
violation-general = 销售被召回的产品属于违规行为：每个商品记 2 分（一般违规），随本通知记入您账户的处罚记录；如您的申诉获得支持，将予以撤销。
violation-own = 您已自行报告了针对您自有产品的本次召回：不会因此对您的商品记录任何处罚。
relisting = 重新上架该产品或编辑商品信息以规避召回，属于严重违规（6 分）。
appeal-heading = 申诉
appeal = 如您对召回措施或处罚有异议，请在{ $deadline }（本通知发出后 7 天）之前提出申诉，并注明案件编号。逾期未申诉或申诉被驳回的，我们将向购买该产品的每一位消费者发送召回通知。
