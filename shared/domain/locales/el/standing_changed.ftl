# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Η κατάσταση του λογαριασμού σας: { $before } → { $after }
heading-worse = Η κατάσταση του λογαριασμού σας επιδεινώθηκε
heading-better = Η κατάσταση του λογαριασμού σας βελτιώθηκε
heading-same = Η κατάσταση του λογαριασμού σας
change-worse = Η κατάσταση του λογαριασμού σας ανέβηκε από «{ $before }» σε «{ $after }»: αυτό είναι χειρότερο για τον λογαριασμό σας.
change-better = Η κατάσταση του λογαριασμού σας κατέβηκε από «{ $before }» σε «{ $after }»: αυτό είναι καλύτερο για τον λογαριασμό σας.
change-same = Η κατάσταση του λογαριασμού σας είναι «{ $after }».
trigger-new = Η αλλαγή οφείλεται σε νέα εγγραφή στις { $date }: { $violation } ({ $points }).
trigger-reversal = Η αλλαγή οφείλεται στην ακύρωση, στις { $date }, της εγγραφής { $entry }.
trigger-reversal-of = Η αλλαγή οφείλεται στην ακύρωση, στις { $date }, της εγγραφής { $entry } ({ $violation }, { $points }).
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (εγγραφές από τις { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Η κατάστασή σας οφείλεται σε κύρωση: { $sanctions }, και όχι στους βαθμούς ποινής σας: οι βαθμοί σας ({ $points }) από μόνοι τους θα αντιστοιχούσαν σε «{ $standing }».
sanction-note-unnamed = Η κατάστασή σας οφείλεται σε κύρωση και όχι στους βαθμούς ποινής σας: οι βαθμοί σας ({ $points }) από μόνοι τους θα αντιστοιχούσαν σε «{ $standing }».
sanction-behind = { $sanction } (εγγραφή { $entry }, { $date })
thresholds-heading = Όρια
thresholds-points = βαθμοί ποινής τις τελευταίες 365 ημέρες (κυλιόμενη περίοδος)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } βαθμοί ποινής
threshold-or-more = { $from ->
    [one] { $from } βαθμός ποινής ή περισσότεροι
   *[other] { $from } βαθμοί ποινής ή περισσότεροι
  }
your-standing = η κατάστασή σας
thresholds-note = Μια κύρωση που επιβάλλεται μαζί με παράβαση (περιορισμός αποστολών, δέσμευση λογαριασμού, αναστολή, οριστικός αποκλεισμός) θέτει τον λογαριασμό σας τουλάχιστον στην αντίστοιχη κατάσταση όσο προσμετράται η εγγραφή της· ο οριστικός αποκλεισμός ισχύει ανεξάρτητα από την παλαιότητά του.
entries-heading = Οι εγγραφές στις οποίες οφείλεται
no-entries = Καμία ποινή δεν προσμετράται τις τελευταίες 365 ημέρες (κυλιόμενη περίοδος).
lasting-heading = Κυρώσεις που εξακολουθούν να ισχύουν
reversals-heading = Ακυρώσεις τις τελευταίες 365 ημέρες (κυλιόμενη περίοδος)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Ακύρωση – { $violation }
sanction = Κύρωση
counts-until-ban = { $date } (οι βαθμοί ποινής της· ο οριστικός αποκλεισμός δεν λήγει)
to-contest = Τρόπος προσβολής
to-contest-case = ένσταση εντός 7 ημερών από την ειδοποίηση ανάκλησης, με μνεία του αναγνωριστικού της υπόθεσης
to-contest-report = μέσω του κέντρου πωλητών, με μνεία του αναγνωριστικού της αναφοράς
to-contest-entry = μέσω του κέντρου πωλητών, με μνεία του αναγνωριστικού της εγγραφής
note = Σημείωση
lasting-note = Παλαιότερη των 365 ημερών: οι βαθμοί ποινής της δεν προσμετρώνται πλέον, αλλά ο οριστικός αποκλεισμός ισχύει ανεξάρτητα από την παλαιότητά του.
reverses = Ακυρώνει
reverses-of = { $entry } ({ $violation }, καταχωρίστηκε στις { $date }, { $points })
contest-case = Κατά μιας εγγραφής που προέρχεται από υπόθεση ανάκλησης μπορεί να ασκηθεί ένσταση εντός 7 ημερών από την ειδοποίηση ανάκλησης (έως την προθεσμία ένστασης που αναφέρει η ειδοποίηση), με μνεία του αναγνωριστικού της υπόθεσης.
contest-report = Μια παράβαση που αναφέρθηκε προσβάλλεται μέσω του κέντρου πωλητών, με μνεία του αναγνωριστικού της αναφοράς.
