# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Ärende
listing = Annons
recall = Återkallelse
markets = Marknader
appeal-deadline = Tidsfrist för överklagande
received-subject = Överklagande mottaget: ärende { $case }
received-heading = Vi har tagit emot ditt överklagande
received = Vi tog emot ditt överklagande den { $filed }. En handläggare kommer att fatta beslut om det, och vi meddelar dig utfallet. Åtgärderna för din annons kvarstår till dess, och ingen konsument kontaktas medan ditt överklagande är under behandling.
received-ordered = Vi tog emot ditt överklagande den { $filed }. En handläggare kommer att fatta beslut om det, och vi meddelar dig utfallet. Åtgärderna för din annons kvarstår till dess. Tillsynsmyndigheten har beslutat att konsumenterna ska informeras omedelbart, så återkallelsen riktad till konsumenterna fortsätter under tiden.
grounds = Dina skäl: { $grounds }
upheld-subject = Överklagande bifallet: ärende { $case } – din annons är till salu igen
upheld-heading = Ditt överklagande har bifallits
upheld-reason = En handläggare har bifallit ditt överklagande: { $reason }
upheld-lifted = Vi har hävt åtgärderna för din annons i { $markets }: den är till salu där igen.
upheld-points = Sanktionen på { $points } poäng dras tillbaka.
upheld-told = Konsumenterna har redan informerats på tillsynsmyndighetens beslut.
upheld-not-told = Konsumenterna kommer inte att kontaktas om detta ärende.
rejected-subject = Överklagande avslaget: ärende { $case } – återkallelsen till konsumenterna inleds
rejected-heading = Ditt överklagande har avslagits
rejected-reason = En handläggare har avslagit ditt överklagande: { $reason }
rejected-stay = Åtgärderna för din annons i { $markets } kvarstår. Vi skickar nu ett meddelande om återkallelse till alla konsumenter som har köpt produkten på dessa marknader. Det som konsumenterna har rätt till – det betalda priset och beställningens avgifter – debiteras dig.
rejected-stay-points = Åtgärderna för din annons i { $markets } kvarstår, och sanktionen på { $points } poäng gäller. Vi skickar nu ett meddelande om återkallelse till alla konsumenter som har köpt produkten på dessa marknader. Det som konsumenterna har rätt till – det betalda priset och beställningens avgifter – debiteras dig.
refused-subject = Överklagande inte godtaget: ärende { $case }
refused-heading = Ditt överklagande kunde inte godtas
refused = Vi kunde inte godta ditt överklagande i ärende { $case }: { $reason }.
refused-deadline = Tidsfristen för överklagande i detta ärende: { $deadline }.
refused-contact = Om du anser att detta är ett misstag, kontakta produktsäkerhetsavdelningen och ange ärendets id.
refused-no-case = det finns inget ärende { $case }
refused-not-yours = ärende { $case } är inte ditt ärende: endast annonsens säljare får överklaga
refused-late = överklagandet lämnades in den { $filed }, efter tidsfristen den { $deadline } (7 dagar från meddelandet om återkallelse)
refused-state = ärende { $case } kan inte längre överklagas
