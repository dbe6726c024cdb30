# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Tilingizni tanlang
app-continue = Davom etish

## First run: making a passphrase

app-create-title = Daftaringizni himoya qiling
app-create-intro = Parol tanlang. Uni faqat siz bilasiz. Carnet daftaringizni har safar ochganingizda uni soʻraydi.
app-passphrase = Parol
app-passphrase-again = Yana bir bor yozing
app-passphrase-show = Koʻrsatish
app-passphrase-hide = Yashirish
app-strength-too-short = Juda qisqa: kamida { $min } ta belgi ishlating.
app-strength-weak = Zaif: bir nechta soʻz birga osonroq esda qoladi va topish qiyinroq boʻladi.
app-strength-fair = Yaxshi. Uzunroq parol yanada xavfsizroq.
app-strength-strong = Kuchli.
app-passphrase-mismatch = Ikki parol bir xil emas. Ularni qayta yozing.
app-create = Daftarimni yaratish
app-working = Iltimos, kuting…
app-back = Orqaga

## Unlock

app-unlock-title = Daftaringizni oching
app-unlock = Ochish
app-lock = Qulflash

## The logbook

app-logbook-title = Mening daftarim
app-logbook-empty = Daftaringiz boʻsh. Qoʻlingizdan keladigan biror ishni qoʻshing.
app-add = Qoʻshish
app-kind-skill = Koʻnikmalar
app-kind-qualification = Malakalar
app-kind-experience = Ish tajribasi
app-kind-language = Tillar
app-kind-learning = Kurslar
app-self-declared = Oʻzim aytganman
app-show-more = { $count ->
   *[other] Yana { $count } tasini koʻrsatish
}
app-endorsed = Tasdiqlangan

## Adding an entry

app-add-title = Daftarimga qoʻshish
app-add-kind = Bu nima?
app-add-title-label = Nomi
app-add-title-hint = Masalan: Payvandlash, Yuk mashinasi haydash, Arab tili
app-add-level = Daraja
app-level-none = Darajasiz
app-level-basic = Boshlangʻich
app-level-intermediate = Oʻrta
app-level-advanced = Yuqori
app-level-expert = Usta
app-level-eqf = { $level }-daraja
app-save = Saqlash
app-cancel = Bekor qilish

## Moving around

app-settings = Sozlamalar
app-sync = Sinxronlash
app-edit = Oʻzgartirish
app-remove = Olib tashlash

## The logbook: search and filter

app-search = Qidirish
app-search-hint = Soʻz yozing, masalan: payvand
app-stage-filter = Safaringiz bosqichi
app-stage-any = Barcha bosqichlar
app-stage-recruitment = Ishga yollash
app-stage-pre-departure = Joʻnashdan oldin
app-stage-arrival = Yetib kelish
app-stage-career = Ish
app-stage-return = Qaytish
app-search-none = Hech narsa topilmadi. Boshqa soʻz yoki boshqa bosqichni sinab koʻring.

## Changing and removing an entry

app-edit-title = Bu yozuvni oʻzgartirish
app-stages = Safaringiz bosqichlari
app-remove-confirm = “{ $title }” daftaringizdan olib tashlansinmi? Buni ortga qaytarib boʻlmaydi.
app-remove-yes = Ha, olib tashlansin

## Settings

app-settings-title = Sozlamalar
app-settings-language = Til
app-settings-lock = Qulflash vaqti
app-lock-minutes = { $minutes ->
   *[other] { $minutes } daqiqa ishlatilmasa
}
app-settings-passphrase = Parolni oʻzgartirish
app-passphrase-current = Hozirgi parol
app-passphrase-new = Yangi parol
app-passphrase-change = Parolni oʻzgartirish
app-passphrase-changed = Parolingiz oʻzgardi. Endi yangisini ishlating.
app-about = Carnet haqida
app-locked-idle = Carnet daftaringizni qulfladi, chunki bir muddat hech kim undan foydalanmadi. Uni parolingiz bilan qayta oching.

## Sync with a hub

app-sync-title = Server bilan sinxronlash
app-sync-intro = Server daftaringizning qulflangan nusxasini saqlaydi, shunda uni boshqa telefonda ham ishlata olasiz. Server uni oʻqiy olmaydi.
app-hub-address = Server manzili
app-hub-address-hint = Masalan: https://hub.example.org
app-hub-save = Manzilni saqlash
app-sync-now = Hozir sinxronlash
app-sync-never = Hali sinxronlanmagan.
app-sync-last = Oxirgi sinxronlash: { $when }
app-sync-pending = { $count ->
    [0] Yuborishni kutayotgan hech narsa yoʻq.
   *[other] { $count } ta oʻzgarish yuborilishini kutmoqda.
}
app-sync-sending = Yuborilmoqda
app-sync-receiving = Qabul qilinmoqda
app-sync-photos = Rasmlar
app-sync-done = Sinxronlash tugadi.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Daftaringiz qulflangan. Uni parolingiz bilan oching, keyin qayta urinib koʻring.
error-unknown-language = Carnet ilovasida { $tag } tili yoʻq. Roʻyxatdan birini tanlang.

## Settings: how the screens look

app-settings-display = Carnet koʻrinishi
app-high-contrast = Kuchli kontrast (oq ustida qora)
app-text-size = Matn oʻlchami
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Tinglash

## Two languages at once

app-dual-language = Yana shu tilda koʻrsatish
app-dual-none = Ikkinchi tilsiz
