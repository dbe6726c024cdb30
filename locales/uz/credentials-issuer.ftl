# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Boshqalarning koʻnikmalarini oʻqituvchi, ish beruvchi, markaz, kollej yoki hamkasb sifatida imzolash.
cli-cmd-issuer-init = Tasdiqlovchi sifatida imzo kalitingizni yaratish. U parol bilan qulflanadi.
cli-cmd-issuer-show = Tasdiqlovchi nomingiz, turingiz va ochiq kalitingizni koʻrsatish. Parol kerak emas.
cli-cmd-issuer-revoke = Siz imzolagan bitta tasdiqnomani raqami boʻyicha qaytarib olish.
cli-cmd-issuer-status-list = Qaytarib olgan tasdiqnomalaringizning imzolangan roʻyxatini tekshiruvchilarga berish uchun yozish.
cli-cmd-endorse = Kimdir bergan soʻrovni imzolash va qaytarib berish uchun tasdiqnomani yozish.
cli-cmd-trust = QR kodni tekshirganda kimning imzolariga ishonishingizni tanlash.
cli-cmd-trust-anchor = Ishonch manbalari: tasdiqlovchilarga kafolat beradigan tarmoqlar yoki idoralar.
cli-cmd-trust-anchor-init = Tasdiqlovchilarga kafolat berish uchun ishonch manbai sifatida imzo kaliti yaratish.
cli-cmd-trust-anchor-show = Ishonch manbaingiz nomi va ochiq kalitini koʻrsatish.
cli-cmd-trust-anchor-add = Shu ishonch manbai kaliti bilan imzolangan roʻyxatlarga ishonish.
cli-cmd-trust-bundle = Ishonch manbai sifatida, kafolat beradigan tasdiqlovchilaringiz roʻyxatini imzolash.
cli-cmd-trust-import = Ishonchli tasdiqlovchilarning imzolangan roʻyxatini fayldan qoʻshish.
cli-cmd-trust-list = Ishonadigan tasdiqlovchilaringizni va har bir roʻyxat qanchalik eskiligini koʻrsatish.
cli-cmd-revocation = Tasdiqlovchilar qaytarib olgan tasdiqnomalar roʻyxatlari.
cli-cmd-revocation-import = Tasdiqlovchining qaytarib olgan tasdiqnomalari imzolangan roʻyxatini qoʻshish.
cli-cmd-verify = Carnet QR kodini tekshirish: har bir koʻnikmani kim imzolagan va u hali ham amal qiladimi.

## Help: what to give

cli-arg-issuer-name = Odamlar koʻrishi kerak boʻlgan ismingiz yoki tashkilotingiz nomi.
cli-arg-issuer-country = Mamlakatingiz, ikki harf bilan, masalan KE yoki PT.
cli-arg-issuer-kind = Siz kimsiz: trainer, employer, centre, college yoki colleague.
cli-arg-revoke-index = Qaytarib olinadigan tasdiqnoma raqami.
cli-arg-cred-out = Yoziladigan fayl.
cli-arg-endorse-request = Kishi sizga bergan soʻrov: fayl (request.cbor), uning QR kodi rasmi (PNG yoki JPEG) yoki CNR1: bilan boshlanadigan matnli fayl
cli-arg-endorse-text = Agar kishi soʻrovni xabar orqali yuborgan boʻlsa, CNR1: bilan boshlanadigan soʻrov matni. Fayl oʻrniga.
cli-arg-endorse-assessed-by = Koʻnikmani qanday tekshirdingiz: observation, test, document yoki interview.
cli-arg-endorse-expires = Tasdiqnoma amal qiladigan oxirgi kun, masalan 2027-05-14. Busiz muddati tugamaydi.
cli-arg-endorse-valid-days = Tasdiqnoma bugundan boshlab necha kun amal qiladi.
cli-arg-anchor-name = Odamlar koʻrishi kerak boʻlgan ishonch manbai nomi.
cli-arg-anchor-key = Ishonch manbaining ochiq kaliti: 64 ta harf va raqam.
cli-arg-bundle-issuer = Tasdiqlovchi fayli, carnet issuer show --json dan. Har bir tasdiqlovchi uchun bir marta bering.
cli-arg-trust-file = Ishonch roʻyxati fayli (.cbor).
cli-arg-status-file = Tasdiqlovchining roʻyxat fayli (.cbor).
cli-arg-verify-image = QR kod rasmi: PNG, JPEG yoki WebP.
cli-arg-verify-text = QR kod matni, CN1: bilan boshlanadi
cli-arg-verify-nonce = Kishidan kodga qoʻyishni soʻragan raqamingiz (hex).
cli-arg-verify-audience = Kishidan kodga qoʻyishni soʻragan nomingiz.

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

issuer-created = { $name } uchun tasdiqlovchi kalitingiz tayyor. Parolingizni xavfsiz saqlang: usiz imzolay olmaysiz.
issuer-label-name = Nomi:
issuer-label-country = Mamlakat:
issuer-label-kind = Turi:
issuer-label-public-key = Ochiq kalit:
issuer-label-kid = Kalit izi:
issuer-label-issued = Berilgan raqamlar:
issuer-label-revoked = Qaytarib olingan:
issuer-revoked = { $index }-raqamli tasdiqnoma qaytarib olindi.
issuer-already-revoked = { $index }-raqamli tasdiqnoma avvalroq qaytarib olingan edi.
issuer-revoked-next-step = Tekshiruvchilar bu haqda faqat keyingi roʻyxatingizdan bilib oladi: uni carnet issuer status-list --out list.cbor bilan yozing, keyin faylni ularga bering.
issuer-status-list-written = { $count ->
   *[other] Roʻyxat shu yerda: { $path }. Unda { $count } ta qaytarib olingan tasdiqnoma bor.
}

endorse-intro = { $count ->
   *[other] Siz { $holder } kalitli kishi uchun { $count } ta yozuvni imzolamoqchisiz:
}
endorse-entry = { $title } ({ $kind }, daraja { $level }, { $dates })
endorse-untitled = (nomsiz)
endorse-how-observation = Siz uning buni qilayotganini koʻrganingizni aytyapsiz.
endorse-how-test = Siz uning sinovdan oʻtganini aytyapsiz.
endorse-how-document = Siz hujjatni tekshirganingizni aytyapsiz.
endorse-how-interview = Siz buni suhbatda tekshirganingizni aytyapsiz.
endorse-expires-on = U { $date } gacha amal qiladi.
endorse-no-expiry = Muddati tugamaydi.
endorse-written = { $count ->
    [one] Imzolandi. { $path } faylini kishiga qaytaring. Uning raqami: { $first }.
   *[other] Imzolandi. { $path } faylini kishiga qaytaring. Ularning raqamlari: { $first } dan { $last } gacha.
}

trust-anchor-added = Endi { $name } imzolagan roʻyxatlarga ishonasiz (kalit izi { $kid }).
trust-bundle-written = { $count ->
   *[other] { $count } ta tasdiqlovchining imzolangan roʻyxati shu yerda: { $path }.
}
trust-imported = { $count ->
   *[other] { $date } sanada yaratilgan { $count } ta tasdiqlovchidan iborat ishonch roʻyxati qoʻshildi.
}
trust-list-empty = Siz hali hech bir tasdiqlovchiga ishonmaysiz. carnet trust import bilan ishonch roʻyxati qoʻshing.
trust-list-bundle = { $days ->
    [0] { $anchor } ishonch roʻyxati, bugun yaratilgan ({ $date }):
   *[other] { $anchor } ishonch roʻyxati, { $days } kun oldin yaratilgan ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, kalit izi { $kid }
revocation-imported = { $count ->
   *[other] { $date } sanada yaratilgan { $name } roʻyxati qoʻshildi: { $count } ta tasdiqnoma qaytarib olingan.
}

## Errors of these commands

error-issuer-exists = Bu jildda allaqachon tasdiqlovchi kaliti bor. Hech narsa oʻzgarmadi.
error-no-issuer = Bu jildda hali tasdiqlovchi kaliti yoʻq. Uni carnet issuer init bilan yarating.
error-issuer-damaged = Bu jilddagi tasdiqlovchi kaliti buzilgan yoki maʼlumotlariga mos emas. Zaxira nusxadan qayta joylang.
error-anchor-exists = Bu jildda allaqachon ishonch manbai kaliti bor. Hech narsa oʻzgarmadi.
error-no-anchor = Bu jildda hali ishonch manbai kaliti yoʻq. Uni carnet trust anchor init bilan yarating.
error-anchor-damaged = Bu jilddagi ishonch manbai kaliti buzilgan yoki maʼlumotlariga mos emas. Zaxira nusxadan qayta joylang.
error-identity-too-new = Bu kalit Carnet ilovasining yangiroq versiyasida yaratilgan. Undan foydalanish uchun Carnet ilovasini yangilang.
error-storage-file = Carnet quyidagini yoza yoki oʻqiy olmadi: { $path }. Joy borligini va u yerga yozishga ruxsatingiz borligini tekshiring. (Yordamchi uchun: { $reason })
error-file-too-big = { $path } Carnet fayli boʻlishi uchun haddan tashqari katta.
error-issuer-kind = “{ $value }” tasdiqlovchi turi emas. trainer, employer, centre, college yoki colleague deb yozing.
error-assessed-by = “{ $value }” tekshirish usuli emas. observation, test, document yoki interview deb yozing.
error-expires-date = “{ $value }” kun emas. Uni yil-oy-kun shaklida yozing, masalan 2027-05-14.
error-expires-past = Tugash kuni bugundan keyin boʻlishi kerak.
error-issuer-indexes-used-up = Bu tasdiqlovchi kaliti barcha raqamlarini berib boʻldi. Yangi tasdiqlovchi kaliti yarating.
error-revoke-not-issued = Siz { $index }-raqamli tasdiqnomani imzolamagansiz. Raqamlaringiz 0 dan { $next } dan kichik songacha.
error-anchor-name = Nom 1 dan 100 tagacha belgidan iborat boʻlishi kerak.
error-anchor-known = Siz bu ishonch manbaiga allaqachon ishonasiz (kalit izi { $kid }).
error-issuer-file = { $path } tasdiqlovchi fayli emas. Tasdiqlovchidan carnet issuer show --json natijasini soʻrang.
error-trust-bundle-not-newer = Sizda bu ishonch roʻyxati yoki shu ishonch manbaining yangirogʻi allaqachon bor. Hech narsa oʻzgarmadi.
error-status-list-not-newer = Sizda bu tasdiqlovchidan yangiroq roʻyxat allaqachon bor. Hech narsa oʻzgarmadi.
error-status-list-issuer-unknown = Bu roʻyxat siz hali ishonmaydigan tasdiqlovchidan (kalit izi { $kid }). Avval uni nomlaydigan ishonch roʻyxatini import qiling.
error-verifier-damaged = Saqlangan ishonch roʻyxatlaringiz buzilgan yoki oʻzgartirilgan. Ularni qayta import qiling.
error-verify-nonce = “{ $value }” hex raqam emas, masalan 3fa9.
error-verify-got-request = Bu koʻnikmalarni koʻrsatadigan kod emas, balki kimningdir yozuvlarini tasdiqlash soʻrovi (matni CNR1: bilan boshlanadi). Hech narsa tekshirilmadi. Tasdiqlovchi uni shunday imzolaydi: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Bu tasdiqlash soʻrovi emas, balki kimningdir koʻnikmalarini koʻrsatadigan kod (matni CN1: bilan boshlanadi). Hech narsa imzolanmadi. Uni tekshirish uchun yozing: carnet verify PICTURE yoki carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Ishonch roʻyxati buzilgan yoki ishonch roʻyxati emas.
error-trust-bundle-wrong-file = Bu Carnet faylining boshqa turi, ishonch roʻyxati emas.
error-trust-bundle-newer-version = Bu ishonch roʻyxati Carnet ilovasining yangiroq versiyasida yaratilgan. Uni oʻqish uchun Carnet ilovasini yangilang.
error-trust-bundle-unknown-anchor = Bu ishonch roʻyxatini siz ishonmaydigan ishonch manbai imzolagan (kalit izi { $kid }). Agar uni bilsangiz, avval carnet trust anchor add bilan qoʻshing.
error-trust-bundle-bad-signature = Bu ishonch roʻyxatidagi imzo mos emas. Fayl oʻzgartirilgan yoki buzilgan.
error-trust-bundle-invalid = Ishonch roʻyxatidagi qiymatdan foydalanib boʻlmaydi ({ $field }).
error-trust-bundle-too-large = Ishonch roʻyxati juda katta.
error-status-list-malformed = Roʻyxat buzilgan yoki qaytarib olingan tasdiqnomalar roʻyxati emas.
error-status-list-wrong-file = Bu Carnet faylining boshqa turi, qaytarib olingan tasdiqnomalar roʻyxati emas.
error-status-list-newer-version = Bu roʻyxat Carnet ilovasining yangiroq versiyasida yaratilgan. Uni oʻqish uchun Carnet ilovasini yangilang.
error-status-list-wrong-issuer = Bu roʻyxat boshqa tasdiqlovchiga tegishli ({ $found }, { $expected } emas).
error-status-list-bad-signature = Bu roʻyxatdagi imzo mos emas. Fayl oʻzgartirilgan yoki buzilgan.
error-status-list-invalid = Roʻyxatdagi qiymatdan foydalanib boʻlmaydi ({ $field }).
error-status-list-too-large = Roʻyxat juda katta.
