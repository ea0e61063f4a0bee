# The refund settlement email to the buyer, after the warehouse's quality check of the returned items (Indonesian).
# Draft translated from the English; to be reviewed by a native speaker.

subject-passed = Permintaan pengembalian dana { $request } Anda untuk pesanan { $order }: pengembalian dana telah selesai
subject-failed = Permintaan pengembalian dana { $request } Anda untuk pesanan { $order }: barang yang dikembalikan tidak lolos pemeriksaan kualitas
heading-passed = Pengembalian dana Anda telah selesai
heading-failed = Barang yang Anda kembalikan tidak lolos pemeriksaan kualitas
intro-passed = Barang yang Anda kembalikan untuk pesanan { $order } lolos pemeriksaan kualitas gudang pada { $date }. Pengembalian dana Anda telah selesai.
intro-failed = Gudang memeriksa barang yang Anda kembalikan untuk pesanan { $order } pada { $date }: barang tersebut tidak lolos pemeriksaan kualitas.
checked-on-label = Diperiksa pada
items-heading = Barang yang Anda kembalikan
paid-to-fast-refund-bonus = bonus pengembalian dana cepat Anda
paid-to-original-payment = metode pembayaran awal Anda
fast-refund-bonus-note = Dana yang dikembalikan dapat langsung dibelanjakan.
original-payment-note = Tergantung bank Anda, transaksi mungkin memerlukan waktu untuk muncul di rekening Anda.
warehouse-found-heading = Temuan gudang
warehouse-found-nothing-said = Barang yang dikembalikan tidak memenuhi syarat pengembalian dana.
no-refund = Tidak ada pengembalian dana yang dibayarkan untuk barang-barang ini.
