# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Saistoša ir tālāk sniegtā versija angļu valodā.
signature = Produktu drošuma komanda
greeting = Labdien, { $name }!
severity-general = vispārīgs pārkāpums
severity-serious = smags pārkāpums
measure-geo-block = ģeogrāfiskā bloķēšana (paslēpts šajā tirgū)
measure-rectification = labošana (paslēpts, līdz izlabosiet sludinājumu)
measure-return-to-warehouse = atgriešana noliktavā (platformas krājumi izņemti)
measure-delist = noņemts no pārdošanas (izņemts no visiem tirgiem)
all-markets = visi tirgi
warehouse = { $market } noliktava
sep = :{" "}
