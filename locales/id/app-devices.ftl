# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Tambah perangkat lain
app-pair-intro = Pasang buku catatan Anda di ponsel atau komputer Anda yang lain. Kedua perangkat perlu hub.
app-pair-start = Tambah perangkat lain
app-pair-passphrase = Untuk menambah perangkat, ketik kata sandi Anda.
app-pair-show = Tampilkan kode
app-pair-scan = Di perangkat baru, pilih “Gabung ke buku catatan”, lalu pindai kode kotak ini atau ketik teks di bawahnya.
app-pair-qr-alt = Kode kotak untuk dipindai dengan perangkat baru
app-pair-code-label = Kode dalam bentuk teks
app-pair-expires = Kode ini masih berlaku { $time } lagi.
app-pair-waiting = Menunggu perangkat baru…
app-pair-request = “{ $name }” meminta buku catatan Anda.
app-pair-compare = Apakah perangkat baru menampilkan kode yang sama ini?
app-pair-approve = Ya, izinkan
app-pair-refuse = Tidak
app-pair-approved = “{ $name }” sekarang punya buku catatan Anda. Perangkat itu muncul di daftar perangkat setelah sinkron.
app-pair-refused = Anda menolak. “{ $name }” tidak mendapat apa pun.
app-pair-again = Tampilkan kode baru

## Sync screen: the devices of this logbook

app-devices-title = Perangkat Anda
app-devices-none = Belum ada perangkat yang menyinkronkan buku catatan ini. Lakukan sinkron, dan perangkat ini akan muncul di sini.
app-devices-this = Perangkat ini
app-devices-added = Ditambahkan { $date }
app-devices-removed = Dihapus { $date }
app-devices-remove = Hapus
app-devices-remove-confirm = Hapus “{ $name }”? Gunakan ini jika ponsel hilang, dijual, atau diberikan kepada orang lain.
app-devices-remove-consequences = Perangkat itu tetap menyimpan apa yang sudah ada, tetapi tidak bisa mendapat apa pun yang Anda tambahkan mulai sekarang. Buku catatan Anda mendapat kunci baru, dan perangkat Anda yang lain mendapatkannya saat sinkron. Untuk memakai perangkat itu lagi, tambahkan lagi.
app-devices-remove-yes = Ya, hapus
app-devices-removed-done = “{ $name }” sudah dihapus. Buku catatan Anda sekarang punya kunci baru, yang tidak dimiliki perangkat itu.
app-devices-new-sheet = Lembar pemulihan Anda masih memuat kunci lama. Buat yang baru sekarang di Pengaturan, dan musnahkan yang lama.

## First run: another way to start

app-start-other = Apakah Anda sudah punya buku catatan?
app-start-join = Gabung dari perangkat lain
app-start-recover = Pulihkan dengan lembar

## First run: joining a logbook from another device

app-join-title = Gabung ke buku catatan
app-join-intro = Di perangkat Anda yang lain, buka Sinkron dan pilih “Tambah perangkat lain”. Perangkat itu akan menampilkan kode.
app-join-code = Kode (dimulai dengan CNP1:)
app-join-code-hint = Tempel atau ketik kode di sini
app-join-picture = Buka gambar kode
app-join-name = Nama untuk perangkat ini
app-join-name-default = Perangkat baru saya
app-join-passphrase = Pilih kata sandi untuk perangkat ini
app-join-send = Lanjut
app-join-check = Perangkat Anda yang lain harus menampilkan kode yang sama ini. Izinkan di sana.
app-join-waiting = Menunggu izin dari perangkat Anda yang lain…
app-join-copying = Menyalin buku catatan Anda…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Pulihkan buku catatan Anda
app-recover-intro = Gunakan lembar pemulihan dan kata sandi Anda. Carnet mengambil kembali buku catatan Anda dari hub.
app-recover-by-words = Ketik 12 kata
app-recover-by-code = Pakai kode kotak
app-recover-words = 12 kata, sesuai urutan
app-recover-words-hint = kata1 kata2 kata3 …
app-recover-hub = Alamat hub yang ada di lembar
app-recover-code = Teks kode kotak (dimulai dengan CNS1:)
app-recover-picture = Buka foto lembar
app-recover-passphrase = Kata sandi Anda (yang dipakai sebelumnya)
app-recover-start = Pulihkan buku catatan saya

## Reading a square code from a picture

app-picture-read = Kode sudah terbaca dari gambar.
app-scan-camera = Pindai dengan kamera
error-camera-scan = Tidak ada kode yang terbaca. Jika Carnet tidak diizinkan memakai kamera, izinkan di pengaturan ponsel Anda. Anda juga bisa membuka foto kode.

## Settings: the recovery sheet

app-sheet-title = Lembar pemulihan
app-sheet-intro = Lembar pemulihan adalah kertas berisi 12 kata dan satu kode kotak. Jika ponsel ini hilang, lembar itu dan kata sandi Anda bisa mengembalikan buku catatan Anda di ponsel baru. Simpan lembar ini dengan aman, jauh dari ponsel Anda. Jangan simpan kata sandi Anda bersamanya.
app-sheet-replaces = Lembar baru menggantikan yang lama: lembar lama tidak berlaku lagi.
app-sheet-needs-hub = Lembar ini memakai hub. Atur dulu alamat hub di layar Sinkron.
app-sheet-passphrase = Ketik kata sandi Anda untuk membuat lembar
app-sheet-format = Simpan sebagai
app-sheet-pdf = PDF, untuk dicetak
app-sheet-png = Gambar
app-sheet-make = Buat lembar pemulihan
app-sheet-saved = Lembar pemulihan Anda disimpan di { $path }. Cetaklah, atau tulis kata-kata di bawah ini, dan simpan kertasnya dengan aman.
app-sheet-english = Lembar ini dalam bahasa Inggris: Carnet belum bisa menulis huruf bahasa Anda di lembar.
app-sheet-words = 12 kata Anda

## Settings: export and import

app-export-title = Ekspor dan impor
app-export-intro = Ekspor menyimpan seluruh buku catatan Anda dalam satu file, untuk disimpan atau diberikan kepada orang yang Anda pilih.
app-export-consent = File ini berisi buku catatan Anda dalam bentuk yang bisa dibaca: file ini tidak dikunci dengan kata sandi Anda. Siapa pun yang mendapat file ini bisa membaca semua isinya. Foto tidak ada di dalam file.
app-export-agree = Saya mengerti. Simpan file
app-export = Ekspor
app-export-saved = { $count ->
   *[other] { $count } entri disimpan di { $path }.
}
app-import-intro = Impor menambahkan isi file ekspor ke buku catatan ini. Tidak ada yang dihapus dari buku catatan Anda.
app-import = Impor file
app-import-added = { $count ->
    [0] Tidak ada entri baru.
   *[other] { $count } entri baru ditambahkan.
}
app-import-updated = { $count ->
    [0] Tidak ada entri yang berubah.
   *[other] { $count } entri diubah.
}
app-import-unchanged = { $count ->
    [0] Tidak ada entri yang sudah sama.
   *[other] { $count } entri sudah sama.
}
app-import-profile = Profil Anda sudah diperbarui.
app-import-missing-photos = { $count ->
   *[other] { $count } foto yang disebut di file tidak ada di perangkat ini.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Lembar pemulihan Anda tetap berlaku, dengan kata sandi baru Anda.
app-passphrase-sheet-not-updated = Lembar pemulihan Anda tidak bisa diperbarui di hub. Sampai Anda membuat yang baru, lembar itu memerlukan kata sandi lama Anda. Buat lembar baru saat Anda terhubung.

## This device's name

app-device-name = Nama perangkat ini
app-device-name-hint = Nama yang ditampilkan perangkat Anda yang lain untuk perangkat ini, misalnya “Ponsel Amina”.
app-device-name-saved = Tersimpan. Perangkat Anda yang lain menampilkannya setelah perangkat ini sinkron.
