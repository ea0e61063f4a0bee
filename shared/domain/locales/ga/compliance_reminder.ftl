# The compliance reminder email, Irish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Meabhrúchán faoi chomhlíonadh an táirge
greeting = A chustaiméir dhil,
intro = Cheannaigh tú an táirge thíos ar ár margadh ar líne. Ní chomhlíonann sé go hiomlán na rialacha a bhaineann leis. Léigh thíos, le do thoil, cad atá mícheart agus cad is gá duit a dhéanamh.
keep = Meabhrúchán amháin é seo: ní iarraimid ort an táirge a sheoladh ar ais.
product-heading = Do tháirge
name = Táirge:
brand = Branda:
model = Samhail:
picture = Pictiúr:
picture-alt = Pictiúr den táirge
sold = Cheannaigh tú é ar ár margadh ar líne ar { $order_date } (ordú { $order_id }); tír seachadta: { $market }.
issue-heading = Cad atá mícheart
todo-heading = Cad is gá duit a dhéanamh
help-heading = Ceisteanna agus aischuir
contact = Má tá aon cheist agat nó más mian leat an táirge a thabhairt ar ais, déan teagmháil linn ón rannán Cabhair i do chuntas.
rights = Coinníonn tú do chearta go léir mar thomhaltóir, lena n-áirítear aischur nó aisíocaíocht a iarraidh nuair is infheidhme.
reassure = Seiceálaimid na táirgí a dhíoltar ar ár margadh ar líne agus cuirimid ar an eolas thú gach uair a bhíonn ort aird a thabhairt ar rud éigin.
signature = An Fhoireann Sábháilteachta Táirgí
