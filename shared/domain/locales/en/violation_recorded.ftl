# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).

subject = Violation recorded: { $violation } ({ $points })
heading = Violation recorded
# $severity: general or serious violation (seller_common).
intro = We have recorded a violation against your account: { $violation } ({ $severity }, { $points }).
violation-heading = The violation
violation = Violation
recorded-on = Recorded on
counts-until-value = { $date } (then it leaves the rolling 365-day window)
sanction-heading = Sanction
meaning-listing-removal = Listing { $listing } is removed in every market. Do not relist the product, under this or any other listing.
meaning-listing-removal-unnamed = The listing is removed in every market. Do not relist the product, under this or any other listing.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = A fine of { $amount } is charged to your account.
meaning-fine-unknown = A fine is charged to your account.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = While this entry counts (365 days), your account is at least at the standing { $standing }: { $consequence }
meaning-permanent-ban = A permanent ban does not expire: it applies whatever the age of this entry. { $consequence }
reminder-heading = Compliance reminder
# $issue: the desk's words, quoted as given.
reminder = The product of this listing does not comply, so we are sending a compliance reminder to the consumers who bought it from you: "{ $issue }" Provide them with after-sales solutions, including returns and refunds, when they ask.
standing-note = Your standing comes from a sanction, not from your points: your points alone would give { $standing }.
contest-case = If you object to this entry, appeal within 7 days of the recall notice, quoting case { $case }.
contest-report = If you believe this violation was recorded in error, contest it through the seller centre, quoting report { $report }.
contest-unreferenced = If you believe this violation was recorded in error, contest it through the seller centre.
