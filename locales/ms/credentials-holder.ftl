# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Buat fail yang meminta jurulatih, majikan atau pusat mengesahkan entri.
    .long = Buat permintaan yang meminta jurulatih, majikan, pusat, kolej atau rakan sekerja mengesahkan ("endorse") beberapa entri anda: sebagai fail, kod QR (nama berakhir dengan .png atau .svg) untuk ditunjukkan pada telefon anda atau dicetak, atau dengan --text sebagai teks untuk dihantar dalam mesej. Berikan kepada mereka. Mereka menandatanganinya dan memberi anda fail pengesahan, yang anda simpan dengan: carnet receive
cli-cmd-holder-receive = Simpan pengesahan yang ditandatangani oleh jurulatih, majikan atau pusat untuk anda.
cli-cmd-holder-credentials = Senaraikan pengesahan yang anda simpan, entri demi entri. Juga: carnet wallet
cli-cmd-holder-present = Tunjukkan entri pilihan sebagai satu kod QR yang boleh disemak oleh sesiapa tanpa internet.
    .long = Tunjukkan entri pilihan sebagai satu kod QR yang boleh disemak oleh sesiapa tanpa internet. Entri yang disahkan ditunjukkan bersama siapa yang mengesahkannya; entri yang diberi dengan --self-declared ditunjukkan sebagai kata anda sendiri sahaja. Pada skrin, kod sah selama 24 jam; dengan --print, 5 tahun.
cli-cmd-holder-export = Tulis entri yang disahkan sebagai W3C Verifiable Credential (Open Badges 3.0) untuk aplikasi lain.
    .long = Tulis entri yang disahkan sebagai W3C Verifiable Credential 2.0 (lencana Open Badges 3.0), ditandatangani oleh orang yang mengesahkannya, supaya dompet dan aplikasi lain boleh menyemaknya. Tanpa --out ia ditulis pada skrin.

## Help: arguments

cli-arg-holder-request-ids = Entri untuk disahkan: ID-nya, atau 4 aksara pertama atau lebih bagi setiap satu. Untuk melihat ID, taip: carnet list
cli-arg-holder-request-out = Di mana permintaan ditulis: nama berakhir dengan .png atau .svg membuat gambar kod QR; nama lain, seperti request.cbor, membuat fail.
cli-arg-holder-request-text = Tulis teks permintaan (bermula dengan CNR1:) pada skrin, untuk dihantar sebagai mesej.
cli-arg-holder-receive-file = Fail pengesahan yang diberikan kepada anda, contohnya credential.cbor.
cli-arg-holder-present-select = Entri yang disahkan untuk ditunjukkan: ID-nya, atau 4 aksara pertama atau lebih bagi setiap satu.
cli-arg-holder-present-fields = Tunjukkan hanya bahagian ini bagi setiap entri, dipisahkan dengan koma, contohnya title,level. Yang lain kekal tersembunyi. Bahagiannya ialah: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Tanpanya, semua ditunjukkan.
cli-arg-holder-present-self-declared = Entri untuk ditunjukkan sebagai kata anda sendiri sahaja, tidak disahkan oleh sesiapa.
cli-arg-holder-present-stage = Untuk apa anda menunjukkannya: recruitment, pre-departure, arrival, career atau return. Tanpanya: recruitment.
cli-arg-holder-present-audience = Kepada siapa anda menunjukkannya, jika mereka meminta anda menamakan mereka, contohnya nama sebuah agensi.
cli-arg-holder-present-nonce = Kod yang diberikan oleh orang yang menyemak, jika ada (huruf 0-9 dan a-f).
cli-arg-holder-present-print = Buat untuk kertas: kod lebih tahan calar dan lipatan, dan sah selama 5 tahun dan bukan 24 jam.
cli-arg-holder-present-out = Gambar untuk ditulis: nama berakhir dengan .png atau .svg.
cli-arg-holder-present-text = Tulis juga teks di dalam kod QR, untuk dihantar sebagai mesej.
cli-arg-holder-export-id = Entri yang disahkan: ID-nya, atau 4 aksara pertama atau lebih.
cli-arg-holder-export-format = Format untuk ditulis. Hanya: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Tulis sebagai token bertandatangan (VC-JWT) dan bukan JSON dengan bukti.
cli-arg-holder-export-out = Fail untuk ditulis, contohnya badge.json atau badge.jwt.

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
       *[other] Permintaan ini meminta pengesahan bagi { $count } entri.
    } Orang yang mengesahkan akan melihat bahagian ini bagi setiap satu:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Permintaan ditulis ke { $path }.
holder-request-next = Berikan fail itu kepada orang yang mengesahkan. Apabila mereka memberi anda fail pengesahan, taip: carnet receive FILE
holder-receive-done = Disimpan: disahkan oleh { $issuer }, { $kind }, { $country }. Cara mereka menyemak: { $assessed }.
holder-validity-until = Dikeluarkan pada { $issued }. Sah sehingga { $expires }.
holder-validity-open = Dikeluarkan pada { $issued }. Tiada tarikh tamat.
holder-wallet-empty = Anda belum mempunyai pengesahan. Untuk memintanya, taip: carnet request ID --out request.cbor
holder-wallet-damaged = Pengesahan yang tidak boleh dibaca lagi. Minta yang baharu daripada orang yang memberikannya.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): dikeluarkan { $issued }, sah sehingga { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): dikeluarkan { $issued }, tiada tarikh tamat
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): dikeluarkan { $issued }, tamat pada { $expires }
holder-present-nothing = Nyatakan apa yang hendak ditunjukkan: --select ID untuk entri yang disahkan, --self-declared ID untuk yang lain.
holder-present-done = Kod QR ditulis ke { $path }: { $endorsed } disahkan, { $declared } kata anda sendiri.
holder-present-size = Saiz: QR versi { $version }, tahap { $ec }, { $chars } aksara.
holder-present-expires = Ia boleh disemak sehingga { $when } ({ $hours } jam).
holder-present-by-kid = Supaya muat, pengeluar dinamakan dengan cap jari pendek. Penyemak hanya tahu siapa mereka jika senarai pengeluar dipercayainya mempunyai mereka.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = jurulatih
holder-issuer-kind-employer = majikan
holder-issuer-kind-centre = pusat
holder-issuer-kind-college = kolej
holder-issuer-kind-colleague = rakan sekerja (orang yang pernah bekerja dengan anda, bukan organisasi)

## How they checked

holder-assessed-observation = mereka melihat anda bekerja
holder-assessed-test = ujian
holder-assessed-document = mereka menyemak dokumen
holder-assessed-interview = temu duga

## Errors

error-holder-no-key = Buku log ini tiada kunci untuk menandatangani pengesahan. Tiada apa-apa yang diubah. Sila laporkan masalah ini.
error-holder-write-file = Fail { $path } tidak dapat ditulis: { $reason }. Semak bahawa folder wujud dan ada ruang kosong, kemudian cuba lagi.
error-holder-entry-unfit = Entri "{ $title }" tidak boleh dimasukkan ke dalam pengesahan: { $field } terlalu panjang atau bentuknya tidak betul. Ubah dengan carnet edit, kemudian cuba lagi.
error-holder-unknown-field = "{ $value }" bukan bahagian entri yang boleh ditunjukkan. Bahagiannya ialah: { $known }.
error-holder-credential-no-entries = Pengesahan { $path } tidak menyatakan entri anda yang mana yang disahkan. Tiada apa-apa disimpan. Minta yang baharu dibuat daripada fail permintaan: carnet request
error-holder-credential-entry-gone = Pengesahan { $path } mengesahkan entri yang tiada lagi dalam buku log anda ({ $id }). Tiada apa-apa disimpan. Jika anda memadamnya pada peranti ini, tambahkannya daripada salinan buku log, kemudian cuba lagi.
error-holder-credential-damaged = Pengesahan bagi entri "{ $title }" tidak boleh dibaca lagi. Minta yang baharu daripada orang yang mengesahkannya.
error-holder-not-endorsed = Entri "{ $title }" belum disahkan oleh sesiapa. Tunjukkan dengan --self-declared, atau minta pengesahan: carnet request
error-holder-selected-twice = Entri "{ $title }" diberi dengan --select dan juga dengan --self-declared. Berikan sekali sahaja.
error-holder-bad-stage = "{ $value }" bukan peringkat. Peringkatnya ialah: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Nama penerima mestilah 1 hingga 100 aksara, dalam satu baris.
error-holder-bad-nonce = "{ $value }" bukan kod daripada orang yang menyemak: ia mestilah 2 hingga 128 huruf 0-9 dan a-f.
error-holder-bad-out = Gambar { $path } mesti mempunyai nama berakhir dengan .png atau .svg.
error-holder-no-vc = Pengesahan "{ $title }" oleh { $issuer } dibuat sebelum Carnet boleh menulisnya sebagai pengesahan W3C, dan hanya mereka boleh menandatanganinya. Minta mereka mengesahkannya semula: buat permintaan baharu (carnet request ID --out request.cbor), berikan kepada mereka, dan simpan fail yang mereka pulangkan (carnet receive FILE).
