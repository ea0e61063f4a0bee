# The compliance reminder email, Indonesian.
# Translation: a draft from the English, to be reviewed by a native speaker before production.

sep = :{" "}
heading = Pengingat kepatuhan produk
greeting = Pelanggan yang terhormat,
intro = Anda membeli produk di bawah ini di marketplace kami. Produk ini tidak sepenuhnya memenuhi ketentuan yang berlaku untuknya. Silakan baca di bawah ini apa masalahnya dan apa yang perlu dilakukan.
keep = Ini hanya pengingat: kami tidak meminta Anda mengirimkan kembali produk ini.
product-heading = Produk Anda
name = Produk:
brand = Merek:
model = Model:
picture = Gambar:
picture-alt = Gambar produk
sold = Anda membeli produk ini pada { $order_date } (pesanan { $order_id }) di marketplace kami, dengan tujuan pengiriman { $market }.
issue-heading = Apa masalahnya
todo-heading = Yang perlu dilakukan
help-heading = Pertanyaan dan pengembalian barang
contact = Jika ada pertanyaan atau ingin mengembalikan produk, silakan hubungi kami melalui bagian Bantuan di akun Anda.
rights = Anda tetap memiliki semua hak Anda sebagai konsumen, termasuk meminta pengembalian barang atau pengembalian dana jika berlaku.
reassure = Kami memeriksa produk yang dijual di marketplace kami dan akan memberi tahu Anda setiap kali ada hal yang memerlukan perhatian Anda.
signature = Tim Keselamatan Produk
