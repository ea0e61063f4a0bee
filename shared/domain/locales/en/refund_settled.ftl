# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.

subject-passed = Your refund request { $request } for order { $order }: the refund is done
subject-failed = Your refund request { $request } for order { $order }: the returned items did not pass the quality check
heading-passed = Your refund is done
heading-failed = Your returned items did not pass the quality check
intro-passed = The items you returned for order { $order } passed the warehouse's quality check on { $date }. Your refund is done.
intro-failed = The warehouse checked the items you returned for order { $order } on { $date }: they did not pass the quality check.
checked-on-label = Checked on
items-heading = Your returned items
paid-to-fast-refund-bonus = your fast refund bonus
paid-to-original-payment = your original payment method
fast-refund-bonus-note = The refund is available to spend at once.
original-payment-note = Depending on your bank, the transaction may take some time to appear on your account.
warehouse-found-heading = What the warehouse found
warehouse-found-nothing-said = The returned items do not meet the conditions of refund.
no-refund = No refund is paid for these items.
