# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Foto dan nota suara
app-evidence-hint = Tunjukkan apa yang anda boleh buat: ambil foto sehelai kertas, atau ceritakan dengan suara anda.
app-evidence-add-photo = Tambah foto sijil
app-evidence-record = Rakam nota suara
app-evidence-attach-sound = Lampirkan fail bunyi
app-evidence-adding-photo = Menambah foto…
app-evidence-adding-voice = Menambah nota suara…
app-evidence-recording = Merakam: { $time } daripada { $max }
app-evidence-stop = Henti dan simpan
app-evidence-starting = Menghidupkan mikrofon…
app-evidence-photo = Foto { $number }
app-evidence-voice = Nota suara { $number }
app-evidence-view = Lihat besar
app-evidence-close = Tutup
app-evidence-missing = Belum ada pada telefon ini. Buat segerak untuk mendapatkannya.
app-evidence-other = Fail daripada Carnet yang lebih baharu. Kemas kini Carnet untuk melihatnya.
app-evidence-saved = Disimpan. Anda boleh tambah lagi.
app-evidence-remove-confirm = Keluarkan ini daripada entri? Ia juga dipadam daripada peranti ini.
