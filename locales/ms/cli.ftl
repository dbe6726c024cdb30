# Review status: machine-drafted, needs review by a native speaker.

## Help: headings

cli-help-usage = Cara menaipnya:
cli-help-commands = Arahan:
cli-help-arguments = Apa yang perlu diberi:
cli-help-options = Pilihan:
cli-help-examples = Contoh:

## Help: the whole program

cli-about = Carnet menyimpan rekod tentang apa yang anda boleh buat: kemahiran, kerja, bahasa, diploma dan kursus. Rekod ini kekal pada peranti anda, dikunci dengan kata laluan anda.

cli-examples =
    Mulakan buku log:          carnet init
    Tambah kemahiran:          carnet add skill --title "Welding" --level advanced
    Lihat entri anda:          carnet list
    Lihat satu entri:          carnet show 3f2a
    Bantuan untuk arahan:      carnet add --help

cli-opt-data-dir = Folder tempat buku log anda disimpan. Anda juga boleh menetapkan CARNET_DATA_DIR.
cli-opt-json = Jawab dalam JSON, untuk program lain.
cli-opt-lang = Bahasa mesej Carnet, contohnya ar, fa, fr, uk atau en.
cli-opt-help = Tunjukkan bantuan ini.
cli-opt-version = Tunjukkan versi Carnet.

## Help: commands

cli-cmd-init = Buat buku log baharu, dikunci dengan kata laluan.
cli-cmd-passphrase = Tukar kata laluan buku log anda.
cli-cmd-passphrase-change = Tukar kata laluan anda. Anda taip yang lama, kemudian yang baharu dua kali.
cli-cmd-profile = Lihat atau ubah profil anda: nama, negara dan bahasa anda.
cli-cmd-profile-show = Tunjukkan profil anda.
cli-cmd-profile-set = Ubah profil anda. Untuk mengosongkan sesuatu, beri nilai kosong, contohnya --contact "".
cli-cmd-add = Tambah entri: kemahiran, kelayakan, pengalaman kerja, bahasa atau kursus.
cli-cmd-list = Senaraikan entri anda.
cli-cmd-show = Tunjukkan semua tentang satu entri.
cli-cmd-edit = Ubah entri.
cli-cmd-rm = Padam entri.
cli-cmd-search = Cari entri yang mengandungi perkataan tertentu.
cli-cmd-detach = Keluarkan foto atau nota suara daripada entri. Ia juga dipadam daripada peranti ini, kecuali entri lain menunjukkannya.
cli-cmd-attach = Tambah foto dokumen pada entri, contohnya diploma, sijil atau surat kerja. Atau tambah nota suara: fail bunyi tempat anda bercerita tentang kemahiran itu.
cli-cmd-export = Tulis seluruh buku log anda sebagai fail yang boleh dibaca oleh program lain.
cli-cmd-import = Baca fail eksport Carnet ke dalam buku log anda. Tiada apa-apa dalam buku log anda dipadam.
cli-cmd-devices = Peranti yang mempunyai buku log anda.
cli-cmd-devices-list = Tunjukkan peranti yang mempunyai buku log anda.
cli-cmd-devices-remove = Ambil buku log anda daripada sesuatu peranti, contohnya telefon yang hilang. Ia tidak dapat membaca apa-apa yang anda tambah mulai sekarang.
cli-cmd-pair = Letakkan buku log anda pada peranti anda yang lain, seperti telefon baharu.
cli-cmd-pair-show = Pada peranti yang mempunyai buku log anda: tunjukkan kod untuk peranti baharu, kemudian benarkannya.
cli-cmd-pair-join = Pada peranti baharu: dapatkan buku log anda dengan kod yang ditunjukkan oleh peranti anda yang lain.
cli-cmd-sync = Hantar perubahan anda ke hab pusat dan dapatkan perubahan yang dibuat pada peranti anda yang lain. Hab hanya menyimpan salinan berkunci yang tidak dapat dibacanya.

## Help: what to give to the commands

cli-arg-kind = Jenis entri: skill (kemahiran), qualification (kelayakan), experience (kerja), language (bahasa) atau learning (kursus).
cli-arg-title = Nama pendek, contohnya "Welding" atau "Driving licence B".
cli-arg-description = Penerangan lanjut, jika anda mahu.
cli-arg-level = Sejauh mana anda mahir. Untuk kemahiran atau kerja: basic, intermediate, advanced atau expert. Untuk bahasa: A1 (permulaan) hingga C2 (sangat baik). Untuk kelayakan atau kursus: tahap EQF-nya, dari 1 hingga 8.
cli-arg-eqf = Tahap EQF diploma atau kursus, dari 1 hingga 8, jika anda tahu.
cli-arg-from = Bila ia bermula: tahun (2019), bulan (2019-05) atau hari (2019-05-14).
cli-arg-to = Bila ia tamat, ditulis dengan cara yang sama. Tinggalkan jika ia masih berterusan.
cli-arg-organisation = Majikan, sekolah atau pusat latihan.
cli-arg-place = Bandar atau tempat.
cli-arg-country = Negara, dua huruf, contohnya SY, AF, DE.
cli-arg-context = Cara anda mempelajarinya: formal (sekolah, diploma), non-formal (kursus) atau informal (dengan melakukannya).
cli-arg-written-in = Bahasa yang anda gunakan untuk menulis entri ini, kod pendek, contohnya ar atau en.
cli-arg-esco = Alamat ESCO kemahiran atau pekerjaan, jika anda tahu.
cli-arg-isco = Kod pekerjaan ISCO-08 (1 hingga 4 digit), jika anda tahu.
cli-arg-stage = Bila dalam perjalanan anda ini penting: recruitment, pre-departure, arrival, career atau return. Anda boleh memberi lebih daripada satu.

cli-arg-list-kind = Tunjukkan hanya entri jenis ini: skill, qualification, experience, language atau learning.
cli-arg-list-stage = Tunjukkan hanya entri untuk peringkat ini: recruitment, pre-departure, arrival, career atau return.

cli-arg-id = ID entri. 4 aksara pertama atau lebih sudah cukup. Untuk melihat ID, taip: carnet list
cli-arg-set = Satu perubahan, ditulis FIELD=VALUE, contohnya level=advanced. Berikan lagi untuk mengubah lebih banyak. Nilai kosong mengosongkan ruangan. Ruangannya ialah: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Perkataan untuk dicari.
cli-arg-evidence = Foto atau nota suara untuk dikeluarkan: ID-nya, seperti yang dicetak oleh carnet show dan carnet attach (8 aksara pertama atau lebih sudah cukup).
cli-arg-photo = Foto (JPEG, PNG atau WebP) atau fail bunyi (WebM, Ogg, MP4, M4A, AAC, MP3 atau WAV, sehingga 5 MB). Carnet melihat ke dalam fail untuk mengetahui jenisnya. Ia membuang data tersembunyi, seperti tempat foto diambil.
cli-arg-format = Jenis fail. Buat masa ini hanya json.
cli-arg-file = Fail eksport untuk dibaca.

cli-arg-name = Nama anda, seperti yang anda mahu orang lain lihat.
cli-arg-birth-date = Tarikh lahir anda: 1990, 1990-05 atau 1990-05-14.
cli-arg-origin = Negara asal anda, dua huruf, contohnya SY, AF, ER.
cli-arg-current = Negara tempat anda tinggal sekarang, dua huruf, contohnya DE, FR.
cli-arg-contact = Cara orang menghubungi anda, contohnya nombor telefon atau e-mel.
cli-arg-language = Bahasa yang anda tahu, kod pendek, contohnya ar, fa-AF atau en. Pilihan di bawah adalah tentang bahasa ini.
cli-arg-mother-tongue = Bahasa ini bahasa ibunda anda.
cli-arg-not-mother-tongue = Bahasa ini bukan bahasa ibunda anda.
cli-arg-listening = Sejauh mana anda faham orang yang bercakap: A1 (permulaan) hingga C2 (sangat baik).
cli-arg-reading = Sejauh mana anda boleh membaca: A1 hingga C2.
cli-arg-spoken-interaction = Sejauh mana anda boleh mengambil bahagian dalam perbualan: A1 hingga C2.
cli-arg-spoken-production = Sejauh mana anda boleh bercakap sendiri: A1 hingga C2.
cli-arg-writing = Sejauh mana anda boleh menulis: A1 hingga C2.
cli-arg-remove-language = Buang satu bahasa daripada profil anda.
cli-arg-hub = Alamat hab pusat, contohnya http://192.168.1.10:8470. Carnet mengingatinya.
cli-arg-device-id = ID peranti, seperti yang ditunjukkan oleh: carnet devices list (4 aksara pertama atau lebih sudah cukup).
cli-arg-pair-approve = Benarkan peranti baharu tanpa bertanya, jika ia menunjukkan kod ini (untuk pembantu dan skrip).
cli-arg-pair-code = Kod yang ditunjukkan oleh peranti anda yang lain. Ia bermula dengan CNP1:
cli-arg-pair-name = Nama untuk peranti ini, supaya anda mengenalinya pada peranti lain (contohnya "Amal's phone").
cli-arg-sync-status = Hanya tunjukkan bila kali terakhir anda segerak dan berapa perubahan yang menunggu. Tiada apa-apa dihantar.
cli-arg-sync-watch = Terus segerak. Apabila hab tidak dapat dihubungi, cuba lagi kemudian, dengan menunggu lebih lama setiap kali.
cli-arg-sync-every = Dengan --watch: berapa saat menunggu antara segerak (300 jika tidak diberi).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Pilih kata laluan sekurang-kurangnya { $min } aksara. Anda memerlukannya setiap kali anda membuka buku log anda. Tiada sesiapa boleh mendapatkannya semula untuk anda.
cli-passphrase-prompt = Kata laluan:
cli-passphrase-new-prompt = Kata laluan baharu:
cli-passphrase-repeat-prompt = Taip kata laluan baharu sekali lagi:
cli-passphrase-changed = Kata laluan anda telah ditukar. Gunakan yang baharu mulai sekarang.

## Answers

cli-init-done = Buku log anda sudah sedia. Ia berada dalam folder ini: { $dir }
cli-init-next = Simpan kata laluan anda dengan selamat. Tanpanya, tiada sesiapa boleh membuka buku log anda, termasuk anda. Seterusnya, tambah apa yang anda boleh buat, contohnya: carnet add skill --title "Cooking"

cli-list-empty = Buku log anda belum mempunyai entri. Untuk menambah satu, taip: carnet add skill --title "Cooking"
cli-list-none-match = Tiada entri yang sepadan dengan permintaan anda.
cli-search-none = Tiada entri dengan perkataan ini. Cuba perkataan lain, atau taip: carnet list

cli-edit-saved = Perubahan anda disimpan.
cli-rm-done = Dipadam: { $title }
cli-detached = Foto atau nota suara telah dikeluarkan daripada entri.

cli-profile-saved = Profil anda disimpan.
cli-profile-empty = Profil anda kosong. Untuk menambah nama anda, taip: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } entri ditambah.
}
cli-import-updated = { $count ->
   *[other] { $count } entri dikemas kini.
}
cli-import-unchanged = { $count ->
   *[other] { $count } entri sudah sama.
}
cli-import-profile-updated = Profil anda juga dikemas kini.
cli-import-missing-photos = { $count ->
   *[other] { $count } foto tiada pada peranti ini. Fail eksport tidak mengandungi foto. Tambahkannya semula dengan: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = ID
cli-show-kind = Jenis
cli-show-added = Ditambah
cli-show-changed = Diubah
cli-show-evidence = Foto dan nota suara
cli-show-photo = { $sha }  { $width } × { $height } piksel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } piksel, tiada pada peranti ini
cli-show-voice = { $sha }  nota suara, { $kilobytes } KB
cli-show-voice-missing = { $sha }  nota suara, tiada pada peranti ini
cli-show-conflicts = Peranti lain juga menulis:
cli-show-conflicts-hint = Untuk menyimpan salah satu daripadanya, taip: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Tajuk
cli-field-description = Penerangan
cli-field-written-in = Ditulis dalam
cli-field-esco = ESCO
cli-field-isco = Kod pekerjaan ISCO-08
cli-field-level = Tahap
cli-field-eqf = Tahap EQF
cli-field-organisation = Organisasi
cli-field-place = Tempat
cli-field-country = Negara
cli-field-from = Dari
cli-field-to = Hingga
cli-field-context = Cara anda belajar
cli-field-stages = Peringkat

cli-kind-skill = kemahiran
cli-kind-qualification = kelayakan
cli-kind-experience = pengalaman
cli-kind-language = bahasa
cli-kind-learning = kursus

cli-context-formal = formal (sekolah, diploma)
cli-context-non-formal = non-formal (kursus)
cli-context-informal = informal (dengan melakukannya)

cli-stage-recruitment = pengambilan kerja
cli-stage-pre-departure = sebelum berlepas
cli-stage-arrival = ketibaan
cli-stage-career = kerjaya
cli-stage-return = pulang

cli-proficiency-basic = asas
cli-proficiency-intermediate = pertengahan
cli-proficiency-advanced = mahir
cli-proficiency-expert = pakar

cli-level-eqf = Tahap EQF { $level }

cli-profile-name = Nama
cli-profile-birth-date = Tarikh lahir
cli-profile-origin = Berasal dari
cli-profile-current = Tinggal di
cli-profile-contact = Hubungan
cli-profile-languages = Bahasa
cli-profile-mother-tongue = { $language } (bahasa ibunda)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = mendengar { $level }
cli-cefr-reading = membaca { $level }
cli-cefr-spoken-interaction = bercakap dengan orang lain { $level }
cli-cefr-spoken-production = bertutur { $level }
cli-cefr-writing = menulis { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet tidak mengenali “{ $arg }” di sini.
cli-error-unknown-command = Tiada arahan “{ $command }”.
cli-error-invalid-value = “{ $value }” tidak boleh digunakan untuk { $arg }.
cli-error-missing-value = { $arg } memerlukan nilai selepasnya.
cli-error-valid-values = Anda boleh gunakan: { $values }
cli-error-missing-argument = Ada yang tertinggal: { $arg }
cli-error-missing-command = Nyatakan apa yang perlu dibuat oleh Carnet selepas “{ $command }”.
cli-error-valid-commands = Arahannya ialah: { $commands }
cli-error-conflict = { $arg } tidak boleh digunakan bersama { $other }.
cli-error-no-equals = Tulis { $arg } dengan tanda sama dan nilainya terus selepas itu.
cli-error-too-many-values = { $arg } menerima lebih sedikit nilai. “{ $value }” terlebih satu.
cli-error-wrong-number-of-values = Bilangan nilai untuk { $arg } salah.
cli-error-invalid-utf8 = Carnet tidak dapat membaca beberapa huruf yang anda taip. Taip semula.
cli-error-did-you-mean = Adakah maksud anda { $suggestion }?
cli-error-usage = Carnet tidak memahami arahan ini.
cli-error-usage-hint = Taip { $command } --help untuk melihat apa yang anda boleh taip.
cli-error-set-format = “{ $value }” bukan perubahan. Tulis FIELD=VALUE, contohnya --set level=advanced
cli-error-nothing-to-change = Tiada apa-apa untuk diubah. Beri sekurang-kurangnya satu pilihan, contohnya --name "Your name".

cli-error-passphrase-unavailable = Carnet memerlukan kata laluan tetapi tidak dapat memintanya di sini. Jalankan Carnet dalam terminal, atau tetapkan { $variable }.
cli-error-passphrase-mismatch = Kedua-dua kata laluan tidak sama. Tiada apa-apa yang diubah. Sila cuba lagi.
cli-error-read-file = Carnet tidak dapat membaca fail { $path }. Semak nama fail dan folder, kemudian cuba lagi.
cli-error-no-data-dir = Carnet tidak dapat mencari folder untuk buku log anda. Pilih satu dengan --data-dir, contohnya --data-dir ./carnet
cli-error-output = Carnet tidak dapat menulis jawapannya. Semak bahawa storan tidak penuh, kemudian cuba lagi.
cli-error-details = Butiran untuk pembantu: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Untuk membuatnya, taip: carnet init
cli-hint-already-exists = Untuk melihat isinya, taip: carnet list. Untuk buku log kedua, pilih folder lain dengan --data-dir.
cli-hint-not-found = Untuk melihat ID, taip: carnet list
cli-hint-ambiguous-id = Untuk melihat ID, taip: carnet list
cli-hint-import-format = Pilih fail yang dibuat dengan: carnet export --format json
cli-hint-invalid-field = Untuk senarai ruangan, taip: carnet edit --help

## carnet sync

cli-sync-phase-sending = Menghantar
cli-sync-phase-receiving = Menerima
cli-sync-phase-photos = Foto
cli-sync-done = Disegerakkan dengan { $hub }.
cli-sync-changes = { $sent ->
   *[other] { $sent } perubahan dihantar
}, { $received ->
   *[other] { $received } perubahan diterima.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } foto dihantar
}, { $received ->
   *[other] { $received } foto diterima.
}
cli-sync-bytes = Data digunakan: { $up } KB naik, { $down } KB turun.
cli-sync-retry = Mencuba lagi dalam { $seconds ->
   *[other] { $seconds } saat.
}
cli-sync-status-hub = Hab: { $hub }
cli-sync-status-last = Kali terakhir disegerakkan: { $when }
cli-sync-status-pending = { $count ->
    [0] Tiada perubahan yang menunggu.
   *[other] { $count } perubahan menunggu untuk dihantar.
}
cli-sync-no-hub = belum ada
cli-sync-never = tidak pernah
cli-hint-sync-no-hub = Untuk menetapkannya, taip: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Perubahan anda disimpan. Untuk mencuba lagi kemudian, taip: carnet sync

## carnet pair

cli-pair-show-scan = Imbas kod ini dengan peranti baharu anda, atau taip teks di bawah di sana.
cli-pair-show-expires = Kod ini sah selama 10 minit.
cli-pair-show-request = Peranti “{ $name }” mahu buku log anda. Kodnya ialah { $fingerprint }.
cli-pair-show-ask = Adakah peranti baharu anda menunjukkan kod yang sama? Taip ya untuk membenarkannya, atau tidak.
cli-pair-yes = ya
cli-pair-show-approved = “{ $name }” kini mempunyai buku log anda.
cli-pair-show-refused = Anda menolak. “{ $name }” tidak mendapat apa-apa.
cli-pair-default-name = Peranti baharu
cli-pair-join-check = Peranti anda yang lain mesti menunjukkan kod ini: { $fingerprint }. Benarkan di sana.
cli-pair-join-done = { $count ->
   *[other] Peranti ini kini mempunyai buku log anda, dengan { $count } entri.
}

## carnet devices

cli-devices-none = Belum ada peranti yang menyegerakkan buku log ini.
cli-devices-line = { $id }  { $name }  (sejak { $added })
cli-devices-this = ← peranti ini
cli-devices-removed = (dibuang { $when })
cli-devices-removed-done = “{ $name }” telah dibuang. Buku log anda kini mempunyai kunci baharu, yang tiada pada peranti itu.
cli-devices-new-sheet = Helaian pemulihan anda mempunyai kunci lama. Cetak yang baharu sekarang dan musnahkan yang lama: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Cetak helaian pemulihan: dengannya dan kata laluan anda, anda boleh mendapatkan semula buku log anda pada telefon baharu jika telefon ini hilang.
cli-cmd-recover = Pada peranti baharu: dapatkan semula buku log anda dengan helaian pemulihan dan kata laluan anda.
cli-arg-recovery-out = Fail untuk menulis helaian. Ia mesti berakhir dengan .png atau .pdf.
cli-arg-recover-sheet = Foto atau imbasan helaian pemulihan anda (PNG atau JPEG). Carnet membaca kod segi empatnya.
cli-arg-recover-words = 12 perkataan helaian pemulihan anda, mengikut urutan, dalam tanda petik. Berikan --hub juga.
cli-arg-recover-hub = Alamat hab yang dicetak pada helaian pemulihan anda, contohnya http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet boleh menulis helaian sebagai fail .png atau .pdf, bukan sebagai “{ $path }”.
cli-recovery-sheet-done = Helaian pemulihan anda berada dalam { $path }. Cetaknya dan simpan kertas itu di tempat yang selamat, jauh dari telefon anda.
cli-recovery-sheet-english = Helaian ini dalam bahasa Inggeris: Carnet belum dapat menulis huruf bahasa anda dengan betul padanya.
cli-recovery-sheet-replaced = Mana-mana helaian yang anda cetak sebelum ini tidak berfungsi lagi. Musnahkannya.
cli-recover-done = { $count ->
   *[other] Buku log anda kembali pada peranti ini: { $count } entri.
}
cli-passphrase-sheet-updated = Helaian pemulihan anda masih berfungsi, dengan kata laluan baharu anda.
cli-passphrase-sheet-not-updated = Helaian pemulihan anda tidak dapat dikemas kini di hab. Sehingga anda mencetak yang baharu, ia memerlukan kata laluan lama anda. Cetak helaian baharu apabila anda bersambung: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Helaian pemulihan Carnet
cli-sheet-made = Dibuat pada { $date }
cli-sheet-hub = Hab: { $hub }
cli-sheet-words = 12 perkataan anda
cli-sheet-instructions =
    Simpan kertas ini dengan selamat. Dengannya dan kata laluan anda, buku log anda boleh kembali pada telefon baharu:
    1. Pasang Carnet pada telefon baharu dan pilih untuk mendapatkan semula buku log.
    2. Imbas kod segi empat, atau taip 12 perkataan dan alamat hab.
    3. Taip kata laluan anda. Buku log kembali daripada hab.
    Pada komputer: carnet recover --sheet photo.jpg
cli-sheet-warning = Kertas ini sahaja tidak membuka buku log anda: kata laluan anda juga diperlukan. Jangan simpan kedua-duanya bersama. Jika anda mencetak helaian baharu, helaian ini tidak berfungsi lagi.
