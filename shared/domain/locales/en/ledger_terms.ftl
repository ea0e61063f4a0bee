# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = recalled product on sale
violation-recall-evasion = listing published or edited while a recall covers it
violation-intellectual-property = intellectual-property infringement
violation-prohibited-item = prohibited or restricted item
violation-health-and-safety = health and safety
violation-false-information = false or misleading listing information
violation-pricing-abuse = pricing and promotion abuse

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Recalled product on sale
violation-recall-evasion-label = Listing published or edited while a recall covers it
violation-intellectual-property-label = Intellectual-property infringement
violation-prohibited-item-label = Prohibited or restricted item
violation-health-and-safety-label = Health and safety
violation-false-information-label = False or misleading listing information
violation-pricing-abuse-label = Pricing and promotion abuse

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = General violation
severity-serious-label = Serious violation

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = listing removed in every market
sanction-financial-penalty = financial penalty
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = financial penalty of { $amount }
sanction-shipping-restriction = shipping restriction
sanction-account-freeze = account frozen
sanction-suspension = account suspended
sanction-permanent-ban = permanent ban

## The account standings, from best to worst, as names

standing-good = Good standing
standing-warning = Warning
standing-listing-restrictions = Listing restrictions
standing-shipping-restricted = Shipping restricted / account frozen
standing-suspended = Suspended
standing-terminated = Terminated

## What each standing means for the seller, in one sentence

consequence-good = No restriction applies to your account.
consequence-warning = A formal warning: further violations will restrict your account.
consequence-listing-restrictions = You cannot publish new listings or edit existing ones until your points fall below the threshold.
consequence-shipping-restricted = Your shipping permissions are restricted and your account's funds are frozen.
consequence-suspended = Your account is suspended: your listings are hidden and you cannot sell.
consequence-terminated = Your account is terminated.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } point
   *[other] { $points } points
  }

## What both emails share

standing-now-heading = Your standing now
standing = Standing
what-it-means = What it means
points-window = Points over the rolling 365 days
reason = Reason
listing = Listing
severity = Severity
points-label = Points
counts-until = Counts until
case = Case
report = Report
contest-heading = How to contest
contest-upheld = If your appeal is upheld, the entry is reversed: its points and its sanction no longer count, and we tell you when your standing changes.
