# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Δεσμευτική είναι η αγγλική έκδοση που ακολουθεί παρακάτω.
signature = Η ομάδα Ασφάλειας Προϊόντων
greeting = Αξιότιμε/Αξιότιμη { $name },
severity-general = γενική παράβαση
severity-serious = σοβαρή παράβαση
measure-geo-block = γεωγραφικός αποκλεισμός (απόκρυψη σε αυτή την αγορά)
measure-rectification = διόρθωση (απόκρυψη έως ότου διορθώσετε την καταχώριση)
measure-return-to-warehouse = επιστροφή στην αποθήκη (απόσυρση του αποθέματος της πλατφόρμας)
measure-delist = διαγραφή της καταχώρισης (αφαίρεση από όλες τις αγορές)
all-markets = όλες οι αγορές
warehouse = αποθήκη { $market }
sep = :{" "}
