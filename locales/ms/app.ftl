# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Pilih bahasa anda
app-continue = Teruskan

## First run: making a passphrase

app-create-title = Lindungi buku log anda
app-create-intro = Pilih kata laluan. Hanya anda yang tahu. Carnet memintanya setiap kali anda membuka buku log anda.
app-passphrase = Kata laluan
app-passphrase-again = Taip sekali lagi
app-passphrase-show = Tunjuk
app-passphrase-hide = Sembunyi
app-strength-too-short = Terlalu pendek: gunakan sekurang-kurangnya { $min } aksara.
app-strength-weak = Lemah: beberapa perkataan yang digabungkan lebih mudah diingat dan lebih sukar diteka.
app-strength-fair = Bagus. Yang lebih panjang lebih selamat.
app-strength-strong = Kuat.
app-passphrase-mismatch = Kedua-dua kata laluan tidak sama. Taip semula.
app-create = Buat buku log saya
app-working = Sila tunggu…
app-back = Kembali

## Unlock

app-unlock-title = Buka buku log anda
app-unlock = Buka
app-lock = Kunci

## The logbook

app-logbook-title = Buku log saya
app-logbook-empty = Buku log anda kosong. Tambah sesuatu yang anda boleh buat.
app-add = Tambah
app-kind-skill = Kemahiran
app-kind-qualification = Kelayakan
app-kind-experience = Pengalaman kerja
app-kind-language = Bahasa
app-kind-learning = Kursus
app-self-declared = Diisytiharkan sendiri
app-show-more = { $count ->
   *[other] Tunjuk { $count } lagi
}
app-endorsed = Disahkan

## Adding an entry

app-add-title = Tambah ke buku log saya
app-add-kind = Apakah ini?
app-add-title-label = Nama
app-add-title-hint = Contohnya: Mengimpal, Memandu lori, Bahasa Arab
app-add-level = Tahap
app-level-none = Tiada tahap
app-level-basic = Asas
app-level-intermediate = Pertengahan
app-level-advanced = Mahir
app-level-expert = Pakar
app-level-eqf = Tahap { $level }
app-save = Simpan
app-cancel = Batal

## Moving around

app-settings = Tetapan
app-sync = Segerak
app-edit = Ubah
app-remove = Buang

## The logbook: search and filter

app-search = Cari
app-search-hint = Taip satu perkataan, contohnya: kimpal
app-stage-filter = Peringkat perjalanan anda
app-stage-any = Semua peringkat
app-stage-recruitment = Pengambilan kerja
app-stage-pre-departure = Sebelum berlepas
app-stage-arrival = Ketibaan
app-stage-career = Bekerja
app-stage-return = Pulang
app-search-none = Tiada yang sepadan. Cuba perkataan lain atau peringkat lain.

## Changing and removing an entry

app-edit-title = Ubah entri ini
app-stages = Peringkat perjalanan anda
app-remove-confirm = Buang “{ $title }” daripada buku log anda? Ini tidak boleh dibatalkan.
app-remove-yes = Ya, buang

## Settings

app-settings-title = Tetapan
app-settings-language = Bahasa
app-settings-lock = Kunci selepas
app-lock-minutes = { $minutes ->
   *[other] { $minutes } minit tidak digunakan
}
app-settings-passphrase = Tukar kata laluan
app-passphrase-current = Kata laluan semasa
app-passphrase-new = Kata laluan baharu
app-passphrase-change = Tukar kata laluan
app-passphrase-changed = Kata laluan anda telah ditukar. Gunakan yang baharu mulai sekarang.
app-about = Tentang Carnet
app-locked-idle = Carnet mengunci buku log anda kerana ia tidak digunakan untuk seketika. Buka semula dengan kata laluan anda.

## Sync with a hub

app-sync-title = Segerak dengan hab
app-sync-intro = Hab menyimpan salinan berkunci buku log anda, supaya anda boleh menggunakannya pada telefon lain. Hab tidak dapat membacanya.
app-hub-address = Alamat hab
app-hub-address-hint = Contohnya: https://hub.example.org
app-hub-save = Simpan alamat
app-sync-now = Segerak sekarang
app-sync-never = Belum disegerakkan.
app-sync-last = Kali terakhir disegerakkan: { $when }
app-sync-pending = { $count ->
    [0] Tiada apa-apa yang menunggu untuk dihantar.
   *[other] { $count } perubahan menunggu untuk dihantar.
}
app-sync-sending = Menghantar
app-sync-receiving = Menerima
app-sync-photos = Foto
app-sync-done = Segerak selesai.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Buku log anda berkunci. Buka dengan kata laluan anda, kemudian cuba lagi.
error-unknown-language = Carnet tiada bahasa { $tag }. Pilih satu daripada senarai.

## Settings: how the screens look

app-settings-display = Rupa Carnet
app-high-contrast = Kontras tinggi (hitam atas putih)
app-text-size = Saiz teks
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Dengar

## Two languages at once

app-dual-language = Tunjukkan juga dalam
app-dual-none = Tiada bahasa kedua
