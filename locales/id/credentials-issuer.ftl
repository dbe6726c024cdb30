# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Tandatangani keterampilan orang lain, sebagai pelatih, pemberi kerja, pusat, kampus, atau rekan kerja.
cli-cmd-issuer-init = Buat kunci tanda tangan Anda sebagai penerbit. Kunci ini dikunci dengan kata sandi.
cli-cmd-issuer-show = Tampilkan nama, jenis, dan kunci publik Anda sebagai penerbit. Tidak perlu kata sandi.
cli-cmd-issuer-revoke = Tarik kembali satu pengesahan yang Anda tandatangani, berdasarkan nomornya.
cli-cmd-issuer-status-list = Tulis daftar bertanda tangan berisi pengesahan yang Anda tarik kembali, untuk diberikan kepada pemeriksa.
cli-cmd-endorse = Tandatangani permintaan yang diberikan seseorang kepada Anda, dan tulis pengesahan untuk dikembalikan.
cli-cmd-trust = Pilih tanda tangan siapa yang Anda percayai saat memeriksa kode QR.
cli-cmd-trust-anchor = Jangkar kepercayaan: jaringan atau lembaga yang menjamin para penerbit.
cli-cmd-trust-anchor-init = Buat kunci tanda tangan sebagai jangkar kepercayaan, untuk menjamin para penerbit.
cli-cmd-trust-anchor-show = Tampilkan nama dan kunci publik jangkar kepercayaan Anda.
cli-cmd-trust-anchor-add = Percayai daftar yang ditandatangani dengan kunci jangkar kepercayaan ini.
cli-cmd-trust-bundle = Sebagai jangkar kepercayaan, tandatangani daftar penerbit yang Anda jamin.
cli-cmd-trust-import = Tambah daftar bertanda tangan berisi penerbit tepercaya dari file.
cli-cmd-trust-list = Tampilkan penerbit yang Anda percayai, dan umur setiap daftar.
cli-cmd-revocation = Daftar pengesahan yang ditarik kembali oleh penerbit.
cli-cmd-revocation-import = Tambah daftar bertanda tangan dari penerbit berisi pengesahan yang ditarik kembali.
cli-cmd-verify = Periksa kode QR Carnet: siapa yang menandatangani setiap keterampilan, dan apakah masih berlaku.

## Help: what to give

cli-arg-issuer-name = Nama Anda atau nama lembaga Anda, seperti yang akan dilihat orang.
cli-arg-issuer-country = Negara Anda, dua huruf, seperti KE atau PT.
cli-arg-issuer-kind = Siapa Anda: trainer, employer, centre, college, atau colleague.
cli-arg-revoke-index = Nomor pengesahan yang akan ditarik kembali.
cli-arg-cred-out = File yang ditulis.
cli-arg-endorse-request = Permintaan yang diberikan orang itu: file (request.cbor), gambar kode QR-nya (PNG atau JPEG), atau file teks dengan teks yang dimulai dengan CNR1:
cli-arg-endorse-text = Teks permintaan, dimulai dengan CNR1:, jika orang itu mengirimnya sebagai pesan. Sebagai ganti file.
cli-arg-endorse-assessed-by = Cara Anda memeriksa keterampilan: observation, test, document, atau interview.
cli-arg-endorse-expires = Hari terakhir pengesahan berlaku, seperti 2027-05-14. Tanpa ini, pengesahan tidak berakhir.
cli-arg-endorse-valid-days = Berapa hari pengesahan berlaku, mulai hari ini.
cli-arg-anchor-name = Nama jangkar kepercayaan, seperti yang akan dilihat orang.
cli-arg-anchor-key = Kunci publik jangkar kepercayaan: 64 huruf dan angka.
cli-arg-bundle-issuer = File penerbit, dari carnet issuer show --json. Berikan sekali untuk setiap penerbit.
cli-arg-trust-file = File daftar tepercaya (.cbor).
cli-arg-status-file = File daftar penerbit (.cbor).
cli-arg-verify-image = Gambar kode QR: PNG, JPEG, atau WebP.
cli-arg-verify-text = Teks kode QR, dimulai dengan CN1:
cli-arg-verify-nonce = Angka yang Anda minta orang itu masukkan ke dalam kode (heksadesimal).
cli-arg-verify-audience = Nama yang Anda minta orang itu masukkan ke dalam kode.

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

issuer-created = Kunci penerbit Anda untuk { $name } sudah siap. Jaga kata sandi Anda: tanpa itu Anda tidak bisa menandatangani.
issuer-label-name = Nama:
issuer-label-country = Negara:
issuer-label-kind = Jenis:
issuer-label-public-key = Kunci publik:
issuer-label-kid = Sidik kunci:
issuer-label-issued = Nomor yang sudah diberikan:
issuer-label-revoked = Ditarik kembali:
issuer-revoked = Pengesahan nomor { $index } sudah ditarik kembali.
issuer-already-revoked = Pengesahan nomor { $index } sudah ditarik kembali sebelumnya.
issuer-revoked-next-step = Pemeriksa baru tahu dari daftar Anda berikutnya: tulis dengan carnet issuer status-list --out list.cbor, lalu berikan file itu kepada mereka.
issuer-status-list-written = { $count ->
   *[other] Daftar ada di { $path }. Daftar itu menyebut { $count } pengesahan yang ditarik kembali.
}

endorse-intro = { $count ->
   *[other] Anda akan menandatangani { $count } entri untuk orang dengan kunci { $holder }:
}
endorse-entry = { $title } ({ $kind }, tingkat { $level }, { $dates })
endorse-untitled = (tanpa judul)
endorse-how-observation = Anda menyatakan melihat mereka melakukannya.
endorse-how-test = Anda menyatakan mereka lulus ujian.
endorse-how-document = Anda menyatakan sudah memeriksa dokumen.
endorse-how-interview = Anda menyatakan sudah memeriksanya dalam wawancara.
endorse-expires-on = Berlaku sampai { $date }.
endorse-no-expiry = Tidak ada batas waktu.
endorse-written = { $count ->
    [1] Sudah ditandatangani. Kembalikan { $path } kepada orang itu. Nomornya { $first }.
   *[other] Sudah ditandatangani. Kembalikan { $path } kepada orang itu. Nomornya { $first } sampai { $last }.
}

trust-anchor-added = Sekarang Anda memercayai daftar yang ditandatangani { $name } (sidik kunci { $kid }).
trust-bundle-written = { $count ->
   *[other] Daftar bertanda tangan berisi { $count } penerbit ada di { $path }.
}
trust-imported = { $count ->
   *[other] Daftar tepercaya berisi { $count } penerbit ditambahkan, dibuat pada { $date }.
}
trust-list-empty = Anda belum memercayai penerbit mana pun. Tambahkan daftar tepercaya dengan carnet trust import.
trust-list-bundle = { $days ->
    [0] Daftar tepercaya dari { $anchor }, dibuat hari ini ({ $date }):
   *[other] Daftar tepercaya dari { $anchor }, dibuat { $days } hari lalu ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, sidik kunci { $kid }
revocation-imported = { $count ->
   *[other] Daftar { $name } ditambahkan, dibuat pada { $date }: { $count } pengesahan ditarik kembali.
}

## Errors of these commands

error-issuer-exists = Sudah ada kunci penerbit di folder ini. Tidak ada yang diubah.
error-no-issuer = Belum ada kunci penerbit di folder ini. Buat dengan carnet issuer init.
error-issuer-damaged = Kunci penerbit di folder ini rusak atau tidak cocok dengan keterangannya. Kembalikan salinan dari cadangan.
error-anchor-exists = Sudah ada kunci jangkar kepercayaan di folder ini. Tidak ada yang diubah.
error-no-anchor = Belum ada kunci jangkar kepercayaan di folder ini. Buat dengan carnet trust anchor init.
error-anchor-damaged = Kunci jangkar kepercayaan di folder ini rusak atau tidak cocok dengan keterangannya. Kembalikan salinan dari cadangan.
error-identity-too-new = Kunci ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk memakainya.
error-storage-file = Carnet tidak bisa menulis atau membaca { $path }. Periksa apakah masih ada ruang dan Anda boleh menulis di sana. (Untuk pendamping: { $reason })
error-file-too-big = { $path } terlalu besar untuk file Carnet.
error-issuer-kind = “{ $value }” bukan jenis penerbit. Tulis trainer, employer, centre, college, atau colleague.
error-assessed-by = “{ $value }” bukan cara memeriksa. Tulis observation, test, document, atau interview.
error-expires-date = “{ $value }” bukan tanggal. Tulis sebagai tahun-bulan-hari, seperti 2027-05-14.
error-expires-past = Tanggal akhir harus setelah hari ini.
error-issuer-indexes-used-up = Kunci penerbit ini sudah memakai semua nomornya. Buat kunci penerbit baru.
error-revoke-not-issued = Anda belum menandatangani pengesahan dengan nomor { $index }. Nomor Anda mulai dari 0 sampai di bawah { $next }.
error-anchor-name = Nama harus 1 sampai 100 karakter.
error-anchor-known = Anda sudah memercayai jangkar kepercayaan ini (sidik kunci { $kid }).
error-issuer-file = { $path } bukan file penerbit. Minta kepada penerbit hasil dari carnet issuer show --json.
error-trust-bundle-not-newer = Anda sudah punya daftar tepercaya ini atau yang lebih baru dari jangkar kepercayaan yang sama. Tidak ada yang diubah.
error-status-list-not-newer = Anda sudah punya daftar yang lebih baru dari penerbit ini. Tidak ada yang diubah.
error-status-list-issuer-unknown = Daftar ini dari penerbit yang belum Anda percayai (sidik kunci { $kid }). Impor dulu daftar tepercaya yang menyebutnya.
error-verifier-damaged = Daftar tepercaya yang Anda simpan rusak atau telah diubah. Impor lagi.
error-verify-nonce = “{ $value }” bukan angka heksadesimal, seperti 3fa9.
error-verify-got-request = Ini permintaan untuk mengonfirmasi entri seseorang (teksnya dimulai dengan CNR1:), bukan kode yang menunjukkan keterampilan. Tidak ada yang diperiksa. Orang yang mengonfirmasi menandatanganinya dengan: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Ini kode yang menunjukkan keterampilan seseorang (teksnya dimulai dengan CN1:), bukan permintaan untuk mengonfirmasinya. Tidak ada yang ditandatangani. Untuk memeriksanya, ketik: carnet verify PICTURE, atau carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Daftar tepercaya ini rusak atau bukan daftar tepercaya.
error-trust-bundle-wrong-file = Ini jenis file Carnet lain, bukan daftar tepercaya.
error-trust-bundle-newer-version = Daftar tepercaya ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk membacanya.
error-trust-bundle-unknown-anchor = Daftar tepercaya ini ditandatangani oleh jangkar kepercayaan yang tidak Anda percayai (sidik kunci { $kid }). Tambahkan dulu dengan carnet trust anchor add, jika Anda mengenalnya.
error-trust-bundle-bad-signature = Tanda tangan pada daftar tepercaya ini tidak cocok. File diubah atau rusak.
error-trust-bundle-invalid = Ada nilai di daftar tepercaya yang tidak bisa dipakai ({ $field }).
error-trust-bundle-too-large = Daftar tepercaya ini terlalu besar.
error-status-list-malformed = Daftar ini rusak atau bukan daftar pengesahan yang ditarik kembali.
error-status-list-wrong-file = Ini jenis file Carnet lain, bukan daftar pengesahan yang ditarik kembali.
error-status-list-newer-version = Daftar ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk membacanya.
error-status-list-wrong-issuer = Daftar ini milik penerbit lain ({ $found }, bukan { $expected }).
error-status-list-bad-signature = Tanda tangan pada daftar ini tidak cocok. File diubah atau rusak.
error-status-list-invalid = Ada nilai di daftar ini yang tidak bisa dipakai ({ $field }).
error-status-list-too-large = Daftar ini terlalu besar.
