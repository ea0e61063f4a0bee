# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.

subject = Product safety recall: { $title } – { $listings ->
    [one] { $listings } listing blocked
   *[other] { $listings } listings blocked
  }, appeal by { $deadline }
subject-update = Update – Product safety recall: { $title } – now also blocked in { $markets }, appeal by { $deadline }
heading = Product safety recall notice
heading-update = Update: product safety recall notice
intro = A product you sell is subject to a product safety recall. We have taken the measures below on your listings and you must act on this recall now.
intro-update = The recall below now covers more markets where your listings are offered. We have extended the measures on them.
recall-heading = Recall
recall = Recall
recall-id = Recall id
reported-by = Reported by
risk = Risk level
hazard = Hazard
listings-heading = Your affected listings
listing-ref = Listing { $listing } · case { $case }
why = Why it matches
measures = Measures taken
penalty = Penalty that applies
penalty-points = { $points } points ({ $severity }), booked on your penalty ledger; reversed if your appeal is upheld
penalty-own = none: you reported this recall of your own product, as the rules ask, so no points are booked for it
todo-heading = What you must do
todo-stop = Stop selling the recalled product in the affected markets and do not relist it, under this or any other listing.
todo-pull = Pull the affected stock and conduct the recall as the applicable law and the regulator require.
todo-remedies = Be ready to bear the consumers' remedies: the price paid and the order's fees are charged to you for every recall refund.
violation-serious = Selling a recalled product is a violation: 6 points per listing (serious violation), booked on your account's penalty ledger with this notice and reversed if your appeal is upheld.
violation-general = Selling a recalled product is a violation: 2 points per listing (general violation), booked on your account's penalty ledger with this notice and reversed if your appeal is upheld.
violation-own = You reported this recall of your own product yourself: no penalty is booked on your listings for it.
relisting = Relisting the product or editing a listing to evade the recall is a serious violation (6 points).
appeal-heading = Appeal
appeal = If you object to the recall measures or the penalty, appeal by { $deadline } (7 days from this notice), quoting the case id. After that date, or if the appeal is rejected, we will send a recall notice to every consumer who bought the product.
