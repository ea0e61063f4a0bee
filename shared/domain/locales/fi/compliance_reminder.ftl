# The compliance reminder email, Finnish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Muistutus tuotteen vaatimustenmukaisuudesta
greeting = Hyvä asiakas,
intro = Ostitte alla mainitun tuotteen verkkomarkkinapaikaltamme. Se ei ole täysin siihen sovellettavien sääntöjen mukainen. Lukekaa alta, mitä puutteita tuotteessa on ja mitä teidän tulee tehdä.
keep = Tämä on vain muistutus: emme pyydä teitä palauttamaan tuotetta.
product-heading = Tuotteenne
name = Tuote:
brand = Tuotemerkki:
model = Malli:
picture = Kuva:
picture-alt = Kuva tuotteesta
sold = Ostitte tuotteen verkkomarkkinapaikaltamme (tilaus { $order_id }, tilauspäivä { $order_date }); toimitusmaa: { $market }.
issue-heading = Mikä on puutteellista
todo-heading = Mitä teidän tulee tehdä
help-heading = Kysymykset ja palautukset
contact = Jos teillä on kysyttävää tai haluatte palauttaa tuotteen, ottakaa meihin yhteyttä tilinne Ohje-osion kautta.
rights = Säilytätte kaikki kuluttajan oikeutenne, myös oikeuden pyytää palautusta tai hyvitystä silloin, kun ne ovat sovellettavissa.
reassure = Tarkastamme verkkomarkkinapaikallamme myytäviä tuotteita ja ilmoitamme teille aina, kun jokin vaatii huomiotanne.
signature = Tuoteturvallisuustiimi
