# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Sag
listing = Annonce
recall = Tilbagekaldelse
markets = Markeder
appeal-deadline = Klagefrist
received-subject = Klage modtaget: sag { $case }
received-heading = Vi har modtaget din klage
received = Vi modtog din klage den { $filed }. En sagsbehandler vil træffe afgørelse om den, og vi giver dig besked om resultatet. Foranstaltningerne over for din annonce forbliver i kraft indtil da, og ingen forbrugere kontaktes, mens din klage er under behandling.
received-ordered = Vi modtog din klage den { $filed }. En sagsbehandler vil træffe afgørelse om den, og vi giver dig besked om resultatet. Foranstaltningerne over for din annonce forbliver i kraft indtil da. Tilsynsmyndigheden har påbudt, at forbrugerne skal underrettes straks, så tilbagekaldelsen over for forbrugerne fortsætter imens.
grounds = Din begrundelse: { $grounds }
upheld-subject = Klage imødekommet: sag { $case } – din annonce er til salg igen
upheld-heading = Din klage er blevet imødekommet
upheld-reason = En sagsbehandler har givet dig medhold i din klage: { $reason }
upheld-lifted = Vi har ophævet foranstaltningerne over for din annonce i { $markets }: Den er til salg der igen.
upheld-points = Sanktionen på { $points } point trækkes tilbage.
upheld-told = Forbrugerne er allerede blevet underrettet efter påbud fra tilsynsmyndigheden.
upheld-not-told = Forbrugerne vil ikke blive kontaktet om denne sag.
rejected-subject = Klage afvist: sag { $case } – tilbagekaldelsen over for forbrugerne begynder
rejected-heading = Din klage er blevet afvist
rejected-reason = En sagsbehandler har afvist din klage: { $reason }
rejected-stay = Foranstaltningerne over for din annonce i { $markets } forbliver i kraft. Vi sender nu en meddelelse om tilbagekaldelse til alle forbrugere, der har købt produktet på disse markeder. Det, forbrugerne har krav på – den betalte pris og ordrens gebyrer – pålægges dig.
rejected-stay-points = Foranstaltningerne over for din annonce i { $markets } forbliver i kraft, og sanktionen på { $points } point gælder. Vi sender nu en meddelelse om tilbagekaldelse til alle forbrugere, der har købt produktet på disse markeder. Det, forbrugerne har krav på – den betalte pris og ordrens gebyrer – pålægges dig.
refused-subject = Klage ikke accepteret: sag { $case }
refused-heading = Din klage kunne ikke accepteres
refused = Vi kunne ikke acceptere din klage i sag { $case }: { $reason }.
refused-deadline = Klagefristen i denne sag: { $deadline }.
refused-contact = Hvis du mener, at der er tale om en fejl, skal du kontakte produktsikkerhedsafdelingen og angive sagens id.
refused-no-case = der findes ingen sag { $case }
refused-not-yours = sag { $case } er ikke din sag: kun annoncens sælger kan klage
refused-late = klagen blev indgivet den { $filed }, efter fristen den { $deadline } (7 dage fra meddelelsen om tilbagekaldelse)
refused-state = sag { $case } kan ikke længere påklages
