# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Pengesahan saya
app-present = Tunjukkan keterampilan saya
app-verify = Periksa kode

## Wallet

app-wallet-title = Pengesahan saya
app-wallet-intro = Ini adalah keterampilan yang sudah ditandatangani seseorang untuk Anda. Anda bisa menunjukkannya dengan kode QR.
app-wallet-empty = Belum ada yang menandatangani keterampilan untuk Anda. Minta pelatih, pemberi kerja, atau pusat untuk mengonfirmasi apa yang bisa Anda lakukan.
app-wallet-by = Ditandatangani oleh { $name } ({ $kind }, { $country })
app-wallet-issued = Ditandatangani pada { $date }
app-wallet-expires = Berlaku sampai { $date }
app-wallet-expired = Habis berlaku pada { $date }
app-wallet-no-expiry = Tidak ada batas waktu
app-wallet-damaged = Pengesahan ini rusak dan tidak bisa ditampilkan. Minta yang baru kepada orang yang menandatanganinya.
app-standing-valid = Sudah diperiksa: ditandatangani oleh seseorang di daftar tepercaya Anda
app-standing-unknown-issuer = Ditandatangani, tetapi penanda tangan tidak ada di daftar tepercaya Anda
app-standing-expired = Sudah habis berlaku
app-standing-revoked = Ditarik kembali oleh penanda tangan
app-standing-malformed = Rusak

## Present: choosing what to show

app-present-title = Tunjukkan keterampilan saya
app-present-endorsed = Ditandatangani seseorang
app-present-self = Menurut saya sendiri
app-present-self-hint = Pemeriksa melihat ini sebagai kata-kata Anda sendiri, bukan yang ditandatangani.
app-present-details = Yang ditunjukkan dari setiap entri
app-present-details-all = Semuanya
app-present-details-short = Hanya nama dan tingkat
app-present-stage = Untuk siapa?
app-present-print = Untuk dicetak di kertas (berlaku 5 tahun)
app-present-make = Tampilkan kode QR
app-present-none = Pilih setidaknya satu hal untuk ditunjukkan.
app-present-nothing-yet = Buku catatan Anda masih kosong. Tambahkan sesuatu dulu.

## Present: the QR code

app-qr-title = Biarkan mereka memindai kode ini
app-qr-expires = Kode ini berlaku sampai { $date }.
app-qr-preview = Yang akan dilihat pemeriksa
app-qr-preview-hide = Sembunyikan yang dilihat pemeriksa
app-qr-done = Selesai
app-qr-preview-note = Inilah yang akan dilihat pemeriksa yang punya daftar tepercaya sama dengan ponsel ini.

## Verify

app-verify-title = Periksa kode
app-verify-intro = Ambil atau pilih gambar kode QR Carnet. Tidak ada yang dikirim ke mana pun: pemeriksaan dilakukan di perangkat ini.
app-verify-picture = Ambil atau pilih gambar
app-verify-text = Atau tempel teks kode (dimulai dengan CN1:)
app-verify-check = Periksa
app-verify-checking = Memeriksa…
app-verify-again = Periksa kode lain

## The verdict

app-verdict-title = Hasil
app-verdict-made = Dibuat untuk { $stage } pada { $date }.
app-verdict-expires = Kode ini berlaku sampai { $date }.
app-verdict-newer = Kode ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk memeriksanya.
app-item-endorsed = Ditandatangani
app-item-self = Menurut orangnya sendiri
app-item-assessed = Diperiksa lewat { $how }
app-item-hidden = { $count ->
   *[other] { $count } keterangan disembunyikan oleh orangnya.
}

## Errors of these screens

error-wallet-no-key = Buku catatan ini tidak punya kunci untuk menandatangani. Tidak ada yang ditampilkan. Tolong laporkan masalah ini.
error-wallet-not-endorsed = “{ $title }” belum ditandatangani siapa pun. Tunjukkan sebagai “menurut saya sendiri”, atau minta seseorang mengonfirmasinya.
error-wallet-credential-damaged = Pengesahan untuk “{ $title }” rusak. Tunjukkan sebagai “menurut saya sendiri”, atau minta yang baru.
error-wallet-entry-unfit = “{ $title }” tidak bisa dimasukkan ke kode: { $field } terlalu panjang atau bentuknya tidak benar. Ubah entri itu, lalu coba lagi.
error-wallet-selected-twice = “{ $title }” dipilih dua kali. Pilih sekali saja.
error-wallet-nothing-chosen = Pilih setidaknya satu hal untuk ditunjukkan.
error-wallet-too-large = Ini terlalu banyak untuk satu kode QR ({ $chars } karakter). Pilih lebih sedikit, atau tunjukkan hanya nama dan tingkat.
error-wallet-credential = Kode tidak bisa dibuat. Tidak ada yang ditampilkan. Tolong laporkan masalah ini. (Untuk pendamping: { $reason })
error-wallet-no-code = Tidak ada kode QR Carnet di gambar ini. Ambil gambar lagi, lebih dekat dan lebih tajam, dengan seluruh kode di dalamnya.
error-wallet-not-a-picture = File ini bukan gambar yang bisa dibaca Carnet. Gunakan foto (JPEG atau PNG).
error-wallet-picture-too-large = Gambar terlalu besar ({ $width } × { $height } piksel). Ambil yang lebih kecil lalu coba lagi.
error-wallet-got-request = Ini permintaan untuk menandatangani keterampilan seseorang, bukan kode yang menunjukkan keterampilan. Tidak ada yang diperiksa.
error-wallet-trust-damaged = Daftar tepercaya Anda rusak atau telah diubah. Impor lagi. Sampai saat itu, tidak ada penanda tangan yang dianggap tepercaya.
error-wallet-trust-unreadable = Carnet tidak bisa membaca daftar tepercaya Anda di { $path }. Periksa apakah perangkat masih punya ruang. (Untuk pendamping: { $reason })
error-wallet-not-yours = Pengesahan ini dibuat untuk buku catatan orang lain, bukan milik Anda. Tidak ada yang disimpan. Pastikan Anda menerima file Anda sendiri.
error-wallet-bad-signature = Tanda tangan pada file ini tidak cocok: file diubah atau rusak. Tidak ada yang disimpan. Minta file itu lagi.
error-wallet-not-a-credential = File ini bukan pengesahan bertanda tangan dari Carnet. Tidak ada yang disimpan. Minta kepada orang yang menandatangani file yang mereka buat.
error-wallet-too-many = Minta paling banyak { $max } hal sekaligus. Pilih lebih sedikit.
error-wallet-not-from-request = Pengesahan ini tidak menyebut entri Anda yang mana yang dikonfirmasi. Tidak ada yang disimpan. Minta yang baru, dibuat dari kode permintaan Anda.
error-wallet-entry-gone = Pengesahan ini mengonfirmasi entri yang sudah tidak ada di buku catatan Anda. Tidak ada yang disimpan. Jika Anda menghapusnya, tambahkan lagi dari salinan, lalu minta pengesahan baru.

## Asking for a signature, and keeping it

app-request = Minta tanda tangan
app-request-title = Minta tanda tangan
app-request-intro = Tunjukkan kode ini kepada pelatih, pemberi kerja, atau pusat yang akan mengonfirmasi apa yang bisa Anda lakukan. Mereka memindainya dengan Carnet dan memberi Anda file yang sudah ditandatangani.
app-request-key = Kunci Anda: { $kid }. Orang yang menandatangani melihat kode yang sama.
app-request-text = Kode yang sama dalam bentuk teks, untuk dikirim lewat pesan
app-request-next = Setelah Anda mendapat file yang ditandatangani, buka “Pengesahan saya” dan ketuk “Tambah file bertanda tangan”.
app-receive = Tambah file bertanda tangan
app-received = Disimpan: { $name } ({ $kind }) menandatangani { $titles }.
