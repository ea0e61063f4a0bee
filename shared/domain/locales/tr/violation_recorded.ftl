# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = İhlal kaydedildi: { $violation } ({ $points })
heading = İhlal kaydedildi
# $severity: general or serious violation (seller_common).
intro = Hesabınıza bir ihlal kaydettik: { $violation } ({ $severity }, { $points }).
violation-heading = İhlal
violation = İhlal
recorded-on = Kayıt tarihi
counts-until-value = { $date } (ardından son 365 günlük kayan dönemin dışına çıkar)
sanction-heading = Yaptırım
meaning-listing-removal = { $listing } numaralı ilan tüm pazarlardan kaldırılmıştır. Ürünü bu ilan veya başka herhangi bir ilan altında yeniden satışa sunmayın.
meaning-listing-removal-unnamed = İlan tüm pazarlardan kaldırılmıştır. Ürünü bu ilan veya başka herhangi bir ilan altında yeniden satışa sunmayın.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Hesabınıza { $amount } tutarında para cezası yansıtılır.
meaning-fine-unknown = Hesabınıza bir para cezası yansıtılır.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Bu kayıt sayıldığı sürece (365 gün), hesabınız en az { $standing } seviyesinde bulunur: { $consequence }
meaning-permanent-ban = Kalıcı yasaklamanın süresi dolmaz: bu kaydın ne kadar eski olduğuna bakılmaksızın uygulanır. { $consequence }
reminder-heading = Uygunluk hatırlatması
# $issue: the desk's words, quoted as given.
reminder = Bu ilandaki ürün kurallara uygun değildir; bu nedenle ürünü sizden satın alan tüketicilere bir uygunluk hatırlatması gönderiyoruz: “{ $issue }” Tüketiciler talep ettiğinde onlara iade ve para iadesi dahil satış sonrası çözümler sunun.
standing-note = Hesap durumunuz puanlarınızdan değil, bir yaptırımdan kaynaklanmaktadır: yalnızca puanlarınız dikkate alınsaydı hesap durumunuz { $standing } olurdu.
contest-case = Bu kayda itiraz ediyorsanız, { $case } numaralı dosyayı belirterek geri çağırma bildiriminden itibaren 7 gün içinde itiraz edin.
contest-report = Bu ihlalin yanlışlıkla kaydedildiğini düşünüyorsanız, { $report } numaralı raporu belirterek Satıcı Merkezi üzerinden itiraz edin.
contest-unreferenced = Bu ihlalin yanlışlıkla kaydedildiğini düşünüyorsanız, Satıcı Merkezi üzerinden itiraz edin.
