# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Pengesahan saya
app-present = Tunjukkan kemahiran saya
app-verify = Semak kod

## Wallet

app-wallet-title = Pengesahan saya
app-wallet-intro = Ini ialah kemahiran yang telah ditandatangani oleh seseorang untuk anda. Anda boleh menunjukkannya dengan kod QR.
app-wallet-empty = Belum ada sesiapa yang menandatangani kemahiran untuk anda. Minta jurulatih, majikan atau pusat untuk mengesahkan apa yang anda boleh buat.
app-wallet-by = Ditandatangani oleh { $name } ({ $kind }, { $country })
app-wallet-issued = Ditandatangani pada { $date }
app-wallet-expires = Sah sehingga { $date }
app-wallet-expired = Tamat pada { $date }
app-wallet-no-expiry = Tiada tarikh tamat
app-wallet-damaged = Pengesahan ini rosak dan tidak boleh ditunjukkan. Minta yang baharu daripada orang yang menandatanganinya.
app-standing-valid = Sudah disemak: ditandatangani oleh seseorang dalam senarai dipercayai anda
app-standing-unknown-issuer = Ditandatangani, tetapi penandatangan tiada dalam senarai dipercayai anda
app-standing-expired = Sudah tamat
app-standing-revoked = Ditarik balik oleh penandatangan
app-standing-malformed = Rosak

## Present: choosing what to show

app-present-title = Tunjukkan kemahiran saya
app-present-endorsed = Ditandatangani oleh seseorang
app-present-self = Kata saya sendiri sahaja
app-present-self-hint = Penyemak melihat ini sebagai kata-kata anda sendiri, bukan yang ditandatangani.
app-present-details = Apa yang ditunjukkan bagi setiap satu
app-present-details-all = Semua
app-present-details-short = Hanya nama dan tahap
app-present-stage = Untuk siapa?
app-present-print = Untuk dicetak pada kertas (sah selama 5 tahun)
app-present-make = Tunjukkan kod QR
app-present-none = Pilih sekurang-kurangnya satu perkara untuk ditunjukkan.
app-present-nothing-yet = Buku log anda kosong. Tambah sesuatu dahulu.

## Present: the QR code

app-qr-title = Biar mereka imbas kod ini
app-qr-expires = Kod ini sah sehingga { $date }.
app-qr-preview = Apa yang akan dilihat oleh penyemak
app-qr-preview-hide = Sembunyikan apa yang dilihat penyemak
app-qr-done = Selesai
app-qr-preview-note = Inilah yang akan dilihat oleh penyemak yang mempunyai senarai dipercayai yang sama dengan telefon ini.

## Verify

app-verify-title = Semak kod
app-verify-intro = Ambil atau pilih gambar kod QR Carnet. Tiada apa-apa dihantar ke mana-mana: semakan dibuat pada peranti ini.
app-verify-picture = Ambil atau pilih gambar
app-verify-text = Atau tampal teks kod (bermula dengan CN1:)
app-verify-check = Semak
app-verify-checking = Menyemak…
app-verify-again = Semak kod lain

## The verdict

app-verdict-title = Keputusan
app-verdict-made = Dibuat untuk { $stage } pada { $date }.
app-verdict-expires = Kod ini sah sehingga { $date }.
app-verdict-newer = Kod ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk menyemaknya.
app-item-endorsed = Ditandatangani
app-item-self = Kata mereka sendiri
app-item-assessed = Disemak melalui { $how }
app-item-hidden = { $count ->
   *[other] { $count } butiran disembunyikan oleh orang itu.
}

## Errors of these screens

error-wallet-no-key = Buku log ini tiada kunci untuk menandatangani. Tiada apa-apa ditunjukkan. Sila laporkan masalah ini.
error-wallet-not-endorsed = “{ $title }” belum ditandatangani oleh sesiapa. Tunjukkan sebagai “kata saya sendiri sahaja”, atau minta seseorang mengesahkannya.
error-wallet-credential-damaged = Pengesahan bagi “{ $title }” rosak. Tunjukkan sebagai “kata saya sendiri sahaja”, atau minta yang baharu.
error-wallet-entry-unfit = “{ $title }” tidak boleh dimasukkan ke dalam kod: { $field } terlalu panjang atau bentuknya tidak betul. Ubah entri itu, kemudian cuba lagi.
error-wallet-selected-twice = “{ $title }” dipilih dua kali. Pilih sekali sahaja.
error-wallet-nothing-chosen = Pilih sekurang-kurangnya satu perkara untuk ditunjukkan.
error-wallet-too-large = Ini terlalu banyak untuk satu kod QR ({ $chars } aksara). Pilih lebih sedikit, atau tunjukkan hanya nama dan tahap.
error-wallet-credential = Kod tidak dapat dibuat. Tiada apa-apa ditunjukkan. Sila laporkan masalah ini. (Untuk pembantu: { $reason })
error-wallet-no-code = Tiada kod QR Carnet dijumpai dalam gambar ini. Ambil gambar semula, lebih dekat dan lebih jelas, dengan seluruh kod di dalamnya.
error-wallet-not-a-picture = Fail ini bukan gambar yang boleh dibaca oleh Carnet. Gunakan foto (JPEG atau PNG).
error-wallet-picture-too-large = Gambar terlalu besar ({ $width } × { $height } piksel). Ambil yang lebih kecil dan cuba lagi.
error-wallet-got-request = Ini permintaan untuk menandatangani kemahiran seseorang, bukan kod yang menunjukkan kemahiran. Tiada apa-apa disemak.
error-wallet-trust-damaged = Senarai dipercayai anda rosak atau telah diubah. Import semula. Sehingga itu, tiada penandatangan dikira sebagai dipercayai.
error-wallet-trust-unreadable = Carnet tidak dapat membaca senarai dipercayai anda dalam { $path }. Semak bahawa peranti mempunyai ruang. (Untuk pembantu: { $reason })
error-wallet-not-yours = Pengesahan ini dibuat untuk buku log orang lain, bukan anda. Tiada apa-apa disimpan. Pastikan anda menerima fail anda sendiri.
error-wallet-bad-signature = Tandatangan pada fail ini tidak sepadan: ia telah diubah atau rosak. Tiada apa-apa disimpan. Minta fail itu semula.
error-wallet-not-a-credential = Fail ini bukan pengesahan bertandatangan daripada Carnet. Tiada apa-apa disimpan. Minta fail yang dibuat oleh orang yang menandatangani.
error-wallet-too-many = Minta paling banyak { $max } perkara pada satu masa. Pilih lebih sedikit.
error-wallet-not-from-request = Pengesahan ini tidak menyatakan entri anda yang mana yang disahkan. Tiada apa-apa disimpan. Minta yang baharu, dibuat daripada kod permintaan anda.
error-wallet-entry-gone = Pengesahan ini mengesahkan entri yang tiada lagi dalam buku log anda. Tiada apa-apa disimpan. Jika anda telah membuangnya, tambahkannya semula daripada salinan, kemudian minta pengesahan baharu.

## Asking for a signature, and keeping it

app-request = Minta tandatangan
app-request-title = Minta tandatangan
app-request-intro = Tunjukkan kod ini kepada jurulatih, majikan atau pusat yang akan mengesahkan apa yang anda boleh buat. Mereka mengimbasnya dengan Carnet dan memberi anda fail yang sudah ditandatangani.
app-request-key = Kunci anda: { $kid }. Orang yang menandatangani melihat kod yang sama.
app-request-text = Kod yang sama dalam bentuk teks, untuk dihantar dalam mesej
app-request-next = Apabila anda mendapat fail yang ditandatangani, buka “Pengesahan saya” dan ketik “Tambah fail bertandatangan”.
app-receive = Tambah fail bertandatangan
app-received = Disimpan: { $name } ({ $kind }) menandatangani { $titles }.
