# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Ihr Kontostatus: { $before } → { $after }
heading-worse = Ihr Kontostatus hat sich verschlechtert
heading-better = Ihr Kontostatus hat sich verbessert
heading-same = Ihr Kontostatus
change-worse = Ihr Kontostatus ist von „{ $before }“ auf „{ $after }“ gestiegen: Das ist für Ihr Konto eine Verschlechterung.
change-better = Ihr Kontostatus ist von „{ $before }“ auf „{ $after }“ gesunken: Das ist für Ihr Konto eine Verbesserung.
change-same = Ihr Kontostatus ist „{ $after }“.
trigger-new = Die Änderung folgt auf einen neuen Eintrag vom { $date }: { $violation } ({ $points }).
trigger-reversal = Die Änderung folgt auf die Rücknahme des Eintrags { $entry } am { $date }.
trigger-reversal-of = Die Änderung folgt auf die Rücknahme des Eintrags { $entry } ({ $violation }, { $points }) am { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (Einträge seit dem { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Ihr Status ergibt sich aus einer Sanktion: { $sanctions }, nicht aus Ihren Punkten: Ihre Punkte ({ $points }) allein ergäben den Status „{ $standing }“.
sanction-note-unnamed = Ihr Status ergibt sich aus einer Sanktion, nicht aus Ihren Punkten: Ihre Punkte ({ $points }) allein ergäben den Status „{ $standing }“.
sanction-behind = { $sanction } (Eintrag { $entry }, { $date })
thresholds-heading = Schwellenwerte
thresholds-points = Punkte im gleitenden Zeitraum von 365 Tagen
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } Punkte
threshold-or-more = { $from ->
    [one] { $from } Punkt oder mehr
   *[other] { $from } Punkte oder mehr
  }
your-standing = Ihr Status
thresholds-note = Eine mit einem Verstoß verhängte Sanktion (Versandbeschränkung, Einfrieren des Kontos, Sperrung, dauerhafter Ausschluss) stuft Ihr Konto mindestens auf den entsprechenden Status ein, solange ihr Eintrag zählt; ein dauerhafter Ausschluss gilt unabhängig von seinem Alter.
entries-heading = Die zugrunde liegenden Einträge
no-entries = Im gleitenden Zeitraum von 365 Tagen zählt keine Sanktion.
lasting-heading = Weiterhin geltende Sanktionen
reversals-heading = Rücknahmen im gleitenden Zeitraum von 365 Tagen
entry-title = { $date }: { $violation }
reversal-title = { $date }: Rücknahme – { $violation }
sanction = Sanktion
counts-until-ban = { $date } (für seine Punkte; der dauerhafte Ausschluss läuft nicht ab)
to-contest = Anfechtung
to-contest-case = Einspruch innerhalb von 7 Tagen nach der Rückrufmitteilung unter Angabe der Fallnummer
to-contest-report = über das Verkäuferzentrum unter Angabe der Meldungsnummer
to-contest-entry = über das Verkäuferzentrum unter Angabe der Eintragsnummer
note = Hinweis
lasting-note = Älter als 365 Tage: Seine Punkte zählen nicht mehr, ein dauerhafter Ausschluss gilt jedoch unabhängig von seinem Alter.
reverses = Nimmt zurück
reverses-of = { $entry } ({ $violation }, verbucht am { $date }, { $points })
contest-case = Gegen einen Eintrag aus einem Rückruffall kann innerhalb von 7 Tagen nach der Rückrufmitteilung (bis zu der in der Mitteilung genannten Einspruchsfrist) unter Angabe der Fallnummer Einspruch eingelegt werden.
contest-report = Ein gemeldeter Verstoß wird über das Verkäuferzentrum unter Angabe der Meldungsnummer angefochten.
