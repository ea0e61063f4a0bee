# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = { $order } numaralı siparişte { $request } numaralı para iadesi talebi: { $status }
heading = İlanlarınıza ilişkin para iadesi talebi: { $status }
intro = Bir alıcı, { $order } numaralı sipariş için para iadesi talep etti. Bu talepteki ilanlarınıza ilişkin karar aşağıdadır.
items-heading = Bu talepteki ilanlarınız
items-back-label = Size geri gelen ürünler
recall-refund-charged-to-you = Bu, ürün geri çağırma nedeniyle yapılan bir para iadesidir: bedeli size yansıtılır.
summary-heading = Sizin için
refunded-on-yours-label = İlanlarınız için iade edilen tutar
charged-to-you-label = Size yansıtılan tutar (ürün geri çağırma)
items-come-back = Ürünler size geri gönderilir: her ilanın geri gönderim bilgisi için yukarıya bakın.
no-item-comes-back = Size geri gönderilen ürün yok.
none-of-your-listings = Bu talep, ilanlarınızdan hiçbirini kapsamıyor.
what-you-can-do-heading = Yapabilecekleriniz
respond-to-buyer = Bir çözüm önermek veya tutumunuzu açıklamak için Satıcı Merkezi üzerinden (sipariş { $order }) alıcıya yanıt verin.
after-sales-dispute = Sizin ve alıcının uzlaşamadığı bir talep, satış sonrası uyuşmazlık olarak platforma iletilir ve kararı platform verir.
buyer-rights-bind-you = Program, alıcının yasal haklarını hiçbir şekilde sınırlamaz: alıcının ikamet ettiği ülkenin yasal garanti ve iade kurallarıyla bağlı olmaya devam edersiniz.
