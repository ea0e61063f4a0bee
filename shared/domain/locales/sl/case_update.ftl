# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values. Slovenian.
# Draft translated from the English; to be reviewed by a native speaker.

case = Primer
listing = Ponudba
recall = Odpoklic
markets = Trgi
appeal-deadline = Rok za pritožbo
received-subject = Pritožba prejeta: primer { $case }
received-heading = Vašo pritožbo smo prejeli
received = Vašo pritožbo smo prejeli dne { $filed }. O njej bo odločil pregledovalec, mi pa vas bomo obvestili o izidu. Do takrat ostanejo ukrepi za vašo ponudbo v veljavi, dokler je vaša pritožba odprta, pa ne bomo stopili v stik z nobenim potrošnikom.
received-ordered = Vašo pritožbo smo prejeli dne { $filed }. O njej bo odločil pregledovalec, mi pa vas bomo obvestili o izidu. Do takrat ostanejo ukrepi za vašo ponudbo v veljavi. Pristojni organ je odredil, da je treba potrošnike takoj obvestiti, zato se odpoklic pri potrošnikih medtem nadaljuje.
grounds = Vaši razlogi: { $grounds }
upheld-subject = Pritožbi ugodeno: primer { $case } – vaša ponudba je znova v prodaji
upheld-heading = Vaši pritožbi je bilo ugodeno
upheld-reason = Pregledovalec je vaši pritožbi ugodil: { $reason }
upheld-lifted = Ukrepe za vašo ponudbo v { $markets } smo odpravili: tam je znova v prodaji.
upheld-points = Kazen v višini { $points } točk je preklicana.
upheld-told = Potrošniki so bili na odredbo pristojnega organa že obveščeni.
upheld-not-told = S potrošniki v zvezi s tem primerom ne bomo stopili v stik.
rejected-subject = Pritožba zavrnjena: primer { $case } – začenja se odpoklic pri potrošnikih
rejected-heading = Vaša pritožba je bila zavrnjena
rejected-reason = Pregledovalec je vašo pritožbo zavrnil: { $reason }
rejected-stay = Ukrepi za vašo ponudbo v { $markets } ostanejo v veljavi. Zdaj pošiljamo obvestilo o odpoklicu vsakemu potrošniku, ki je izdelek kupil na teh trgih. Stroški rešitev za potrošnike — plačana kupnina in pristojbine za naročilo — se zaračunajo vam.
rejected-stay-points = Ukrepi za vašo ponudbo v { $markets } ostanejo v veljavi in velja kazen v višini { $points } točk. Zdaj pošiljamo obvestilo o odpoklicu vsakemu potrošniku, ki je izdelek kupil na teh trgih. Stroški rešitev za potrošnike — plačana kupnina in pristojbine za naročilo — se zaračunajo vam.
refused-subject = Pritožba ni sprejeta: primer { $case }
refused-heading = Vaše pritožbe ni bilo mogoče sprejeti
refused = Vaše pritožbe v primeru { $case } nismo mogli sprejeti: { $reason }.
refused-deadline = Rok za pritožbo v tem primeru: { $deadline }.
refused-contact = Če menite, da gre za napako, se obrnite na službo za varnost izdelkov in navedite ID primera.
refused-no-case = primer { $case } ne obstaja
refused-not-yours = primer { $case } ni vaš primer: pritožbo lahko vloži samo prodajalec ponudbe
refused-late = pritožba je bila vložena dne { $filed }, po izteku roka { $deadline } (7 dni od obvestila o odpoklicu)
refused-state = primer { $case } ni več odprt za pritožbo
