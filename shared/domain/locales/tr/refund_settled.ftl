# The refund settlement email to the buyer, after the warehouse's quality check of the returned items.
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = { $order } numaralı sipariş için { $request } numaralı para iadesi talebiniz: para iadesi tamamlandı
subject-failed = { $order } numaralı sipariş için { $request } numaralı para iadesi talebiniz: iade edilen ürünler kalite kontrolünden geçemedi
heading-passed = Para iadeniz tamamlandı
heading-failed = İade ettiğiniz ürünler kalite kontrolünden geçemedi
intro-passed = { $order } numaralı sipariş için iade ettiğiniz ürünler { $date } tarihinde depodaki kalite kontrolünden geçti. Para iadeniz tamamlandı.
intro-failed = Depo, { $order } numaralı sipariş için iade ettiğiniz ürünleri { $date } tarihinde kontrol etti: ürünler kalite kontrolünden geçemedi.
checked-on-label = Kontrol tarihi
items-heading = İade ettiğiniz ürünler
paid-to-fast-refund-bonus = hızlı iade bonusunuz
paid-to-original-payment = orijinal ödeme yönteminiz
fast-refund-bonus-note = İade tutarı hemen harcanabilir.
original-payment-note = Bankanıza bağlı olarak işlemin hesabınızda görünmesi biraz zaman alabilir.
warehouse-found-heading = Deponun tespitleri
warehouse-found-nothing-said = İade edilen ürünler iade koşullarını karşılamıyor.
no-refund = Bu ürünler için para iadesi yapılmaz.
