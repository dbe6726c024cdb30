# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Pilih bahasa Anda
app-continue = Lanjut

## First run: making a passphrase

app-create-title = Lindungi buku catatan Anda
app-create-intro = Pilih kata sandi. Hanya Anda yang tahu. Carnet memintanya setiap kali Anda membuka buku catatan.
app-passphrase = Kata sandi
app-passphrase-again = Ketik sekali lagi
app-passphrase-show = Tampilkan
app-passphrase-hide = Sembunyikan
app-strength-too-short = Terlalu pendek: gunakan setidaknya { $min } karakter.
app-strength-weak = Lemah: beberapa kata yang digabung lebih mudah diingat dan lebih sulit ditebak.
app-strength-fair = Bagus. Yang lebih panjang lebih aman lagi.
app-strength-strong = Kuat.
app-passphrase-mismatch = Kedua kata sandi tidak sama. Ketik lagi.
app-create = Buat buku catatan saya
app-working = Mohon tunggu…
app-back = Kembali

## Unlock

app-unlock-title = Buka buku catatan Anda
app-unlock = Buka
app-lock = Kunci

## The logbook

app-logbook-title = Buku catatan saya
app-logbook-empty = Buku catatan Anda masih kosong. Tambahkan sesuatu yang bisa Anda lakukan.
app-add = Tambah
app-kind-skill = Keterampilan
app-kind-qualification = Kualifikasi
app-kind-experience = Pengalaman kerja
app-kind-language = Bahasa
app-kind-learning = Kursus
app-self-declared = Menurut diri sendiri
app-show-more = { $count ->
   *[other] Tampilkan { $count } lagi
}
app-endorsed = Disahkan

## Adding an entry

app-add-title = Tambah ke buku catatan saya
app-add-kind = Apa ini?
app-add-title-label = Nama
app-add-title-hint = Misalnya: Mengelas, Mengemudi truk, Bahasa Arab
app-add-level = Tingkat
app-level-none = Tanpa tingkat
app-level-basic = Dasar
app-level-intermediate = Menengah
app-level-advanced = Mahir
app-level-expert = Ahli
app-level-eqf = Tingkat { $level }
app-save = Simpan
app-cancel = Batal

## Moving around

app-settings = Pengaturan
app-sync = Sinkron
app-edit = Ubah
app-remove = Hapus

## The logbook: search and filter

app-search = Cari
app-search-hint = Ketik satu kata, misalnya: las
app-stage-filter = Tahap perjalanan Anda
app-stage-any = Semua tahap
app-stage-recruitment = Perekrutan
app-stage-pre-departure = Sebelum berangkat
app-stage-arrival = Kedatangan
app-stage-career = Bekerja
app-stage-return = Pulang
app-search-none = Tidak ada yang cocok. Coba kata lain atau tahap lain.

## Changing and removing an entry

app-edit-title = Ubah entri ini
app-stages = Tahap perjalanan Anda
app-remove-confirm = Hapus “{ $title }” dari buku catatan Anda? Ini tidak bisa dibatalkan.
app-remove-yes = Ya, hapus

## Settings

app-settings-title = Pengaturan
app-settings-language = Bahasa
app-settings-lock = Kunci setelah
app-lock-minutes = { $minutes ->
   *[other] { $minutes } menit tidak dipakai
}
app-settings-passphrase = Ganti kata sandi
app-passphrase-current = Kata sandi sekarang
app-passphrase-new = Kata sandi baru
app-passphrase-change = Ganti kata sandi
app-passphrase-changed = Kata sandi Anda sudah diganti. Mulai sekarang gunakan yang baru.
app-about = Tentang Carnet
app-locked-idle = Carnet mengunci buku catatan Anda karena sudah lama tidak dipakai. Buka lagi dengan kata sandi Anda.

## Sync with a hub

app-sync-title = Sinkron dengan hub
app-sync-intro = Hub menyimpan salinan terkunci buku catatan Anda, sehingga Anda bisa memakainya di ponsel lain. Hub tidak bisa membacanya.
app-hub-address = Alamat hub
app-hub-address-hint = Misalnya: https://hub.example.org
app-hub-save = Simpan alamat
app-sync-now = Sinkron sekarang
app-sync-never = Belum pernah sinkron.
app-sync-last = Terakhir sinkron: { $when }
app-sync-pending = { $count ->
    [0] Tidak ada yang menunggu dikirim.
   *[other] { $count } perubahan menunggu dikirim.
}
app-sync-sending = Mengirim
app-sync-receiving = Menerima
app-sync-photos = Foto
app-sync-done = Sinkron selesai.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Buku catatan Anda terkunci. Buka dengan kata sandi Anda, lalu coba lagi.
error-unknown-language = Carnet tidak punya bahasa { $tag }. Pilih satu dari daftar.

## Settings: how the screens look

app-settings-display = Tampilan Carnet
app-high-contrast = Kontras kuat (hitam di atas putih)
app-text-size = Ukuran teks
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Dengarkan

## Two languages at once

app-dual-language = Tampilkan juga dalam
app-dual-none = Tanpa bahasa kedua
