# What became of a seller's case: an appeal received, upheld, rejected or not accepted. { $… } are the case's values (Indonesian).
# Draft translated from the English; to be reviewed by a native speaker.

case = Kasus
listing = Listing
recall = Penarikan kembali
markets = Pasar
appeal-deadline = Batas waktu banding
received-subject = Banding telah kami terima: kasus { $case }
received-heading = Kami telah menerima banding Anda
received = Kami menerima banding Anda pada { $filed }. Seorang peninjau akan memutuskan banding tersebut dan kami akan memberi tahu Anda hasilnya. Tindakan terhadap listing Anda tetap berlaku hingga saat itu, dan tidak ada konsumen yang dihubungi selama banding Anda masih dalam proses.
received-ordered = Kami menerima banding Anda pada { $filed }. Seorang peninjau akan memutuskan banding tersebut dan kami akan memberi tahu Anda hasilnya. Tindakan terhadap listing Anda tetap berlaku hingga saat itu. Otoritas telah memerintahkan agar konsumen segera diberi tahu, sehingga penarikan kembali dari konsumen tetap berjalan selama itu.
grounds = Alasan banding Anda: { $grounds }
upheld-subject = Banding dikabulkan: kasus { $case } – listing Anda kembali dijual
upheld-heading = Banding Anda dikabulkan
upheld-reason = Seorang peninjau mengabulkan banding Anda: { $reason }
upheld-lifted = Kami telah mencabut tindakan terhadap listing Anda di { $markets }: listing tersebut kembali dijual di sana.
upheld-points = Sanksi sebesar { $points } poin dibatalkan.
upheld-told = Konsumen telah diberi tahu sebelumnya atas perintah otoritas.
upheld-not-told = Konsumen tidak akan dihubungi terkait kasus ini.
rejected-subject = Banding ditolak: kasus { $case } – penarikan kembali dari konsumen dimulai
rejected-heading = Banding Anda ditolak
rejected-reason = Seorang peninjau menolak banding Anda: { $reason }
rejected-stay = Tindakan terhadap listing Anda di { $markets } tetap berlaku. Kami kini mengirimkan pemberitahuan penarikan kembali kepada setiap konsumen yang membeli produk ini di pasar tersebut. Biaya penyelesaian bagi konsumen — harga yang dibayar dan biaya pesanan — dibebankan kepada Anda.
rejected-stay-points = Tindakan terhadap listing Anda di { $markets } tetap berlaku dan sanksi sebesar { $points } poin diberlakukan. Kami kini mengirimkan pemberitahuan penarikan kembali kepada setiap konsumen yang membeli produk ini di pasar tersebut. Biaya penyelesaian bagi konsumen — harga yang dibayar dan biaya pesanan — dibebankan kepada Anda.
refused-subject = Banding tidak dapat diproses: kasus { $case }
refused-heading = Banding Anda tidak dapat diproses
refused = Kami tidak dapat memproses banding Anda atas kasus { $case }: { $reason }.
refused-deadline = Batas waktu banding untuk kasus ini: { $deadline }.
refused-contact = Jika Anda yakin hal ini merupakan kekeliruan, hubungi layanan keselamatan produk dan sebutkan ID kasus.
refused-no-case = tidak ada kasus { $case }
refused-not-yours = kasus { $case } bukan kasus Anda: hanya penjual listing tersebut yang dapat mengajukan banding
refused-late = banding diajukan pada { $filed }, setelah batas waktu { $deadline } (7 hari sejak pemberitahuan penarikan kembali)
refused-state = kasus { $case } tidak lagi terbuka untuk banding
