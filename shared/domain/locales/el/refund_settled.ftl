# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Το αίτημά σας επιστροφής χρημάτων { $request } για την παραγγελία { $order }: η επιστροφή χρημάτων ολοκληρώθηκε
subject-failed = Το αίτημά σας επιστροφής χρημάτων { $request } για την παραγγελία { $order }: τα επιστρεφόμενα είδη δεν πέρασαν τον ποιοτικό έλεγχο
heading-passed = Η επιστροφή χρημάτων σας ολοκληρώθηκε
heading-failed = Τα είδη που επιστρέψατε δεν πέρασαν τον ποιοτικό έλεγχο
intro-passed = Τα είδη που επιστρέψατε από την παραγγελία { $order } πέρασαν τον ποιοτικό έλεγχο της αποθήκης στις { $date }. Η επιστροφή χρημάτων σας ολοκληρώθηκε.
intro-failed = Η αποθήκη έλεγξε στις { $date } τα είδη που επιστρέψατε από την παραγγελία { $order }: δεν πέρασαν τον ποιοτικό έλεγχο.
checked-on-label = Ημερομηνία ελέγχου
items-heading = Τα είδη που επιστρέψατε
paid-to-fast-refund-bonus = το μπόνους ταχείας επιστροφής χρημάτων σας
paid-to-original-payment = ο αρχικός τρόπος πληρωμής σας
fast-refund-bonus-note = Το ποσό της επιστροφής είναι αμέσως διαθέσιμο για αγορές.
original-payment-note = Ανάλογα με την τράπεζά σας, η συναλλαγή μπορεί να χρειαστεί λίγο χρόνο για να εμφανιστεί στον λογαριασμό σας.
warehouse-found-heading = Τι διαπίστωσε η αποθήκη
warehouse-found-nothing-said = Τα επιστρεφόμενα είδη δεν πληρούν τις προϋποθέσεις επιστροφής χρημάτων.
no-refund = Δεν καταβάλλεται επιστροφή χρημάτων για αυτά τα είδη.
