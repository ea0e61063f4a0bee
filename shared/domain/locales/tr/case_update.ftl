# What became of a seller's case: an appeal received, upheld, rejected or
# not accepted. { $… } are the case's values.
# Draft translated from the English; to be reviewed by a native speaker.

case = Dosya
listing = İlan
recall = Geri çağırma
markets = Pazarlar
appeal-deadline = Son itiraz tarihi
received-subject = İtiraz alındı: dosya { $case }
received-heading = İtirazınızı aldık
received = İtirazınızı { $filed } tarihinde aldık. Bir inceleme görevlisi itirazınız hakkında karar verecek ve sonucu size bildireceğiz. O zamana kadar ilanınıza ilişkin tedbirler yürürlükte kalır ve itirazınız açık olduğu sürece hiçbir tüketiciyle iletişime geçilmez.
received-ordered = İtirazınızı { $filed } tarihinde aldık. Bir inceleme görevlisi itirazınız hakkında karar verecek ve sonucu size bildireceğiz. O zamana kadar ilanınıza ilişkin tedbirler yürürlükte kalır. Yetkili makam tüketicilerin derhal bilgilendirilmesini emrettiği için tüketicilere yönelik geri çağırma bu arada devam etmektedir.
grounds = Gerekçeleriniz: { $grounds }
upheld-subject = İtiraz yerinde görüldü: dosya { $case } – ilanınız yeniden satışta
upheld-heading = İtirazınız yerinde görüldü
upheld-reason = Bir inceleme görevlisi itirazınızı yerinde gördü: { $reason }
upheld-lifted = İlanınıza ilişkin tedbirleri şu pazarlarda kaldırdık: { $markets }; ilanınız bu pazarlarda yeniden satıştadır.
upheld-points = { $points } puanlık yaptırım geri çekilmiştir.
upheld-told = Tüketiciler, yetkili makamın emri üzerine zaten bilgilendirilmişti.
upheld-not-told = Bu dosyayla ilgili olarak tüketicilerle iletişime geçilmeyecektir.
rejected-subject = İtiraz reddedildi: dosya { $case } – tüketicilere yönelik geri çağırma başlıyor
rejected-heading = İtirazınız reddedildi
rejected-reason = Bir inceleme görevlisi itirazınızı reddetti: { $reason }
rejected-stay = İlanınıza ilişkin tedbirler şu pazarlarda yürürlükte kalmaktadır: { $markets }. Ürünü bu pazarlarda satın alan her tüketiciye şimdi bir geri çağırma bildirimi gönderiyoruz. Tüketicilere sağlanan çözümlerin bedeli — ödenen fiyat ve sipariş ücretleri — size yansıtılır.
rejected-stay-points = İlanınıza ilişkin tedbirler şu pazarlarda yürürlükte kalmaktadır: { $markets }; { $points } puanlık yaptırım da uygulanır. Ürünü bu pazarlarda satın alan her tüketiciye şimdi bir geri çağırma bildirimi gönderiyoruz. Tüketicilere sağlanan çözümlerin bedeli — ödenen fiyat ve sipariş ücretleri — size yansıtılır.
refused-subject = İtiraz işleme alınamadı: dosya { $case }
refused-heading = İtirazınız işleme alınamadı
refused = { $case } numaralı dosyaya ilişkin itirazınızı işleme alamadık: { $reason }.
refused-deadline = Bu dosyanın son itiraz tarihi: { $deadline }.
refused-contact = Bunun bir hata olduğunu düşünüyorsanız dosya numarasını belirterek ürün güvenliği birimiyle iletişime geçin.
refused-no-case = { $case } numaralı bir dosya bulunmamaktadır
refused-not-yours = { $case } numaralı dosya size ait değildir: yalnızca ilanın satıcısı itiraz edebilir
refused-late = itiraz { $filed } tarihinde, yani { $deadline } olan son itiraz tarihinden (geri çağırma bildiriminden itibaren 7 gün) sonra yapılmıştır
refused-state = { $case } numaralı dosya artık itiraza açık değildir
