# The penalty ledger's terms in the seller's emails (standing_changed,
# violation_recorded): the kinds of violation, the sanctions, the account
# standings and what they mean, the points, and the words both emails share.
# The desk shows the domain's own English (describe(), consequence()). (Indonesian)
# Draft translated from the English; to be reviewed by a native speaker.

## A kind of violation within a sentence ("… a new entry: recalled product on sale")

violation-recall-not-acted-on = produk yang ditarik kembali masih dijual
violation-recall-evasion = listing ditayangkan atau diubah saat dikenai penarikan kembali
violation-intellectual-property = pelanggaran kekayaan intelektual
violation-prohibited-item = barang terlarang atau dibatasi
violation-health-and-safety = kesehatan dan keselamatan
violation-false-information = informasi listing yang salah atau menyesatkan
violation-pricing-abuse = penyalahgunaan harga dan promosi

## A kind of violation on its own, as a title or a fact's value

violation-recall-not-acted-on-label = Produk yang ditarik kembali masih dijual
violation-recall-evasion-label = Listing ditayangkan atau diubah saat dikenai penarikan kembali
violation-intellectual-property-label = Pelanggaran kekayaan intelektual
violation-prohibited-item-label = Barang terlarang atau dibatasi
violation-health-and-safety-label = Kesehatan dan keselamatan
violation-false-information-label = Informasi listing yang salah atau menyesatkan
violation-pricing-abuse-label = Penyalahgunaan harga dan promosi

## A severity on its own, as a fact's value (within a sentence: seller_common)

severity-general-label = Pelanggaran umum
severity-serious-label = Pelanggaran berat

## The sanctions the desk imposes with a violation, within a sentence

sanction-listing-removal = listing dihapus di semua pasar
sanction-financial-penalty = denda
# $amount: the fine with its currency ("500.00 EUR").
sanction-financial-penalty-of = denda sebesar { $amount }
sanction-shipping-restriction = pembatasan pengiriman
sanction-account-freeze = akun dibekukan
sanction-suspension = akun ditangguhkan
sanction-permanent-ban = larangan permanen

## The account standings, from best to worst, as names

standing-good = Status baik
standing-warning = Peringatan
standing-listing-restrictions = Pembatasan listing
standing-shipping-restricted = Pengiriman dibatasi / akun dibekukan
standing-suspended = Ditangguhkan
standing-terminated = Diakhiri

## What each standing means for the seller, in one sentence

consequence-good = Tidak ada pembatasan yang berlaku pada akun Anda.
consequence-warning = Peringatan resmi: pelanggaran lebih lanjut akan membatasi akun Anda.
consequence-listing-restrictions = Anda tidak dapat menayangkan listing baru atau mengubah listing yang ada hingga poin Anda turun di bawah ambang batas.
consequence-shipping-restricted = Izin pengiriman Anda dibatasi dan dana di akun Anda dibekukan.
consequence-suspended = Akun Anda ditangguhkan: listing Anda disembunyikan dan Anda tidak dapat berjualan.
consequence-terminated = Akun Anda diakhiri.

## Points: $points is a number, negative for a reversal ("-6 points")
## Indonesian has only the CLDR category "other": no select needed.

points = { $points } poin

## What both emails share

standing-now-heading = Status akun Anda saat ini
standing = Status akun
what-it-means = Artinya
points-window = Poin dalam 365 hari terakhir (bergulir)
reason = Alasan
listing = Listing
severity = Tingkat keparahan
points-label = Poin
counts-until = Dihitung hingga
case = Kasus
report = Laporan
contest-heading = Cara mengajukan keberatan
contest-upheld = Jika banding Anda dikabulkan, entri tersebut dibatalkan: poin dan sanksinya tidak lagi dihitung, dan kami akan memberi tahu Anda jika status akun Anda berubah.
