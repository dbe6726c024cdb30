# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Cari nama standar (ESCO)
app-esco-find-hint = Ketik beberapa huruf, misalnya “las”
app-esco-why = Pemberi kerja di negara lain mengenal nama-nama ini. Pilih yang paling dekat dengan pekerjaan Anda.
app-esco-none = Nama standar tidak ditemukan. Coba kata lain, atau kata yang lebih pendek.
app-esco-english = Dalam bahasa Inggris: { $english }
app-esco-linked = Nama standar
app-esco-unlink = Hapus
app-esco-choose = Pilih
app-esco-searching = Mencari…
app-esco-kind-skill = Keterampilan
app-esco-kind-occupation = Pekerjaan

## Comparing with a job

app-match = Pekerjaan untuk saya
app-match-title = Pekerjaan untuk saya
app-match-intro = Pilih pekerjaan untuk melihat keterampilan mana yang ada di buku catatan Anda, dan mana yang belum.
app-match-find = Cari pekerjaan
app-match-chosen = Pekerjaan yang Anda pilih
app-match-find-hint = Misalnya “juru masak” atau “tukang las”
app-match-fit = Pekerjaan yang cocok dengan buku catatan saya
app-match-fit-none = Belum ada entri Anda yang punya nama standar. Tambahkan dulu pada satu entri: Ubah, lalu “Cari nama standar”.
app-match-fit-line = { $covered } dari { $total } keterampilan utama ({ $percent }%)
app-match-summary = { $total ->
    [0] Pekerjaan ini tidak punya keterampilan utama di ESCO.
   *[other] Buku catatan Anda menunjukkan { $covered } dari { $total } keterampilan utamanya.
}
app-match-essential = Keterampilan utama
app-match-optional = Keterampilan lain yang berguna
app-match-endorsed = Ditandatangani
app-match-self-declared = Menurut Anda sendiri
app-match-missing = Belum ada
app-match-maybe = Apakah ini entri Anda “{ $title }”?
app-match-link = Ya, hubungkan
app-match-other-job = Pekerjaan lain

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Pilih untuk tahap ini
app-stage-template-hint = Carnet mencentang yang penting di tahap ini. Anda bisa mengubahnya.
app-stage-target = Pekerjaan yang Anda lamar (boleh dilewati)
