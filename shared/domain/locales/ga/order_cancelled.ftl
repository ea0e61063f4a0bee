# The order cancelled email, Irish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Ordú cealaithe: aisghairm táirge ar chúiseanna sábháilteachta
greeting = A chustaiméir dhil,
intro = Chealaíomar d’ordú { $order_id } dar dáta { $order_date } (tír seachadta: { $market }) sular seoladh é: tá an táirge thíos á aisghairm ar chúiseanna sábháilteachta.
not-delivered = Ní sheachadfar chugat é. Ós rud é nach bhfuair tú riamh é, ní gá duit stopadh ag úsáid aon ruda ná aon rud a sheoladh ar ais.
product-heading = An táirge
name = Táirge:
brand = Branda:
model = Samhail:
hazard-heading = An fáth a bhfuil sé á aisghairm
refund-heading = D’aisíocaíocht
refund = Aisíocfar an méid iomlán leat, an praghas a d’íoc tú ({ $price_paid }) agus táillí an ordaithe, chuig an modh íocaíochta a d’úsáid tú.
nothing-to-do = Ní gá duit aon rud a dhéanamh.
help-heading = Ceisteanna
contact = Má tá aon cheist agat, déan teagmháil linn ón rannán Cabhair i do chuntas.
signature = An Fhoireann Sábháilteachta Táirgí
