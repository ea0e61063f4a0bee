# The compliance reminder email, Turkish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Ürün uygunluğu hatırlatması
greeting = Değerli müşterimiz,
intro = Aşağıdaki ürünü pazar yerimizden satın aldınız. Bu ürün, tabi olduğu kurallara tam olarak uymamaktadır. Lütfen sorunun ne olduğunu ve ne yapmanız gerektiğini aşağıda okuyun.
keep = Bu yalnızca bir hatırlatmadır: ürünü geri göndermenizi istemiyoruz.
product-heading = Ürününüz
name = Ürün:
brand = Marka:
model = Model:
picture = Görsel:
picture-alt = Ürünün görseli
sold = Bu ürünü { $order_date } tarihinde pazar yerimizden satın aldınız (sipariş { $order_id }); teslimat ülkesi: { $market }.
issue-heading = Sorun nedir
todo-heading = Yapmanız gerekenler
help-heading = Sorular ve iadeler
contact = Sorularınız varsa veya ürünü iade etmek istiyorsanız hesabınızdaki Yardım bölümünden bizimle iletişime geçebilirsiniz.
rights = Geçerli olduğu durumlarda iade veya para iadesi talep etme hakkı dahil, tüketici olarak tüm haklarınız saklıdır.
reassure = Pazar yerimizde satılan ürünleri kontrol ediyor ve dikkatinizi gerektiren bir durum olduğunda sizi bilgilendiriyoruz.
signature = Ürün Güvenliği Ekibi
