# The order cancelled email, Latvian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Pasūtījums atcelts: produkta atsaukšana drošuma dēļ
greeting = Cienījamo klient!
intro = Mēs atcēlām Jūsu pasūtījumu { $order_id } (pasūtījuma datums: { $order_date }; piegādes valsts: { $market }), pirms tas tika nosūtīts: zemāk norādītais produkts tiek atsaukts drošuma dēļ.
not-delivered = Tas Jums netiks piegādāts. Tā kā Jūs to nekad neesat saņēmuši, Jums nekas nav jāpārtrauc lietot un nekas nav jāsūta atpakaļ.
product-heading = Produkts
name = Produkts:
brand = Zīmols:
model = Modelis:
hazard-heading = Kāpēc tas tiek atsaukts
refund-heading = Jūsu atmaksa
refund = Jums tiks atmaksāta visa summa – samaksātā cena ({ $price_paid }) un pasūtījuma maksas – uz Jūsu izmantoto maksājuma līdzekli.
nothing-to-do = Jums nekas nav jādara.
help-heading = Jautājumi
contact = Ja Jums ir jautājumi, sazinieties ar mums sava konta sadaļā Palīdzība.
signature = Produktu drošuma komanda
