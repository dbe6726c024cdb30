# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Ishonch roʻyxatlari
app-trust-title = Ishonch roʻyxatlari
app-trust-intro = Ishonch roʻyxati siz biladigan tarmoqdan keladi, masalan oʻquv markazlari guruhidan. Unda tarmoq kafolat beradigan kollejlar, markazlar va ish beruvchilar nomlari bor. Ulardan biri imzolagan kod tekshirilgan deb koʻrsatiladi.
app-trust-warning = Faqat kalitini shu tarmoqning oʻzidan olgan tarmoqqa ishoning: yuzma-yuz, uning oʻz qogʻozida yoki oʻz veb-saytidan. Bu yerga kalit qoʻya oladigan har kim soxta kodlarni tekshirilgandek koʻrsata oladi.

## What is held

app-trust-held = Bu qurilma nimaga ishonadi
app-trust-none = Bu qurilma hali hech bir tarmoqqa ishonmaydi. Imzolangan kodlar “Imzolangan, lekin siz ishonadigan tasdiqlovchi tomonidan emas” deb koʻrsatiladi.
app-trust-kid = Kalit izi: { $kid }
app-trust-no-list = Bu tarmoqdan hali ishonch roʻyxati yoʻq. Uning faylini quyida qoʻshing.
app-trust-list-line = { $date } sanali ishonch roʻyxati ({ $days ->
    [0] bugun
   *[other] { $days } kun oldin
}): { $count ->
   *[other] { $count } ta joy
}
app-trust-status-held = Qaytarib olingan tasdiqlar
app-trust-status-line = { $name }: { $date } sanali roʻyxat ({ $days ->
    [0] bugun
   *[other] { $days } kun oldin
}), { $count ->
    [0] hech narsa qaytarib olinmagan
   *[other] { $count } ta qaytarib olingan
}

## Stop trusting a network

app-trust-remove = Ishonishni toʻxtatish
app-trust-remove-confirm = { $name } tarmogʻiga ishonish toʻxtatilsinmi? Uning roʻyxatidagi joylar imzolagan kodlar endi tekshirilgan deb koʻrsatilmaydi. Tarmoqni keyinroq yana qoʻshishingiz mumkin.
app-trust-remove-yes = Ha, ishonishni toʻxtatish
app-trust-removed = Endi { $name } tarmogʻiga ishonmaysiz.

## Trust a network

app-trust-add-title = Tarmoqqa ishonish
app-trust-add-hint = Tarmoq kaliti va nomini yozing yoki qoʻying, yoki tarmoq bergan faylni oching.
app-trust-key = Tarmoq kaliti (64 ta harf va raqam)
app-trust-name = Tarmoq nomi
app-trust-from-file = Tarmoq kaliti faylini ochish
app-trust-add = Bu tarmoqqa ishonish
app-trust-added = Endi { $name } tarmogʻiga ishonasiz. Endi uning ishonch roʻyxatini qoʻshing.

## Files

app-trust-bundle-title = Ishonch roʻyxatini qoʻshish
app-trust-bundle-hint = Tarmoq sizga bergan, .cbor bilan tugaydigan fayl. Yangirogʻi eskisining oʻrnini oladi.
app-trust-bundle-open = Ishonch roʻyxati faylini ochish
app-trust-bundle-done = { $name } ishonch roʻyxati qoʻshildi ({ $date }): { $count ->
   *[other] { $count } ta joy
}.
app-trust-status-title = Qaytarib olingan tasdiqlar roʻyxatini qoʻshish
app-trust-status-hint = Kollej yoki markaz xato bilan bergan tasdiqni qaytarib olishi mumkin. Uning roʻyxati bu qurilmaga qaysilari ekanini aytadi.
app-trust-status-open = Roʻyxat faylini ochish
app-trust-status-done = { $name } roʻyxati qoʻshildi ({ $date }): { $count ->
    [0] hech narsa qaytarib olinmagan
   *[other] { $count } ta tasdiq qaytarib olingan
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Bu fayl tarmoq kaliti fayli emas. Tarmoq bergan faylni oching yoki kalitni yozing.
error-app-anchor-invalid-key = Bu tarmoq kaliti emas. Kalitda aniq 64 ta harf (a dan f gacha) va raqam boʻladi. Toʻliq nusxalanganini tekshiring.
error-app-anchor-name = Tarmoqqa 1 dan 100 tagacha harfdan iborat nom bering.
error-app-anchor-known = Siz bu tarmoqqa allaqachon ishonasiz (kalit izi { $kid }). Hech narsa oʻzgarmadi.
error-app-trust-bundle-malformed = Bu fayl ishonch roʻyxati emas yoki buzilgan. Hech narsa oʻzgarmadi.
error-app-trust-bundle-wrong-file = Bu Carnet faylining boshqa turi, ishonch roʻyxati emas. Hech narsa oʻzgarmadi.
error-app-trust-bundle-newer-version = Bu ishonch roʻyxati Carnet ilovasining yangiroq versiyasida yaratilgan. Uni oʻqish uchun Carnet ilovasini yangilang.
error-app-trust-bundle-unknown-anchor = Bu ishonch roʻyxati siz ishonmaydigan tarmoqdan (kalit izi { $kid }). Avval tarmoqqa ishoning, keyin uning roʻyxatini yana qoʻshing.
error-app-trust-bundle-bad-signature = Bu ishonch roʻyxatidagi imzo mos emas: fayl oʻzgartirilgan yoki buzilgan. Hech narsa oʻzgarmadi. Faylni tarmoqdan qayta soʻrang.
error-app-trust-bundle-invalid = Bu ishonch roʻyxatidan foydalanib boʻlmaydi. Hech narsa oʻzgarmadi. Faylni tarmoqdan qayta soʻrang.
error-app-trust-bundle-too-large = Bu fayl ishonch roʻyxati boʻlishi uchun juda katta. Hech narsa oʻzgarmadi.
error-app-trust-bundle-not-newer = Sizda bu ishonch roʻyxati yoki shu tarmoqning yangirogʻi allaqachon bor. Hech narsa oʻzgarmadi.
error-app-status-list-malformed = Bu fayl qaytarib olingan tasdiqlar roʻyxati emas yoki buzilgan. Hech narsa oʻzgarmadi.
error-app-status-list-wrong-file = Bu Carnet faylining boshqa turi, qaytarib olingan tasdiqlar roʻyxati emas. Hech narsa oʻzgarmadi.
error-app-status-list-newer-version = Bu roʻyxat Carnet ilovasining yangiroq versiyasida yaratilgan. Uni oʻqish uchun Carnet ilovasini yangilang.
error-app-status-list-wrong-issuer = Bu roʻyxat boshqa imzolovchiga tegishli ({ $found }, { $expected } emas). Hech narsa oʻzgarmadi.
error-app-status-list-bad-signature = Bu roʻyxatdagi imzo mos emas: fayl oʻzgartirilgan yoki buzilgan. Hech narsa oʻzgarmadi.
error-app-status-list-invalid = Bu roʻyxatdan foydalanib boʻlmaydi. Hech narsa oʻzgarmadi. Faylni qayta soʻrang.
error-app-status-list-too-large = Bu fayl qaytarib olingan tasdiqlar roʻyxati boʻlishi uchun juda katta. Hech narsa oʻzgarmadi.
error-app-status-list-issuer-unknown = Bu roʻyxat ishonch roʻyxatlaringizning hech birida nomi yoʻq imzolovchidan (kalit izi { $kid }). Avval uning nomi bor ishonch roʻyxatini qoʻshing.
error-app-status-list-not-newer = Sizda bu imzolovchidan yangiroq roʻyxat allaqachon bor. Hech narsa oʻzgarmadi.
error-app-verifier-write = Carnet faylni saqlay olmadi: { $path }. Qurilmada joy borligini tekshiring. (Yordamchi uchun: { $reason })
