# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Buka dengan PIN
app-pin-intro = PIN ialah nombor pendek yang membuka buku log anda pada peranti ini sahaja. Kata laluan anda masih berfungsi, dan peranti lain masih memerlukannya.
app-pin-unavailable = Peranti ini tiada tempat selamat untuk menyimpan PIN. Buka buku log anda dengan kata laluan anda.
app-pin-on = PIN membuka buku log anda pada peranti ini.
app-pin-new = PIN baharu (6 hingga 12 digit)
app-pin-again = Taip PIN sekali lagi
app-pin-set = Guna PIN ini
app-pin-set-done = PIN anda sudah sedia. Lain kali, buka buku log anda dengannya.
app-pin-remove = Berhenti menggunakan PIN
app-pin-removed = PIN telah dimatikan. Buka buku log anda dengan kata laluan anda.
app-pin-mismatch = Kedua-dua PIN tidak sama. Taip semula.

## Unlock

app-pin = PIN
app-pin-unlock = Buka dengan PIN saya
app-pin-use-passphrase = Guna kata laluan saya
app-pin-use-pin = Guna PIN saya

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN mempunyai 6 hingga 12 digit, dan tiada yang lain.
error-pin-wrong = PIN ini tidak betul. { $left ->
   *[other] { $left } cubaan lagi, kemudian anda memerlukan kata laluan anda.
}
error-pin-locked = Terlalu banyak PIN yang salah, jadi PIN dimatikan. Buka buku log anda dengan kata laluan anda. Kemudian anda boleh membuat PIN baharu.
error-pin-none = Tiada PIN pada peranti ini. Buka buku log anda dengan kata laluan anda.
error-pin-keystore = Storan selamat peranti ini tidak menjawab, jadi PIN tidak boleh digunakan sekarang. Buka buku log anda dengan kata laluan anda.
