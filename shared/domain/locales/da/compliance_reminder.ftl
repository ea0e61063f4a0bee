# The compliance reminder email, Danish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Påmindelse om produktets overensstemmelse med reglerne
greeting = Kære kunde,
intro = Du har købt nedenstående produkt på vores markedsplads. Det overholder ikke fuldt ud de regler, der gælder for det. Læs venligst nedenfor, hvad der er galt, og hvad du skal gøre.
keep = Dette er kun en påmindelse: Vi beder dig ikke om at sende produktet tilbage.
product-heading = Dit produkt
name = Produkt:
brand = Mærke:
model = Model:
picture = Billede:
picture-alt = Billede af produktet
sold = Du købte det på vores markedsplads den { $order_date } (ordre { $order_id }); leveringsland: { $market }.
issue-heading = Hvad der er galt
todo-heading = Det skal du gøre
help-heading = Spørgsmål og returnering
contact = Hvis du har spørgsmål eller vil returnere produktet, kan du kontakte os via afsnittet Hjælp på din konto.
rights = Du bevarer alle dine rettigheder som forbruger, herunder retten til at bede om returnering eller tilbagebetaling, hvor de gælder.
reassure = Vi kontrollerer de produkter, der sælges på vores markedsplads, og giver dig besked, når noget kræver din opmærksomhed.
signature = Produktsikkerhedsteamet
