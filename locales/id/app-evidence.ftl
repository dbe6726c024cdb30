# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Foto dan pesan suara
app-evidence-hint = Tunjukkan apa yang bisa Anda lakukan: foto selembar kertas, atau ceritakan dengan suara Anda.
app-evidence-add-photo = Tambah foto sertifikat
app-evidence-record = Rekam pesan suara
app-evidence-attach-sound = Lampirkan file suara
app-evidence-adding-photo = Menambahkan foto…
app-evidence-adding-voice = Menambahkan pesan suara…
app-evidence-recording = Merekam: { $time } dari { $max }
app-evidence-stop = Berhenti dan simpan
app-evidence-starting = Menyalakan mikrofon…
app-evidence-photo = Foto { $number }
app-evidence-voice = Pesan suara { $number }
app-evidence-view = Lihat besar
app-evidence-close = Tutup
app-evidence-missing = Belum ada di ponsel ini. Lakukan sinkron untuk mendapatkannya.
app-evidence-other = File dari Carnet yang lebih baru. Perbarui Carnet untuk melihatnya.
app-evidence-saved = Tersimpan. Anda bisa menambah lagi.
app-evidence-remove-confirm = Lepaskan ini dari entri? File ini juga dihapus dari perangkat ini.
