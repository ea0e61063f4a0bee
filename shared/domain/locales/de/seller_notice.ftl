# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Produktsicherheitsrückruf: { $title } – { $listings ->
    [one] { $listings } Angebot gesperrt
   *[other] { $listings } Angebote gesperrt
  }, Einspruch bis zum { $deadline }
subject-update = Aktualisierung – Produktsicherheitsrückruf: { $title } – jetzt auch gesperrt in { $markets }, Einspruch bis zum { $deadline }
heading = Mitteilung über einen Produktsicherheitsrückruf
heading-update = Aktualisierung: Mitteilung über einen Produktsicherheitsrückruf
intro = Ein Produkt, das Sie verkaufen, ist von einem Produktsicherheitsrückruf betroffen. Wir haben die unten genannten Maßnahmen für Ihre Angebote ergriffen, und Sie müssen jetzt im Rahmen dieses Rückrufs handeln.
intro-update = Der unten genannte Rückruf umfasst jetzt weitere Märkte, in denen Ihre Angebote eingestellt sind. Wir haben die Maßnahmen für diese Angebote ausgeweitet.
recall-heading = Rückruf
recall = Rückruf
recall-id = Rückruf-ID
reported-by = Gemeldet von
risk = Risikostufe
hazard = Gefahr
listings-heading = Ihre betroffenen Angebote
listing-ref = Angebot { $listing } · Fall { $case }
why = Grund der Zuordnung
measures = Ergriffene Maßnahmen
penalty = Geltende Sanktion
penalty-points = { $points } Punkte ({ $severity }), in Ihrem Strafpunkteregister verbucht; werden zurückgenommen, wenn Ihrem Einspruch stattgegeben wird
penalty-own = keine: Sie haben diesen Rückruf Ihres eigenen Produkts gemeldet, wie es die Regeln verlangen; daher werden dafür keine Punkte verbucht
todo-heading = Was Sie tun müssen
todo-stop = Stellen Sie den Verkauf des zurückgerufenen Produkts in den betroffenen Märkten ein und bieten Sie es nicht erneut an, weder unter diesem noch unter einem anderen Angebot.
todo-pull = Ziehen Sie den betroffenen Bestand zurück und führen Sie den Rückruf so durch, wie es das geltende Recht und die zuständige Behörde verlangen.
todo-remedies = Stellen Sie sich darauf ein, die Abhilfen für die Verbraucher zu tragen: Der gezahlte Preis und die Gebühren der Bestellung werden Ihnen für jede Rückruferstattung belastet.
violation-serious = Der Verkauf eines zurückgerufenen Produkts ist ein Verstoß: 6 Punkte pro Angebot (schwerer Verstoß), mit dieser Mitteilung im Strafpunkteregister Ihres Kontos verbucht und zurückgenommen, wenn Ihrem Einspruch stattgegeben wird.
violation-general = Der Verkauf eines zurückgerufenen Produkts ist ein Verstoß: 2 Punkte pro Angebot (allgemeiner Verstoß), mit dieser Mitteilung im Strafpunkteregister Ihres Kontos verbucht und zurückgenommen, wenn Ihrem Einspruch stattgegeben wird.
violation-own = Sie haben diesen Rückruf Ihres eigenen Produkts selbst gemeldet: Für Ihre Angebote wird dafür keine Sanktion verbucht.
relisting = Das erneute Einstellen des Produkts oder das Bearbeiten eines Angebots, um den Rückruf zu umgehen, ist ein schwerer Verstoß (6 Punkte).
appeal-heading = Einspruch
appeal = Wenn Sie mit den Rückrufmaßnahmen oder der Sanktion nicht einverstanden sind, legen Sie bis zum { $deadline } (7 Tage ab dieser Mitteilung) unter Angabe der Fallnummer Einspruch ein. Nach diesem Zeitpunkt oder wenn der Einspruch abgelehnt wird, senden wir jedem Verbraucher, der das Produkt gekauft hat, eine Rückrufmitteilung.
