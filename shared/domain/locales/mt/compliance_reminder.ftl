# The compliance reminder email, Maltese.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Tfakkira dwar il-konformità tal-prodott
greeting = Għażiż klijent,
intro = Xtrajt il-prodott hawn taħt fis-suq online tagħna. Ma jikkonformax għal kollox mar-regoli li japplikaw għalih. Jekk jogħġbok aqra hawn taħt x'inhi l-problema u x'għandek tagħmel.
keep = Din hija biss tfakkira: mhux qed nitolbuk tibgħat il-prodott lura.
product-heading = Il-prodott tiegħek
name = Prodott:
brand = Marka:
model = Mudell:
picture = Stampa:
picture-alt = Stampa tal-prodott
sold = Xtrajtu fis-suq online tagħna (ordni { $order_id }, data tal-ordni: { $order_date }); pajjiż tal-kunsinna: { $market }.
issue-heading = X'inhi l-problema
todo-heading = X'għandek tagħmel
help-heading = Mistoqsijiet u ritorni
contact = Jekk għandek xi mistoqsijiet jew trid tirritorna l-prodott, ikkuntattjana mit-taqsima Għajnuna tal-kont tiegħek.
rights = Iżżomm id-drittijiet kollha tiegħek bħala konsumatur, inkluż id-dritt li titlob ritorn jew rimborż fejn japplikaw.
reassure = Aħna niċċekkjaw il-prodotti mibjugħa fis-suq online tagħna u ngħarrfuk kull meta xi ħaġa teħtieġ l-attenzjoni tiegħek.
signature = It-tim tas-Sikurezza tal-Prodotti
