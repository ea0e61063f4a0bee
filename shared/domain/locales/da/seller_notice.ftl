# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Tilbagekaldelse af produkt af sikkerhedshensyn: { $title } – { $listings ->
    [one] { $listings } annonce blokeret
   *[other] { $listings } annoncer blokeret
  }, klag senest den { $deadline }
subject-update = Opdatering – Tilbagekaldelse af produkt af sikkerhedshensyn: { $title } – nu også blokeret i { $markets }, klag senest den { $deadline }
heading = Meddelelse om tilbagekaldelse af produkt af sikkerhedshensyn
heading-update = Opdatering: meddelelse om tilbagekaldelse af produkt af sikkerhedshensyn
intro = Et produkt, du sælger, er omfattet af en tilbagekaldelse af sikkerhedshensyn. Vi har truffet nedenstående foranstaltninger over for dine annoncer, og du skal handle på denne tilbagekaldelse nu.
intro-update = Tilbagekaldelsen nedenfor omfatter nu flere markeder, hvor dine annoncer udbydes. Vi har udvidet foranstaltningerne over for dem.
recall-heading = Tilbagekaldelse
recall = Tilbagekaldelse
recall-id = Tilbagekaldelsens id
reported-by = Indberettet af
risk = Risikoniveau
hazard = Fare
listings-heading = Dine berørte annoncer
listing-ref = Annonce { $listing } · sag { $case }
why = Hvorfor den er omfattet
measures = Trufne foranstaltninger
penalty = Gældende sanktion
penalty-points = { $points } point ({ $severity }), registreret i dit strafpointregister; tilbageføres, hvis du får medhold i din klage
penalty-own = ingen: Du har selv indberettet denne tilbagekaldelse af dit eget produkt, som reglerne kræver, så der registreres ingen point for den
todo-heading = Det skal du gøre
todo-stop = Stop salget af det tilbagekaldte produkt på de berørte markeder, og sæt det ikke til salg igen, hverken under denne eller nogen anden annonce.
todo-pull = Træk den berørte lagerbeholdning tilbage, og gennemfør tilbagekaldelsen, som gældende lovgivning og tilsynsmyndigheden kræver.
todo-remedies = Vær forberedt på at dække det, forbrugerne har krav på: Den betalte pris og ordrens gebyrer pålægges dig for hver tilbagebetaling i forbindelse med tilbagekaldelsen.
violation-serious = Salg af et tilbagekaldt produkt er en overtrædelse: 6 point pr. annonce (alvorlig overtrædelse), som registreres i din kontos strafpointregister med denne meddelelse og tilbageføres, hvis du får medhold i din klage.
violation-general = Salg af et tilbagekaldt produkt er en overtrædelse: 2 point pr. annonce (generel overtrædelse), som registreres i din kontos strafpointregister med denne meddelelse og tilbageføres, hvis du får medhold i din klage.
violation-own = Du har selv indberettet denne tilbagekaldelse af dit eget produkt: Der registreres ingen sanktion for dine annoncer i den forbindelse.
relisting = At sætte produktet til salg igen eller at redigere en annonce for at omgå tilbagekaldelsen er en alvorlig overtrædelse (6 point).
appeal-heading = Klage
appeal = Hvis du gør indsigelse mod foranstaltningerne i forbindelse med tilbagekaldelsen eller mod sanktionen, skal du klage senest den { $deadline } (7 dage fra denne meddelelse) med angivelse af sagens id. Efter denne dato, eller hvis klagen afvises, sender vi en meddelelse om tilbagekaldelse til alle forbrugere, der har købt produktet.
