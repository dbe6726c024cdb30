# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = oʻqituvchi
issuer-kind-employer = ish beruvchi
issuer-kind-centre = markaz
issuer-kind-college = kollej
issuer-kind-colleague = hamkasb

## verify: verdicts, one per code

verdict-valid = Haqiqiy: siz ishonadigan tasdiqlovchi imzolagan, muddati oʻtmagan, qaytarib olinmagan.
verdict-self-declared = Faqat kishining oʻzi aytgan: buni hech kim imzolamagan.
verdict-unknown-issuer = Imzolangan, lekin siz ishonadigan tasdiqlovchi tomonidan emas.
verdict-expired = Muddati oʻtgan.
verdict-revoked = Uni imzolagan tasdiqlovchi qaytarib olgan.
verdict-tampered = Oʻzgartirilgan yoki nusxalangan: bunga ishonmang.
verdict-malformed = Bu oʻqib boʻladigan Carnet kodi emas.

## verify: reasons, one per code

reason-wrong-prefix = Matn CN1: bilan boshlanmaydi, demak bu Carnet kodi emas.
reason-bad-base45 = Matnda Carnet kodida boʻlishi mumkin boʻlmagan harflar bor. U kesilgan yoki xato yozilgan boʻlishi mumkin.
reason-bad-zlib = Kod kesilgan yoki buzilgan.
reason-too-large = Bu kod Carnet kodi boʻlishi uchun haddan tashqari katta.
reason-bad-cose = Kod buzilgan yoki Carnet kodi emas.
reason-unsupported-header = Kodda Carnet bilmaydigan imzo ishlatilgan. Yangiroq Carnet uni oʻqishi mumkin.
reason-bad-payload = Kod tarkibi buzilgan.
reason-holder-signature-invalid = Kishining imzosi mos emas: kod oʻzgartirilgan.
reason-nonce-mismatch = Kod boshqa soʻrov uchun yaratilgan ({ $found } raqami, { $expected } emas). Bu nusxa boʻlishi mumkin.
reason-audience-mismatch = Kod “{ $expected }” uchun emas, “{ $found }” uchun yaratilgan.
reason-presentation-expired = Kodning oʻz muddati { $exp } da tugagan. Kishidan yangisini yaratishni soʻrang.
reason-presentation-not-yet-valid = Kod { $iat } da yaratilganini aytadi, bu sana hali kelmagan. Bu qurilmaning soatini tekshiring.
reason-endorsement-signature-invalid = Tasdiqlovchining imzosi mos emas: koʻnikma oʻzgartirilgan.
reason-issuer-key-not-sent = Tasdiqlovchi faqat { $kid } izi bilan nomlangan, siz esa uni bilmaysiz.
reason-endorsement-expired = Koʻnikma imzosining muddati { $exp } da tugagan.
reason-endorsement-not-yet-valid = Koʻnikma { $iat } da imzolanganini aytadi, bu sana hali kelmagan. Bu qurilmaning soatini tekshiring.
reason-issuer-unknown = “{ $name }” (kalit izi { $kid }) ishonch roʻyxatlaringizda yoʻq. Har kim oʻziga istalgan nom qoʻyishi mumkin.
reason-issuer-not-trusted-at-issue = “{ $name }” (kalit izi { $kid }) imzolagan kuni unga kafolat berilmagan edi.
reason-issuer-trusted = Tasdiqlovchi ishonch roʻyxatingizda bor (kalit izi { $kid }).
reason-issuer-claims-differ = Ishonch roʻyxatingizga koʻra bu tasdiqlovchi { $country } dagi { $kind }; imzoda esa boshqacha yozilgan. Ishonch roʻyxatiga tayaning.
reason-revoked = Tasdiqlovchi { $index }-raqamli tasdiqnomani qaytarib olgan.
reason-no-revocation-list = Sizda bu tasdiqlovchining qaytarib olganlari roʻyxati yoʻq.
reason-self-declared = Buni kishining oʻzi aytyapti; hech kim imzolamagan.

## verify: the rest of the report

verify-presentation = { $stage } uchun koʻrsatilgan, { $date } da yaratilgan, { $kid } kalitli kishi tomonidan.
verify-audience = Kim uchun yaratilgan: { $audience }
verify-stage-recruitment = ishga yollash
verify-stage-pre-departure = joʻnashga tayyorgarlik
verify-stage-arrival = yetib kelish
verify-stage-career = ish va oʻqish
verify-stage-return = uyga qaytish
verify-endorsed-by = Imzolagan: { $name }, { $country } dagi { $kind }.
verify-endorsed-by-unchecked = Oʻzini “{ $name }” deb atagan kishi imzolagan, { $country } dagi { $kind } (tekshirilmagan; kalit izi { $kid }).
verify-colleague-note = Bu hamkasbning soʻzi: kishi bilan yonma-yon ishlagan odam, maktab yoki ish beruvchi emas.
verify-endorsed-on = Imzolangan: { $date }; tekshirish usuli: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } gacha amal qiladi.
}
verify-how-observation = ishlayotganini kuzatish
verify-how-test = sinov
verify-how-document = hujjat
verify-how-interview = suhbat
verify-hidden = { $count ->
   *[other] Kishi { $count } ta tafsilotni yashirgan.
}
verify-trust-age = { $days ->
    [0] Ishonch roʻyxati bugungi.
   *[other] Ishonch roʻyxati { $days } kun oldingi ({ $date }).
}
verify-newer-code = Bu kod Carnet ilovasining yangiroq versiyasida yaratilgan. Uni tekshirish uchun Carnet ilovasini yangilang.
verify-status-age = { $days ->
    [0] Qaytarib olingan tasdiqnomalar roʻyxati: bugungi.
   *[other] Qaytarib olingan tasdiqnomalar roʻyxati: { $days } kun oldingi ({ $date }).
}
verify-field-kind = Nima:
verify-field-title = Nomi:
verify-field-esco = ESCO:
verify-field-entry-id = Yozuv:
verify-field-level = Daraja:
verify-field-from = Boshlanishi:
verify-field-to = Tugashi:
verify-field-country = Mamlakat:
verify-field-context = Qayerda oʻrgangan:
verify-field-evidence = Isbot (hash):
verify-field-eqf = EQF darajasi:
verify-entry-kind-skill = koʻnikma
verify-entry-kind-qualification = diplom yoki malaka
verify-entry-kind-experience = ish tajribasi
verify-entry-kind-language = til
verify-entry-kind-learning = kurs
verify-context-formal = maktab yoki kollejda
verify-context-non-formal = kursda
verify-context-informal = ishda yoki mustaqil
verify-esco-skill = koʻnikma
verify-esco-occupation = kasb
verify-esco-qualification = malaka
