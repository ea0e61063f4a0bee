# The compliance reminder email: its fixed texts ({ $… }: the SES placeholders of each buyer's data).

sep = :{" "}
heading = Product compliance reminder
greeting = Dear customer,
intro = You bought the product below on our marketplace. It does not fully comply with the rules that apply to it. Please read below what is wrong and what to do.
keep = This is a reminder only: we are not asking you to send the product back.
product-heading = Your product
name = Product:
brand = Brand:
model = Model:
picture = Picture:
picture-alt = Picture of the product
sold = You bought it on { $order_date } (order { $order_id }), delivered to { $market }, on our marketplace.
issue-heading = What is wrong
todo-heading = What to do
help-heading = Questions and returns
contact = If you have questions or want to return the product, contact us from the Help section of your account.
rights = You keep all your rights as a consumer, including asking for a return or a refund where they apply.
reassure = We check the products sold on our marketplace and let you know whenever something needs your attention.
signature = Product Safety team
