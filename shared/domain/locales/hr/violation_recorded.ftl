# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). Croatian.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Zabilježena povreda: { $violation } ({ $points })
heading = Zabilježena povreda
# $severity: general or serious violation (seller_common).
intro = Zabilježili smo povredu na Vašem računu: { $violation } ({ $severity }, { $points }).
violation-heading = Povreda
violation = Povreda
recorded-on = Datum upisa
counts-until-value = { $date } (nakon toga izlazi iz kliznog razdoblja od 365 dana)
sanction-heading = Sankcija
meaning-listing-removal = Oglas { $listing } uklonjen je na svim tržištima. Nemojte ponovno oglašavati proizvod, ni u ovom ni u bilo kojem drugom oglasu.
meaning-listing-removal-unnamed = Oglas je uklonjen na svim tržištima. Nemojte ponovno oglašavati proizvod, ni u ovom ni u bilo kojem drugom oglasu.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Vašem se računu naplaćuje novčana kazna u iznosu od { $amount }.
meaning-fine-unknown = Vašem se računu naplaćuje novčana kazna.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Dok se ovaj upis računa (365 dana), Vaš je račun barem na statusu „{ $standing }“: { $consequence }
meaning-permanent-ban = Trajna zabrana ne istječe: primjenjuje se bez obzira na starost ovog upisa. { $consequence }
reminder-heading = Podsjetnik o sukladnosti
# $issue: the desk's words, quoted as given.
reminder = Proizvod iz ovog oglasa nije sukladan, pa potrošačima koji su ga kupili od Vas šaljemo podsjetnik o sukladnosti: „{ $issue }“ Pružite im postprodajna rješenja, uključujući povrat proizvoda i novca, kada to zatraže.
standing-note = Vaš status proizlazi iz sankcije, a ne iz Vaših bodova: samo na temelju bodova imali biste status „{ $standing }“.
contest-case = Ako se protivite ovom upisu, podnesite žalbu u roku od 7 dana od obavijesti o opozivu i navedite predmet { $case }.
contest-report = Ako smatrate da je ova povreda zabilježena pogreškom, osporite je putem centra za prodavatelje i navedite prijavu { $report }.
contest-unreferenced = Ako smatrate da je ova povreda zabilježena pogreškom, osporite je putem centra za prodavatelje.
