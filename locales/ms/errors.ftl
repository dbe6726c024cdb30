# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Kata laluan tidak betul. Semak dan cuba lagi. Huruf besar dan kecil dibezakan.
error-too-many-attempts = { $minutes ->
   *[other] Terlalu banyak kata laluan yang salah. Tunggu { $minutes } minit, kemudian cuba lagi.
}
error-passphrase-too-short = Kata laluan ini terlalu pendek. Gunakan sekurang-kurangnya { $min } aksara.

## The logbook files

error-no-logbook = Belum ada buku log dalam folder ini. Buat satu dahulu, atau pilih folder tempat buku log anda berada.
error-already-exists = Sudah ada buku log dalam folder ini. Tiada apa-apa yang diubah.
error-damaged-key-file = Kunci buku log anda rosak atau hilang, jadi ia tidak boleh dibuka. Letakkan semula salinan daripada sandaran, atau daripada peranti yang anda gandingkan dengan peranti ini.
error-damaged-database = Buku log anda rosak, jadi ia tidak boleh dibuka. Letakkan semula salinan daripada sandaran, atau daripada peranti yang anda gandingkan dengan peranti ini.
error-too-new = { $what ->
    [export-file] Fail ini dibuat oleh versi Carnet yang lebih baharu. Kemas kini Carnet, kemudian cuba lagi.
    [taxonomy] Data ESCO yang disertakan dengan Carnet daripada versi Carnet yang lebih baharu. Kemas kini Carnet, kemudian cuba lagi.
   *[other] Buku log anda disimpan oleh versi Carnet yang lebih baharu. Kemas kini Carnet, kemudian cuba lagi.
}
error-disk-full = Storan penuh. Tiada apa-apa yang hilang. Kosongkan sedikit ruang, contohnya dengan memadam fail lama, kemudian cuba lagi.
error-io = Carnet tidak dapat membaca atau menulis fail buku log anda. Semak bahawa folder wujud dan anda dibenarkan menulis di dalamnya, kemudian cuba lagi.
error-internal = Ada sesuatu yang tidak kena di dalam Carnet. Ini kesilapan Carnet, bukan kesilapan anda. Sila beritahu pembuat Carnet.

## Entries

error-not-found = Tiada entri dengan ID “{ $id }”. Semak ID dan cuba lagi.
error-ambiguous-id = Lebih daripada satu entri bermula dengan “{ $id }”. Taip lebih banyak aksara ID.

## Values the person typed

error-invalid-kind = “{ $value }” bukan jenis entri. Gunakan skill, qualification, experience, language atau learning.
error-invalid-date = “{ $value }” bukan tarikh. Tulis tahun (2019), bulan (2019-05) atau hari (2019-05-14).
error-invalid-level = { $kind ->
    [language] “{ $value }” bukan tahap bahasa. Gunakan A1, A2, B1, B2, C1 atau C2.
    [qualification] “{ $value }” bukan tahap bagi kelayakan. Gunakan nombor dari 1 hingga 8 (EQF).
    [learning] “{ $value }” bukan tahap bagi kursus. Gunakan nombor dari 1 hingga 8 (EQF).
    [eqf] “{ $value }” bukan tahap EQF. Gunakan nombor dari 1 hingga 8.
   *[other] “{ $value }” bukan tahap. Gunakan basic, intermediate, advanced atau expert.
}
error-invalid-country = “{ $value }” bukan kod negara. Gunakan dua huruf, contohnya SY, AF, ER atau DE.
error-invalid-language = “{ $value }” bukan kod bahasa. Gunakan kod pendek, contohnya ar, fa-AF atau en.
error-invalid-esco = “{ $value }” bukan alamat ESCO. Ia bermula dengan http://data.europa.eu/esco/
error-invalid-isco = “{ $value }” bukan kod pekerjaan ISCO-08. Gunakan 1 hingga 4 digit, contohnya 7212.
error-invalid-proficiency = “{ $value }” bukan tahap. Gunakan basic, intermediate, advanced atau expert.
error-invalid-context = “{ $value }” bukan cara belajar. Gunakan formal, non-formal atau informal.
error-invalid-stage = “{ $value }” bukan peringkat. Gunakan recruitment, pre-departure, arrival, career atau return.
error-invalid-field = “{ $value }” bukan sesuatu yang boleh anda ubah. Gunakan salah satu daripada: { $expected }.
error-empty-field = { $field ->
    [title] Tajuk kosong. Tulis tajuk yang pendek.
   *[other] Ruangan { $field } kosong. Tulis sesuatu di dalamnya.
}
error-date-order = Tarikh tamat { $to } lebih awal daripada tarikh mula { $from }. Semak kedua-dua tarikh.
error-import-format = Fail ini bukan eksport Carnet, jadi ia tidak boleh dibaca. Pilih fail yang dieksport oleh Carnet.

## Photos

error-evidence-not-an-image = Fail ini bukan foto. Carnet menerima gambar JPEG, PNG dan WebP.
error-evidence-unsupported-format = Ini gambar { $format }, dan Carnet tidak boleh menggunakannya. Simpan sebagai JPEG, PNG atau WebP, kemudian cuba lagi.
error-evidence-damaged = Foto ini rosak atau tidak lengkap. Ambil atau pilih foto itu semula.
error-evidence-too-large = Gambar terlalu besar ({ $width } × { $height } piksel). Ambil foto dengan tetapan kualiti lebih rendah, atau pilih salinan yang lebih kecil.
error-evidence-file-too-big = Fail terlalu besar ({ $megabytes } MB). Hadnya 32 MB. Pilih fail yang lebih kecil.
error-evidence-encode-failed = Carnet tidak dapat menyimpan foto. Sila cuba lagi. Jika ia berlaku lagi, sila beritahu pembuat Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” bukan alamat hab. Alamat hab kelihatan seperti http://192.168.1.10:8470. Minta alamatnya daripada pusat.
error-sync-no-hub = Belum ada hab ditetapkan untuk buku log ini. Minta alamat hab daripada pusat.
error-sync-unreachable = Carnet tidak dapat menghubungi hab di { $url }. Buku log anda selamat pada peranti ini. Cuba lagi apabila anda bersambung dengan rangkaian pusat.
error-sync-refused = Hab tidak menerima peranti ini untuk buku log ini. Jika anda telah membuang peranti ini daripada buku log anda, ini dijangka. Jika tidak, tanya pusat.
error-sync-unknown-logbook = Hab belum mempunyai salinan buku log ini. Segerakkan peranti yang mempunyai buku log anda dahulu, kemudian cuba lagi.
error-sync-rate-limited = Hab sedang sibuk. Tunggu { $seconds } saat, kemudian cuba lagi. Buku log anda selamat pada peranti ini.
error-sync-hub-full = Hab tiada ruang lagi untuk buku log anda. Buku log anda selamat pada peranti ini. Tanya pusat.
error-sync-hub-error = Hab mengalami masalah ({ $status } { $code }). Buku log anda selamat pada peranti ini. Cuba lagi kemudian, atau tanya pusat.
error-sync-protocol = Hab menghantar sesuatu yang tidak dapat dibaca oleh versi Carnet ini. Buku log anda selamat pada peranti ini. Kemas kini Carnet, atau tanya pusat.
error-sync-forged = Hab menghantar perubahan yang rosak atau telah diubah oleh seseorang. Carnet tidak menggunakannya, dan buku log anda tidak berubah. Beritahu pusat.
error-sync-incomplete = Hab tidak menghantar semua perubahan yang sepatutnya. Carnet tidak menggunakannya, dan buku log anda tidak berubah. Cuba lagi kemudian, atau beritahu pusat.
error-sync-unknown-epoch = Peranti ini tiada kunci terbaharu buku log anda, jadi ia tidak dapat membaca apa yang ada di hab. Jika anda telah membuang peranti ini, ini dijangka. Jika tidak, gandingkannya semula.
error-sync-rolled-back = Hab telah kehilangan sebahagian data. Buku log anda pada peranti ini lengkap dan tidak berubah. Beritahu pusat.
error-sync-pairing-code = Ini bukan kod gandingan, atau sebahagiannya hilang. Tunjukkan kod semula pada peranti anda yang lain, dan imbas atau taip kesemuanya.
error-sync-pairing-expired = Kod gandingan ini terlalu lama. Tunjukkan kod baharu pada peranti anda yang lain.
error-sync-pairing-taken = Peranti lain sudah menjawab kod gandingan ini. Tiada apa-apa dikongsi. Tunjukkan kod baharu pada peranti anda yang lain dan cuba lagi.
error-sync-pairing-refused = Peranti anda yang lain menolak gandingan ini. Tiada apa-apa dikongsi.
error-sync-remove-self = Ini peranti yang sedang anda gunakan. Untuk membuangnya, lakukan daripada peranti anda yang lain.
error-sync-cancelled = Anda berhenti menunggu peranti lain. Tiada apa-apa dikongsi. Mula semula apabila kedua-dua peranti sedia.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Ini bukan kod segi empat helaian pemulihan Carnet, atau Carnet tidak dapat membaca kesemuanya. Ambil foto yang lebih jelas bagi seluruh kod, atau taip 12 perkataan.
error-sync-recovery-words = { $problem ->
    [count] Helaian pemulihan mempunyai 12 perkataan; anda memberi { $position }. Taip kesemua 12, mengikut urutan.
    [unknown] Perkataan { $position } bukan perkataan helaian pemulihan. Semak ejaannya pada helaian.
   *[other] Perkataan itu tidak sepadan: satu daripadanya salah, atau dua tertukar. Semak setiap perkataan pada helaian.
}
error-sync-recovery-no-box = Hab tiada apa-apa untuk helaian pemulihan ini. Helaian yang lebih baharu mungkin telah menggantikannya, atau helaian ini untuk hab lain. Gunakan helaian terbaharu anda.
error-sheet-write = Carnet tidak dapat menulis helaian ke { $path }. Semak folder dan ruang kosong. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet tidak dapat mencari fail data ESCO-nya ({ $path }). Pasang Carnet semula.
error-taxonomy-damaged = Fail data ESCO Carnet rosak ({ $reason }). Pasang Carnet semula.
error-unknown-concept = Tiada kemahiran atau pekerjaan ESCO bernama “{ $concept }”. Cari alamatnya dengan carnet esco search.
error-not-an-occupation = “{ $concept }” ialah kemahiran ESCO, bukan pekerjaan. Cari pekerjaan dengan carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet tidak dapat mencari kod segi empat dalam gambar ini. Ambil foto yang lebih jelas bagi seluruh kod, atau taip kod itu.
error-save-file = Carnet tidak dapat menyimpan fail dalam { $path }. Semak ruang kosong. ({ $reason })

## Voice notes

error-evidence-not-audio = Fail ini bukan rakaman bunyi. Carnet menerima fail bunyi WebM, Ogg, MP4, M4A, AAC, MP3 dan WAV.
error-evidence-audio-is-video = Fail ini video. Carnet hanya menyimpan bunyi. Rakam nota suara, atau pilih fail bunyi.
error-evidence-audio-too-big = Fail bunyi terlalu besar ({ $megabytes } MB). Hadnya 5 MB. Rakam nota suara yang lebih pendek.
error-evidence-audio-damaged = Fail bunyi rosak atau tidak lengkap. Rakam atau pilih semula.
error-evidence-not-evidence = Fail ini bukan foto dan bukan rakaman bunyi. Carnet menerima foto (JPEG, PNG, WebP) dan fail bunyi (WebM, Ogg, MP4, M4A, AAC, MP3, WAV).
error-microphone-denied = Carnet tidak dibenarkan menggunakan mikrofon. Benarkan dalam tetapan telefon anda, atau lampirkan fail bunyi.
error-microphone-failed = Carnet tidak dapat merakam. Cuba lagi, atau lampirkan fail bunyi.
error-recording-empty = Tiada apa-apa yang dirakam. Cuba lagi dan bercakap selepas anda menekan butang.
error-evidence-missing = Foto atau nota suara ini belum ada pada peranti ini ({ $sha }). Buat segerak untuk mendapatkannya.
