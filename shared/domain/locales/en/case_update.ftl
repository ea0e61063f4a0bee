# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.

case = Case
listing = Listing
recall = Recall
markets = Markets
appeal-deadline = Appeal deadline
received-subject = Appeal received: case { $case }
received-heading = We received your appeal
received = We received your appeal on { $filed }. A reviewer will decide on it and we will tell you the outcome. The measures on your listing stay in place until then, and no consumer is contacted while your appeal is open.
received-ordered = We received your appeal on { $filed }. A reviewer will decide on it and we will tell you the outcome. The measures on your listing stay in place until then. The regulator ordered consumers to be told at once, so the consumer recall goes on meanwhile.
grounds = Your grounds: { $grounds }
upheld-subject = Appeal upheld: case { $case } – your listing is back on sale
upheld-heading = Your appeal was upheld
upheld-reason = A reviewer upheld your appeal: { $reason }
upheld-lifted = We have lifted the measures on your listing in { $markets }: it is on sale there again.
upheld-points = The penalty of { $points } points is withdrawn.
upheld-told = The consumers were told already, on the regulator's order.
upheld-not-told = Consumers will not be contacted about this case.
rejected-subject = Appeal rejected: case { $case } – the consumer recall starts
rejected-heading = Your appeal was rejected
rejected-reason = A reviewer rejected your appeal: { $reason }
rejected-stay = The measures on your listing in { $markets } stay in place. We are now sending a recall notice to every consumer who bought the product in those markets. The consumers' remedies — the price paid and the order's fees — are charged to you.
rejected-stay-points = The measures on your listing in { $markets } stay in place and the penalty of { $points } points applies. We are now sending a recall notice to every consumer who bought the product in those markets. The consumers' remedies — the price paid and the order's fees — are charged to you.
refused-subject = Appeal not accepted: case { $case }
refused-heading = Your appeal could not be accepted
refused = We could not accept your appeal on case { $case }: { $reason }.
refused-deadline = The appeal deadline of this case: { $deadline }.
refused-contact = If you believe this is a mistake, contact the product safety desk and quote the case id.
refused-no-case = there is no case { $case }
refused-not-yours = case { $case } is not a case of yours: only the listing's seller may appeal
refused-late = the appeal was filed on { $filed }, after the deadline of { $deadline } (7 days from the recall notice)
refused-state = case { $case } is no longer open to an appeal
