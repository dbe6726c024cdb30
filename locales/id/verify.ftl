# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = pelatih
issuer-kind-employer = pemberi kerja
issuer-kind-centre = pusat
issuer-kind-college = kampus
issuer-kind-colleague = rekan kerja

## verify: verdicts, one per code

verdict-valid = Sah: ditandatangani penerbit yang Anda percayai, masih berlaku, tidak ditarik kembali.
verdict-self-declared = Hanya menurut orangnya sendiri: tidak ada yang menandatangani.
verdict-unknown-issuer = Ditandatangani, tetapi bukan oleh penerbit yang Anda percayai.
verdict-expired = Sudah habis berlaku.
verdict-revoked = Ditarik kembali oleh penerbit yang menandatanganinya.
verdict-tampered = Diubah atau disalin: jangan dipercaya.
verdict-malformed = Ini bukan kode Carnet yang bisa dibaca.

## verify: reasons, one per code

reason-wrong-prefix = Teks tidak dimulai dengan CN1:, jadi ini bukan kode Carnet.
reason-bad-base45 = Teks ini berisi huruf yang tidak mungkin ada di kode Carnet. Mungkin terpotong atau salah ketik.
reason-bad-zlib = Kode ini terpotong atau rusak.
reason-too-large = Kode ini terlalu besar untuk kode Carnet.
reason-bad-cose = Kode ini rusak atau bukan kode Carnet.
reason-unsupported-header = Kode ini memakai tanda tangan yang tidak dikenal Carnet. Carnet yang lebih baru mungkin bisa membacanya.
reason-bad-payload = Isi kode ini rusak.
reason-holder-signature-invalid = Tanda tangan orangnya tidak cocok: kode telah diubah.
reason-nonce-mismatch = Kode ini dibuat untuk permintaan lain (nomor { $found }, bukan { $expected }). Mungkin ini salinan.
reason-audience-mismatch = Kode ini dibuat untuk “{ $found }”, bukan untuk “{ $expected }”.
reason-presentation-expired = Kode ini sendiri habis berlaku pada { $exp }. Minta orangnya membuat yang baru.
reason-presentation-not-yet-valid = Kode ini menyatakan dibuat pada { $iat }, yang belum tiba. Periksa jam perangkat ini.
reason-endorsement-signature-invalid = Tanda tangan penerbit tidak cocok: keterampilan telah diubah.
reason-issuer-key-not-sent = Penerbit hanya disebut dengan sidik kunci { $kid }, dan Anda tidak mengenalnya.
reason-endorsement-expired = Tanda tangan keterampilan ini habis berlaku pada { $exp }.
reason-endorsement-not-yet-valid = Keterampilan ini menyatakan ditandatangani pada { $iat }, yang belum tiba. Periksa jam perangkat ini.
reason-issuer-unknown = “{ $name }” (sidik kunci { $kid }) tidak ada di daftar tepercaya Anda. Siapa pun bisa memberi dirinya nama.
reason-issuer-not-trusted-at-issue = “{ $name }” (sidik kunci { $kid }) tidak dijamin pada hari ia menandatangani.
reason-issuer-trusted = Penerbit ada di daftar tepercaya Anda (sidik kunci { $kid }).
reason-issuer-claims-differ = Daftar tepercaya Anda menyebut penerbit ini { $kind } di { $country }; tanda tangannya menyebut lain. Ikuti daftar tepercaya.
reason-revoked = Penerbit menarik kembali pengesahan nomor { $index }.
reason-no-revocation-list = Anda tidak punya daftar dari penerbit ini tentang apa yang ditarik kembali.
reason-self-declared = Orangnya sendiri yang mengatakan ini; tidak ada yang menandatangani.

## verify: the rest of the report

verify-presentation = Ditunjukkan untuk { $stage }, dibuat pada { $date }, oleh orang dengan kunci { $kid }.
verify-audience = Dibuat untuk: { $audience }
verify-stage-recruitment = perekrutan
verify-stage-pre-departure = persiapan berangkat
verify-stage-arrival = kedatangan
verify-stage-career = kerja dan pelatihan
verify-stage-return = pulang ke tanah air
verify-endorsed-by = Ditandatangani oleh { $name }, { $kind } di { $country }.
verify-endorsed-by-unchecked = Ditandatangani oleh seseorang yang menyebut dirinya “{ $name }”, { $kind } di { $country } (belum diperiksa; sidik kunci { $kid }).
verify-colleague-note = Ini kata seorang rekan kerja: orang yang bekerja di samping orang tersebut, bukan sekolah atau pemberi kerja.
verify-endorsed-on = Ditandatangani pada { $date }; diperiksa lewat { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Berlaku sampai { $expires }.
}
verify-how-observation = melihat mereka bekerja
verify-how-test = ujian
verify-how-document = dokumen
verify-how-interview = wawancara
verify-hidden = { $count ->
   *[other] { $count } keterangan disembunyikan oleh orangnya.
}
verify-trust-age = { $days ->
    [0] Daftar tepercaya dari hari ini.
   *[other] Daftar tepercaya dari { $days } hari lalu ({ $date }).
}
verify-newer-code = Kode ini dibuat oleh Carnet yang lebih baru. Perbarui Carnet untuk memeriksanya.
verify-status-age = { $days ->
    [0] Daftar pengesahan yang ditarik kembali: dari hari ini.
   *[other] Daftar pengesahan yang ditarik kembali: dari { $days } hari lalu ({ $date }).
}
verify-field-kind = Apa:
verify-field-title = Judul:
verify-field-esco = ESCO:
verify-field-entry-id = Entri:
verify-field-level = Tingkat:
verify-field-from = Dari:
verify-field-to = Sampai:
verify-field-country = Negara:
verify-field-context = Dipelajari:
verify-field-evidence = Bukti (hash):
verify-field-eqf = Tingkat EQF:
verify-entry-kind-skill = keterampilan
verify-entry-kind-qualification = ijazah atau kualifikasi
verify-entry-kind-experience = pengalaman kerja
verify-entry-kind-language = bahasa
verify-entry-kind-learning = kursus
verify-context-formal = di sekolah atau kampus
verify-context-non-formal = dalam kursus
verify-context-informal = di tempat kerja atau belajar sendiri
verify-esco-skill = keterampilan
verify-esco-occupation = pekerjaan
verify-esco-qualification = kualifikasi
