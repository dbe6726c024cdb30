# Review status: machine-drafted, needs review by a native speaker.

## Help: headings

cli-help-usage = Cara mengetiknya:
cli-help-commands = Perintah:
cli-help-arguments = Yang perlu diberikan:
cli-help-options = Pilihan:
cli-help-examples = Contoh:

## Help: the whole program

cli-about = Carnet menyimpan catatan tentang apa yang bisa Anda lakukan: keterampilan, pekerjaan, bahasa, ijazah, dan kursus. Catatan ini tetap di perangkat Anda, dikunci dengan kata sandi Anda.

cli-examples =
    Mulai buku catatan:       carnet init
    Tambah keterampilan:      carnet add skill --title "Welding" --level advanced
    Lihat entri Anda:         carnet list
    Lihat satu entri:         carnet show 3f2a
    Bantuan untuk perintah:   carnet add --help

cli-opt-data-dir = Folder tempat buku catatan Anda disimpan. Anda juga bisa mengatur CARNET_DATA_DIR.
cli-opt-json = Jawab dalam JSON, untuk program lain.
cli-opt-lang = Bahasa pesan Carnet, misalnya ar, fa, fr, uk, atau en.
cli-opt-help = Tampilkan bantuan ini.
cli-opt-version = Tampilkan versi Carnet.

## Help: commands

cli-cmd-init = Buat buku catatan baru, dikunci dengan kata sandi.
cli-cmd-passphrase = Ganti kata sandi buku catatan Anda.
cli-cmd-passphrase-change = Ganti kata sandi Anda. Ketik kata sandi lama, lalu kata sandi baru dua kali.
cli-cmd-profile = Lihat atau ubah profil Anda: nama, negara, dan bahasa Anda.
cli-cmd-profile-show = Tampilkan profil Anda.
cli-cmd-profile-set = Ubah profil Anda. Untuk mengosongkan sesuatu, beri nilai kosong, misalnya --contact "".
cli-cmd-add = Tambah entri: keterampilan, kualifikasi, pengalaman kerja, bahasa, atau kursus.
cli-cmd-list = Daftar entri Anda.
cli-cmd-show = Tampilkan semua tentang satu entri.
cli-cmd-edit = Ubah entri.
cli-cmd-rm = Hapus entri.
cli-cmd-search = Cari entri yang berisi kata tertentu.
cli-cmd-detach = Lepaskan foto atau pesan suara dari entri. File itu juga dihapus dari perangkat ini, kecuali entri lain memakainya.
cli-cmd-attach = Tambahkan foto dokumen ke entri, misalnya ijazah, sertifikat, atau surat kerja. Atau tambahkan pesan suara: file suara tempat Anda bercerita tentang keterampilan itu.
cli-cmd-export = Tulis seluruh buku catatan Anda sebagai file yang bisa dibaca program lain.
cli-cmd-import = Baca file ekspor Carnet ke dalam buku catatan Anda. Tidak ada yang dihapus dari buku catatan Anda.
cli-cmd-devices = Perangkat yang punya buku catatan Anda.
cli-cmd-devices-list = Tampilkan perangkat yang punya buku catatan Anda.
cli-cmd-devices-remove = Ambil buku catatan Anda dari sebuah perangkat, misalnya ponsel yang hilang. Perangkat itu tidak bisa membaca apa pun yang Anda tambahkan mulai sekarang.
cli-cmd-pair = Pasang buku catatan Anda di perangkat Anda yang lain, seperti ponsel baru.
cli-cmd-pair-show = Di perangkat yang punya buku catatan Anda: tampilkan kode untuk perangkat baru, lalu izinkan.
cli-cmd-pair-join = Di perangkat baru: dapatkan buku catatan Anda dengan kode yang ditampilkan perangkat Anda yang lain.
cli-cmd-sync = Kirim perubahan Anda ke hub pusat dan dapatkan perubahan dari perangkat Anda yang lain. Hub hanya menyimpan salinan terkunci yang tidak bisa dibacanya.

## Help: what to give to the commands

cli-arg-kind = Jenis entri: skill (keterampilan), qualification (kualifikasi), experience (pekerjaan), language (bahasa), atau learning (kursus).
cli-arg-title = Nama pendek, misalnya "Welding" atau "Driving licence B".
cli-arg-description = Keterangan tambahan, jika Anda mau.
cli-arg-level = Seberapa baik Anda. Untuk keterampilan atau pekerjaan: basic, intermediate, advanced, atau expert. Untuk bahasa: A1 (pemula) sampai C2 (sangat baik). Untuk kualifikasi atau kursus: tingkat EQF-nya, dari 1 sampai 8.
cli-arg-eqf = Tingkat EQF ijazah atau kursus, dari 1 sampai 8, jika Anda tahu.
cli-arg-from = Kapan dimulai: tahun (2019), bulan (2019-05), atau hari (2019-05-14).
cli-arg-to = Kapan berakhir, ditulis dengan cara yang sama. Kosongkan jika masih berlangsung.
cli-arg-organisation = Pemberi kerja, sekolah, atau pusat pelatihan.
cli-arg-place = Kota atau tempat.
cli-arg-country = Negara, dua huruf, misalnya SY, AF, DE.
cli-arg-context = Cara Anda mempelajarinya: formal (sekolah, ijazah), non-formal (kursus), atau informal (dengan melakukannya).
cli-arg-written-in = Bahasa yang Anda pakai untuk menulis entri ini, kode pendek, misalnya ar atau en.
cli-arg-esco = Alamat ESCO keterampilan atau pekerjaan, jika Anda tahu.
cli-arg-isco = Kode pekerjaan ISCO-08 (1 sampai 4 angka), jika Anda tahu.
cli-arg-stage = Kapan dalam perjalanan Anda ini penting: recruitment, pre-departure, arrival, career, atau return. Anda bisa memberi lebih dari satu.

cli-arg-list-kind = Tampilkan hanya entri jenis ini: skill, qualification, experience, language, atau learning.
cli-arg-list-stage = Tampilkan hanya entri untuk tahap ini: recruitment, pre-departure, arrival, career, atau return.

cli-arg-id = ID entri. 4 karakter pertama atau lebih sudah cukup. Untuk melihat ID, ketik: carnet list
cli-arg-set = Satu perubahan, ditulis FIELD=VALUE, misalnya level=advanced. Berikan lagi untuk mengubah lebih banyak. Nilai kosong mengosongkan kolom. Kolomnya: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Kata yang dicari.
cli-arg-evidence = Foto atau pesan suara yang dilepas: ID-nya, seperti yang ditampilkan carnet show dan carnet attach (8 karakter pertama atau lebih sudah cukup).
cli-arg-photo = Foto (JPEG, PNG, atau WebP) atau file suara (WebM, Ogg, MP4, M4A, AAC, MP3, atau WAV, sampai 5 MB). Carnet melihat isi file untuk tahu jenisnya. Carnet menghapus data tersembunyi, seperti tempat foto diambil.
cli-arg-format = Jenis file. Untuk sekarang hanya json.
cli-arg-file = File ekspor yang akan dibaca.

cli-arg-name = Nama Anda, seperti yang ingin dilihat orang lain.
cli-arg-birth-date = Tanggal lahir Anda: 1990, 1990-05, atau 1990-05-14.
cli-arg-origin = Negara asal Anda, dua huruf, misalnya SY, AF, ER.
cli-arg-current = Negara tempat Anda tinggal sekarang, dua huruf, misalnya DE, FR.
cli-arg-contact = Cara orang menghubungi Anda, misalnya nomor telepon atau email.
cli-arg-language = Bahasa yang Anda kuasai, kode pendek, misalnya ar, fa-AF, atau en. Pilihan di bawah ini tentang bahasa tersebut.
cli-arg-mother-tongue = Bahasa ini bahasa ibu Anda.
cli-arg-not-mother-tongue = Bahasa ini bukan bahasa ibu Anda.
cli-arg-listening = Seberapa baik Anda memahami orang yang berbicara: A1 (pemula) sampai C2 (sangat baik).
cli-arg-reading = Seberapa baik Anda membaca: A1 sampai C2.
cli-arg-spoken-interaction = Seberapa baik Anda ikut dalam percakapan: A1 sampai C2.
cli-arg-spoken-production = Seberapa baik Anda berbicara sendiri: A1 sampai C2.
cli-arg-writing = Seberapa baik Anda menulis: A1 sampai C2.
cli-arg-remove-language = Hapus satu bahasa dari profil Anda.
cli-arg-hub = Alamat hub pusat, misalnya http://192.168.1.10:8470. Carnet mengingatnya.
cli-arg-device-id = ID perangkat, seperti yang ditampilkan oleh: carnet devices list (4 karakter pertama atau lebih sudah cukup).
cli-arg-pair-approve = Izinkan perangkat baru tanpa bertanya, jika perangkat itu menampilkan kode ini (untuk pendamping dan skrip).
cli-arg-pair-code = Kode yang ditampilkan perangkat Anda yang lain. Dimulai dengan CNP1:
cli-arg-pair-name = Nama untuk perangkat ini, agar Anda mengenalinya di perangkat lain (misalnya "Amal's phone").
cli-arg-sync-status = Hanya tampilkan kapan terakhir sinkron dan berapa perubahan yang menunggu. Tidak ada yang dikirim.
cli-arg-sync-watch = Terus sinkron. Jika hub tidak bisa dihubungi, coba lagi nanti, dengan menunggu lebih lama setiap kali.
cli-arg-sync-every = Dengan --watch: berapa detik menunggu di antara sinkron (300 jika tidak diberikan).

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

cli-passphrase-new-intro = Pilih kata sandi minimal { $min } karakter. Anda memerlukannya setiap kali membuka buku catatan. Tidak ada yang bisa mengembalikannya untuk Anda.
cli-passphrase-prompt = Kata sandi:
cli-passphrase-new-prompt = Kata sandi baru:
cli-passphrase-repeat-prompt = Ketik kata sandi baru sekali lagi:
cli-passphrase-changed = Kata sandi Anda sudah diganti. Mulai sekarang gunakan yang baru.

## Answers

cli-init-done = Buku catatan Anda sudah siap. Ada di folder ini: { $dir }
cli-init-next = Jaga kata sandi Anda. Tanpa itu, tidak ada yang bisa membuka buku catatan Anda, bahkan Anda sendiri. Berikutnya, tambahkan apa yang bisa Anda lakukan, misalnya: carnet add skill --title "Cooking"

cli-list-empty = Buku catatan Anda belum punya entri. Untuk menambah, ketik: carnet add skill --title "Cooking"
cli-list-none-match = Tidak ada entri yang cocok dengan permintaan Anda.
cli-search-none = Tidak ada entri dengan kata-kata ini. Coba kata lain, atau ketik: carnet list

cli-edit-saved = Perubahan Anda tersimpan.
cli-rm-done = Dihapus: { $title }
cli-detached = Foto atau pesan suara sudah dilepas dari entri.

cli-profile-saved = Profil Anda tersimpan.
cli-profile-empty = Profil Anda kosong. Untuk menambah nama, ketik: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } entri ditambahkan.
}
cli-import-updated = { $count ->
   *[other] { $count } entri diperbarui.
}
cli-import-unchanged = { $count ->
   *[other] { $count } entri sudah sama.
}
cli-import-profile-updated = Profil Anda juga diperbarui.
cli-import-missing-photos = { $count ->
   *[other] { $count } foto tidak ada di perangkat ini. File ekspor tidak memuat foto. Tambahkan lagi dengan: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = ID
cli-show-kind = Jenis
cli-show-added = Ditambahkan
cli-show-changed = Diubah
cli-show-evidence = Foto dan pesan suara
cli-show-photo = { $sha }  { $width } × { $height } piksel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } piksel, tidak ada di perangkat ini
cli-show-voice = { $sha }  pesan suara, { $kilobytes } KB
cli-show-voice-missing = { $sha }  pesan suara, tidak ada di perangkat ini
cli-show-conflicts = Perangkat lain juga menulis:
cli-show-conflicts-hint = Untuk menyimpan salah satunya, ketik: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Judul
cli-field-description = Keterangan
cli-field-written-in = Ditulis dalam
cli-field-esco = ESCO
cli-field-isco = Kode pekerjaan ISCO-08
cli-field-level = Tingkat
cli-field-eqf = Tingkat EQF
cli-field-organisation = Lembaga
cli-field-place = Tempat
cli-field-country = Negara
cli-field-from = Dari
cli-field-to = Sampai
cli-field-context = Cara belajar
cli-field-stages = Tahap

cli-kind-skill = keterampilan
cli-kind-qualification = kualifikasi
cli-kind-experience = pengalaman
cli-kind-language = bahasa
cli-kind-learning = kursus

cli-context-formal = formal (sekolah, ijazah)
cli-context-non-formal = non-formal (kursus)
cli-context-informal = informal (dengan melakukannya)

cli-stage-recruitment = perekrutan
cli-stage-pre-departure = sebelum berangkat
cli-stage-arrival = kedatangan
cli-stage-career = karier
cli-stage-return = pulang

cli-proficiency-basic = dasar
cli-proficiency-intermediate = menengah
cli-proficiency-advanced = mahir
cli-proficiency-expert = ahli

cli-level-eqf = Tingkat EQF { $level }

cli-profile-name = Nama
cli-profile-birth-date = Tanggal lahir
cli-profile-origin = Berasal dari
cli-profile-current = Tinggal di
cli-profile-contact = Kontak
cli-profile-languages = Bahasa
cli-profile-mother-tongue = { $language } (bahasa ibu)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = mendengar { $level }
cli-cefr-reading = membaca { $level }
cli-cefr-spoken-interaction = bercakap dengan orang lain { $level }
cli-cefr-spoken-production = berbicara { $level }
cli-cefr-writing = menulis { $level }

## Errors of the command line

cli-error-unknown-argument = Carnet tidak mengenal “{ $arg }” di sini.
cli-error-unknown-command = Tidak ada perintah “{ $command }”.
cli-error-invalid-value = “{ $value }” tidak bisa dipakai untuk { $arg }.
cli-error-missing-value = { $arg } memerlukan nilai sesudahnya.
cli-error-valid-values = Anda bisa memakai: { $values }
cli-error-missing-argument = Ada yang kurang: { $arg }
cli-error-missing-command = Sebutkan apa yang harus dilakukan Carnet setelah “{ $command }”.
cli-error-valid-commands = Perintahnya: { $commands }
cli-error-conflict = { $arg } tidak bisa dipakai bersama { $other }.
cli-error-no-equals = Tulis { $arg } dengan tanda sama dengan dan nilainya langsung sesudahnya.
cli-error-too-many-values = { $arg } menerima lebih sedikit nilai. “{ $value }” kelebihan satu.
cli-error-wrong-number-of-values = Jumlah nilai untuk { $arg } salah.
cli-error-invalid-utf8 = Carnet tidak bisa membaca beberapa huruf yang Anda ketik. Ketik lagi.
cli-error-did-you-mean = Maksud Anda { $suggestion }?
cli-error-usage = Carnet tidak mengerti perintah ini.
cli-error-usage-hint = Ketik { $command } --help untuk melihat apa yang bisa Anda ketik.
cli-error-set-format = “{ $value }” bukan perubahan. Tulis FIELD=VALUE, misalnya --set level=advanced
cli-error-nothing-to-change = Tidak ada yang diubah. Berikan setidaknya satu pilihan, misalnya --name "Your name".

cli-error-passphrase-unavailable = Carnet memerlukan kata sandi tetapi tidak bisa memintanya di sini. Jalankan Carnet di terminal, atau atur { $variable }.
cli-error-passphrase-mismatch = Kedua kata sandi tidak sama. Tidak ada yang diubah. Coba lagi.
cli-error-read-file = Carnet tidak bisa membaca file { $path }. Periksa nama file dan foldernya, lalu coba lagi.
cli-error-no-data-dir = Carnet tidak menemukan folder untuk buku catatan Anda. Pilih satu dengan --data-dir, misalnya --data-dir ./carnet
cli-error-output = Carnet tidak bisa menulis jawabannya. Periksa apakah penyimpanan tidak penuh, lalu coba lagi.
cli-error-details = Rincian untuk pendamping: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Untuk membuatnya, ketik: carnet init
cli-hint-already-exists = Untuk melihat isinya, ketik: carnet list. Untuk buku catatan kedua, pilih folder lain dengan --data-dir.
cli-hint-not-found = Untuk melihat ID, ketik: carnet list
cli-hint-ambiguous-id = Untuk melihat ID, ketik: carnet list
cli-hint-import-format = Pilih file yang dibuat dengan: carnet export --format json
cli-hint-invalid-field = Untuk daftar kolom, ketik: carnet edit --help

## carnet sync

cli-sync-phase-sending = Mengirim
cli-sync-phase-receiving = Menerima
cli-sync-phase-photos = Foto
cli-sync-done = Sudah sinkron dengan { $hub }.
cli-sync-changes = { $sent ->
   *[other] { $sent } perubahan dikirim
}, { $received ->
   *[other] { $received } perubahan diterima.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } foto dikirim
}, { $received ->
   *[other] { $received } foto diterima.
}
cli-sync-bytes = Data terpakai: { $up } KB naik, { $down } KB turun.
cli-sync-retry = Mencoba lagi dalam { $seconds ->
   *[other] { $seconds } detik.
}
cli-sync-status-hub = Hub: { $hub }
cli-sync-status-last = Terakhir sinkron: { $when }
cli-sync-status-pending = { $count ->
    [0] Tidak ada perubahan yang menunggu.
   *[other] { $count } perubahan menunggu dikirim.
}
cli-sync-no-hub = belum ada
cli-sync-never = belum pernah
cli-hint-sync-no-hub = Untuk mengaturnya, ketik: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Perubahan Anda tetap tersimpan. Untuk mencoba lagi nanti, ketik: carnet sync

## carnet pair

cli-pair-show-scan = Pindai kode ini dengan perangkat baru Anda, atau ketik teks di bawah ini di sana.
cli-pair-show-expires = Kode ini berlaku 10 menit.
cli-pair-show-request = Perangkat “{ $name }” meminta buku catatan Anda. Kodenya { $fingerprint }.
cli-pair-show-ask = Apakah perangkat baru Anda menampilkan kode yang sama? Ketik ya untuk mengizinkan, atau tidak.
cli-pair-yes = ya
cli-pair-show-approved = “{ $name }” sekarang punya buku catatan Anda.
cli-pair-show-refused = Anda menolak. “{ $name }” tidak mendapat apa pun.
cli-pair-default-name = Perangkat baru
cli-pair-join-check = Perangkat Anda yang lain harus menampilkan kode ini: { $fingerprint }. Izinkan di sana.
cli-pair-join-done = { $count ->
   *[other] Perangkat ini sekarang punya buku catatan Anda, dengan { $count } entri.
}

## carnet devices

cli-devices-none = Belum ada perangkat yang menyinkronkan buku catatan ini.
cli-devices-line = { $id }  { $name }  (sejak { $added })
cli-devices-this = ← perangkat ini
cli-devices-removed = (dihapus { $when })
cli-devices-removed-done = “{ $name }” sudah dihapus. Buku catatan Anda sekarang punya kunci baru, yang tidak dimiliki perangkat itu.
cli-devices-new-sheet = Lembar pemulihan Anda masih memuat kunci lama. Cetak yang baru sekarang dan musnahkan yang lama: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Cetak lembar pemulihan: dengan lembar ini dan kata sandi Anda, Anda bisa mendapatkan kembali buku catatan di ponsel baru jika ponsel ini hilang.
cli-cmd-recover = Di perangkat baru: dapatkan kembali buku catatan Anda dengan lembar pemulihan dan kata sandi Anda.
cli-arg-recovery-out = File untuk menulis lembar. Harus berakhiran .png atau .pdf.
cli-arg-recover-sheet = Foto atau hasil pindai lembar pemulihan Anda (PNG atau JPEG). Carnet membaca kode kotaknya.
cli-arg-recover-words = 12 kata di lembar pemulihan Anda, sesuai urutan, di dalam tanda kutip. Berikan juga --hub.
cli-arg-recover-hub = Alamat hub yang tercetak di lembar pemulihan Anda, misalnya http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet bisa menulis lembar sebagai file .png atau .pdf, bukan sebagai “{ $path }”.
cli-recovery-sheet-done = Lembar pemulihan Anda ada di { $path }. Cetaklah dan simpan kertasnya di tempat aman, jauh dari ponsel Anda.
cli-recovery-sheet-english = Lembar ini dalam bahasa Inggris: Carnet belum bisa menulis huruf bahasa Anda dengan benar di lembar.
cli-recovery-sheet-replaced = Lembar yang Anda cetak sebelumnya tidak berlaku lagi. Musnahkan.
cli-recover-done = { $count ->
   *[other] Buku catatan Anda sudah kembali di perangkat ini: { $count } entri.
}
cli-passphrase-sheet-updated = Lembar pemulihan Anda tetap berlaku, dengan kata sandi baru Anda.
cli-passphrase-sheet-not-updated = Lembar pemulihan Anda tidak bisa diperbarui di hub. Sampai Anda mencetak yang baru, lembar itu memerlukan kata sandi lama Anda. Cetak lembar baru saat Anda terhubung: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.

cli-sheet-title = Lembar pemulihan Carnet
cli-sheet-made = Dibuat pada { $date }
cli-sheet-hub = Hub: { $hub }
cli-sheet-words = 12 kata Anda
cli-sheet-instructions =
    Simpan kertas ini dengan aman. Dengan kertas ini dan kata sandi Anda, buku catatan bisa kembali di ponsel baru:
    1. Pasang Carnet di ponsel baru dan pilih untuk memulihkan buku catatan.
    2. Pindai kode kotak, atau ketik 12 kata dan alamat hub.
    3. Ketik kata sandi Anda. Buku catatan kembali dari hub.
    Di komputer: carnet recover --sheet photo.jpg
cli-sheet-warning = Kertas ini saja tidak bisa membuka buku catatan Anda: kata sandi juga diperlukan. Jangan simpan keduanya bersama. Jika Anda mencetak lembar baru, lembar ini tidak berlaku lagi.
