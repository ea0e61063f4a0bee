# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Your refund request { $request } for order { $order }: { $status }
heading = Your refund request: { $status }
intro = We have decided on your refund request for order { $order }. Here is the decision on each item.
items-heading = Your items
return-label = Return
total-refund-label = Total refund
paid-to-fast-refund-bonus = your fast refund bonus (available to spend at once when the refund is paid)
paid-to-original-payment = your original payment method (your bank may take a few more days to show the transaction)
paid-now-label = Being paid now
paid-after-check-label = Paid after the warehouse's quality check
after-check-note = The refund of returned items is paid as soon as the warehouse's quality check of the returned items is completed and they meet the conditions of refund.
confirmation-to-come = You will receive a confirmation when the refund is done.
confirmed-now = This email confirms it: the refund is done.
label-heading = Return label
label-granted = A pre-paid return label is issued for this request. Pack the items and send them back with it, following the instructions on the return form.
label-shared-with-order = This request shares the pre-paid return label already issued for this order: please return all returned items of the order in one parcel. If you send only part of them with the label, you may have to pay the shipping of the others.
label-refused-monthly-limit = No pre-paid return label: you have already received the maximum of three (3) pre-paid return labels this calendar month. Who pays the return of each item is shown above.
label-pickup-suspended = No pre-paid return label: return package services are currently suspended at your delivery address. Who pays the return of each item is shown above.
request-refused-under-rules = The request was refused under the rules
