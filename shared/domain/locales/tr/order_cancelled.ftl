# The order cancelled email, Turkish.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Sipariş iptal edildi: ürün güvenliği nedeniyle geri çağırma
greeting = Değerli müşterimiz,
intro = { $order_date } tarihli { $order_id } numaralı siparişinizi (teslimat ülkesi: { $market }) kargoya verilmeden önce iptal ettik: aşağıdaki ürün, ürün güvenliği nedeniyle geri çağırılmaktadır.
not-delivered = Ürün size teslim edilmeyecektir. Ürünü hiç teslim almadığınız için kullanmayı bırakmanız ya da geri göndermeniz gereken bir şey yoktur.
product-heading = Ürün
name = Ürün:
brand = Marka:
model = Model:
hazard-heading = Geri çağırılma nedeni
refund-heading = Para iadeniz
refund = Ödediğiniz tutarın ({ $price_paid }) ve sipariş ücretlerinin tamamı, kullandığınız ödeme yöntemine iade edilecektir.
nothing-to-do = Herhangi bir işlem yapmanız gerekmez.
help-heading = Sorular
contact = Sorularınız için hesabınızdaki Yardım bölümünden bizimle iletişime geçebilirsiniz.
signature = Ürün Güvenliği Ekibi
