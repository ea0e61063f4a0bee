# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Overtreding geregistreerd: { $violation } ({ $points })
heading = Overtreding geregistreerd
# $severity: general or serious violation (seller_common).
intro = Wij hebben een overtreding op uw account geregistreerd: { $violation } ({ $severity }, { $points }).
violation-heading = De overtreding
violation = Overtreding
recorded-on = Geregistreerd op
counts-until-value = { $date } (daarna valt deze buiten de voortschrijdende periode van 365 dagen)
sanction-heading = Sanctie
meaning-listing-removal = Advertentie { $listing } is in alle markten verwijderd. Bied het product niet opnieuw aan, niet via deze advertentie en niet via een andere.
meaning-listing-removal-unnamed = De advertentie is in alle markten verwijderd. Bied het product niet opnieuw aan, niet via deze advertentie en niet via een andere.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Er wordt een boete van { $amount } aan uw account in rekening gebracht.
meaning-fine-unknown = Er wordt een boete aan uw account in rekening gebracht.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Zolang deze boeking meetelt (365 dagen), staat uw account ten minste op de status { $standing }: { $consequence }
meaning-permanent-ban = Een permanente uitsluiting verloopt niet: deze geldt ongeacht de ouderdom van deze boeking. { $consequence }
reminder-heading = Herinnering over conformiteit
# $issue: the desk's words, quoted as given.
reminder = Het product van deze advertentie voldoet niet aan de regels, daarom sturen wij een herinnering over de conformiteit naar de consumenten die het bij u hebben gekocht: „{ $issue }” Bied hun op hun verzoek oplossingen na verkoop, waaronder retourneren en terugbetalen.
standing-note = Uw status komt voort uit een sanctie, niet uit uw punten: op grond van alleen uw punten zou uw status { $standing } zijn.
contest-case = Als u het niet eens bent met deze boeking, maak dan binnen 7 dagen na de kennisgeving van de terugroepactie bezwaar, met vermelding van dossier { $case }.
contest-report = Als u denkt dat deze overtreding ten onrechte is geregistreerd, maak dan bezwaar via het verkoperscentrum, met vermelding van melding { $report }.
contest-unreferenced = Als u denkt dat deze overtreding ten onrechte is geregistreerd, maak dan bezwaar via het verkoperscentrum.
