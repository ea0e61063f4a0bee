# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = πώληση προϊόντος που ανακαλείται
violation-recall-evasion = δημοσίευση ή τροποποίηση καταχώρισης ενώ ισχύει ανάκληση γι’ αυτήν
violation-intellectual-property = προσβολή δικαιωμάτων διανοητικής ιδιοκτησίας
violation-prohibited-item = απαγορευμένο ή περιορισμένο είδος
violation-health-and-safety = υγεία και ασφάλεια
violation-false-information = ψευδείς ή παραπλανητικές πληροφορίες καταχώρισης
violation-pricing-abuse = καταχρηστική τιμολόγηση και προωθητικές ενέργειες

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Πώληση προϊόντος που ανακαλείται
violation-recall-evasion-label = Δημοσίευση ή τροποποίηση καταχώρισης ενώ ισχύει ανάκληση γι’ αυτήν
violation-intellectual-property-label = Προσβολή δικαιωμάτων διανοητικής ιδιοκτησίας
violation-prohibited-item-label = Απαγορευμένο ή περιορισμένο είδος
violation-health-and-safety-label = Υγεία και ασφάλεια
violation-false-information-label = Ψευδείς ή παραπλανητικές πληροφορίες καταχώρισης
violation-pricing-abuse-label = Καταχρηστική τιμολόγηση και προωθητικές ενέργειες

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Γενική παράβαση
severity-serious-label = Σοβαρή παράβαση

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = αφαίρεση της καταχώρισης από όλες τις αγορές
sanction-financial-penalty = χρηματική ποινή
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = χρηματική ποινή ύψους { $amount }
sanction-shipping-restriction = περιορισμός αποστολών
sanction-account-freeze = δέσμευση του λογαριασμού
sanction-suspension = αναστολή του λογαριασμού
sanction-permanent-ban = οριστικός αποκλεισμός

## The account standings, from best to worst, as names

standing-good = Καλή κατάσταση
standing-warning = Προειδοποίηση
standing-listing-restrictions = Περιορισμοί καταχωρίσεων
standing-shipping-restricted = Περιορισμός αποστολών / δέσμευση λογαριασμού
standing-suspended = Αναστολή
standing-terminated = Τερματισμός

## What each standing means for the seller, in one sentence

consequence-good = Δεν ισχύει κανένας περιορισμός για τον λογαριασμό σας.
consequence-warning = Επίσημη προειδοποίηση: περαιτέρω παραβάσεις θα επιφέρουν περιορισμούς στον λογαριασμό σας.
consequence-listing-restrictions = Δεν μπορείτε να δημοσιεύετε νέες καταχωρίσεις ούτε να τροποποιείτε τις υπάρχουσες έως ότου οι βαθμοί ποινής σας πέσουν κάτω από το όριο.
consequence-shipping-restricted = Τα δικαιώματα αποστολής σας είναι περιορισμένα και τα κεφάλαια του λογαριασμού σας έχουν δεσμευτεί.
consequence-suspended = Ο λογαριασμός σας έχει ανασταλεί: οι καταχωρίσεις σας είναι κρυφές και δεν μπορείτε να πωλείτε.
consequence-terminated = Ο λογαριασμός σας έχει τερματιστεί.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } βαθμός ποινής
   *[other] { $points } βαθμοί ποινής
  }

## What both emails share

standing-now-heading = Η τρέχουσα κατάστασή σας
standing = Κατάσταση
what-it-means = Τι σημαίνει
points-window = Βαθμοί ποινής τις τελευταίες 365 ημέρες (κυλιόμενη περίοδος)
reason = Λόγος
listing = Καταχώριση
severity = Σοβαρότητα
points-label = Βαθμοί ποινής
counts-until = Προσμετράται έως
case = Υπόθεση
report = Αναφορά
contest-heading = Πώς να προσβάλετε την εγγραφή
contest-upheld = Εάν η ένστασή σας γίνει δεκτή, η εγγραφή ακυρώνεται: οι βαθμοί ποινής και η κύρωσή της δεν προσμετρώνται πλέον, και σας ενημερώνουμε όταν αλλάξει η κατάστασή σας.
