# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).

subject = Refund request { $request } on order { $order }: { $status }
heading = Refund request on your listings: { $status }
intro = A buyer asked for a refund on order { $order }. Here is the decision on your listings in the request.
items-heading = Your listings in this request
items-back-label = Items back to you
recall-refund-charged-to-you = This is a product-recall refund: it is charged to you.
summary-heading = For you
refunded-on-yours-label = Refunded on your listings
charged-to-you-label = Charged to you (product recall)
items-come-back = Items come back to you: see the return of each listing above.
no-item-comes-back = No item comes back to you.
none-of-your-listings = This request names none of your listings.
what-you-can-do-heading = What you can do
respond-to-buyer = Respond to the buyer through the seller centre (order { $order }) to offer a solution or explain your position.
after-sales-dispute = A request that you and the buyer cannot settle goes to the platform as an after-sales dispute, and the platform decides.
buyer-rights-bind-you = The programme never limits the buyer's statutory rights: you remain bound by the legal guarantee and return rules of the buyer's country of residence.
