# The consumer recall notice (SPEC 1.4.5, GPSR Art. 36): its fixed texts.
# { $… } are the SES placeholders of each buyer's data (order_id, order_date,
# price_paid, market, authority_name, authority_url), filled per destination.

sep = :{" "}
heading = Product safety recall
subject-tail = stop using it now
greeting = Dear customer,
intro = You bought the product below on our marketplace. It is being recalled because it is not safe. Stop using it now and read below what to do.
product-heading = The recalled product
name = Product:
brand = Brand:
model = Model:
batch = Batch / lot:
batch-hint = Check the batch or lot number on the product or its packaging.
picture = Picture:
picture-alt = Picture of the recalled product
sold = You bought it on { $order_date } (order { $order_id }), delivered to { $market }, on our marketplace.
hazard-heading = The hazard
hazard-intro = The hazard:
todo-heading = What you must do
stop-using = Stop using the product immediately. Keep it out of the reach of children and do not sell it or give it to anyone.
instructions-intro = Instructions given with the recall:
share = If you gave the product to someone, or know someone who has one, please pass this notice on to them.
remedies-heading = Your remedies
remedies-intro = You can choose one of these remedies:
refund = a full refund of the price you paid ({ $price_paid })
repair = a free repair of the product
replace = a free replacement with a safe product
free = Every remedy is free of charge for you, including any return shipping.
how-heading = How to get your remedy
how = In your account, go to My orders → order { $order_id } → Return/refund, and choose the reason “Product recall”.
no-return = You do not need to send the product back before you are refunded, unless we ask you to. If we do, return shipping is free.
contact = If you have any questions, contact our customer service from the Help section of your account.
authority-heading = Product safety authority
authority-intro = The consumer protection and product safety authority of the country where the product was delivered:
references-heading = Recall references
recall-label = Recall:
published-by = Published by:
platform = Our marketplace
sorry = We apologise for the inconvenience.
signature = Product Safety team
fallback-authority = your national consumer protection authority (product recalls worldwide: OECD GlobalRecalls)
