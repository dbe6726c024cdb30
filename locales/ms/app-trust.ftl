# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Senarai dipercayai
app-trust-title = Senarai dipercayai
app-trust-intro = Senarai dipercayai datang daripada rangkaian yang anda kenali, contohnya sekumpulan pusat latihan. Ia menamakan kolej, pusat dan majikan yang dijamin oleh rangkaian itu. Kod yang ditandatangani oleh salah satu daripada mereka ditunjukkan sebagai sudah disemak.
app-trust-warning = Percayai hanya rangkaian yang kuncinya anda dapat daripada rangkaian itu sendiri: secara bersemuka, pada kertasnya sendiri, atau daripada laman webnya sendiri. Sesiapa yang boleh meletakkan kunci di sini boleh membuat kod palsu kelihatan sudah disemak.

## What is held

app-trust-held = Apa yang dipercayai peranti ini
app-trust-none = Peranti ini belum mempercayai mana-mana rangkaian. Kod yang ditandatangani ditunjukkan “Ditandatangani, tetapi bukan oleh pengeluar yang anda percayai”.
app-trust-kid = Cap jari kunci: { $kid }
app-trust-no-list = Belum ada senarai dipercayai daripada rangkaian ini. Tambah failnya di bawah.
app-trust-list-line = Senarai dipercayai bertarikh { $date } ({ $days ->
    [0] hari ini
   *[other] { $days } hari lalu
}): { $count ->
   *[other] { $count } tempat
}
app-trust-status-held = Pengesahan yang ditarik balik
app-trust-status-line = { $name }: senarai bertarikh { $date } ({ $days ->
    [0] hari ini
   *[other] { $days } hari lalu
}), { $count ->
    [0] tiada yang ditarik balik
   *[other] { $count } ditarik balik
}

## Stop trusting a network

app-trust-remove = Berhenti mempercayai
app-trust-remove-confirm = Berhenti mempercayai { $name }? Kod yang ditandatangani oleh tempat dalam senarainya tidak akan ditunjukkan sebagai sudah disemak lagi. Anda boleh menambah rangkaian ini semula kemudian.
app-trust-remove-yes = Ya, berhenti mempercayainya
app-trust-removed = Anda tidak lagi mempercayai { $name }.

## Trust a network

app-trust-add-title = Percayai rangkaian
app-trust-add-hint = Taip atau tampal kunci dan nama rangkaian, atau buka fail yang diberikan oleh rangkaian itu kepada anda.
app-trust-key = Kunci rangkaian (64 huruf dan angka)
app-trust-name = Nama rangkaian
app-trust-from-file = Buka fail kunci rangkaian
app-trust-add = Percayai rangkaian ini
app-trust-added = Anda kini mempercayai { $name }. Sekarang tambah senarai dipercayainya.

## Files

app-trust-bundle-title = Tambah senarai dipercayai
app-trust-bundle-hint = Fail berakhir dengan .cbor yang diberikan oleh rangkaian kepada anda. Yang lebih baharu menggantikan yang lebih lama.
app-trust-bundle-open = Buka fail senarai dipercayai
app-trust-bundle-done = Senarai dipercayai { $name } ditambah ({ $date }): { $count ->
   *[other] { $count } tempat
}.
app-trust-status-title = Tambah senarai pengesahan yang ditarik balik
app-trust-status-hint = Kolej atau pusat boleh menarik balik pengesahan yang dibuat secara silap. Senarainya memberitahu peranti ini yang mana satu.
app-trust-status-open = Buka fail senarai
app-trust-status-done = Senarai { $name } ditambah ({ $date }): { $count ->
    [0] tiada yang ditarik balik
   *[other] { $count } pengesahan ditarik balik
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Fail ini bukan fail kunci rangkaian. Buka fail yang diberikan oleh rangkaian kepada anda, atau taip kuncinya.
error-app-anchor-invalid-key = Ini bukan kunci rangkaian. Kunci mempunyai tepat 64 huruf (a hingga f) dan angka. Semak bahawa ia disalin sepenuhnya.
error-app-anchor-name = Beri rangkaian nama antara 1 hingga 100 huruf.
error-app-anchor-known = Anda sudah mempercayai rangkaian ini (cap jari kunci { $kid }). Tiada apa-apa yang diubah.
error-app-trust-bundle-malformed = Fail ini bukan senarai dipercayai, atau ia rosak. Tiada apa-apa yang diubah.
error-app-trust-bundle-wrong-file = Ini jenis fail Carnet yang lain, bukan senarai dipercayai. Tiada apa-apa yang diubah.
error-app-trust-bundle-newer-version = Senarai dipercayai ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk membacanya.
error-app-trust-bundle-unknown-anchor = Senarai dipercayai ini datang daripada rangkaian yang anda tidak percayai (cap jari kunci { $kid }). Percayai rangkaian itu dahulu, kemudian tambah senarainya semula.
error-app-trust-bundle-bad-signature = Tandatangan pada senarai dipercayai ini tidak sepadan: fail telah diubah atau rosak. Tiada apa-apa yang diubah. Minta fail itu semula daripada rangkaian.
error-app-trust-bundle-invalid = Senarai dipercayai ini tidak boleh digunakan. Tiada apa-apa yang diubah. Minta fail itu semula daripada rangkaian.
error-app-trust-bundle-too-large = Fail ini terlalu besar untuk menjadi senarai dipercayai. Tiada apa-apa yang diubah.
error-app-trust-bundle-not-newer = Anda sudah mempunyai senarai dipercayai ini atau yang lebih baharu daripada rangkaian yang sama. Tiada apa-apa yang diubah.
error-app-status-list-malformed = Fail ini bukan senarai pengesahan yang ditarik balik, atau ia rosak. Tiada apa-apa yang diubah.
error-app-status-list-wrong-file = Ini jenis fail Carnet yang lain, bukan senarai pengesahan yang ditarik balik. Tiada apa-apa yang diubah.
error-app-status-list-newer-version = Senarai ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk membacanya.
error-app-status-list-wrong-issuer = Senarai ini milik penandatangan lain ({ $found }, bukan { $expected }). Tiada apa-apa yang diubah.
error-app-status-list-bad-signature = Tandatangan pada senarai ini tidak sepadan: fail telah diubah atau rosak. Tiada apa-apa yang diubah.
error-app-status-list-invalid = Senarai ini tidak boleh digunakan. Tiada apa-apa yang diubah. Minta fail itu semula.
error-app-status-list-too-large = Fail ini terlalu besar untuk menjadi senarai pengesahan yang ditarik balik. Tiada apa-apa yang diubah.
error-app-status-list-issuer-unknown = Senarai ini datang daripada penandatangan yang tidak dinamakan dalam mana-mana senarai dipercayai anda (cap jari kunci { $kid }). Tambah senarai dipercayai yang menamakannya dahulu.
error-app-status-list-not-newer = Anda sudah mempunyai senarai yang lebih baharu daripada penandatangan ini. Tiada apa-apa yang diubah.
error-app-verifier-write = Carnet tidak dapat menyimpan fail dalam { $path }. Semak bahawa peranti mempunyai ruang. (Untuk pembantu: { $reason })
