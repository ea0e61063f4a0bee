# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code).
# Draft translated from the English; to be reviewed by a native speaker.

subject = { $order } numaralı sipariş için { $request } numaralı para iadesi talebiniz: { $status }
heading = Para iadesi talebiniz: { $status }
intro = { $order } numaralı siparişe ilişkin para iadesi talebiniz hakkında karar verdik. Her bir ürüne ilişkin karar aşağıdadır.
items-heading = Ürünleriniz
return-label = Geri gönderim
total-refund-label = Toplam iade tutarı
paid-to-fast-refund-bonus = hızlı iade bonusunuz (para iadesi ödendiğinde hemen harcanabilir)
paid-to-original-payment = orijinal ödeme yönteminiz (işlemin görünmesi bankanıza bağlı olarak birkaç gün daha sürebilir)
paid-now-label = Şimdi ödeniyor
paid-after-check-label = Depodaki kalite kontrolünden sonra ödenir
after-check-note = İade edilen ürünlerin bedeli, depodaki kalite kontrolü tamamlanır tamamlanmaz ve ürünler iade koşullarını karşıladığında ödenir.
confirmation-to-come = Para iadesi tamamlandığında bir onay alacaksınız.
confirmed-now = Bu e-posta bunu onaylar: para iadesi tamamlanmıştır.
label-heading = İade etiketi
label-granted = Bu talep için ön ödemeli bir iade etiketi düzenlenmiştir. Ürünleri paketleyin ve iade formundaki talimatları izleyerek bu etiketle geri gönderin.
label-shared-with-order = Bu talep, bu sipariş için daha önce düzenlenmiş ön ödemeli iade etiketini ortak kullanır: lütfen siparişin iade edilen tüm ürünlerini tek bir pakette gönderin. Etiketle ürünlerin yalnızca bir kısmını gönderirseniz, diğerlerinin gönderim masrafını ödemeniz gerekebilir.
label-refused-monthly-limit = Ön ödemeli iade etiketi yok: bu takvim ayında azami sayı olan üç (3) ön ödemeli iade etiketini zaten aldınız. Her bir ürünün iade masrafını kimin ödeyeceği yukarıda belirtilmiştir.
label-pickup-suspended = Ön ödemeli iade etiketi yok: teslimat adresinizde iade paketi hizmetleri şu anda askıya alınmıştır. Her bir ürünün iade masrafını kimin ödeyeceği yukarıda belirtilmiştir.
request-refused-under-rules = Talep, kurallar gereği reddedildi
