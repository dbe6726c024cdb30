# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = jurulatih
issuer-kind-employer = majikan
issuer-kind-centre = pusat
issuer-kind-college = kolej
issuer-kind-colleague = rakan sekerja

## verify: verdicts, one per code

verdict-valid = Sah: ditandatangani oleh pengeluar yang anda percayai, masih sah, tidak ditarik balik.
verdict-self-declared = Kata orang itu sendiri sahaja: tiada sesiapa menandatanganinya.
verdict-unknown-issuer = Ditandatangani, tetapi bukan oleh pengeluar yang anda percayai.
verdict-expired = Sudah tamat.
verdict-revoked = Ditarik balik oleh pengeluar yang menandatanganinya.
verdict-tampered = Diubah atau disalin: jangan bergantung padanya.
verdict-malformed = Ini bukan kod Carnet yang boleh dibaca.

## verify: reasons, one per code

reason-wrong-prefix = Teks tidak bermula dengan CN1:, jadi ia bukan kod Carnet.
reason-bad-base45 = Teks ini mengandungi huruf yang tidak mungkin ada dalam kod Carnet. Ia mungkin terpotong atau salah taip.
reason-bad-zlib = Kod ini terpotong atau rosak.
reason-too-large = Kod ini terlalu besar untuk menjadi kod Carnet.
reason-bad-cose = Kod ini rosak atau bukan kod Carnet.
reason-unsupported-header = Kod ini menggunakan tandatangan yang tidak dikenali oleh Carnet. Carnet yang lebih baharu mungkin dapat membacanya.
reason-bad-payload = Kandungan kod ini rosak.
reason-holder-signature-invalid = Tandatangan orang itu tidak sepadan: kod telah diubah.
reason-nonce-mismatch = Kod ini dibuat untuk permintaan lain (nombor { $found }, bukan { $expected }). Ia mungkin salinan.
reason-audience-mismatch = Kod ini dibuat untuk “{ $found }”, bukan untuk “{ $expected }”.
reason-presentation-expired = Kod ini sendiri tamat pada { $exp }. Minta orang itu membuat yang baharu.
reason-presentation-not-yet-valid = Kod ini menyatakan ia dibuat pada { $iat }, yang belum tiba. Semak jam peranti ini.
reason-endorsement-signature-invalid = Tandatangan pengeluar tidak sepadan: kemahiran telah diubah.
reason-issuer-key-not-sent = Pengeluar hanya dinamakan dengan cap jari { $kid }, dan anda tidak mengenalinya.
reason-endorsement-expired = Tandatangan kemahiran ini tamat pada { $exp }.
reason-endorsement-not-yet-valid = Kemahiran ini menyatakan ia ditandatangani pada { $iat }, yang belum tiba. Semak jam peranti ini.
reason-issuer-unknown = “{ $name }” (cap jari kunci { $kid }) tiada dalam senarai dipercayai anda. Sesiapa pun boleh memberi dirinya nama.
reason-issuer-not-trusted-at-issue = “{ $name }” (cap jari kunci { $kid }) tidak dijamin pada hari ia menandatangani.
reason-issuer-trusted = Pengeluar ada dalam senarai dipercayai anda (cap jari kunci { $kid }).
reason-issuer-claims-differ = Senarai dipercayai anda menyatakan pengeluar ini { $kind } di { $country }; tandatangan menyatakan lain. Ikut senarai dipercayai.
reason-revoked = Pengeluar menarik balik pengesahan nombor { $index }.
reason-no-revocation-list = Anda tiada senarai daripada pengeluar ini tentang apa yang ditarik baliknya.
reason-self-declared = Orang itu sendiri yang menyatakannya; tiada sesiapa menandatanganinya.

## verify: the rest of the report

verify-presentation = Ditunjukkan untuk { $stage }, dibuat pada { $date }, oleh orang dengan kunci { $kid }.
verify-audience = Dibuat untuk: { $audience }
verify-stage-recruitment = pengambilan kerja
verify-stage-pre-departure = bersedia untuk berlepas
verify-stage-arrival = ketibaan
verify-stage-career = kerja dan latihan
verify-stage-return = pulang ke tanah air
verify-endorsed-by = Ditandatangani oleh { $name }, { $kind } di { $country }.
verify-endorsed-by-unchecked = Ditandatangani oleh seseorang yang menggelar dirinya “{ $name }”, { $kind } di { $country } (belum disemak; cap jari kunci { $kid }).
verify-colleague-note = Ini kata rakan sekerja: seseorang yang bekerja bersama orang itu, bukan sekolah atau majikan.
verify-endorsed-on = Ditandatangani pada { $date }; disemak melalui { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}Sah sehingga { $expires }.
}
verify-how-observation = melihat mereka bekerja
verify-how-test = ujian
verify-how-document = dokumen
verify-how-interview = temu duga
verify-hidden = { $count ->
   *[other] { $count } butiran disembunyikan oleh orang itu.
}
verify-trust-age = { $days ->
    [0] Senarai dipercayai dari hari ini.
   *[other] Senarai dipercayai dari { $days } hari lalu ({ $date }).
}
verify-newer-code = Kod ini dibuat oleh Carnet yang lebih baharu. Kemas kini Carnet untuk menyemaknya.
verify-status-age = { $days ->
    [0] Senarai pengesahan yang ditarik balik: dari hari ini.
   *[other] Senarai pengesahan yang ditarik balik: dari { $days } hari lalu ({ $date }).
}
verify-field-kind = Apa:
verify-field-title = Tajuk:
verify-field-esco = ESCO:
verify-field-entry-id = Entri:
verify-field-level = Tahap:
verify-field-from = Dari:
verify-field-to = Hingga:
verify-field-country = Negara:
verify-field-context = Dipelajari:
verify-field-evidence = Bukti (hash):
verify-field-eqf = Tahap EQF:
verify-entry-kind-skill = kemahiran
verify-entry-kind-qualification = diploma atau kelayakan
verify-entry-kind-experience = pengalaman kerja
verify-entry-kind-language = bahasa
verify-entry-kind-learning = kursus
verify-context-formal = di sekolah atau kolej
verify-context-non-formal = dalam kursus
verify-context-informal = semasa bekerja atau belajar sendiri
verify-esco-skill = kemahiran
verify-esco-occupation = pekerjaan
verify-esco-qualification = kelayakan
