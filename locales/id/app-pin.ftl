# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Buka dengan PIN
app-pin-intro = PIN adalah angka pendek yang membuka buku catatan Anda hanya di perangkat ini. Kata sandi Anda tetap berlaku, dan perangkat lain tetap memerlukannya.
app-pin-unavailable = Perangkat ini tidak punya tempat aman untuk menyimpan PIN. Buka buku catatan Anda dengan kata sandi.
app-pin-on = PIN membuka buku catatan Anda di perangkat ini.
app-pin-new = PIN baru (6 sampai 12 angka)
app-pin-again = Ketik PIN sekali lagi
app-pin-set = Pakai PIN ini
app-pin-set-done = PIN Anda sudah siap. Lain kali, buka buku catatan Anda dengan PIN ini.
app-pin-remove = Berhenti memakai PIN
app-pin-removed = PIN sudah dimatikan. Buka buku catatan Anda dengan kata sandi.
app-pin-mismatch = Kedua PIN tidak sama. Ketik lagi.

## Unlock

app-pin = PIN
app-pin-unlock = Buka dengan PIN saya
app-pin-use-passphrase = Pakai kata sandi saja
app-pin-use-pin = Pakai PIN saya

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN terdiri dari 6 sampai 12 angka, tidak ada yang lain.
error-pin-wrong = PIN ini salah. { $left ->
   *[other] Masih { $left } kali coba lagi, setelah itu Anda perlu kata sandi.
}
error-pin-locked = Terlalu banyak PIN yang salah, jadi PIN dimatikan. Buka buku catatan Anda dengan kata sandi. Setelah itu Anda bisa membuat PIN baru.
error-pin-none = Tidak ada PIN di perangkat ini. Buka buku catatan Anda dengan kata sandi.
error-pin-keystore = Penyimpanan aman perangkat ini tidak menjawab, jadi PIN tidak bisa dipakai sekarang. Buka buku catatan Anda dengan kata sandi.
