# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Buat file yang meminta pelatih, pemberi kerja, atau pusat untuk mengonfirmasi entri.
    .long = Buat permintaan yang meminta pelatih, pemberi kerja, pusat, kampus, atau rekan kerja untuk mengonfirmasi ("mengesahkan") beberapa entri Anda: berupa file, kode QR (nama berakhiran .png atau .svg) untuk ditunjukkan di ponsel atau dicetak, atau dengan --text berupa teks untuk dikirim lewat pesan. Berikan kepada mereka. Mereka menandatanganinya dan memberi Anda file pengesahan, yang Anda simpan dengan: carnet receive
cli-cmd-holder-receive = Simpan pengesahan yang ditandatangani pelatih, pemberi kerja, atau pusat untuk Anda.
cli-cmd-holder-credentials = Daftar pengesahan yang Anda simpan, per entri. Juga: carnet wallet
cli-cmd-holder-present = Tunjukkan entri pilihan sebagai satu kode QR yang bisa diperiksa siapa pun tanpa internet.
    .long = Tunjukkan entri pilihan sebagai satu kode QR yang bisa diperiksa siapa pun tanpa internet. Entri yang dikonfirmasi ditampilkan bersama siapa yang mengonfirmasinya; entri yang diberikan dengan --self-declared ditampilkan sebagai menurut Anda sendiri. Di layar, kode berlaku 24 jam; dengan --print, 5 tahun.
cli-cmd-holder-export = Tulis entri yang dikonfirmasi sebagai W3C Verifiable Credential (Open Badges 3.0) untuk aplikasi lain.
    .long = Tulis entri yang dikonfirmasi sebagai W3C Verifiable Credential 2.0 (lencana Open Badges 3.0), ditandatangani oleh orang yang mengonfirmasinya, agar dompet dan aplikasi lain bisa memeriksanya. Tanpa --out, hasilnya ditulis di layar.

## Help: arguments

cli-arg-holder-request-ids = Entri yang ingin dikonfirmasi: ID-nya, atau 4 karakter pertama atau lebih dari masing-masing. Untuk melihat ID, ketik: carnet list
cli-arg-holder-request-out = Tempat menulis permintaan: nama berakhiran .png atau .svg membuat gambar kode QR; nama lain, seperti request.cbor, membuat file.
cli-arg-holder-request-text = Tulis teks permintaan (dimulai dengan CNR1:) di layar, untuk dikirim sebagai pesan.
cli-arg-holder-receive-file = File pengesahan yang diberikan kepada Anda, misalnya credential.cbor.
cli-arg-holder-present-select = Entri yang dikonfirmasi untuk ditunjukkan: ID-nya, atau 4 karakter pertama atau lebih dari masing-masing.
cli-arg-holder-present-fields = Tunjukkan hanya bagian ini dari setiap entri, dipisahkan koma, misalnya title,level. Bagian lain tetap tersembunyi. Bagian-bagiannya: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Tanpa ini, semuanya ditunjukkan.
cli-arg-holder-present-self-declared = Entri yang ditunjukkan sebagai menurut Anda sendiri, tidak dikonfirmasi siapa pun.
cli-arg-holder-present-stage = Untuk apa Anda menunjukkannya: recruitment, pre-departure, arrival, career, atau return. Tanpa ini: recruitment.
cli-arg-holder-present-audience = Kepada siapa Anda menunjukkannya, jika mereka meminta namanya disebut, misalnya nama sebuah agen.
cli-arg-holder-present-nonce = Kode yang diberikan orang yang memeriksa, jika ada (huruf 0-9 dan a-f).
cli-arg-holder-present-print = Buat untuk kertas: kode lebih tahan goresan dan lipatan, dan berlaku 5 tahun, bukan 24 jam.
cli-arg-holder-present-out = Gambar yang ditulis: nama berakhiran .png atau .svg.
cli-arg-holder-present-text = Tulis juga teks di dalam kode QR, untuk dikirim sebagai pesan.
cli-arg-holder-export-id = Entri yang dikonfirmasi: ID-nya, atau 4 karakter pertama atau lebih.
cli-arg-holder-export-format = Format yang ditulis. Hanya: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Tulis sebagai token bertanda tangan (VC-JWT), bukan JSON dengan bukti.
cli-arg-holder-export-out = File yang ditulis, misalnya badge.json atau badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] Permintaan ini meminta konfirmasi untuk { $count } entri.
    } Orang yang mengonfirmasi akan melihat bagian ini dari setiap entri:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Permintaan ditulis ke { $path }.
holder-request-next = Berikan file itu kepada orang yang mengonfirmasi. Setelah mereka memberi Anda file pengesahan, ketik: carnet receive FILE
holder-receive-done = Disimpan: dikonfirmasi oleh { $issuer }, { $kind }, { $country }. Cara memeriksa: { $assessed }.
holder-validity-until = Diterbitkan pada { $issued }. Berlaku sampai { $expires }.
holder-validity-open = Diterbitkan pada { $issued }. Tanpa tanggal akhir.
holder-wallet-empty = Anda belum punya pengesahan. Untuk memintanya, ketik: carnet request ID --out request.cbor
holder-wallet-damaged = Pengesahan yang tidak bisa dibaca lagi. Minta yang baru kepada orang yang memberikannya.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): diterbitkan { $issued }, berlaku sampai { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): diterbitkan { $issued }, tanpa tanggal akhir
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): diterbitkan { $issued }, berakhir pada { $expires }
holder-present-nothing = Sebutkan apa yang ditunjukkan: --select ID untuk entri yang dikonfirmasi, --self-declared ID untuk yang lain.
holder-present-done = Kode QR ditulis ke { $path }: { $endorsed } dikonfirmasi, { $declared } menurut Anda sendiri.
holder-present-size = Ukuran: QR versi { $version }, tingkat { $ec }, { $chars } karakter.
holder-present-expires = Kode bisa diperiksa sampai { $when } ({ $hours } jam).
holder-present-by-kid = Agar muat, penerbit disebut dengan sidik kunci pendek. Pemeriksa hanya tahu siapa mereka jika daftar penerbit tepercayanya memuat mereka.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = pelatih
holder-issuer-kind-employer = pemberi kerja
holder-issuer-kind-centre = pusat
holder-issuer-kind-college = kampus
holder-issuer-kind-colleague = rekan kerja (orang yang pernah bekerja bersama Anda, bukan lembaga)

## How they checked

holder-assessed-observation = mereka melihat Anda bekerja
holder-assessed-test = ujian
holder-assessed-document = mereka memeriksa dokumen
holder-assessed-interview = wawancara

## Errors

error-holder-no-key = Buku catatan ini tidak punya kunci untuk menandatangani pengesahan. Tidak ada yang diubah. Tolong laporkan masalah ini.
error-holder-write-file = File { $path } tidak bisa ditulis: { $reason }. Periksa apakah foldernya ada dan masih ada ruang kosong, lalu coba lagi.
error-holder-entry-unfit = Entri "{ $title }" tidak bisa dimasukkan ke pengesahan: { $field } terlalu panjang atau bentuknya tidak benar. Ubah dengan carnet edit, lalu coba lagi.
error-holder-unknown-field = "{ $value }" bukan bagian entri yang bisa ditunjukkan. Bagian-bagiannya: { $known }.
error-holder-credential-no-entries = Pengesahan { $path } tidak menyebut entri Anda yang mana yang dikonfirmasi. Tidak ada yang disimpan. Minta yang baru, dibuat dari file permintaan: carnet request
error-holder-credential-entry-gone = Pengesahan { $path } mengonfirmasi entri yang sudah tidak ada di buku catatan Anda ({ $id }). Tidak ada yang disimpan. Jika Anda menghapusnya di perangkat ini, tambahkan dari salinan buku catatan, lalu coba lagi.
error-holder-credential-damaged = Pengesahan untuk entri "{ $title }" tidak bisa dibaca lagi. Minta yang baru kepada orang yang mengonfirmasinya.
error-holder-not-endorsed = Entri "{ $title }" belum dikonfirmasi siapa pun. Tunjukkan dengan --self-declared, atau minta konfirmasi: carnet request
error-holder-selected-twice = Entri "{ $title }" diberikan dengan --select dan juga dengan --self-declared. Berikan sekali saja.
error-holder-bad-stage = "{ $value }" bukan tahap. Tahap-tahapnya: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Nama penerima harus 1 sampai 100 karakter, dalam satu baris.
error-holder-bad-nonce = "{ $value }" bukan kode dari orang yang memeriksa: harus 2 sampai 128 huruf 0-9 dan a-f.
error-holder-bad-out = Gambar { $path } harus punya nama berakhiran .png atau .svg.
error-holder-no-vc = Konfirmasi "{ $title }" oleh { $issuer } dibuat sebelum Carnet bisa menulisnya sebagai pengesahan W3C, dan hanya mereka yang bisa menandatanganinya. Minta mereka mengonfirmasi lagi: buat permintaan baru (carnet request ID --out request.cbor), berikan kepada mereka, dan simpan file yang mereka kembalikan (carnet receive FILE).
