# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Dossier
listing = Advertentie
recall = Terugroepactie
markets = Markten
appeal-deadline = Uiterste datum voor bezwaar
received-subject = Bezwaar ontvangen: dossier { $case }
received-heading = Wij hebben uw bezwaar ontvangen
received = Wij hebben uw bezwaar op { $filed } ontvangen. Een beoordelaar neemt er een besluit over en wij laten u de uitkomst weten. Tot dan blijven de maatregelen voor uw advertentie van kracht, en zolang uw bezwaar openstaat, wordt er geen consument benaderd.
received-ordered = Wij hebben uw bezwaar op { $filed } ontvangen. Een beoordelaar neemt er een besluit over en wij laten u de uitkomst weten. Tot dan blijven de maatregelen voor uw advertentie van kracht. De bevoegde autoriteit heeft bevolen de consumenten onmiddellijk te informeren, dus de terugroepactie bij consumenten gaat intussen door.
grounds = Uw gronden: { $grounds }
upheld-subject = Bezwaar toegewezen: dossier { $case } – uw advertentie is weer te koop
upheld-heading = Uw bezwaar is toegewezen
upheld-reason = Een beoordelaar heeft uw bezwaar toegewezen: { $reason }
upheld-lifted = Wij hebben de maatregelen voor uw advertentie in { $markets } opgeheven: deze is daar weer te koop.
upheld-points = De sanctie van { $points } punten wordt ingetrokken.
upheld-told = De consumenten zijn al geïnformeerd, op bevel van de bevoegde autoriteit.
upheld-not-told = Consumenten worden over dit dossier niet benaderd.
rejected-subject = Bezwaar afgewezen: dossier { $case } – de terugroepactie bij consumenten begint
rejected-heading = Uw bezwaar is afgewezen
rejected-reason = Een beoordelaar heeft uw bezwaar afgewezen: { $reason }
rejected-stay = De maatregelen voor uw advertentie in { $markets } blijven van kracht. Wij sturen nu een kennisgeving van de terugroepactie naar elke consument die het product in die markten heeft gekocht. De oplossingen voor consumenten – de betaalde prijs en de kosten van de bestelling – worden aan u doorberekend.
rejected-stay-points = De maatregelen voor uw advertentie in { $markets } blijven van kracht en de sanctie van { $points } punten is van toepassing. Wij sturen nu een kennisgeving van de terugroepactie naar elke consument die het product in die markten heeft gekocht. De oplossingen voor consumenten – de betaalde prijs en de kosten van de bestelling – worden aan u doorberekend.
refused-subject = Bezwaar niet in behandeling genomen: dossier { $case }
refused-heading = Uw bezwaar kon niet in behandeling worden genomen
refused = Wij konden uw bezwaar in dossier { $case } niet in behandeling nemen: { $reason }.
refused-deadline = De uiterste datum voor bezwaar in dit dossier: { $deadline }.
refused-contact = Denkt u dat dit een vergissing is? Neem dan contact op met de afdeling Productveiligheid en vermeld het dossiernummer.
refused-no-case = er bestaat geen dossier { $case }
refused-not-yours = dossier { $case } is geen dossier van u: alleen de verkoper van de advertentie kan bezwaar maken
refused-late = het bezwaar is ingediend op { $filed }, na de uiterste datum van { $deadline } (7 dagen na de kennisgeving van de terugroepactie)
refused-state = tegen dossier { $case } kan geen bezwaar meer worden gemaakt
