# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values.
# Draft translated from the English; to be reviewed by a native speaker.

subject = Ürün güvenliği nedeniyle geri çağırma: { $title } – { $listings ->
    [one] { $listings } ilan engellendi
   *[other] { $listings } ilan engellendi
  }, son itiraz tarihi { $deadline }
subject-update = Güncelleme – Ürün güvenliği nedeniyle geri çağırma: { $title } – artık şu pazarlarda da engellendi: { $markets }, son itiraz tarihi { $deadline }
heading = Ürün güvenliği nedeniyle geri çağırma bildirimi
heading-update = Güncelleme: ürün güvenliği nedeniyle geri çağırma bildirimi
intro = Sattığınız bir ürün, ürün güvenliği nedeniyle geri çağırmaya tabidir. İlanlarınıza ilişkin aşağıdaki tedbirleri aldık; bu geri çağırmayla ilgili olarak şimdi harekete geçmeniz gerekmektedir.
intro-update = Aşağıdaki geri çağırma artık ilanlarınızın sunulduğu daha fazla pazarı kapsamaktadır. Bu ilanlara ilişkin tedbirleri genişlettik.
recall-heading = Geri çağırma
recall = Geri çağırma
recall-id = Geri çağırma numarası
reported-by = Bildiren
risk = Risk düzeyi
hazard = Tehlike
listings-heading = Etkilenen ilanlarınız
listing-ref = İlan { $listing } · dosya { $case }
why = Eşleşme nedeni
measures = Alınan tedbirler
penalty = Uygulanacak yaptırım
penalty-points = { $points } puan ({ $severity }); ceza puanı kaydınıza işlenir, itirazınız yerinde görülürse geri alınır
penalty-own = yok: kurallar gereği kendi ürününüze ilişkin bu geri çağırmayı kendiniz bildirdiniz, bu nedenle bunun için puan işlenmez
todo-heading = Yapmanız gerekenler
todo-stop = Geri çağırılan ürünü etkilenen pazarlarda satmayı bırakın ve ürünü bu ilan ya da başka herhangi bir ilan altında yeniden satışa sunmayın.
todo-pull = Etkilenen stoku geri çekin ve geri çağırmayı yürürlükteki mevzuatın ve yetkili makamın gerektirdiği şekilde yürütün.
todo-remedies = Tüketicilere sağlanan çözümlerin bedelini üstlenmeye hazır olun: geri çağırma nedeniyle yapılan her para iadesinde ödenen fiyat ve sipariş ücretleri size yansıtılır.
violation-serious = Geri çağırılan bir ürünü satmak bir ihlaldir: ilan başına 6 puan (ciddi ihlal); bu puanlar bu bildirimle birlikte hesabınızın ceza puanı kaydına işlenir ve itirazınız yerinde görülürse geri alınır.
violation-general = Geri çağırılan bir ürünü satmak bir ihlaldir: ilan başına 2 puan (genel ihlal); bu puanlar bu bildirimle birlikte hesabınızın ceza puanı kaydına işlenir ve itirazınız yerinde görülürse geri alınır.
violation-own = Kendi ürününüze ilişkin bu geri çağırmayı kendiniz bildirdiniz: bu nedenle ilanlarınıza herhangi bir yaptırım işlenmez.
relisting = Geri çağırmadan kaçınmak amacıyla ürünü yeniden satışa sunmak veya bir ilanı düzenlemek ciddi bir ihlaldir (6 puan).
appeal-heading = İtiraz
appeal = Geri çağırma tedbirlerine veya yaptırıma itiraz ediyorsanız, dosya numarasını belirterek { $deadline } tarihine kadar (bu bildirimden itibaren 7 gün) itirazınızı iletin. Bu tarihten sonra veya itiraz reddedilirse, ürünü satın alan her tüketiciye bir geri çağırma bildirimi göndereceğiz.
