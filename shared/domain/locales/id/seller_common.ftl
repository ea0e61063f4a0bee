# What every seller email shares: the note above the English text, the signature, the names of the measures and of the markets (Indonesian).
# Draft translated from the English; to be reviewed by a native speaker.

english-binds = Versi bahasa Inggris di bawah ini adalah versi yang mengikat.
signature = Tim Keselamatan Produk
greeting = Yth. { $name },
severity-general = pelanggaran umum
severity-serious = pelanggaran berat
measure-geo-block = blokir wilayah (disembunyikan di pasar ini)
measure-rectification = perbaikan (disembunyikan hingga Anda memperbaiki listing)
measure-return-to-warehouse = pengembalian ke gudang (stok di platform ditarik)
measure-delist = penghapusan listing (dihapus dari semua pasar)
all-markets = semua pasar
warehouse = gudang { $market }
sep = :{" "}
