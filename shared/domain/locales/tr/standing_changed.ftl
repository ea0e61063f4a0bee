# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Hesap durumunuz: { $before } → { $after }
heading-worse = Hesap durumunuz kötüleşti
heading-better = Hesap durumunuz iyileşti
heading-same = Hesap durumunuz
change-worse = Hesap durumunuz { $before } seviyesinden { $after } seviyesine yükseldi: bu, hesabınız için daha kötü bir durumdur.
change-better = Hesap durumunuz { $before } seviyesinden { $after } seviyesine indi: bu, hesabınız için daha iyi bir durumdur.
change-same = Hesap durumunuz: { $after }.
trigger-new = Bu değişiklik, { $date } tarihli yeni bir kayıttan kaynaklanmaktadır: { $violation } ({ $points }).
trigger-reversal = Bu değişiklik, { $entry } numaralı kaydın { $date } tarihinde geri alınmasından kaynaklanmaktadır.
trigger-reversal-of = Bu değişiklik, { $entry } numaralı kaydın ({ $violation }, { $points }) { $date } tarihinde geri alınmasından kaynaklanmaktadır.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } ({ $from } tarihinden bu yana kayıtlar)
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Hesap durumunuz puanlarınızdan değil, bir yaptırımdan kaynaklanmaktadır: { $sanctions }. Yalnızca sahip olduğunuz { $points } dikkate alınsaydı hesap durumunuz { $standing } olurdu.
sanction-note-unnamed = Hesap durumunuz puanlarınızdan değil, bir yaptırımdan kaynaklanmaktadır: yalnızca sahip olduğunuz { $points } dikkate alınsaydı hesap durumunuz { $standing } olurdu.
sanction-behind = { $sanction } (kayıt { $entry }, { $date })
thresholds-heading = Eşikler
thresholds-points = son 365 gündeki puanlar (kayan dönem)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } puan
threshold-or-more = { $from ->
    [one] { $from } puan veya daha fazla
   *[other] { $from } puan veya daha fazla
  }
your-standing = hesap durumunuz
thresholds-note = Bir ihlalle birlikte uygulanan yaptırım (gönderim kısıtlaması, hesabın dondurulması, askıya alma, kalıcı yasaklama), ilgili kayıt sayıldığı sürece hesabınızı en az o yaptırıma karşılık gelen duruma getirir; kalıcı yasaklama ise kaydın ne kadar eski olduğuna bakılmaksızın uygulanır.
entries-heading = Bu durumun dayandığı kayıtlar
no-entries = Son 365 günde (kayan dönem) sayılan bir ceza kaydı yok.
lasting-heading = Hâlâ uygulanan yaptırımlar
reversals-heading = Son 365 gündeki (kayan dönem) geri almalar
entry-title = { $date }: { $violation }
reversal-title = { $date }: Geri alma – { $violation }
sanction = Yaptırım
counts-until-ban = { $date } (puanları için; kalıcı yasaklamanın süresi dolmaz)
to-contest = İtiraz yolu
to-contest-case = geri çağırma bildiriminden itibaren 7 gün içinde, dosya numarasını belirterek itiraz
to-contest-report = Satıcı Merkezi üzerinden, rapor numarasını belirterek
to-contest-entry = Satıcı Merkezi üzerinden, kayıt numarasını belirterek
note = Not
lasting-note = 365 günden eski: puanları artık sayılmaz, ancak kalıcı yasaklama kaydın ne kadar eski olduğuna bakılmaksızın uygulanır.
reverses = Geri aldığı kayıt
reverses-of = { $entry } ({ $violation }, { $date } tarihinde işlendi, { $points })
contest-case = Bir geri çağırma dosyasından kaynaklanan kayda, geri çağırma bildiriminden itibaren 7 gün içinde (bildirimde belirtilen son itiraz tarihine kadar) dosya numarası belirtilerek itiraz edilebilir.
contest-report = Bildirilen bir ihlale, Satıcı Merkezi üzerinden rapor numarası belirtilerek itiraz edilir.
