# The compliance reminder email, Latvian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Atgādinājums par produkta atbilstību
greeting = Cienījamo klient!
intro = Jūs iegādājāties zemāk norādīto produktu mūsu tirdzniecības platformā. Tas pilnībā neatbilst uz to attiecināmajiem noteikumiem. Lūdzu, izlasiet tālāk, kas nav kārtībā un kas Jums jādara.
keep = Šis ir tikai atgādinājums: mēs nelūdzam Jūs sūtīt produktu atpakaļ.
product-heading = Jūsu produkts
name = Produkts:
brand = Zīmols:
model = Modelis:
picture = Attēls:
picture-alt = Produkta attēls
sold = Jūs to iegādājāties mūsu tirdzniecības platformā (pasūtījums { $order_id }, pasūtījuma datums: { $order_date }); piegādes valsts: { $market }.
issue-heading = Kas nav kārtībā
todo-heading = Kas Jums jādara
help-heading = Jautājumi un atgriešana
contact = Ja Jums ir jautājumi vai vēlaties atgriezt produktu, sazinieties ar mums sava konta sadaļā Palīdzība.
rights = Jūs saglabājat visas savas patērētāja tiesības, tostarp tiesības pieprasīt preces atgriešanu vai naudas atmaksu, ja tās ir piemērojamas.
reassure = Mēs pārbaudām mūsu tirdzniecības platformā pārdotos produktus un informējam Jūs ikreiz, kad kaut kam jāpievērš Jūsu uzmanība.
signature = Produktu drošuma komanda
