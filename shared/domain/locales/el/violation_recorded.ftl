# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Καταγραφή παράβασης: { $violation } ({ $points })
heading = Καταγραφή παράβασης
# $severity: general or serious violation (seller_common).
intro = Καταγράψαμε παράβαση σε βάρος του λογαριασμού σας: { $violation } ({ $severity }, { $points }).
violation-heading = Η παράβαση
violation = Παράβαση
recorded-on = Ημερομηνία καταγραφής
counts-until-value = { $date } (στη συνέχεια βγαίνει από την κυλιόμενη περίοδο των 365 ημερών)
sanction-heading = Κύρωση
meaning-listing-removal = Η καταχώριση { $listing } αφαιρείται από όλες τις αγορές. Μην καταχωρίσετε ξανά το προϊόν, ούτε με αυτή ούτε με οποιαδήποτε άλλη καταχώριση.
meaning-listing-removal-unnamed = Η καταχώριση αφαιρείται από όλες τις αγορές. Μην καταχωρίσετε ξανά το προϊόν, ούτε με αυτή ούτε με οποιαδήποτε άλλη καταχώριση.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Χρεώνεται στον λογαριασμό σας πρόστιμο ύψους { $amount }.
meaning-fine-unknown = Χρεώνεται στον λογαριασμό σας πρόστιμο.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Όσο προσμετράται η εγγραφή αυτή (365 ημέρες), ο λογαριασμός σας βρίσκεται τουλάχιστον στην κατάσταση «{ $standing }»: { $consequence }
meaning-permanent-ban = Ο οριστικός αποκλεισμός δεν λήγει: ισχύει ανεξάρτητα από την παλαιότητα της εγγραφής αυτής. { $consequence }
reminder-heading = Υπενθύμιση συμμόρφωσης
# $issue: the desk's words, quoted as given.
reminder = Το προϊόν αυτής της καταχώρισης δεν είναι συμμορφωμένο, γι’ αυτό στέλνουμε υπενθύμιση συμμόρφωσης στους καταναλωτές που το αγόρασαν από εσάς: «{ $issue }» Όταν σας το ζητήσουν, προσφέρετέ τους λύσεις εξυπηρέτησης μετά την πώληση, συμπεριλαμβανομένων επιστροφών προϊόντων και επιστροφών χρημάτων.
standing-note = Η κατάστασή σας οφείλεται σε κύρωση και όχι στους βαθμούς ποινής σας: οι βαθμοί σας από μόνοι τους θα αντιστοιχούσαν σε «{ $standing }».
contest-case = Εάν διαφωνείτε με την εγγραφή αυτή, υποβάλετε ένσταση εντός 7 ημερών από την ειδοποίηση ανάκλησης, αναφέροντας την υπόθεση { $case }.
contest-report = Εάν θεωρείτε ότι η παράβαση αυτή καταγράφηκε εκ παραδρομής, προσβάλετέ τη μέσω του κέντρου πωλητών, αναφέροντας την αναφορά { $report }.
contest-unreferenced = Εάν θεωρείτε ότι η παράβαση αυτή καταγράφηκε εκ παραδρομής, προσβάλετέ τη μέσω του κέντρου πωλητών.
