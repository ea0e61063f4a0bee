# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()).
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = satışa sunulan geri çağırılmış ürün
violation-recall-evasion = bir geri çağırma kapsamındayken yayımlanan veya düzenlenen ilan
violation-intellectual-property = fikri mülkiyet ihlali
violation-prohibited-item = yasaklı veya kısıtlı ürün
violation-health-and-safety = sağlık ve güvenlik
violation-false-information = yanlış veya yanıltıcı ilan bilgisi
violation-pricing-abuse = fiyatlandırma ve promosyonların kötüye kullanılması

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Satışa sunulan geri çağırılmış ürün
violation-recall-evasion-label = Bir geri çağırma kapsamındayken yayımlanan veya düzenlenen ilan
violation-intellectual-property-label = Fikri mülkiyet ihlali
violation-prohibited-item-label = Yasaklı veya kısıtlı ürün
violation-health-and-safety-label = Sağlık ve güvenlik
violation-false-information-label = Yanlış veya yanıltıcı ilan bilgisi
violation-pricing-abuse-label = Fiyatlandırma ve promosyonların kötüye kullanılması

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Genel ihlal
severity-serious-label = Ciddi ihlal

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = ilanın tüm pazarlardan kaldırılması
sanction-financial-penalty = para cezası
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = { $amount } tutarında para cezası
sanction-shipping-restriction = gönderim kısıtlaması
sanction-account-freeze = hesabın dondurulması
sanction-suspension = hesabın askıya alınması
sanction-permanent-ban = kalıcı yasaklama

## The account standings, from best to worst, as names

standing-good = İyi durum
standing-warning = Uyarı
standing-listing-restrictions = İlan kısıtlamaları
standing-shipping-restricted = Gönderim kısıtlaması / hesabın dondurulması
standing-suspended = Askıya alma
standing-terminated = Hesabın sonlandırılması

## What each standing means for the seller, in one sentence

consequence-good = Hesabınıza herhangi bir kısıtlama uygulanmaz.
consequence-warning = Resmî bir uyarı: yeni ihlaller hesabınızın kısıtlanmasına yol açar.
consequence-listing-restrictions = Puanlarınız eşiğin altına düşene kadar yeni ilan yayımlayamaz veya mevcut ilanlarınızı düzenleyemezsiniz.
consequence-shipping-restricted = Gönderim izinleriniz kısıtlanmıştır ve hesabınızdaki bakiye dondurulmuştur.
consequence-suspended = Hesabınız askıya alınmıştır: ilanlarınız gizlenmiştir ve satış yapamazsınız.
consequence-terminated = Hesabınız sonlandırılmıştır.

## Points: $points is a number, negative for a reversal ("-6 points")

points = { $points ->
    [one] { $points } puan
   *[other] { $points } puan
  }

## What both emails share

standing-now-heading = Mevcut hesap durumunuz
standing = Hesap durumu
what-it-means = Anlamı
points-window = Son 365 gündeki puanlar (kayan dönem)
reason = Gerekçe
listing = İlan
severity = İhlal derecesi
points-label = Puan
counts-until = Sayıldığı son tarih
case = Dosya
report = Rapor
contest-heading = Nasıl itiraz edilir
contest-upheld = İtirazınız yerinde görülürse kayıt geri alınır: kaydın puanları ve yaptırımı artık dikkate alınmaz; hesap durumunuz değiştiğinde size bildiririz.
