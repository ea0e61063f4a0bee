# The refund decision email to the buyer ({ $name }, { $order }, { $request }, { $status }: filled by code) (Indonesian).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Permintaan pengembalian dana { $request } Anda untuk pesanan { $order }: { $status }
heading = Permintaan pengembalian dana Anda: { $status }
intro = Kami telah memutuskan permintaan pengembalian dana Anda untuk pesanan { $order }. Berikut keputusan untuk setiap barang.
items-heading = Barang Anda
return-label = Pengembalian barang
total-refund-label = Total pengembalian dana
paid-to-fast-refund-bonus = bonus pengembalian dana cepat Anda (dapat langsung dibelanjakan saat pengembalian dana dibayarkan)
paid-to-original-payment = metode pembayaran awal Anda (bank Anda mungkin memerlukan beberapa hari lagi untuk menampilkan transaksinya)
paid-now-label = Dibayarkan sekarang
paid-after-check-label = Dibayarkan setelah pemeriksaan kualitas oleh gudang
after-check-note = Pengembalian dana untuk barang yang dikembalikan dibayarkan segera setelah gudang menyelesaikan pemeriksaan kualitas atas barang yang dikembalikan dan barang tersebut memenuhi syarat pengembalian dana.
confirmation-to-come = Anda akan menerima konfirmasi setelah pengembalian dana selesai.
confirmed-now = Email ini mengonfirmasi bahwa pengembalian dana telah selesai.
label-heading = Label pengembalian
label-granted = Label pengembalian prabayar diterbitkan untuk permintaan ini. Kemas barang dan kirimkan kembali dengan label tersebut, sesuai petunjuk pada formulir pengembalian.
label-shared-with-order = Permintaan ini menggunakan bersama label pengembalian prabayar yang telah diterbitkan untuk pesanan ini: harap kembalikan semua barang yang dikembalikan dari pesanan ini dalam satu paket. Jika Anda hanya mengirim sebagian barang dengan label tersebut, Anda mungkin harus membayar ongkos kirim barang lainnya.
label-refused-monthly-limit = Tidak ada label pengembalian prabayar: Anda telah menerima maksimum tiga (3) label pengembalian prabayar pada bulan kalender ini. Pihak yang membayar pengembalian setiap barang ditunjukkan di atas.
label-pickup-suspended = Tidak ada label pengembalian prabayar: layanan paket pengembalian saat ini ditangguhkan di alamat pengiriman Anda. Pihak yang membayar pengembalian setiap barang ditunjukkan di atas.
request-refused-under-rules = Permintaan ditolak berdasarkan aturan
