# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Terugroepactie in verband met productveiligheid: { $title } – { $listings ->
    [one] { $listings } advertentie geblokkeerd
   *[other] { $listings } advertenties geblokkeerd
  }, bezwaar uiterlijk { $deadline }
subject-update = Update – Terugroepactie in verband met productveiligheid: { $title } – nu ook geblokkeerd in { $markets }, bezwaar uiterlijk { $deadline }
heading = Kennisgeving van een terugroepactie in verband met productveiligheid
heading-update = Update: kennisgeving van een terugroepactie in verband met productveiligheid
intro = Voor een product dat u verkoopt, loopt een terugroepactie in verband met productveiligheid. Wij hebben de onderstaande maatregelen voor uw advertenties genomen en u moet nu gevolg geven aan deze terugroepactie.
intro-update = De onderstaande terugroepactie geldt nu voor meer markten waarin uw advertenties worden aangeboden. Wij hebben de maatregelen voor die advertenties uitgebreid.
recall-heading = Terugroepactie
recall = Terugroepactie
recall-id = ID van de terugroepactie
reported-by = Gemeld door
risk = Risiconiveau
hazard = Gevaar
listings-heading = Uw betrokken advertenties
listing-ref = Advertentie { $listing } · dossier { $case }
why = Waarom deze overeenkomt
measures = Genomen maatregelen
penalty = Geldende sanctie
penalty-points = { $points } punten ({ $severity }), geboekt in uw sanctieregister; teruggedraaid als uw bezwaar wordt toegewezen
penalty-own = geen: u hebt deze terugroepactie van uw eigen product gemeld, zoals de regels vereisen, dus er worden hiervoor geen punten geboekt
todo-heading = Wat u moet doen
todo-stop = Stop met de verkoop van het teruggeroepen product in de betrokken markten en bied het niet opnieuw aan, niet via deze advertentie en niet via een andere.
todo-pull = Haal de betrokken voorraad terug en voer de terugroepactie uit zoals de toepasselijke wetgeving en de bevoegde autoriteit vereisen.
todo-remedies = Houd er rekening mee dat u de oplossingen voor consumenten draagt: de betaalde prijs en de kosten van de bestelling worden bij elke terugbetaling wegens de terugroepactie aan u doorberekend.
violation-serious = De verkoop van een teruggeroepen product is een overtreding: 6 punten per advertentie (ernstige overtreding), met deze kennisgeving geboekt in het sanctieregister van uw account en teruggedraaid als uw bezwaar wordt toegewezen.
violation-general = De verkoop van een teruggeroepen product is een overtreding: 2 punten per advertentie (algemene overtreding), met deze kennisgeving geboekt in het sanctieregister van uw account en teruggedraaid als uw bezwaar wordt toegewezen.
violation-own = U hebt deze terugroepactie van uw eigen product zelf gemeld: er wordt hiervoor geen sanctie op uw advertenties geboekt.
relisting = Het product opnieuw aanbieden of een advertentie wijzigen om de terugroepactie te omzeilen is een ernstige overtreding (6 punten).
appeal-heading = Bezwaar
appeal = Als u het niet eens bent met de maatregelen van de terugroepactie of met de sanctie, maak dan uiterlijk { $deadline } (7 dagen na deze kennisgeving) bezwaar en vermeld daarbij het dossiernummer. Na die datum, of als het bezwaar wordt afgewezen, sturen wij een kennisgeving van de terugroepactie naar elke consument die het product heeft gekocht.
