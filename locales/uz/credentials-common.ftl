# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] Bu soʻrov buzilgan yoki Carnet soʻrovi emas. Uni qayta soʻrang.
        [credential] Bu tasdiqnoma fayli buzilgan yoki Carnet tasdiqnomasi emas. Yozuvlaringizni tasdiqlagan kishidan uni qayta yuborishini soʻrang.
       *[other] Bu buzilgan yoki Carnet fayli emas.
    }
error-credential-wrong-file = { $expected ->
        [request] Bu Carnet soʻrovi emas: bu Carnet faylining boshqa turi. Soʻrov carnet request bilan yaratiladi.
        [credential] Bu Carnet tasdiqnomasi emas: bu Carnet faylining boshqa turi. Yozuvlaringizni tasdiqlagan kishi bergan faylni tanlaganingizni tekshiring.
       *[other] Bu Carnet faylining boshqa turi. Toʻgʻri faylni tanlaganingizni tekshiring.
    }
error-credential-newer-version = { $what ->
        [request] Bu soʻrov Carnet ilovasining yangiroq versiyasida yaratilgan.
        [credential] Bu tasdiqnoma Carnet ilovasining yangiroq versiyasida yaratilgan.
        [text] Bu kod Carnet ilovasining yangiroq versiyasida yaratilgan.
       *[other] Bu Carnet ilovasining yangiroq versiyasida yaratilgan.
    } Carnet ilovasini yangilang, keyin qayta urinib koʻring.
error-credential-invalid-field = Qiymatdan foydalanib boʻlmaydi ({ $field }): u juda uzun yoki notoʻgʻri shaklda. Hech narsa yozilmadi.
error-credential-entry-count = Soʻrovda 1 dan { $max } tagacha yozuv boʻladi, { $found } ta emas. Koʻproq tasdiqlatish uchun ikkita soʻrov yarating.
error-credential-invalid-key = Bu toʻgʻri ochiq kalit emas. Toʻliq nusxalanganini tekshiring.
error-credential-bad-signature = Bu tasdiqnomadagi imzo mos emas: imzolangandan keyin u oʻzgartirilgan yoki buzilgan. Hech narsa saqlanmadi. Faylni qayta soʻrang.
error-credential-not-yours = Bu tasdiqnoma sizning emas, boshqa birovning daftari uchun yaratilgan. Hech narsa saqlanmadi. Oʻz faylingizni olganingizga ishonch hosil qiling.
error-credential-no-such-entry = Bu tasdiqnomada { $index }-yozuv yoʻq.
error-credential-duplicate-entry = { $index }-yozuv ikki marta tanlangan.
error-credential-wrong-prefix = Bu matn Carnet kodi emas: u CN1: (tekshiriladigan koʻnikmalar) yoki CNR1: (tasdiqlash soʻrovi) bilan boshlanmaydi.
error-credential-base45 = Matnda Carnet kodida boʻlishi mumkin boʻlmagan harflar bor. U kesilgan yoki xato yozilgan boʻlishi mumkin.
error-credential-zlib = Kod kesilgan yoki buzilgan.
error-credential-too-large = Bu kod Carnet kodi boʻlishi uchun haddan tashqari katta.

## QR codes

error-qr-not-alphanumeric = Matnda Carnet uchun QR kod saqlay olmaydigan belgilar bor. Bu Carnet xatosi; iltimos, xabar bering.
error-qr-too-large = Bu bitta QR kod uchun juda koʻp: { $chars } ta belgi, telefonlar yaxshi oʻqiydigan QR kod esa (versiya { $version }, daraja { $ec }) { $capacity } ta belgi sigʻdiradi. Hech narsa yozilmadi. { $what ->
        [request] Bir vaqtda kamroq yozuv soʻrang yoki soʻrovni .cbor bilan tugaydigan faylga yozing.
       *[other] Kamroq yozuv tanlang yoki --fields bilan kamroq qismlarni koʻrsating.
    }
error-qr-bad-version = Bunday QR kod oʻlchami mavjud emas.
error-qr-bad-module-size = Bunday nuqta oʻlchami mumkin emas.
error-qr-not-an-image = Fayl Carnet oʻqiy oladigan rasm emas. PNG, JPEG yoki WebP ishlating.
error-qr-image-too-large = Rasm juda katta ({ $width } × { $height } piksel). Uni kichraytiring va qayta urinib koʻring.
error-qr-not-found = Rasmda hech qanday QR kod oʻqilmadi. Butun kod ichida boʻlgan, aniqroq va yaqinroq rasm oling.
error-qr-render-failed = QR rasmi yaratilmadi. Bu Carnet xatosi; iltimos, xabar bering.
