# The order cancelled email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

heading = Order cancelled: product safety recall
greeting = Dear customer,
intro = We have cancelled your order { $order_id } of { $order_date } (delivery to { $market }) before it was shipped: the product below is the subject of a product safety recall.
not-delivered = It will not be delivered to you. As you never received it, there is nothing to stop using and nothing to send back.
product-heading = The product
name = Product:
brand = Brand:
model = Model:
hazard-heading = Why it is recalled
refund-heading = Your refund
refund = You will be refunded in full, the price you paid ({ $price_paid }) and the order's fees, to the payment method you used.
nothing-to-do = You do not need to do anything.
help-heading = Questions
contact = If you have questions, contact us from the Help section of your account.
signature = Product Safety team
