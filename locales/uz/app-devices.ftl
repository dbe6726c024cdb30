# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Boshqa qurilma qoʻshish
app-pair-intro = Daftaringizni oʻzingizning boshqa telefon yoki kompyuteringizga qoʻying. Ikkala qurilmaga ham server kerak.
app-pair-start = Boshqa qurilma qoʻshish
app-pair-passphrase = Qurilma qoʻshish uchun parolingizni yozing.
app-pair-show = Kodni koʻrsatish
app-pair-scan = Yangi qurilmada “Daftarga qoʻshilish”ni tanlang, keyin bu kvadrat kodni skanerlang yoki uning ostidagi matnni yozing.
app-pair-qr-alt = Yangi qurilma bilan skanerlash uchun kvadrat kod
app-pair-code-label = Kod matn koʻrinishida
app-pair-expires = Kod yana { $time } ishlaydi.
app-pair-waiting = Yangi qurilma kutilmoqda…
app-pair-request = “{ $name }” daftaringizni soʻramoqda.
app-pair-compare = Yangi qurilma ham xuddi shu kodni koʻrsatyaptimi?
app-pair-approve = Ha, ruxsat berish
app-pair-refuse = Yoʻq
app-pair-approved = Endi “{ $name }” qurilmasida daftaringiz bor. U sinxronlangandan keyin qurilmalar roʻyxatida koʻrinadi.
app-pair-refused = Siz yoʻq dedingiz. “{ $name }” hech narsa olmadi.
app-pair-again = Yangi kod koʻrsatish

## Sync screen: the devices of this logbook

app-devices-title = Qurilmalaringiz
app-devices-none = Bu daftarni hali hech bir qurilma sinxronlamagan. Sinxronlang, shunda bu qurilma shu yerda koʻrinadi.
app-devices-this = Shu qurilma
app-devices-added = Qoʻshilgan: { $date }
app-devices-removed = Olib tashlangan: { $date }
app-devices-remove = Olib tashlash
app-devices-remove-confirm = “{ $name }” olib tashlansinmi? Buni telefon yoʻqolganda, sotilganda yoki birovga berilganda ishlating.
app-devices-remove-consequences = Unda bor narsalar qoladi, lekin bundan keyin siz qoʻshgan narsalarni ololmaydi. Daftaringiz yangi kalit oladi, boshqa qurilmalaringiz uni sinxronlaganda oladi. Oʻsha qurilmani yana ishlatish uchun uni qaytadan qoʻshing.
app-devices-remove-yes = Ha, olib tashlansin
app-devices-removed-done = “{ $name }” olib tashlandi. Endi daftaringizda yangi kalit bor, u qurilmada esa yoʻq.
app-devices-new-sheet = Tiklash varagʻingizda eski kalit bor. Hoziroq Sozlamalarda yangisini yarating va eskisini yoʻq qiling.

## First run: another way to start

app-start-other = Sizda allaqachon daftar bormi?
app-start-join = Boshqa qurilmadan qoʻshilish
app-start-recover = Varaq bilan tiklash

## First run: joining a logbook from another device

app-join-title = Daftarga qoʻshilish
app-join-intro = Boshqa qurilmangizda Sinxronlashni oching va “Boshqa qurilma qoʻshish”ni tanlang. U kod koʻrsatadi.
app-join-code = Kod (CNP1: bilan boshlanadi)
app-join-code-hint = Kodni shu yerga qoʻying yoki yozing
app-join-picture = Kod rasmini ochish
app-join-name = Bu qurilma uchun nom
app-join-name-default = Yangi qurilmam
app-join-passphrase = Bu qurilma uchun parol tanlang
app-join-send = Davom etish
app-join-check = Boshqa qurilmangiz xuddi shu kodni koʻrsatishi kerak. U yerda ruxsat bering.
app-join-waiting = Boshqa qurilmangiz ruxsatini kutmoqda…
app-join-copying = Daftaringiz nusxalanmoqda…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Daftaringizni tiklash
app-recover-intro = Tiklash varagʻingiz va parolingizdan foydalaning. Carnet daftaringizni serverdan qaytarib oladi.
app-recover-by-words = 12 ta soʻzni yozish
app-recover-by-code = Kvadrat koddan foydalanish
app-recover-words = 12 ta soʻz, tartib bilan
app-recover-words-hint = soʻz1 soʻz2 soʻz3 …
app-recover-hub = Varaqdagi server manzili
app-recover-code = Kvadrat kod matni (CNS1: bilan boshlanadi)
app-recover-picture = Varaq rasmini ochish
app-recover-passphrase = Parolingiz (avval ishlatganingiz)
app-recover-start = Daftarimni tiklash

## Reading a square code from a picture

app-picture-read = Kod rasmdan oʻqildi.
app-scan-camera = Kamera bilan skanerlash
error-camera-scan = Hech qanday kod oʻqilmadi. Agar Carnet kameradan foydalana olmasa, telefon sozlamalarida ruxsat bering. Kod rasmini ham ochishingiz mumkin.

## Settings: the recovery sheet

app-sheet-title = Tiklash varagʻi
app-sheet-intro = Tiklash varagʻi — 12 ta soʻz va kvadrat kod yozilgan qogʻoz. Agar bu telefonni yoʻqotsangiz, varaq va parolingiz daftaringizni yangi telefonga qaytaradi. Varaqni xavfsiz joyda, telefoningizdan uzoqda saqlang. Parolingizni u bilan birga saqlamang.
app-sheet-replaces = Yangi varaq eskisining oʻrnini oladi: eski varaq ishlamay qoladi.
app-sheet-needs-hub = Varaq serverdan foydalanadi. Avval Sinxronlash ekranida server manzilini kiriting.
app-sheet-passphrase = Varaq yaratish uchun parolingizni yozing
app-sheet-format = Qanday saqlash
app-sheet-pdf = PDF, chop etish uchun
app-sheet-png = Rasm
app-sheet-make = Tiklash varagʻini yaratish
app-sheet-saved = Tiklash varagʻingiz saqlandi: { $path }. Uni chop eting yoki quyidagi soʻzlarni yozib oling va qogʻozni xavfsiz saqlang.
app-sheet-english = Varaq ingliz tilida: Carnet hali tilingiz harflarini unda chiza olmaydi.
app-sheet-words = 12 ta soʻzingiz

## Settings: export and import

app-export-title = Eksport va import
app-export-intro = Eksport butun daftaringizni bitta faylga saqlaydi — oʻzingizda saqlash yoki oʻzingiz tanlagan kishiga berish uchun.
app-export-consent = Bu fayl daftaringizni oʻqiladigan shaklda saqlaydi: u parolingiz bilan qulflanmagan. Faylni olgan har kim undagi hamma narsani oʻqiy oladi. Rasmlar faylda yoʻq.
app-export-agree = Tushundim. Faylni saqlash
app-export = Eksport
app-export-saved = { $count ->
   *[other] { $count } ta yozuv saqlandi: { $path }.
}
app-import-intro = Import eksport qilingan fayldagi narsalarni shu daftarga qoʻshadi. Daftaringizdan hech narsa oʻchirilmaydi.
app-import = Fayl import qilish
app-import-added = { $count ->
    [0] Yangi yozuv yoʻq.
   *[other] { $count } ta yangi yozuv qoʻshildi.
}
app-import-updated = { $count ->
    [0] Hech bir yozuv oʻzgarmadi.
   *[other] { $count } ta yozuv oʻzgardi.
}
app-import-unchanged = { $count ->
    [0] Hech bir yozuv avvaldan bir xil emas edi.
   *[other] { $count } ta yozuv avvaldan bir xil edi.
}
app-import-profile = Profilingiz yangilandi.
app-import-missing-photos = { $count ->
   *[other] Faylda nomi bor { $count } ta rasm bu qurilmada yoʻq.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Tiklash varagʻingiz yangi parolingiz bilan ishlashda davom etadi.
app-passphrase-sheet-not-updated = Tiklash varagʻingiz serverda yangilanmadi. Yangisini yaratmaguningizcha, unga eski parolingiz kerak boʻladi. Internetga ulanganingizda yangi varaq yarating.

## This device's name

app-device-name = Bu qurilma nomi
app-device-name-hint = Boshqa qurilmalaringiz bu qurilma uchun koʻrsatadigan nom, masalan “Aminaning telefoni”.
app-device-name-saved = Saqlandi. Bu qurilma sinxronlangandan keyin boshqa qurilmalaringiz uni koʻrsatadi.
