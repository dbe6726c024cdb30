# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Kata sandi salah. Periksa lalu coba lagi. Huruf besar dan kecil dibedakan.
error-too-many-attempts = { $minutes ->
   *[other] Terlalu banyak kata sandi yang salah. Tunggu { $minutes } menit, lalu coba lagi.
}
error-passphrase-too-short = Kata sandi ini terlalu pendek. Gunakan setidaknya { $min } karakter.

## The logbook files

error-no-logbook = Belum ada buku catatan di folder ini. Buat dulu, atau pilih folder tempat buku catatan Anda berada.
error-already-exists = Sudah ada buku catatan di folder ini. Tidak ada yang diubah.
error-damaged-key-file = Kunci buku catatan Anda rusak atau hilang, jadi buku catatan tidak bisa dibuka. Kembalikan salinan dari cadangan, atau dari perangkat yang sudah dipasangkan dengan perangkat ini.
error-damaged-database = Buku catatan Anda rusak, jadi tidak bisa dibuka. Kembalikan salinan dari cadangan, atau dari perangkat yang sudah dipasangkan dengan perangkat ini.
error-too-new = { $what ->
    [export-file] File ini dibuat oleh versi Carnet yang lebih baru. Perbarui Carnet, lalu coba lagi.
    [taxonomy] Data ESCO yang disertakan dengan Carnet berasal dari versi Carnet yang lebih baru. Perbarui Carnet, lalu coba lagi.
   *[other] Buku catatan Anda disimpan oleh versi Carnet yang lebih baru. Perbarui Carnet, lalu coba lagi.
}
error-disk-full = Penyimpanan penuh. Tidak ada yang hilang. Kosongkan sedikit ruang, misalnya dengan menghapus file lama, lalu coba lagi.
error-io = Carnet tidak bisa membaca atau menulis file buku catatan Anda. Periksa apakah foldernya ada dan Anda boleh menulis di sana, lalu coba lagi.
error-internal = Ada yang salah di dalam Carnet. Ini kesalahan Carnet, bukan kesalahan Anda. Tolong beri tahu pembuat Carnet.

## Entries

error-not-found = Tidak ada entri dengan ID “{ $id }”. Periksa ID lalu coba lagi.
error-ambiguous-id = Lebih dari satu entri dimulai dengan “{ $id }”. Ketik ID lebih panjang.

## Values the person typed

error-invalid-kind = “{ $value }” bukan jenis entri. Gunakan skill, qualification, experience, language, atau learning.
error-invalid-date = “{ $value }” bukan tanggal. Tulis tahun (2019), bulan (2019-05), atau hari (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” bukan tingkat bahasa. Gunakan A1, A2, B1, B2, C1, atau C2.
    [qualification] “{ $value }” bukan tingkat untuk kualifikasi. Gunakan angka 1 sampai 8 (EQF).
    [learning] “{ $value }” bukan tingkat untuk kursus. Gunakan angka 1 sampai 8 (EQF).
    [eqf] “{ $value }” bukan tingkat EQF. Gunakan angka 1 sampai 8.
   *[other] “{ $value }” bukan tingkat. Gunakan basic, intermediate, advanced, atau expert.
}
error-invalid-country = “{ $value }” bukan kode negara. Gunakan dua huruf, misalnya SY, AF, ER, atau DE.
error-invalid-language = “{ $value }” bukan kode bahasa. Gunakan kode pendek, misalnya ar, fa-AF, atau en.
error-invalid-esco = “{ $value }” bukan alamat ESCO. Alamat ESCO dimulai dengan http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” bukan kode pekerjaan ISCO-08. Gunakan 1 sampai 4 angka, misalnya 7212.
error-invalid-proficiency = “{ $value }” bukan tingkat. Gunakan basic, intermediate, advanced, atau expert.
error-invalid-context = “{ $value }” bukan cara belajar. Gunakan formal, non-formal, atau informal.
error-invalid-stage = “{ $value }” bukan tahap. Gunakan recruitment, pre-departure, arrival, career, atau return.
error-invalid-field = “{ $value }” bukan sesuatu yang bisa Anda ubah. Gunakan salah satu dari: { $expected }.
error-empty-field = { $field ->
    [title] Judul kosong. Tulis judul yang pendek.
   *[other] Kolom { $field } kosong. Tulis sesuatu di sana.
}
error-date-order = Tanggal akhir { $to } lebih awal dari tanggal mulai { $from }. Periksa kedua tanggal itu.
error-import-format = File ini bukan hasil ekspor Carnet, jadi tidak bisa dibaca. Pilih file yang diekspor oleh Carnet.

## Photos

error-evidence-not-an-image = File ini bukan foto. Carnet menerima gambar JPEG, PNG, dan WebP.
error-evidence-unsupported-format = Ini gambar { $format }, dan Carnet tidak bisa memakainya. Simpan sebagai JPEG, PNG, atau WebP, lalu coba lagi.
error-evidence-damaged = Foto ini rusak atau tidak lengkap. Ambil atau pilih foto itu lagi.
error-evidence-too-large = Gambar terlalu besar ({ $width } × { $height } piksel). Ambil foto dengan kualitas lebih rendah, atau pilih salinan yang lebih kecil.
error-evidence-file-too-big = File terlalu besar ({ $megabytes } MB). Batasnya 32 MB. Pilih file yang lebih kecil.
error-evidence-encode-failed = Carnet tidak bisa menyimpan foto. Coba lagi. Jika terjadi lagi, tolong beri tahu pembuat Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” bukan alamat hub. Alamat hub terlihat seperti http://192.168.1.10:8470. Tanyakan alamatnya kepada pusat.
error-sync-no-hub = Belum ada hub untuk buku catatan ini. Tanyakan alamat hub kepada pusat.
error-sync-unreachable = Carnet tidak bisa terhubung ke hub di { $url }. Buku catatan Anda aman di perangkat ini. Coba lagi saat Anda terhubung ke jaringan pusat.
error-sync-refused = Hub tidak menerima perangkat ini untuk buku catatan ini. Jika Anda sudah menghapus perangkat ini dari buku catatan, ini wajar. Jika tidak, tanyakan kepada pusat.
error-sync-unknown-logbook = Hub belum punya salinan buku catatan ini. Sinkronkan dulu perangkat yang punya buku catatan Anda, lalu coba lagi.
error-sync-rate-limited = Hub sedang sibuk. Tunggu { $seconds } detik, lalu coba lagi. Buku catatan Anda aman di perangkat ini.
error-sync-hub-full = Hub tidak punya ruang lagi untuk buku catatan Anda. Buku catatan Anda aman di perangkat ini. Tanyakan kepada pusat.
error-sync-hub-error = Hub mengalami masalah ({ $status } { $code }). Buku catatan Anda aman di perangkat ini. Coba lagi nanti, atau tanyakan kepada pusat.
error-sync-protocol = Hub mengirim sesuatu yang tidak bisa dibaca versi Carnet ini. Buku catatan Anda aman di perangkat ini. Perbarui Carnet, atau tanyakan kepada pusat.
error-sync-forged = Hub mengirim perubahan yang rusak atau telah diubah seseorang. Carnet tidak memakainya, dan buku catatan Anda tidak berubah. Beri tahu pusat.
error-sync-incomplete = Hub tidak mengirim semua perubahan yang seharusnya. Carnet tidak memakainya, dan buku catatan Anda tidak berubah. Coba lagi nanti, atau beri tahu pusat.
error-sync-unknown-epoch = Perangkat ini tidak punya kunci terbaru buku catatan Anda, jadi tidak bisa membaca isi hub. Jika Anda sudah menghapus perangkat ini, ini wajar. Jika tidak, pasangkan lagi.
error-sync-rolled-back = Hub kehilangan sebagian data. Buku catatan Anda di perangkat ini lengkap dan tidak berubah. Beri tahu pusat.
error-sync-pairing-code = Ini bukan kode pemasangan, atau ada bagian yang hilang. Tampilkan lagi kode di perangkat Anda yang lain, lalu pindai atau ketik seluruhnya.
error-sync-pairing-expired = Kode pemasangan ini sudah terlalu lama. Tampilkan kode baru di perangkat Anda yang lain.
error-sync-pairing-taken = Perangkat lain sudah menjawab kode pemasangan ini. Tidak ada yang dibagikan. Tampilkan kode baru di perangkat Anda yang lain lalu coba lagi.
error-sync-pairing-refused = Perangkat Anda yang lain menolak pemasangan ini. Tidak ada yang dibagikan.
error-sync-remove-self = Ini perangkat yang sedang Anda pakai. Untuk menghapusnya, lakukan dari perangkat Anda yang lain.
error-sync-cancelled = Anda berhenti menunggu perangkat lain. Tidak ada yang dibagikan. Mulai lagi saat kedua perangkat siap.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Ini bukan kode kotak dari lembar pemulihan Carnet, atau Carnet tidak bisa membaca seluruhnya. Ambil foto yang lebih tajam dari seluruh kode, atau ketik 12 kata.
error-sync-recovery-words = { $problem ->
    [count] Lembar pemulihan punya 12 kata; Anda memberi { $position }. Ketik ke-12 kata itu, sesuai urutan.
    [unknown] Kata ke-{ $position } bukan kata dari lembar pemulihan. Periksa ejaannya di lembar.
   *[other] Kata-kata itu tidak cocok satu sama lain: ada yang salah, atau ada dua yang tertukar. Periksa setiap kata di lembar.
}
error-sync-recovery-no-box = Hub tidak punya apa pun untuk lembar pemulihan ini. Mungkin sudah diganti oleh lembar yang lebih baru, atau lembar ini untuk hub lain. Gunakan lembar terbaru Anda.
error-sheet-write = Carnet tidak bisa menulis lembar ke { $path }. Periksa folder dan ruang kosong. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet tidak menemukan file data ESCO-nya ({ $path }). Pasang ulang Carnet.
error-taxonomy-damaged = File data ESCO milik Carnet rusak ({ $reason }). Pasang ulang Carnet.
error-unknown-concept = Tidak ada keterampilan atau pekerjaan ESCO yang bernama “{ $concept }”. Cari alamatnya dengan carnet esco search.
error-not-an-occupation = “{ $concept }” adalah keterampilan ESCO, bukan pekerjaan. Cari pekerjaannya dengan carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet tidak menemukan kode kotak di gambar ini. Ambil foto yang lebih tajam dari seluruh kode, atau ketik kodenya.
error-save-file = Carnet tidak bisa menyimpan file di { $path }. Periksa ruang kosong. ({ $reason })

## Voice notes

error-evidence-not-audio = File ini bukan rekaman suara. Carnet menerima file suara WebM, Ogg, MP4, M4A, AAC, MP3, dan WAV.
error-evidence-audio-is-video = File ini video. Carnet hanya menyimpan suara. Rekam pesan suara, atau pilih file suara.
error-evidence-audio-too-big = File suara terlalu besar ({ $megabytes } MB). Batasnya 5 MB. Rekam pesan suara yang lebih pendek.
error-evidence-audio-damaged = File suara rusak atau tidak lengkap. Rekam atau pilih lagi.
error-evidence-not-evidence = File ini bukan foto dan bukan rekaman suara. Carnet menerima foto (JPEG, PNG, WebP) dan file suara (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet tidak diizinkan memakai mikrofon. Izinkan di pengaturan ponsel Anda, atau lampirkan file suara.
error-microphone-failed = Carnet tidak bisa merekam. Coba lagi, atau lampirkan file suara.
error-recording-empty = Tidak ada yang terekam. Coba lagi dan bicaralah setelah Anda menekan tombol.
error-evidence-missing = Foto atau pesan suara ini belum ada di perangkat ini ({ $sha }). Lakukan sinkron untuk mendapatkannya.
