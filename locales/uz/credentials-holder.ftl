# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Oʻqituvchi, ish beruvchi yoki markazdan yozuvlarni tasdiqlashni soʻraydigan fayl yaratish.
    .long = Oʻqituvchi, ish beruvchi, markaz, kollej yoki hamkasbdan ayrim yozuvlaringizni tasdiqlashni soʻraydigan soʻrov yarating: fayl, telefonda koʻrsatish yoki chop etish uchun QR kod (.png yoki .svg bilan tugaydigan nom), yoki --text bilan xabar orqali yuborish uchun matn. Uni ularga bering. Ular imzolaydi va sizga tasdiqnoma faylini qaytaradi, uni shunday saqlaysiz: carnet receive
cli-cmd-holder-receive = Oʻqituvchi, ish beruvchi yoki markaz siz uchun imzolagan tasdiqnomani saqlash.
cli-cmd-holder-credentials = Saqlayotgan tasdiqnomalaringiz roʻyxati, yozuvma-yozuv. Yana: carnet wallet
cli-cmd-holder-present = Tanlangan yozuvlarni har kim internetsiz tekshira oladigan bitta QR kod sifatida koʻrsatish.
    .long = Tanlangan yozuvlarni har kim internetsiz tekshira oladigan bitta QR kod sifatida koʻrsatadi. Tasdiqlangan yozuvlar kim tasdiqlagani bilan koʻrsatiladi; --self-declared bilan berilgan yozuvlar faqat siz aytgan deb koʻrsatiladi. Ekranda kod 24 soat ishlaydi; --print bilan 5 yil.
cli-cmd-holder-export = Tasdiqlangan yozuvni boshqa ilovalar uchun W3C Verifiable Credential (Open Badges 3.0) sifatida yozish.
    .long = Tasdiqlangan yozuvni W3C Verifiable Credential 2.0 (Open Badges 3.0 nishoni) sifatida, uni tasdiqlagan kishining imzosi bilan yozadi, shunda boshqa hamyonlar va ilovalar uni tekshira oladi. --out boʻlmasa, ekranga yoziladi.

## Help: arguments

cli-arg-holder-request-ids = Tasdiqlanadigan yozuvlar: ularning ID raqamlari yoki har birining dastlabki 4 yoki undan koʻp belgisi. ID raqamlarni koʻrish uchun yozing: carnet list
cli-arg-holder-request-out = Soʻrov qayerga yozilsin: .png yoki .svg bilan tugaydigan nom QR kod rasmini yaratadi; boshqa har qanday nom, masalan request.cbor, fayl yaratadi.
cli-arg-holder-request-text = Soʻrov matnini (CNR1: bilan boshlanadi) ekranga yozish, uni xabar sifatida yuborish uchun.
cli-arg-holder-receive-file = Sizga berilgan tasdiqnoma fayli, masalan credential.cbor.
cli-arg-holder-present-select = Koʻrsatiladigan tasdiqlangan yozuvlar: ularning ID raqamlari yoki har birining dastlabki 4 yoki undan koʻp belgisi.
cli-arg-holder-present-fields = Har bir yozuvning faqat shu qismlarini koʻrsatish, vergul bilan ajratilgan, masalan title,level. Qolganlari yashirin qoladi. Qismlar: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Busiz hammasi koʻrsatiladi.
cli-arg-holder-present-self-declared = Hech kim tasdiqlamagan, faqat siz aytgan deb koʻrsatiladigan yozuvlar.
cli-arg-holder-present-stage = Nima uchun koʻrsatyapsiz: recruitment, pre-departure, arrival, career yoki return. Busiz: recruitment.
cli-arg-holder-present-audience = Kimga koʻrsatyapsiz, agar ular oʻzlarini nomlashingizni soʻragan boʻlsa, masalan agentlik nomi.
cli-arg-holder-present-nonce = Tekshiruvchi sizga bergan kod, agar bergan boʻlsa (0-9 va a-f belgilari).
cli-arg-holder-present-print = Qogʻoz uchun yaratish: kod tirnalish va bukilishga chidamliroq boʻladi va 24 soat oʻrniga 5 yil ishlaydi.
cli-arg-holder-present-out = Yoziladigan rasm: .png yoki .svg bilan tugaydigan nom.
cli-arg-holder-present-text = QR kod ichidagi matnni ham yozish, uni xabar sifatida yuborish uchun.
cli-arg-holder-export-id = Tasdiqlangan yozuv: uning ID raqami yoki dastlabki 4 yoki undan koʻp belgisi.
cli-arg-holder-export-format = Yoziladigan format. Faqat: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Uni isbotli JSON oʻrniga imzolangan token (VC-JWT) sifatida yozish.
cli-arg-holder-export-out = Yoziladigan fayl, masalan badge.json yoki badge.jwt.

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
       *[other] Bu soʻrov { $count } ta yozuvni tasdiqlashni soʻraydi.
    } Tasdiqlovchi har bir yozuvning quyidagi qismlarini koʻradi:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Soʻrov yozildi: { $path }.
holder-request-next = Faylni tasdiqlovchiga bering. U sizga tasdiqnoma faylini qaytarganda, yozing: carnet receive FILE
holder-receive-done = Saqlandi: tasdiqlagan { $issuer }, { $kind }, { $country }. Qanday tekshirgan: { $assessed }.
holder-validity-until = Berilgan sana: { $issued }. Amal qiladi: { $expires } gacha.
holder-validity-open = Berilgan sana: { $issued }. Tugash sanasi yoʻq.
holder-wallet-empty = Sizda hali tasdiqnoma yoʻq. Soʻrash uchun yozing: carnet request ID --out request.cbor
holder-wallet-damaged = Endi oʻqib boʻlmaydigan tasdiqnoma. Uni bergan kishidan yangisini soʻrang.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): berilgan { $issued }, { $expires } gacha amal qiladi
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): berilgan { $issued }, tugash sanasi yoʻq
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): berilgan { $issued }, tugagan { $expires }
holder-present-nothing = Nimani koʻrsatishni ayting: tasdiqlangan yozuvlar uchun --select ID, boshqalari uchun --self-declared ID.
holder-present-done = QR kod yozildi: { $path }: { $endorsed } ta tasdiqlangan, { $declared } ta oʻzingiz aytgan.
holder-present-size = Oʻlcham: QR versiya { $version }, daraja { $ec }, { $chars } ta belgi.
holder-present-expires = Uni { $when } gacha ({ $hours } soat) tekshirish mumkin.
holder-present-by-kid = Sigʻishi uchun tasdiqlovchilar qisqa iz bilan nomlangan. Tekshiruvchi ular kimligini faqat ishonchli tasdiqlovchilar roʻyxatida ular boʻlsa koʻradi.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = oʻqituvchi
holder-issuer-kind-employer = ish beruvchi
holder-issuer-kind-centre = markaz
holder-issuer-kind-college = kollej
holder-issuer-kind-colleague = hamkasb (siz bilan ishlagan kishi, tashkilot emas)

## How they checked

holder-assessed-observation = ishlayotganingizni kuzatgan
holder-assessed-test = sinov
holder-assessed-document = hujjatni tekshirgan
holder-assessed-interview = suhbat

## Errors

error-holder-no-key = Bu daftarda tasdiqnomalarni imzolash uchun kalit yoʻq. Hech narsa oʻzgarmadi. Iltimos, bu muammo haqida xabar bering.
error-holder-write-file = Fayl yozilmadi: { $path }: { $reason }. Jild mavjudligini va boʻsh joy borligini tekshiring, keyin qayta urinib koʻring.
error-holder-entry-unfit = “{ $title }” yozuvini tasdiqnomaga qoʻyib boʻlmaydi: uning { $field } qismi juda uzun yoki notoʻgʻri shaklda. Uni carnet edit bilan oʻzgartiring, keyin qayta urinib koʻring.
error-holder-unknown-field = “{ $value }” yozuvning koʻrsatiladigan qismi emas. Qismlar: { $known }.
error-holder-credential-no-entries = { $path } tasdiqnomasi qaysi yozuvingizni tasdiqlashini aytmaydi. Hech narsa saqlanmadi. Soʻrov faylidan yaratilgan yangisini soʻrang: carnet request
error-holder-credential-entry-gone = { $path } tasdiqnomasi endi daftaringizda yoʻq yozuvni tasdiqlaydi ({ $id }). Hech narsa saqlanmadi. Agar uni shu qurilmada oʻchirgan boʻlsangiz, daftar nusxasidan qoʻshing, keyin qayta urinib koʻring.
error-holder-credential-damaged = “{ $title }” yozuvining tasdiqnomasini endi oʻqib boʻlmaydi. Uni tasdiqlagan kishidan yangisini soʻrang.
error-holder-not-endorsed = “{ $title }” yozuvini hali hech kim tasdiqlamagan. Uni --self-declared bilan koʻrsating yoki tasdiq soʻrang: carnet request
error-holder-selected-twice = “{ $title }” yozuvi ham --select, ham --self-declared bilan berilgan. Uni bir marta bering.
error-holder-bad-stage = “{ $value }” bosqich emas. Bosqichlar: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Qabul qiluvchi nomi bir qatorda, 1 dan 100 tagacha belgidan iborat boʻlishi kerak.
error-holder-bad-nonce = “{ $value }” tekshiruvchining kodi emas: u 0-9 va a-f belgilaridan iborat 2 dan 128 tagacha belgi boʻlishi kerak.
error-holder-bad-out = { $path } rasmining nomi .png yoki .svg bilan tugashi kerak.
error-holder-no-vc = { $issuer } tomonidan “{ $title }” tasdigʻi Carnet uni W3C tasdiqnomasi sifatida yoza olishidan oldin yaratilgan, va faqat ular uni imzolay oladi. Ulardan qayta tasdiqlashni soʻrang: yangi soʻrov yarating (carnet request ID --out request.cbor), ularga bering va qaytargan faylni saqlang (carnet receive FILE).
