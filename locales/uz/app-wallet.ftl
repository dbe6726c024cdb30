# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Mening tasdiqlarim
app-present = Koʻnikmalarimni koʻrsatish
app-verify = Kodni tekshirish

## Wallet

app-wallet-title = Mening tasdiqlarim
app-wallet-intro = Bular kimdir siz uchun imzolagan koʻnikmalar. Ularni QR kod bilan koʻrsatishingiz mumkin.
app-wallet-empty = Hali hech kim siz uchun koʻnikma imzolamagan. Oʻqituvchi, ish beruvchi yoki markazdan qila oladigan ishingizni tasdiqlashni soʻrang.
app-wallet-by = Imzolagan: { $name } ({ $kind }, { $country })
app-wallet-issued = Imzolangan sana: { $date }
app-wallet-expires = Amal qilish muddati: { $date } gacha
app-wallet-expired = Muddati tugagan: { $date }
app-wallet-no-expiry = Muddati tugamaydi
app-wallet-damaged = Bu tasdiq buzilgan va koʻrsatib boʻlmaydi. Uni imzolagan kishidan yangisini soʻrang.
app-standing-valid = Tekshirilgan: ishonch roʻyxatingizdagi kishi imzolagan
app-standing-unknown-issuer = Imzolangan, lekin imzolovchi ishonch roʻyxatingizda yoʻq
app-standing-expired = Muddati oʻtgan
app-standing-revoked = Imzolovchi qaytarib olgan
app-standing-malformed = Buzilgan

## Present: choosing what to show

app-present-title = Koʻnikmalarimni koʻrsatish
app-present-endorsed = Kimdir imzolagan
app-present-self = Faqat oʻzim aytganman
app-present-self-hint = Tekshiruvchi bularni imzolangan emas, balki oʻz soʻzingiz deb koʻradi.
app-present-details = Har biridan nima koʻrsatilsin
app-present-details-all = Hammasi
app-present-details-short = Faqat nomi va darajasi
app-present-stage = Bu kim uchun?
app-present-print = Qogʻozga chop etish uchun (5 yil amal qiladi)
app-present-make = QR kodni koʻrsatish
app-present-none = Koʻrsatish uchun kamida bitta narsani tanlang.
app-present-nothing-yet = Daftaringiz boʻsh. Avval biror narsa qoʻshing.

## Present: the QR code

app-qr-title = Bu kodni skanerlashsin
app-qr-expires = Bu kod { $date } gacha ishlaydi.
app-qr-preview = Tekshiruvchi nimani koʻradi
app-qr-preview-hide = Tekshiruvchi koʻradiganini yashirish
app-qr-done = Tayyor
app-qr-preview-note = Bu telefondagi kabi ishonch roʻyxatlariga ega tekshiruvchi aynan shuni koʻradi.

## Verify

app-verify-title = Kodni tekshirish
app-verify-intro = Carnet QR kodini rasmga oling yoki rasmini tanlang. Hech narsa hech qayerga yuborilmaydi: tekshiruv shu qurilmada boʻladi.
app-verify-picture = Rasmga olish yoki tanlash
app-verify-text = Yoki kod matnini qoʻying (CN1: bilan boshlanadi)
app-verify-check = Tekshirish
app-verify-checking = Tekshirilmoqda…
app-verify-again = Boshqa kodni tekshirish

## The verdict

app-verdict-title = Natija
app-verdict-made = Yaratilgan: { $stage } uchun, { $date }.
app-verdict-expires = Kod { $date } gacha ishlaydi.
app-verdict-newer = Bu kod Carnet ilovasining yangiroq versiyasida yaratilgan. Uni tekshirish uchun Carnet ilovasini yangilang.
app-item-endorsed = Imzolangan
app-item-self = Oʻz soʻzi
app-item-assessed = Tekshirish usuli: { $how }
app-item-hidden = { $count ->
   *[other] Egasi { $count } ta tafsilotni yashirgan.
}

## Errors of these screens

error-wallet-no-key = Bu daftarda imzolash uchun kalit yoʻq. Hech narsa koʻrsatilmadi. Iltimos, bu muammo haqida xabar bering.
error-wallet-not-endorsed = “{ $title }” hali hech kim tomonidan imzolanmagan. Uni “faqat oʻzim aytganman” deb koʻrsating yoki kimdandir tasdiqlashni soʻrang.
error-wallet-credential-damaged = “{ $title }” tasdigʻi buzilgan. Uni “faqat oʻzim aytganman” deb koʻrsating yoki yangisini soʻrang.
error-wallet-entry-unfit = “{ $title }” kodga sigʻmaydi: uning { $field } qismi juda uzun yoki notoʻgʻri shaklda. Yozuvni oʻzgartiring, keyin qayta urinib koʻring.
error-wallet-selected-twice = “{ $title }” ikki marta tanlangan. Uni bir marta tanlang.
error-wallet-nothing-chosen = Koʻrsatish uchun kamida bitta narsani tanlang.
error-wallet-too-large = Bu bitta QR kod uchun juda koʻp ({ $chars } ta belgi). Kamroq narsa tanlang yoki faqat nomi va darajasini koʻrsating.
error-wallet-credential = Kod yaratilmadi. Hech narsa koʻrsatilmadi. Iltimos, bu muammo haqida xabar bering. (Yordamchi uchun: { $reason })
error-wallet-no-code = Bu rasmda Carnet QR kodi topilmadi. Yaqinroqdan va aniqroq, butun kod ichida boʻladigan qilib qayta rasmga oling.
error-wallet-not-a-picture = Bu fayl Carnet oʻqiy oladigan rasm emas. Rasm (JPEG yoki PNG) ishlating.
error-wallet-picture-too-large = Rasm juda katta ({ $width } × { $height } piksel). Kichikroq rasm oling va qayta urinib koʻring.
error-wallet-got-request = Bu koʻnikmalarni koʻrsatadigan kod emas, balki kimningdir koʻnikmalarini imzolash soʻrovi. Hech narsa tekshirilmadi.
error-wallet-trust-damaged = Ishonch roʻyxatlaringiz buzilgan yoki oʻzgartirilgan. Ularni qayta import qiling. Shungacha hech bir imzolovchi ishonchli hisoblanmaydi.
error-wallet-trust-unreadable = Carnet ishonch roʻyxatlaringizni oʻqiy olmadi: { $path }. Qurilmada joy borligini tekshiring. (Yordamchi uchun: { $reason })
error-wallet-not-yours = Bu tasdiq sizning emas, boshqa birovning daftari uchun yaratilgan. Hech narsa saqlanmadi. Oʻz faylingizni olganingizga ishonch hosil qiling.
error-wallet-bad-signature = Bu fayldagi imzo mos emas: u oʻzgartirilgan yoki buzilgan. Hech narsa saqlanmadi. Faylni qayta soʻrang.
error-wallet-not-a-credential = Bu fayl Carnet imzolangan tasdigʻi emas. Hech narsa saqlanmadi. Imzolagan kishidan u yaratgan faylni soʻrang.
error-wallet-too-many = Bir vaqtda koʻpi bilan { $max } ta narsa soʻrang. Kamroq tanlang.
error-wallet-not-from-request = Bu tasdiq qaysi yozuvingizni tasdiqlashini aytmaydi. Hech narsa saqlanmadi. Soʻrov kodingizdan yaratilgan yangi tasdiq soʻrang.
error-wallet-entry-gone = Bu tasdiq endi daftaringizda yoʻq yozuvni tasdiqlaydi. Hech narsa saqlanmadi. Agar uni olib tashlagan boʻlsangiz, nusxadan qayta qoʻshing, keyin yangi tasdiq soʻrang.

## Asking for a signature, and keeping it

app-request = Imzo soʻrash
app-request-title = Imzo soʻrash
app-request-intro = Bu kodni qila oladigan ishingizni tasdiqlaydigan oʻqituvchi, ish beruvchi yoki markazga koʻrsating. Ular uni Carnet bilan skanerlaydi va sizga imzolangan fayl qaytaradi.
app-request-key = Kalitingiz: { $kid }. Imzolovchi ham xuddi shu kodni koʻradi.
app-request-text = Xuddi shu kod matn koʻrinishida, xabar orqali yuborish uchun
app-request-next = Imzolangan faylni olganingizda “Mening tasdiqlarim”ni oching va “Imzolangan faylni qoʻshish”ni bosing.
app-receive = Imzolangan faylni qoʻshish
app-received = Saqlandi: { $name } ({ $kind }) imzoladi: { $titles }.
