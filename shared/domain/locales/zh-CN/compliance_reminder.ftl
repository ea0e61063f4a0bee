# The compliance reminder email, Chinese (Simplified).
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = ：
heading = 产品合规提醒
greeting = 尊敬的客户：
intro = 您在我们的电商平台上购买了以下产品。该产品未完全符合其适用的规定。请阅读下文，了解存在的问题以及您需要采取的措施。
keep = 本邮件仅为提醒：我们并不要求您寄回产品。
product-heading = 您的产品
name = 产品：
brand = 品牌：
model = 型号：
picture = 图片：
picture-alt = 产品图片
sold = 您于{ $order_date }在我们的电商平台上购买了该产品（订单号：{ $order_id }），配送至{ $market }。
issue-heading = 存在的问题
todo-heading = 您需要采取的措施
help-heading = 疑问与退货
contact = 如有任何疑问或希望退货，请通过您账户中的“帮助”栏目联系我们。
rights = 您作为消费者的所有权利均不受影响，包括在适用情况下要求退货或退款的权利。
reassure = 我们会对电商平台上销售的产品进行检查，每当有需要您留意的情况时，我们都会通知您。
signature = 产品安全团队
