# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Cari nama standard (ESCO)
app-esco-find-hint = Taip beberapa huruf, contohnya “kimpal”
app-esco-why = Majikan di negara lain mengenali nama-nama ini. Pilih yang paling hampir dengan kerja anda.
app-esco-none = Tiada nama standard dijumpai. Cuba perkataan lain, atau perkataan yang lebih pendek.
app-esco-english = Dalam bahasa Inggeris: { $english }
app-esco-linked = Nama standard
app-esco-unlink = Buang
app-esco-choose = Pilih
app-esco-searching = Mencari…
app-esco-kind-skill = Kemahiran
app-esco-kind-occupation = Pekerjaan

## Comparing with a job

app-match = Pekerjaan untuk saya
app-match-title = Pekerjaan untuk saya
app-match-intro = Pilih pekerjaan untuk melihat kemahirannya yang mana ada dalam buku log anda, dan yang mana tiada.
app-match-find = Cari pekerjaan
app-match-chosen = Pekerjaan yang anda pilih
app-match-find-hint = Contohnya “tukang masak” atau “pengimpal”
app-match-fit = Pekerjaan yang sesuai dengan buku log saya
app-match-fit-none = Belum ada entri anda yang mempunyai nama standard. Tambah pada satu entri dahulu: Ubah, kemudian “Cari nama standard”.
app-match-fit-line = { $covered } daripada { $total } kemahiran utama ({ $percent }%)
app-match-summary = { $total ->
    [0] Pekerjaan ini tiada kemahiran utama dalam ESCO.
   *[other] Buku log anda menunjukkan { $covered } daripada { $total } kemahiran utamanya.
}
app-match-essential = Kemahiran utama
app-match-optional = Kemahiran lain yang berguna
app-match-endorsed = Ditandatangani
app-match-self-declared = Kata anda sendiri
app-match-missing = Tiada
app-match-maybe = Adakah ini entri anda “{ $title }”?
app-match-link = Ya, pautkan
app-match-other-job = Pekerjaan lain

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Pilih untuk peringkat ini
app-stage-template-hint = Carnet menanda apa yang penting pada peringkat ini. Anda boleh mengubahnya.
app-stage-target = Pekerjaan yang anda pohon (boleh dilangkau)
