# The compliance reminder email, Swedish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Påminnelse om produktens överensstämmelse med reglerna
greeting = Bästa kund,
intro = Du har köpt produkten nedan på vår marknadsplats. Den uppfyller inte helt de regler som gäller för den. Läs nedan vad som är fel och vad du ska göra.
keep = Detta är bara en påminnelse: vi ber dig inte att skicka tillbaka produkten.
product-heading = Din produkt
name = Produkt:
brand = Varumärke:
model = Modell:
picture = Bild:
picture-alt = Bild på produkten
sold = Du köpte produkten den { $order_date } (beställning { $order_id }) på vår marknadsplats; leveransland: { $market }.
issue-heading = Vad som är fel
todo-heading = Vad du ska göra
help-heading = Frågor och returer
contact = Om du har frågor eller vill returnera produkten kan du kontakta oss via avsnittet Hjälp i ditt konto.
rights = Du behåller alla dina rättigheter som konsument, bland annat rätten att begära retur eller återbetalning när sådana rättigheter gäller.
reassure = Vi kontrollerar produkterna som säljs på vår marknadsplats och meddelar dig när något behöver din uppmärksamhet.
signature = Teamet för produktsäkerhet
