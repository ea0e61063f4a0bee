# The seller's recall notice (SPEC 1.4.1): { $… } are the notice's values (Indonesian).
# Draft translated from the English; to be reviewed by a native speaker.

subject = Penarikan kembali produk karena alasan keselamatan: { $title } – { $listings } listing diblokir, ajukan banding paling lambat { $deadline }
subject-update = Pembaruan – Penarikan kembali produk karena alasan keselamatan: { $title } – kini juga diblokir di { $markets }, ajukan banding paling lambat { $deadline }
heading = Pemberitahuan penarikan kembali produk karena alasan keselamatan
heading-update = Pembaruan: pemberitahuan penarikan kembali produk karena alasan keselamatan
intro = Produk yang Anda jual dikenai penarikan kembali karena alasan keselamatan produk. Kami telah mengambil tindakan di bawah ini terhadap listing Anda, dan Anda harus segera menindaklanjuti penarikan kembali ini.
intro-update = Penarikan kembali di bawah ini kini mencakup lebih banyak pasar tempat listing Anda ditawarkan. Kami telah memperluas tindakan terhadap listing tersebut.
recall-heading = Penarikan kembali
recall = Penarikan kembali
recall-id = ID penarikan kembali
reported-by = Dilaporkan oleh
risk = Tingkat risiko
hazard = Bahaya
listings-heading = Listing Anda yang terdampak
listing-ref = Listing { $listing } · kasus { $case }
why = Alasan kecocokan
measures = Tindakan yang diambil
penalty = Sanksi yang berlaku
penalty-points = { $points } poin ({ $severity }), dicatat dalam catatan sanksi Anda; dibatalkan jika banding Anda dikabulkan
penalty-own = tidak ada: Anda telah melaporkan penarikan kembali atas produk Anda sendiri ini sebagaimana diwajibkan oleh aturan, sehingga tidak ada poin yang dicatat untuk hal ini
todo-heading = Yang harus Anda lakukan
todo-stop = Hentikan penjualan produk yang ditarik kembali di pasar yang terdampak dan jangan menayangkannya kembali, baik melalui listing ini maupun listing lainnya.
todo-pull = Tarik stok yang terdampak dan laksanakan penarikan kembali sesuai dengan ketentuan hukum yang berlaku dan persyaratan otoritas.
todo-remedies = Bersiaplah menanggung biaya penyelesaian bagi konsumen: harga yang dibayar dan biaya pesanan dibebankan kepada Anda untuk setiap pengembalian dana akibat penarikan kembali.
violation-serious = Menjual produk yang ditarik kembali merupakan pelanggaran: 6 poin per listing (pelanggaran berat), dicatat dalam catatan sanksi akun Anda bersama pemberitahuan ini dan dibatalkan jika banding Anda dikabulkan.
violation-general = Menjual produk yang ditarik kembali merupakan pelanggaran: 2 poin per listing (pelanggaran umum), dicatat dalam catatan sanksi akun Anda bersama pemberitahuan ini dan dibatalkan jika banding Anda dikabulkan.
violation-own = Anda sendiri telah melaporkan penarikan kembali atas produk Anda sendiri ini: tidak ada sanksi yang dicatat pada listing Anda untuk hal ini.
relisting = Menayangkan kembali produk atau mengubah listing untuk menghindari penarikan kembali merupakan pelanggaran berat (6 poin).
appeal-heading = Banding
appeal = Jika Anda keberatan terhadap tindakan penarikan kembali atau sanksi tersebut, ajukan banding paling lambat { $deadline } (7 hari sejak pemberitahuan ini) dengan menyebutkan ID kasus. Setelah tanggal tersebut, atau jika banding ditolak, kami akan mengirimkan pemberitahuan penarikan kembali kepada setiap konsumen yang membeli produk ini.
