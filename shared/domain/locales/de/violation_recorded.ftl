# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Verstoß erfasst: { $violation } ({ $points })
heading = Verstoß erfasst
# $severity: general or serious violation (seller_common).
intro = Wir haben für Ihr Konto einen Verstoß erfasst: { $violation } ({ $severity }, { $points }).
violation-heading = Der Verstoß
violation = Verstoß
recorded-on = Erfasst am
counts-until-value = { $date } (danach fällt er aus dem gleitenden Zeitraum von 365 Tagen heraus)
sanction-heading = Sanktion
meaning-listing-removal = Das Angebot { $listing } wird in allen Märkten entfernt. Bieten Sie das Produkt nicht erneut an, weder unter diesem noch unter einem anderen Angebot.
meaning-listing-removal-unnamed = Das Angebot wird in allen Märkten entfernt. Bieten Sie das Produkt nicht erneut an, weder unter diesem noch unter einem anderen Angebot.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Ihrem Konto wird eine Strafzahlung von { $amount } belastet.
meaning-fine-unknown = Ihrem Konto wird eine Strafzahlung belastet.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Solange dieser Eintrag zählt (365 Tage), hat Ihr Konto mindestens den Status „{ $standing }“: { $consequence }
meaning-permanent-ban = Ein dauerhafter Ausschluss läuft nicht ab: Er gilt unabhängig vom Alter dieses Eintrags. { $consequence }
reminder-heading = Hinweis zur Produktkonformität
# $issue: the desk's words, quoted as given.
reminder = Das Produkt dieses Angebots ist nicht konform; daher senden wir den Verbrauchern, die es bei Ihnen gekauft haben, einen Hinweis zur Produktkonformität: „{ $issue }“ Bieten Sie ihnen auf Anfrage Lösungen nach dem Kauf an, einschließlich Rückgaben und Erstattungen.
standing-note = Ihr Status ergibt sich aus einer Sanktion, nicht aus Ihren Punkten: Ihre Punkte allein ergäben den Status „{ $standing }“.
contest-case = Wenn Sie mit diesem Eintrag nicht einverstanden sind, legen Sie innerhalb von 7 Tagen nach der Rückrufmitteilung unter Angabe des Falls { $case } Einspruch ein.
contest-report = Wenn Sie der Meinung sind, dass dieser Verstoß irrtümlich erfasst wurde, fechten Sie ihn über das Verkäuferzentrum unter Angabe der Meldung { $report } an.
contest-unreferenced = Wenn Sie der Meinung sind, dass dieser Verstoß irrtümlich erfasst wurde, fechten Sie ihn über das Verkäuferzentrum an.
