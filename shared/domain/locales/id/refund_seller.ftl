# The refund decision email to a seller about their listings ({ $name }, { $order }, { $request }, { $status }: filled by code) (Indonesian).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Permintaan pengembalian dana { $request } untuk pesanan { $order }: { $status }
heading = Permintaan pengembalian dana atas listing Anda: { $status }
intro = Seorang pembeli meminta pengembalian dana untuk pesanan { $order }. Berikut keputusan atas listing Anda dalam permintaan ini.
items-heading = Listing Anda dalam permintaan ini
items-back-label = Barang kembali kepada Anda
recall-refund-charged-to-you = Ini adalah pengembalian dana akibat penarikan kembali produk: biayanya dibebankan kepada Anda.
summary-heading = Untuk Anda
refunded-on-yours-label = Dana yang dikembalikan atas listing Anda
charged-to-you-label = Dibebankan kepada Anda (penarikan kembali produk)
items-come-back = Barang dikembalikan kepada Anda: lihat pengembalian setiap listing di atas.
no-item-comes-back = Tidak ada barang yang dikembalikan kepada Anda.
none-of-your-listings = Permintaan ini tidak menyebutkan satu pun listing Anda.
what-you-can-do-heading = Yang dapat Anda lakukan
respond-to-buyer = Tanggapi pembeli melalui Pusat Penjual (pesanan { $order }) untuk menawarkan solusi atau menjelaskan posisi Anda.
after-sales-dispute = Permintaan yang tidak dapat Anda selesaikan bersama pembeli akan diajukan ke platform sebagai sengketa purnajual, dan platform yang memutuskan.
buyer-rights-bind-you = Program ini tidak pernah membatasi hak pembeli menurut undang-undang: Anda tetap terikat oleh jaminan hukum dan aturan pengembalian barang di negara tempat tinggal pembeli.
