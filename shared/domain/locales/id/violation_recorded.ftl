# A violation the desk reported was booked on the seller's penalty ledger
# (SPEC 1.6; seeds 001, 003): what, the points, the sanction, the standing now.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Indonesian)
# Draft translated from the English; to be reviewed by a native speaker.

subject = Pelanggaran dicatat: { $violation } ({ $points })
heading = Pelanggaran dicatat
# $severity: general or serious violation (seller_common).
intro = Kami telah mencatat pelanggaran pada akun Anda: { $violation } ({ $severity }, { $points }).
violation-heading = Pelanggaran
violation = Pelanggaran
recorded-on = Dicatat pada
counts-until-value = { $date } (setelah itu entri keluar dari periode bergulir 365 hari)
sanction-heading = Sanksi
meaning-listing-removal = Listing { $listing } dihapus di semua pasar. Jangan menayangkan kembali produk tersebut, baik melalui listing ini maupun listing lainnya.
meaning-listing-removal-unnamed = Listing tersebut dihapus di semua pasar. Jangan menayangkan kembali produk tersebut, baik melalui listing ini maupun listing lainnya.
# $amount: the fine with its currency ("500.00 EUR").
meaning-fine = Denda sebesar { $amount } dibebankan ke akun Anda.
meaning-fine-unknown = Denda dibebankan ke akun Anda.
# $standing: the standing the sanction imposes; $consequence: what it means.
meaning-restriction = Selama entri ini dihitung (365 hari), akun Anda setidaknya berada pada status { $standing }: { $consequence }
meaning-permanent-ban = Larangan permanen tidak kedaluwarsa: larangan ini berlaku berapa pun usia entri ini. { $consequence }
reminder-heading = Pengingat kepatuhan
# $issue: the desk's words, quoted as given.
reminder = Produk dari listing ini tidak memenuhi ketentuan, sehingga kami mengirimkan pengingat kepatuhan kepada konsumen yang membelinya dari Anda: “{ $issue }” Berikan solusi purnajual kepada mereka, termasuk pengembalian barang dan pengembalian dana, jika mereka memintanya.
standing-note = Status akun Anda berasal dari sanksi, bukan dari poin Anda: poin Anda saja akan menghasilkan status { $standing }.
contest-case = Jika Anda keberatan dengan entri ini, ajukan banding dalam 7 hari sejak pemberitahuan penarikan kembali, dengan menyebutkan kasus { $case }.
contest-report = Jika Anda yakin pelanggaran ini dicatat secara keliru, ajukan keberatan melalui Pusat Penjual dengan menyebutkan laporan { $report }.
contest-unreferenced = Jika Anda yakin pelanggaran ini dicatat secara keliru, ajukan keberatan melalui Pusat Penjual.
