# The order cancelled email, Finnish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Tilaus peruttu: tuoteturvallisuuteen liittyvä takaisinveto
greeting = Hyvä asiakas,
intro = Olemme peruneet tilauksenne { $order_id } (tilauspäivä { $order_date }; toimitusmaa: { $market }) ennen sen lähettämistä: alla mainittu tuote on tuoteturvallisuuteen liittyvän takaisinvedon kohteena.
not-delivered = Tuotetta ei toimiteta teille. Koska ette ole koskaan saanut sitä, teidän ei tarvitse lopettaa minkään käyttöä eikä lähettää mitään takaisin.
product-heading = Tuote
name = Tuote:
brand = Tuotemerkki:
model = Malli:
hazard-heading = Miksi tuote vedetään takaisin
refund-heading = Hyvitys
refund = Saatte koko summan takaisin, eli maksamanne hinnan ({ $price_paid }) ja tilauksen maksut, käyttämäänne maksutapaan.
nothing-to-do = Teidän ei tarvitse tehdä mitään.
help-heading = Kysymykset
contact = Jos teillä on kysyttävää, ottakaa meihin yhteyttä tilinne Ohje-osion kautta.
signature = Tuoteturvallisuustiimi
