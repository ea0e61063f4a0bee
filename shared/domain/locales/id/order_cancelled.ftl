# The order cancelled email, Indonesian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

heading = Pesanan dibatalkan: penarikan kembali produk karena alasan keselamatan
greeting = Pelanggan yang terhormat,
intro = Kami telah membatalkan pesanan Anda { $order_id } tanggal { $order_date } (pengiriman ke { $market }) sebelum dikirim: produk di bawah ini sedang ditarik kembali karena alasan keselamatan produk.
not-delivered = Produk ini tidak akan dikirimkan kepada Anda. Karena Anda belum pernah menerimanya, Anda tidak perlu menghentikan penggunaan apa pun dan tidak perlu mengirimkan apa pun kembali.
product-heading = Produk
name = Produk:
brand = Merek:
model = Model:
hazard-heading = Alasan penarikan kembali
refund-heading = Pengembalian dana Anda
refund = Dana Anda akan dikembalikan sepenuhnya, yaitu harga yang Anda bayar ({ $price_paid }) beserta biaya pesanan, ke metode pembayaran yang Anda gunakan.
nothing-to-do = Anda tidak perlu melakukan apa pun.
help-heading = Pertanyaan
contact = Jika ada pertanyaan, silakan hubungi kami melalui bagian Bantuan di akun Anda.
signature = Tim Keselamatan Produk
