# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Tambah peranti lain
app-pair-intro = Letakkan buku log anda pada telefon atau komputer anda yang lain. Kedua-dua peranti memerlukan hab.
app-pair-start = Tambah peranti lain
app-pair-passphrase = Untuk menambah peranti, taip kata laluan anda.
app-pair-show = Tunjukkan kod
app-pair-scan = Pada peranti baharu, pilih “Sertai buku log”, kemudian imbas kod segi empat ini atau taip teks di bawahnya.
app-pair-qr-alt = Kod segi empat untuk diimbas dengan peranti baharu
app-pair-code-label = Kod dalam bentuk teks
app-pair-expires = Kod ini masih sah selama { $time } lagi.
app-pair-waiting = Menunggu peranti baharu…
app-pair-request = “{ $name }” mahu buku log anda.
app-pair-compare = Adakah peranti baharu menunjukkan kod yang sama ini?
app-pair-approve = Ya, benarkan
app-pair-refuse = Tidak
app-pair-approved = “{ $name }” kini mempunyai buku log anda. Ia akan muncul dalam senarai peranti selepas ia disegerakkan.
app-pair-refused = Anda menolak. “{ $name }” tidak mendapat apa-apa.
app-pair-again = Tunjukkan kod baharu

## Sync screen: the devices of this logbook

app-devices-title = Peranti anda
app-devices-none = Belum ada peranti yang menyegerakkan buku log ini. Buat segerak, dan peranti ini akan muncul di sini.
app-devices-this = Peranti ini
app-devices-added = Ditambah { $date }
app-devices-removed = Dibuang { $date }
app-devices-remove = Buang
app-devices-remove-confirm = Buang “{ $name }”? Gunakan ini apabila telefon hilang, dijual atau diberikan kepada orang lain.
app-devices-remove-consequences = Ia menyimpan apa yang sudah ada, tetapi tidak dapat menerima apa-apa yang anda tambah mulai sekarang. Buku log anda mendapat kunci baharu, dan peranti anda yang lain mendapatnya apabila disegerakkan. Untuk menggunakan peranti itu semula, tambahkannya semula.
app-devices-remove-yes = Ya, buang
app-devices-removed-done = “{ $name }” telah dibuang. Buku log anda kini mempunyai kunci baharu, yang tiada pada peranti itu.
app-devices-new-sheet = Helaian pemulihan anda masih mempunyai kunci lama. Buat yang baharu sekarang dalam Tetapan, dan musnahkan yang lama.

## First run: another way to start

app-start-other = Adakah anda sudah mempunyai buku log?
app-start-join = Sertai dari peranti lain
app-start-recover = Pulihkan dengan helaian

## First run: joining a logbook from another device

app-join-title = Sertai buku log
app-join-intro = Pada peranti anda yang lain, buka Segerak dan pilih “Tambah peranti lain”. Ia akan menunjukkan kod.
app-join-code = Kod (bermula dengan CNP1:)
app-join-code-hint = Tampal atau taip kod di sini
app-join-picture = Buka gambar kod
app-join-name = Nama untuk peranti ini
app-join-name-default = Peranti baharu saya
app-join-passphrase = Pilih kata laluan untuk peranti ini
app-join-send = Teruskan
app-join-check = Peranti anda yang lain mesti menunjukkan kod yang sama ini. Benarkan di sana.
app-join-waiting = Menunggu kebenaran daripada peranti anda yang lain…
app-join-copying = Menyalin buku log anda…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Pulihkan buku log anda
app-recover-intro = Gunakan helaian pemulihan dan kata laluan anda. Carnet mendapatkan semula buku log anda daripada hab.
app-recover-by-words = Taip 12 perkataan
app-recover-by-code = Guna kod segi empat
app-recover-words = 12 perkataan, mengikut urutan
app-recover-words-hint = perkataan1 perkataan2 perkataan3 …
app-recover-hub = Alamat hab pada helaian
app-recover-code = Teks kod segi empat (bermula dengan CNS1:)
app-recover-picture = Buka foto helaian
app-recover-passphrase = Kata laluan anda (yang anda gunakan sebelum ini)
app-recover-start = Pulihkan buku log saya

## Reading a square code from a picture

app-picture-read = Kod telah dibaca daripada gambar.
app-scan-camera = Imbas dengan kamera
error-camera-scan = Tiada kod dibaca. Jika Carnet tidak dibenarkan menggunakan kamera, benarkan dalam tetapan telefon anda. Anda juga boleh membuka foto kod.

## Settings: the recovery sheet

app-sheet-title = Helaian pemulihan
app-sheet-intro = Helaian pemulihan ialah kertas dengan 12 perkataan dan satu kod segi empat. Jika telefon ini hilang, helaian itu dan kata laluan anda boleh mendapatkan semula buku log anda pada telefon baharu. Simpan helaian ini dengan selamat, jauh dari telefon anda. Jangan simpan kata laluan anda bersamanya.
app-sheet-replaces = Helaian baharu menggantikan yang lama: helaian lama tidak berfungsi lagi.
app-sheet-needs-hub = Helaian ini menggunakan hab. Tetapkan alamat hab pada skrin Segerak dahulu.
app-sheet-passphrase = Taip kata laluan anda untuk membuat helaian
app-sheet-format = Simpan sebagai
app-sheet-pdf = PDF, untuk dicetak
app-sheet-png = Gambar
app-sheet-make = Buat helaian pemulihan
app-sheet-saved = Helaian pemulihan anda disimpan dalam { $path }. Cetaknya, atau tulis perkataan di bawah, dan simpan kertas itu dengan selamat.
app-sheet-english = Helaian ini dalam bahasa Inggeris: Carnet belum dapat menulis huruf bahasa anda padanya.
app-sheet-words = 12 perkataan anda

## Settings: export and import

app-export-title = Eksport dan import
app-export-intro = Eksport menyimpan seluruh buku log anda dalam satu fail, untuk disimpan atau diberikan kepada orang yang anda pilih.
app-export-consent = Fail ini mengandungi buku log anda dalam bentuk yang boleh dibaca: ia tidak dikunci dengan kata laluan anda. Sesiapa yang mendapat fail ini boleh membaca semua isinya. Foto tiada dalam fail.
app-export-agree = Saya faham. Simpan fail
app-export = Eksport
app-export-saved = { $count ->
   *[other] { $count } entri disimpan dalam { $path }.
}
app-import-intro = Import menambah isi fail eksport ke dalam buku log ini. Tiada apa-apa dalam buku log anda dipadam.
app-import = Import fail
app-import-added = { $count ->
    [0] Tiada entri baharu.
   *[other] { $count } entri baharu ditambah.
}
app-import-updated = { $count ->
    [0] Tiada entri berubah.
   *[other] { $count } entri diubah.
}
app-import-unchanged = { $count ->
    [0] Tiada entri yang sudah sama.
   *[other] { $count } entri sudah sama.
}
app-import-profile = Profil anda telah dikemas kini.
app-import-missing-photos = { $count ->
   *[other] { $count } foto yang disebut dalam fail tiada pada peranti ini.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Helaian pemulihan anda masih berfungsi, dengan kata laluan baharu anda.
app-passphrase-sheet-not-updated = Helaian pemulihan anda tidak dapat dikemas kini di hab. Sehingga anda membuat yang baharu, ia memerlukan kata laluan lama anda. Buat helaian baharu apabila anda bersambung.

## This device's name

app-device-name = Nama peranti ini
app-device-name-hint = Nama yang ditunjukkan oleh peranti anda yang lain untuk peranti ini, contohnya “Telefon Amina”.
app-device-name-saved = Disimpan. Peranti anda yang lain menunjukkannya selepas peranti ini disegerakkan.
