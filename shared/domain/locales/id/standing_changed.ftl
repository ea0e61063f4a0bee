# The seller's account standing changed (SPEC 1.5; seeds 000, 001, 003): a new
# entry made it worse, or a reversal after an upheld appeal made it better.
# The kinds of violation, sanctions and standings are in ledger_terms.ftl.
# $before, $after: standings; $date: a date; $entry: a ledger entry's id;
# $violation: a kind of violation; $points: "6 points" (ledger_terms' points). (Indonesian)
# Draft translated from the English; to be reviewed by a native speaker.

subject = Status akun Anda: { $before } → { $after }
heading-worse = Status akun Anda memburuk
heading-better = Status akun Anda membaik
heading-same = Status akun Anda
change-worse = Status akun Anda naik dari { $before } ke { $after }: hal ini lebih buruk bagi akun Anda.
change-better = Status akun Anda turun dari { $before } ke { $after }: hal ini lebih baik bagi akun Anda.
change-same = Status akun Anda adalah { $after }.
trigger-new = Perubahan ini terjadi karena entri baru pada { $date }: { $violation } ({ $points }).
trigger-reversal = Perubahan ini terjadi karena pembatalan entri { $entry } pada { $date }.
trigger-reversal-of = Perubahan ini terjadi karena pembatalan entri { $entry } ({ $violation }, { $points }) pada { $date }.
# $total: the points over the rolling 365 days (a number); $from: the window's first day.
points-since = { $total } (entri sejak { $from })
# $sanctions: each sanction behind the standing (sanction-behind), separated by "; ".
sanction-note = Status akun Anda berasal dari sanksi: { $sanctions }, bukan dari poin Anda: { $points } Anda saja akan menghasilkan status { $standing }.
sanction-note-unnamed = Status akun Anda berasal dari sanksi, bukan dari poin Anda: { $points } Anda saja akan menghasilkan status { $standing }.
sanction-behind = { $sanction } (entri { $entry }, { $date })
thresholds-heading = Ambang batas
thresholds-points = poin dalam 365 hari terakhir (bergulir)
# $from, $to: numbers of points.
threshold-range = { $from }–{ $to } poin
threshold-or-more = { $from } poin atau lebih
your-standing = status Anda
thresholds-note = Sanksi yang dijatuhkan bersama pelanggaran (pembatasan pengiriman, pembekuan akun, penangguhan, larangan permanen) menempatkan akun Anda setidaknya pada status yang sesuai dengan sanksi tersebut selama entrinya masih dihitung; larangan permanen berlaku berapa pun usia entrinya.
entries-heading = Entri yang mendasarinya
no-entries = Tidak ada sanksi yang dihitung dalam 365 hari terakhir (bergulir).
lasting-heading = Sanksi yang masih berlaku
reversals-heading = Pembatalan dalam 365 hari terakhir (bergulir)
entry-title = { $date }: { $violation }
reversal-title = { $date }: Pembatalan – { $violation }
sanction = Sanksi
counts-until-ban = { $date } (untuk poinnya; larangan permanen tidak kedaluwarsa)
to-contest = Untuk mengajukan keberatan
to-contest-case = ajukan banding dalam 7 hari sejak pemberitahuan penarikan kembali, dengan menyebutkan ID kasus
to-contest-report = melalui Pusat Penjual, dengan menyebutkan ID laporan
to-contest-entry = melalui Pusat Penjual, dengan menyebutkan ID entri
note = Catatan
lasting-note = Lebih dari 365 hari: poinnya tidak lagi dihitung, tetapi larangan permanen berlaku berapa pun usianya.
reverses = Membatalkan
reverses-of = { $entry } ({ $violation }, dicatat pada { $date }, { $points })
contest-case = Entri dari kasus penarikan kembali dapat diajukan banding dalam 7 hari sejak pemberitahuan penarikan kembali (paling lambat pada batas waktu banding yang disebutkan dalam pemberitahuan), dengan menyebutkan ID kasus.
contest-report = Keberatan atas pelanggaran yang dilaporkan diajukan melalui Pusat Penjual, dengan menyebutkan ID laporan.
