# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Hyvityspyyntönne { $request } tilauksesta { $order }: hyvitys on maksettu
subject-failed = Hyvityspyyntönne { $request } tilauksesta { $order }: palautetut tuotteet eivät läpäisseet laatutarkastusta
heading-passed = Hyvityksenne on maksettu
heading-failed = Palauttamanne tuotteet eivät läpäisseet laatutarkastusta
intro-passed = Tilauksesta { $order } palauttamanne tuotteet läpäisivät varaston laatutarkastuksen { $date }. Hyvityksenne on maksettu.
intro-failed = Varasto tarkasti tilauksesta { $order } palauttamanne tuotteet { $date }: ne eivät läpäisseet laatutarkastusta.
checked-on-label = Tarkastuspäivä
items-heading = Palauttamanne tuotteet
paid-to-fast-refund-bonus = pikahyvitysbonukseenne
paid-to-original-payment = alkuperäiseen maksutapaanne
fast-refund-bonus-note = Hyvitys on heti käytettävissä.
original-payment-note = Pankistanne riippuen voi kestää jonkin aikaa, ennen kuin tapahtuma näkyy tilillänne.
warehouse-found-heading = Varaston havainnot
warehouse-found-nothing-said = Palautetut tuotteet eivät täytä hyvityksen ehtoja.
no-refund = Näistä tuotteista ei makseta hyvitystä.
