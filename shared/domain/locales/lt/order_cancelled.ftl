# The order cancelled email, Lithuanian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Užsakymas atšauktas: gaminio atšaukimas dėl saugos
greeting = Gerbiamas kliente,
intro = Jūsų užsakymą { $order_id } (užsakymo data { $order_date }; pristatymo šalis: { $market }) atšaukėme prieš jį išsiunčiant: toliau nurodytas gaminys atšaukiamas dėl saugos.
not-delivered = Gaminys Jums nebus pristatytas. Kadangi jo niekada negavote, Jums nereikia nustoti kuo nors naudotis ir nieko nereikia siųsti atgal.
product-heading = Gaminys
name = Gaminys:
brand = Prekės ženklas:
model = Modelis:
hazard-heading = Kodėl jis atšaukiamas
refund-heading = Pinigų grąžinimas
refund = Jums bus grąžinta visa suma – sumokėta kaina ({ $price_paid }) ir užsakymo mokesčiai – tuo mokėjimo būdu, kurį naudojote.
nothing-to-do = Jums nieko nereikia daryti.
help-heading = Klausimai
contact = Jei turite klausimų, susisiekite su mumis per savo paskyros skiltį Pagalba.
signature = Gaminių saugos komanda
