# What every seller email shares: the note above the English text, the
# signature, the names of the measures and of the markets.
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Bağlayıcı olan, aşağıdaki İngilizce metindir.
signature = Ürün Güvenliği Ekibi
greeting = Sayın { $name },
severity-general = genel ihlal
severity-serious = ciddi ihlal
measure-geo-block = coğrafi engelleme (bu pazarda gizlendi)
measure-rectification = düzeltme (siz ilanı düzeltene kadar gizlendi)
measure-return-to-warehouse = depoya iade (platform stoku geri çekildi)
measure-delist = yayından kaldırma (tüm pazarlardan kaldırıldı)
all-markets = tüm pazarlar
warehouse = { $market } deposu
sep = :{" "}
