# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Tandatangani kemahiran orang lain, sebagai jurulatih, majikan, pusat, kolej atau rakan sekerja.
cli-cmd-issuer-init = Buat kunci tandatangan anda sebagai pengeluar. Ia dikunci dengan kata laluan.
cli-cmd-issuer-show = Tunjukkan nama, jenis dan kunci awam anda sebagai pengeluar. Tidak perlu kata laluan.
cli-cmd-issuer-revoke = Tarik balik satu pengesahan yang anda tandatangani, mengikut nombornya.
cli-cmd-issuer-status-list = Tulis senarai bertandatangan bagi pengesahan yang anda tarik balik, untuk diberikan kepada penyemak.
cli-cmd-endorse = Tandatangani permintaan yang diberikan seseorang kepada anda, dan tulis pengesahan untuk dipulangkan.
cli-cmd-trust = Pilih tandatangan siapa yang anda percayai apabila anda menyemak kod QR.
cli-cmd-trust-anchor = Sauh kepercayaan: rangkaian atau pihak berkuasa yang menjamin pengeluar.
cli-cmd-trust-anchor-init = Buat kunci tandatangan sebagai sauh kepercayaan, untuk menjamin pengeluar.
cli-cmd-trust-anchor-show = Tunjukkan nama dan kunci awam sauh kepercayaan anda.
cli-cmd-trust-anchor-add = Percayai senarai yang ditandatangani oleh kunci sauh kepercayaan ini.
cli-cmd-trust-bundle = Sebagai sauh kepercayaan, tandatangani senarai pengeluar yang anda jamin.
cli-cmd-trust-import = Tambah senarai bertandatangan bagi pengeluar dipercayai daripada fail.
cli-cmd-trust-list = Tunjukkan pengeluar yang anda percayai, dan berapa lama usia setiap senarai.
cli-cmd-revocation = Senarai pengesahan yang ditarik balik oleh pengeluar.
cli-cmd-revocation-import = Tambah senarai bertandatangan pengeluar bagi pengesahan yang ditarik baliknya.
cli-cmd-verify = Semak kod QR Carnet: siapa yang menandatangani setiap kemahiran, dan sama ada ia masih sah.

## Help: what to give

cli-arg-issuer-name = Nama anda atau nama organisasi anda, seperti yang patut dilihat orang.
cli-arg-issuer-country = Negara anda, dua huruf, seperti KE atau PT.
cli-arg-issuer-kind = Siapa anda: trainer, employer, centre, college atau colleague.
cli-arg-revoke-index = Nombor pengesahan untuk ditarik balik.
cli-arg-cred-out = Fail untuk ditulis.
cli-arg-endorse-request = Permintaan yang diberikan oleh orang itu: fail (request.cbor), gambar kod QR-nya (PNG atau JPEG), atau fail teks dengan teks yang bermula dengan CNR1:
cli-arg-endorse-text = Teks permintaan, bermula dengan CNR1:, jika orang itu menghantarnya sebagai mesej. Sebagai ganti fail.
cli-arg-endorse-assessed-by = Cara anda menyemak kemahiran: observation, test, document atau interview.
cli-arg-endorse-expires = Hari terakhir pengesahan sah, seperti 2027-05-14. Tanpanya, ia tidak tamat.
cli-arg-endorse-valid-days = Berapa hari pengesahan sah, mulai hari ini.
cli-arg-anchor-name = Nama sauh kepercayaan, seperti yang patut dilihat orang.
cli-arg-anchor-key = Kunci awam sauh kepercayaan: 64 huruf dan angka.
cli-arg-bundle-issuer = Fail pengeluar, daripada carnet issuer show --json. Berikan sekali bagi setiap pengeluar.
cli-arg-trust-file = Fail senarai dipercayai (.cbor).
cli-arg-status-file = Fail senarai pengeluar (.cbor).
cli-arg-verify-image = Gambar kod QR: PNG, JPEG atau WebP.
cli-arg-verify-text = Teks kod QR, bermula dengan CN1:
cli-arg-verify-nonce = Nombor yang anda minta orang itu letakkan dalam kod (heks).
cli-arg-verify-audience = Nama yang anda minta orang itu letakkan dalam kod.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Kunci pengeluar anda untuk { $name } sudah sedia. Simpan kata laluan anda dengan selamat: tanpanya anda tidak boleh menandatangani.
issuer-label-name = Nama:
issuer-label-country = Negara:
issuer-label-kind = Jenis:
issuer-label-public-key = Kunci awam:
issuer-label-kid = Cap jari kunci:
issuer-label-issued = Nombor yang diberi:
issuer-label-revoked = Ditarik balik:
issuer-revoked = Pengesahan nombor { $index } telah ditarik balik.
issuer-already-revoked = Pengesahan nombor { $index } sudah ditarik balik sebelum ini.
issuer-revoked-next-step = Penyemak hanya tahu daripada senarai anda yang seterusnya: tulisnya dengan carnet issuer status-list --out list.cbor, kemudian berikan fail itu kepada mereka.
issuer-status-list-written = { $count ->
   *[other] Senarai ada dalam { $path }. Ia menamakan { $count } pengesahan yang ditarik balik.
}

endorse-intro = { $count ->
   *[other] Anda akan menandatangani { $count } entri untuk orang dengan kunci { $holder }:
}
endorse-entry = { $title } ({ $kind }, tahap { $level }, { $dates })
endorse-untitled = (tiada tajuk)
endorse-how-observation = Anda menyatakan bahawa anda melihat mereka melakukannya.
endorse-how-test = Anda menyatakan bahawa mereka lulus ujian.
endorse-how-document = Anda menyatakan bahawa anda menyemak dokumen.
endorse-how-interview = Anda menyatakan bahawa anda menyemaknya dalam temu duga.
endorse-expires-on = Ia sah sehingga { $date }.
endorse-no-expiry = Ia tidak tamat.
endorse-written = { $count ->
    [1] Sudah ditandatangani. Pulangkan { $path } kepada orang itu. Nombornya { $first }.
   *[other] Sudah ditandatangani. Pulangkan { $path } kepada orang itu. Nombornya { $first } hingga { $last }.
}

trust-anchor-added = Anda kini mempercayai senarai yang ditandatangani oleh { $name } (cap jari kunci { $kid }).
trust-bundle-written = { $count ->
   *[other] Senarai bertandatangan bagi { $count } pengeluar ada dalam { $path }.
}
trust-imported = { $count ->
   *[other] Senarai dipercayai bagi { $count } pengeluar ditambah, dibuat pada { $date }.
}
trust-list-empty = Anda belum mempercayai mana-mana pengeluar. Tambah senarai dipercayai dengan carnet trust import.
trust-list-bundle = { $days ->
    [0] Senarai dipercayai daripada { $anchor }, dibuat hari ini ({ $date }):
   *[other] Senarai dipercayai daripada { $anchor }, dibuat { $days } hari lalu ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, cap jari kunci { $kid }
revocation-imported = { $count ->
   *[other] Senarai { $name } ditambah, dibuat pada { $date }: { $count } pengesahan ditarik balik.
}

## Errors of these commands

error-issuer-exists = Sudah ada kunci pengeluar dalam folder ini. Tiada apa-apa yang diubah.
error-no-issuer = Belum ada kunci pengeluar dalam folder ini. Buat satu dengan carnet issuer init.
error-issuer-damaged = Kunci pengeluar dalam folder ini rosak atau tidak sepadan dengan butirannya. Letakkan semula salinan daripada sandaran.
error-anchor-exists = Sudah ada kunci sauh kepercayaan dalam folder ini. Tiada apa-apa yang diubah.
error-no-anchor = Belum ada kunci sauh kepercayaan dalam folder ini. Buat satu dengan carnet trust anchor init.
error-anchor-damaged = Kunci sauh kepercayaan dalam folder ini rosak atau tidak sepadan dengan butirannya. Letakkan semula salinan daripada sandaran.
error-identity-too-new = Kunci ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk menggunakannya.
error-storage-file = Carnet tidak dapat menulis atau membaca { $path }. Semak bahawa ada ruang dan anda dibenarkan menulis di situ. (Untuk pembantu: { $reason })
error-file-too-big = { $path } terlalu besar untuk menjadi fail Carnet.
error-issuer-kind = “{ $value }” bukan jenis pengeluar. Tulis trainer, employer, centre, college atau colleague.
error-assessed-by = “{ $value }” bukan cara menyemak. Tulis observation, test, document atau interview.
error-expires-date = “{ $value }” bukan tarikh. Tulis sebagai tahun-bulan-hari, seperti 2027-05-14.
error-expires-past = Tarikh tamat mesti selepas hari ini.
error-issuer-indexes-used-up = Kunci pengeluar ini telah menggunakan semua nombornya. Buat kunci pengeluar baharu.
error-revoke-not-issued = Anda belum menandatangani pengesahan dengan nombor { $index }. Nombor anda bermula dari 0 hingga di bawah { $next }.
error-anchor-name = Nama mestilah 1 hingga 100 aksara.
error-anchor-known = Anda sudah mempercayai sauh kepercayaan ini (cap jari kunci { $kid }).
error-issuer-file = { $path } bukan fail pengeluar. Minta pengeluar memberikan output carnet issuer show --json.
error-trust-bundle-not-newer = Anda sudah mempunyai senarai dipercayai ini atau yang lebih baharu daripada sauh kepercayaan yang sama. Tiada apa-apa yang diubah.
error-status-list-not-newer = Anda sudah mempunyai senarai yang lebih baharu daripada pengeluar ini. Tiada apa-apa yang diubah.
error-status-list-issuer-unknown = Senarai ini daripada pengeluar yang belum anda percayai (cap jari kunci { $kid }). Import senarai dipercayai yang menamakannya dahulu.
error-verifier-damaged = Senarai dipercayai yang anda simpan rosak atau telah diubah. Import semula.
error-verify-nonce = “{ $value }” bukan nombor heks, seperti 3fa9.
error-verify-got-request = Ini permintaan untuk mengesahkan entri seseorang (teksnya bermula dengan CNR1:), bukan kod yang menunjukkan kemahiran. Tiada apa-apa disemak. Orang yang mengesahkan menandatanganinya dengan: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Ini kod yang menunjukkan kemahiran seseorang (teksnya bermula dengan CN1:), bukan permintaan untuk mengesahkannya. Tiada apa-apa ditandatangani. Untuk menyemaknya, taip: carnet verify PICTURE, atau carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Senarai dipercayai ini rosak atau bukan senarai dipercayai.
error-trust-bundle-wrong-file = Ini jenis fail Carnet yang lain, bukan senarai dipercayai.
error-trust-bundle-newer-version = Senarai dipercayai ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk membacanya.
error-trust-bundle-unknown-anchor = Senarai dipercayai ini ditandatangani oleh sauh kepercayaan yang anda tidak percayai (cap jari kunci { $kid }). Tambahkannya dahulu dengan carnet trust anchor add, jika anda mengenalinya.
error-trust-bundle-bad-signature = Tandatangan pada senarai dipercayai ini tidak sepadan. Fail telah diubah atau rosak.
error-trust-bundle-invalid = Satu nilai dalam senarai dipercayai tidak boleh digunakan ({ $field }).
error-trust-bundle-too-large = Senarai dipercayai ini terlalu besar.
error-status-list-malformed = Senarai ini rosak atau bukan senarai pengesahan yang ditarik balik.
error-status-list-wrong-file = Ini jenis fail Carnet yang lain, bukan senarai pengesahan yang ditarik balik.
error-status-list-newer-version = Senarai ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk membacanya.
error-status-list-wrong-issuer = Senarai ini milik pengeluar lain ({ $found }, bukan { $expected }).
error-status-list-bad-signature = Tandatangan pada senarai ini tidak sepadan. Fail telah diubah atau rosak.
error-status-list-invalid = Satu nilai dalam senarai ini tidak boleh digunakan ({ $field }).
error-status-list-too-large = Senarai ini terlalu besar.
