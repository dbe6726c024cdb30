# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Daftar tepercaya
app-trust-title = Daftar tepercaya
app-trust-intro = Daftar tepercaya berasal dari jaringan yang Anda kenal, misalnya kelompok pusat pelatihan. Daftar itu menyebut kampus, pusat, dan pemberi kerja yang dijamin oleh jaringan tersebut. Kode yang ditandatangani salah satu dari mereka tampil sebagai sudah diperiksa.
app-trust-warning = Percayai hanya jaringan yang kuncinya Anda dapat dari jaringan itu sendiri: langsung bertemu, dari kertasnya sendiri, atau dari situs webnya sendiri. Siapa pun yang bisa memasukkan kunci di sini bisa membuat kode palsu terlihat sudah diperiksa.

## What is held

app-trust-held = Yang dipercaya perangkat ini
app-trust-none = Perangkat ini belum memercayai jaringan mana pun. Kode yang ditandatangani tampil “Ditandatangani, tetapi bukan oleh penerbit yang Anda percayai”.
app-trust-kid = Sidik kunci: { $kid }
app-trust-no-list = Belum ada daftar tepercaya dari jaringan ini. Tambahkan filenya di bawah.
app-trust-list-line = Daftar tepercaya tanggal { $date } ({ $days ->
    [0] hari ini
   *[other] { $days } hari lalu
}): { $count ->
   *[other] { $count } tempat
}
app-trust-status-held = Pengesahan yang ditarik kembali
app-trust-status-line = { $name }: daftar tanggal { $date } ({ $days ->
    [0] hari ini
   *[other] { $days } hari lalu
}), { $count ->
    [0] tidak ada yang ditarik
   *[other] { $count } ditarik kembali
}

## Stop trusting a network

app-trust-remove = Berhenti percaya
app-trust-remove-confirm = Berhenti memercayai { $name }? Kode yang ditandatangani tempat-tempat di daftarnya tidak akan tampil sebagai sudah diperiksa lagi. Anda bisa menambah jaringan ini lagi nanti.
app-trust-remove-yes = Ya, berhenti percaya
app-trust-removed = Anda tidak lagi memercayai { $name }.

## Trust a network

app-trust-add-title = Percayai jaringan
app-trust-add-hint = Ketik atau tempel kunci dan nama jaringan, atau buka file yang diberikan jaringan itu kepada Anda.
app-trust-key = Kunci jaringan (64 huruf dan angka)
app-trust-name = Nama jaringan
app-trust-from-file = Buka file kunci jaringan
app-trust-add = Percayai jaringan ini
app-trust-added = Sekarang Anda memercayai { $name }. Sekarang tambahkan daftar tepercayanya.

## Files

app-trust-bundle-title = Tambah daftar tepercaya
app-trust-bundle-hint = File berakhiran .cbor yang diberikan jaringan kepada Anda. Yang lebih baru menggantikan yang lebih lama.
app-trust-bundle-open = Buka file daftar tepercaya
app-trust-bundle-done = Daftar tepercaya { $name } ditambahkan ({ $date }): { $count ->
   *[other] { $count } tempat
}.
app-trust-status-title = Tambah daftar pengesahan yang ditarik kembali
app-trust-status-hint = Kampus atau pusat bisa menarik kembali pengesahan yang dibuat karena keliru. Daftarnya memberi tahu perangkat ini pengesahan yang mana.
app-trust-status-open = Buka file daftar
app-trust-status-done = Daftar { $name } ditambahkan ({ $date }): { $count ->
    [0] tidak ada yang ditarik
   *[other] { $count } pengesahan ditarik kembali
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = File ini bukan file kunci jaringan. Buka file yang diberikan jaringan kepada Anda, atau ketik kuncinya.
error-app-anchor-invalid-key = Ini bukan kunci jaringan. Kunci terdiri dari tepat 64 huruf (a sampai f) dan angka. Periksa apakah sudah tersalin utuh.
error-app-anchor-name = Beri jaringan nama sepanjang 1 sampai 100 huruf.
error-app-anchor-known = Anda sudah memercayai jaringan ini (sidik kunci { $kid }). Tidak ada yang diubah.
error-app-trust-bundle-malformed = File ini bukan daftar tepercaya, atau rusak. Tidak ada yang diubah.
error-app-trust-bundle-wrong-file = Ini jenis file Carnet lain, bukan daftar tepercaya. Tidak ada yang diubah.
error-app-trust-bundle-newer-version = Daftar tepercaya ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk membacanya.
error-app-trust-bundle-unknown-anchor = Daftar tepercaya ini berasal dari jaringan yang tidak Anda percayai (sidik kunci { $kid }). Percayai jaringan itu dulu, lalu tambahkan lagi daftarnya.
error-app-trust-bundle-bad-signature = Tanda tangan pada daftar tepercaya ini tidak cocok: file diubah atau rusak. Tidak ada yang diubah. Minta file itu lagi kepada jaringan.
error-app-trust-bundle-invalid = Daftar tepercaya ini tidak bisa dipakai. Tidak ada yang diubah. Minta file itu lagi kepada jaringan.
error-app-trust-bundle-too-large = File ini terlalu besar untuk daftar tepercaya. Tidak ada yang diubah.
error-app-trust-bundle-not-newer = Anda sudah punya daftar tepercaya ini atau yang lebih baru dari jaringan yang sama. Tidak ada yang diubah.
error-app-status-list-malformed = File ini bukan daftar pengesahan yang ditarik kembali, atau rusak. Tidak ada yang diubah.
error-app-status-list-wrong-file = Ini jenis file Carnet lain, bukan daftar pengesahan yang ditarik kembali. Tidak ada yang diubah.
error-app-status-list-newer-version = Daftar ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk membacanya.
error-app-status-list-wrong-issuer = Daftar ini milik penanda tangan lain ({ $found }, bukan { $expected }). Tidak ada yang diubah.
error-app-status-list-bad-signature = Tanda tangan pada daftar ini tidak cocok: file diubah atau rusak. Tidak ada yang diubah.
error-app-status-list-invalid = Daftar ini tidak bisa dipakai. Tidak ada yang diubah. Minta file itu lagi.
error-app-status-list-too-large = File ini terlalu besar untuk daftar pengesahan yang ditarik kembali. Tidak ada yang diubah.
error-app-status-list-issuer-unknown = Daftar ini berasal dari penanda tangan yang tidak disebut di daftar tepercaya mana pun milik Anda (sidik kunci { $kid }). Tambahkan dulu daftar tepercaya yang menyebutnya.
error-app-status-list-not-newer = Anda sudah punya daftar yang lebih baru dari penanda tangan ini. Tidak ada yang diubah.
error-app-verifier-write = Carnet tidak bisa menyimpan file di { $path }. Periksa apakah perangkat masih punya ruang. (Untuk pendamping: { $reason })
