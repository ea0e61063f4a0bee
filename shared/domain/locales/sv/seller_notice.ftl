# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Återkallelse av produkt av säkerhetsskäl: { $title } – { $listings ->
    [one] { $listings } annons blockerad
   *[other] { $listings } annonser blockerade
  }, överklaga senast den { $deadline }
subject-update = Uppdatering – Återkallelse av produkt av säkerhetsskäl: { $title } – nu även blockerad i { $markets }, överklaga senast den { $deadline }
heading = Meddelande om återkallelse av produkt av säkerhetsskäl
heading-update = Uppdatering: meddelande om återkallelse av produkt av säkerhetsskäl
intro = En produkt som du säljer omfattas av en återkallelse av säkerhetsskäl. Vi har vidtagit åtgärderna nedan för dina annonser, och du måste agera med anledning av återkallelsen nu.
intro-update = Återkallelsen nedan omfattar nu fler marknader där dina annonser erbjuds. Vi har utvidgat åtgärderna för dem.
recall-heading = Återkallelse
recall = Återkallelse
recall-id = Återkallelsens id
reported-by = Rapporterad av
risk = Risknivå
hazard = Fara
listings-heading = Dina berörda annonser
listing-ref = Annons { $listing } · ärende { $case }
why = Varför den omfattas
measures = Vidtagna åtgärder
penalty = Tillämplig sanktion
penalty-points = { $points } poäng ({ $severity }), registrerade i ditt register över sanktionspoäng; återförs om ditt överklagande bifalls
penalty-own = ingen: du rapporterade själv denna återkallelse av din egen produkt, så som reglerna kräver, så inga poäng registreras för den
todo-heading = Vad du måste göra
todo-stop = Sluta sälja den återkallade produkten på de berörda marknaderna och lägg inte ut den igen, varken i denna eller någon annan annons.
todo-pull = Dra tillbaka det berörda lagret och genomför återkallelsen så som tillämplig lagstiftning och tillsynsmyndigheten kräver.
todo-remedies = Var beredd att stå för det som konsumenterna har rätt till: det betalda priset och beställningens avgifter debiteras dig för varje återbetalning på grund av återkallelsen.
violation-serious = Att sälja en återkallad produkt är en överträdelse: 6 poäng per annons (allvarlig överträdelse), som registreras i ditt kontos register över sanktionspoäng i och med detta meddelande och återförs om ditt överklagande bifalls.
violation-general = Att sälja en återkallad produkt är en överträdelse: 2 poäng per annons (allmän överträdelse), som registreras i ditt kontos register över sanktionspoäng i och med detta meddelande och återförs om ditt överklagande bifalls.
violation-own = Du rapporterade själv denna återkallelse av din egen produkt: ingen sanktion registreras för dina annonser på grund av den.
relisting = Att lägga ut produkten igen eller redigera en annons för att kringgå återkallelsen är en allvarlig överträdelse (6 poäng).
appeal-heading = Överklagande
appeal = Om du invänder mot åtgärderna i samband med återkallelsen eller mot sanktionen ska du överklaga senast den { $deadline } (7 dagar från detta meddelande) och ange ärendets id. Efter det datumet, eller om överklagandet avslås, skickar vi ett meddelande om återkallelse till alla konsumenter som har köpt produkten.
