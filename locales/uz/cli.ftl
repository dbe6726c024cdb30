# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Qanday yoziladi:
cli-help-commands = Buyruqlar:
cli-help-arguments = Nima berish kerak:
cli-help-options = Parametrlar:
cli-help-examples = Misollar:

## Help: the whole program

cli-about = Carnet qila oladigan ishlaringiz haqida yozuv yuritadi: koʻnikmalar, ish, tillar, diplomlar va kurslar. Yozuvlar qurilmangizda qoladi va parolingiz bilan qulflanadi.

cli-examples =
    Daftarni boshlash:          carnet init
    Koʻnikma qoʻshish:          carnet add skill --title "Welding" --level advanced
    Yozuvlaringizni koʻrish:    carnet list
    Bitta yozuvni koʻrish:      carnet show 3f2a
    Buyruq boʻyicha yordam:     carnet add --help

cli-opt-data-dir = Daftaringiz saqlanadigan jild. CARNET_DATA_DIR ni ham belgilashingiz mumkin.
cli-opt-json = Boshqa dasturlar uchun JSON shaklida javob berish.
cli-opt-lang = Carnet xabarlari tili, masalan ar, fa, fr, uk yoki en.
cli-opt-help = Ushbu yordamni koʻrsatish.
cli-opt-version = Carnet versiyasini koʻrsatish.

## Help: commands

cli-cmd-init = Parol bilan qulflangan yangi daftar yaratish.
cli-cmd-passphrase = Daftaringiz parolini oʻzgartirish.
cli-cmd-passphrase-change = Parolingizni oʻzgartiring. Eskisini, keyin yangisini ikki marta yozasiz.
cli-cmd-profile = Profilingizni koʻrish yoki oʻzgartirish: ismingiz, mamlakatlaringiz, tillaringiz.
cli-cmd-profile-show = Profilingizni koʻrsatish.
cli-cmd-profile-set = Profilingizni oʻzgartirish. Biror narsani tozalash uchun unga boʻsh qiymat bering, masalan --contact "".
cli-cmd-add = Yozuv qoʻshish: koʻnikma, malaka, ish tajribasi, til yoki kurs.
cli-cmd-list = Yozuvlaringiz roʻyxati.
cli-cmd-show = Bitta yozuv haqida hamma narsani koʻrsatish.
cli-cmd-edit = Yozuvni oʻzgartirish.
cli-cmd-rm = Yozuvni oʻchirish.
cli-cmd-search = Baʼzi soʻzlar bor yozuvlarni topish.
cli-cmd-detach = Yozuvdan rasm yoki ovozli xabarni olib tashlash. Boshqa yozuv uni koʻrsatmasa, u bu qurilmadan ham oʻchiriladi.
cli-cmd-attach = Yozuvga hujjat rasmini qoʻshish, masalan diplom, sertifikat yoki ish hujjati. Yoki ovozli xabar qoʻshish: koʻnikma haqida gapirib bergan ovoz fayli.
cli-cmd-export = Butun daftaringizni boshqa dasturlar oʻqiy oladigan faylga yozish.
cli-cmd-import = Carnet eksport faylini daftaringizga oʻqish. Daftaringizdan hech narsa oʻchirilmaydi.
cli-cmd-devices = Daftaringiz bor qurilmalar.
cli-cmd-devices-list = Daftaringiz bor qurilmalarni koʻrsatish.
cli-cmd-devices-remove = Daftaringizni qurilmadan olib qoʻyish, masalan yoʻqolgan telefondan. U bundan keyin siz qoʻshgan hech narsani oʻqiy olmaydi.
cli-cmd-pair = Daftaringizni oʻzingizning boshqa qurilmangizga qoʻyish, masalan yangi telefonga.
cli-cmd-pair-show = Daftaringiz bor qurilmada: yangi qurilma uchun kod koʻrsatish, keyin unga ruxsat berish.
cli-cmd-pair-join = Yangi qurilmada: boshqa qurilmangiz koʻrsatgan kod bilan daftaringizni olish.
cli-cmd-sync = Oʻzgarishlaringizni markaz serveriga yuborish va boshqa qurilmalaringizda qilingan oʻzgarishlarni olish. Server faqat oʻzi oʻqiy olmaydigan qulflangan nusxani saqlaydi.

## Help: what to give to the commands

cli-arg-kind = Yozuv turi: skill, qualification, experience (ish), language yoki learning (kurs).
cli-arg-title = Qisqa nom, masalan "Welding" yoki "Driving licence B".
cli-arg-description = Agar xohlasangiz, u haqida koʻproq soʻzlar.
cli-arg-level = Qanchalik yaxshi bilasiz. Koʻnikma yoki ish uchun: basic, intermediate, advanced yoki expert. Til uchun: A1 (boshlovchi) dan C2 (juda yaxshi) gacha. Malaka yoki kurs uchun: uning EQF darajasi, 1 dan 8 gacha.
cli-arg-eqf = Diplom yoki kursning EQF darajasi, 1 dan 8 gacha, agar bilsangiz.
cli-arg-from = Qachon boshlangan: yil (2019), oy (2019-05) yoki kun (2019-05-14).
cli-arg-to = Qachon tugagan, xuddi shunday yoziladi. Agar hali davom etsa, yozmang.
cli-arg-organisation = Ish beruvchi, maktab yoki oʻquv markazi.
cli-arg-place = Shahar yoki joy.
cli-arg-country = Mamlakat, ikki harf bilan, masalan SY, AF, DE.
cli-arg-context = Uni qanday oʻrgangansiz: formal (maktab, diplom), non-formal (kurs) yoki informal (amalda).
cli-arg-written-in = Bu yozuvni qaysi tilda yozgansiz, qisqa kod bilan, masalan ar yoki en.
cli-arg-esco = Koʻnikma yoki kasbning ESCO manzili, agar bilsangiz.
cli-arg-isco = ISCO-08 kasb kodi (1 dan 4 tagacha raqam), agar bilsangiz.
cli-arg-stage = Safaringizning qaysi bosqichida bu muhim: recruitment, pre-departure, arrival, career yoki return. Bir nechtasini berishingiz mumkin.

cli-arg-list-kind = Faqat shu turdagi yozuvlarni koʻrsatish: skill, qualification, experience, language yoki learning.
cli-arg-list-stage = Faqat shu bosqichdagi yozuvlarni koʻrsatish: recruitment, pre-departure, arrival, career yoki return.

cli-arg-id = Yozuvning ID raqami. Dastlabki 4 yoki undan koʻp belgi yetarli. ID raqamlarni koʻrish uchun yozing: carnet list
cli-arg-set = Oʻzgarish, FIELD=VALUE shaklida yoziladi, masalan level=advanced. Koʻproq oʻzgartirish uchun yana bering. Boʻsh qiymat maydonni tozalaydi. Maydonlar: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Qidiriladigan soʻzlar.
cli-arg-evidence = Olib tashlanadigan rasm yoki ovozli xabar: uning ID raqami, carnet show va carnet attach koʻrsatganidek (dastlabki 8 yoki undan koʻp belgi yetarli).
cli-arg-photo = Rasm (JPEG, PNG yoki WebP) yoki ovoz fayli (WebM, Ogg, MP4, M4A, AAC, MP3 yoki WAV, 5 MB gacha). Carnet qaysi ekanini bilish uchun fayl ichiga qaraydi. U yashirin maʼlumotlarni, masalan rasm olingan joyni, olib tashlaydi.
cli-arg-format = Fayl turi. Hozircha faqat json.
cli-arg-file = Oʻqiladigan eksport fayli.

cli-arg-name = Boshqalar koʻrishini xohlagan ismingiz.
cli-arg-birth-date = Tugʻilgan sanangiz: 1990, 1990-05 yoki 1990-05-14.
cli-arg-origin = Qaysi mamlakatdan kelgansiz, ikki harf bilan, masalan SY, AF, ER.
cli-arg-current = Hozir yashayotgan mamlakatingiz, ikki harf bilan, masalan DE, FR.
cli-arg-contact = Siz bilan qanday bogʻlanish mumkin, masalan telefon raqami yoki elektron pochta.
cli-arg-language = Siz biladigan til, qisqa kod bilan, masalan ar, fa-AF yoki en. Quyidagi parametrlar shu til haqida.
cli-arg-mother-tongue = Bu til sizning ona tilingiz.
cli-arg-not-mother-tongue = Bu til sizning ona tilingiz emas.
cli-arg-listening = Gapirayotganlarni qanchalik yaxshi tushunasiz: A1 (boshlovchi) dan C2 (juda yaxshi) gacha.
cli-arg-reading = Qanchalik yaxshi oʻqiysiz: A1 dan C2 gacha.
cli-arg-spoken-interaction = Suhbatda qanchalik yaxshi qatnashasiz: A1 dan C2 gacha.
cli-arg-spoken-production = Oʻzingiz qanchalik yaxshi gapirasiz: A1 dan C2 gacha.
cli-arg-writing = Qanchalik yaxshi yozasiz: A1 dan C2 gacha.
cli-arg-remove-language = Profilingizdan tilni olib tashlash.
cli-arg-hub = Markaz serverining manzili, masalan http://192.168.1.10:8470. Carnet uni eslab qoladi.
cli-arg-device-id = Qurilmaning ID raqami, carnet devices list koʻrsatganidek (dastlabki 4 yoki undan koʻp belgi yetarli).
cli-arg-pair-approve = Yangi qurilma shu kodni koʻrsatsa, soʻramasdan ruxsat berish (yordamchilar va skriptlar uchun).
cli-arg-pair-code = Boshqa qurilmangiz koʻrsatgan kod. U CNP1: bilan boshlanadi
cli-arg-pair-name = Bu qurilma uchun nom, uni boshqa qurilmada tanishingiz uchun (masalan "Amal's phone").
cli-arg-sync-status = Faqat oxirgi marta qachon sinxronlanganini va nechta oʻzgarish kutayotganini koʻrsatish. Hech narsa yuborilmaydi.
cli-arg-sync-watch = Sinxronlashni davom ettirish. Serverga ulanib boʻlmasa, keyinroq qayta urinish, har safar uzoqroq kutib.
cli-arg-sync-every = --watch bilan: sinxronlashlar orasida necha soniya kutish (berilmasa 300).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = Kamida { $min } ta belgidan iborat parol tanlang. Daftaringizni har safar ochganda u kerak boʻladi. Uni hech kim siz uchun tiklab bera olmaydi.
cli-passphrase-prompt = Parol:
cli-passphrase-new-prompt = Yangi parol:
cli-passphrase-repeat-prompt = Yangi parolni qayta yozing:
cli-passphrase-changed = Parolingiz oʻzgardi. Endi yangisini ishlating.

## Answers

cli-init-done = Daftaringiz tayyor. U shu jildda: { $dir }
cli-init-next = Parolingizni xavfsiz saqlang. Usiz hech kim, hatto siz ham, daftaringizni ocha olmaydi. Endi qila oladigan ishlaringizni qoʻshing, masalan: carnet add skill --title "Cooking"

cli-list-empty = Daftaringizda hali yozuv yoʻq. Qoʻshish uchun yozing: carnet add skill --title "Cooking"
cli-list-none-match = Soʻraganingizga mos yozuv yoʻq.
cli-search-none = Bu soʻzlar bor yozuv yoʻq. Boshqa soʻzlarni sinab koʻring yoki yozing: carnet list

cli-edit-saved = Oʻzgarishingiz saqlandi.
cli-rm-done = Oʻchirildi: { $title }
cli-detached = Rasm yoki ovozli xabar yozuvdan olib tashlandi.

cli-profile-saved = Profilingiz saqlandi.
cli-profile-empty = Profilingiz boʻsh. Ismingizni qoʻshish uchun yozing: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } ta yozuv qoʻshildi.
}
cli-import-updated = { $count ->
   *[other] { $count } ta yozuv yangilandi.
}
cli-import-unchanged = { $count ->
   *[other] { $count } ta yozuv avvaldan bir xil edi.
}
cli-import-profile-updated = Profilingiz ham yangilandi.
cli-import-missing-photos = { $count ->
   *[other] { $count } ta rasm bu qurilmada yoʻq. Eksport fayllarida rasmlar boʻlmaydi. Ularni qayta qoʻshing: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = ID
cli-show-kind = Turi
cli-show-added = Qoʻshilgan
cli-show-changed = Oʻzgartirilgan
cli-show-evidence = Rasmlar va ovozli xabarlar
cli-show-photo = { $sha }  { $width } × { $height } piksel, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } piksel, bu qurilmada yoʻq
cli-show-voice = { $sha }  ovozli xabar, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ovozli xabar, bu qurilmada yoʻq
cli-show-conflicts = Boshqa qurilma ham yozgan:
cli-show-conflicts-hint = Ulardan birini saqlash uchun yozing: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Nomi
cli-field-description = Tavsif
cli-field-written-in = Yozilgan tili
cli-field-esco = ESCO
cli-field-isco = ISCO-08 kasb kodi
cli-field-level = Daraja
cli-field-eqf = EQF darajasi
cli-field-organisation = Tashkilot
cli-field-place = Joy
cli-field-country = Mamlakat
cli-field-from = Boshlanishi
cli-field-to = Tugashi
cli-field-context = Qanday oʻrgangansiz
cli-field-stages = Bosqichlar

cli-kind-skill = koʻnikma
cli-kind-qualification = malaka
cli-kind-experience = tajriba
cli-kind-language = til
cli-kind-learning = kurs

cli-context-formal = rasmiy (maktab, diplom)
cli-context-non-formal = norasmiy (kurs)
cli-context-informal = amaliy (qilib koʻrib)

cli-stage-recruitment = ishga yollash
cli-stage-pre-departure = joʻnashdan oldin
cli-stage-arrival = yetib kelish
cli-stage-career = ish
cli-stage-return = qaytish

cli-proficiency-basic = boshlangʻich
cli-proficiency-intermediate = oʻrta
cli-proficiency-advanced = yuqori
cli-proficiency-expert = usta

cli-level-eqf = EQF darajasi { $level }

cli-profile-name = Ism
cli-profile-birth-date = Tugʻilgan sana
cli-profile-origin = Qayerdan
cli-profile-current = Yashash joyi
cli-profile-contact = Aloqa
cli-profile-languages = Tillar
cli-profile-mother-tongue = { $language } (ona tili)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = tinglash { $level }
cli-cefr-reading = oʻqish { $level }
cli-cefr-spoken-interaction = boshqalar bilan suhbat { $level }
cli-cefr-spoken-production = gapirish { $level }
cli-cefr-writing = yozish { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet bu yerda “{ $arg }” ni bilmaydi.
cli-error-unknown-command = “{ $command }” degan buyruq yoʻq.
cli-error-invalid-value = “{ $value }” ni { $arg } uchun ishlatib boʻlmaydi.
cli-error-missing-value = { $arg } dan keyin qiymat kerak.
cli-error-valid-values = Ishlatishingiz mumkin: { $values }
cli-error-missing-argument = Nimadir yetishmayapti: { $arg }
cli-error-missing-command = “{ $command }” dan keyin Carnet nima qilishi kerakligini ayting.
cli-error-valid-commands = Buyruqlar: { $commands }
cli-error-conflict = { $arg } ni { $other } bilan birga ishlatib boʻlmaydi.
cli-error-no-equals = { $arg } ni tenglik belgisi va undan keyin darhol qiymat bilan yozing.
cli-error-too-many-values = { $arg } kamroq qiymat oladi. “{ $value }” ortiqcha.
cli-error-wrong-number-of-values = { $arg } qiymatlari soni notoʻgʻri.
cli-error-invalid-utf8 = Carnet siz yozgan baʼzi harflarni oʻqiy olmayapti. Ularni qayta yozing.
cli-error-did-you-mean = { $suggestion } demoqchimidingiz?
cli-error-usage = Carnet bu buyruqni tushunmadi.
cli-error-usage-hint = Nima yozish mumkinligini koʻrish uchun { $command } --help deb yozing.
cli-error-set-format = “{ $value }” oʻzgarish emas. FIELD=VALUE deb yozing, masalan --set level=advanced
cli-error-nothing-to-change = Oʻzgartiradigan narsa yoʻq. Kamida bitta parametr bering, masalan --name "Your name".

cli-error-passphrase-unavailable = Carnet uchun parol kerak, lekin bu yerda uni soʻray olmaydi. Carnet ni terminalda ishga tushiring yoki { $variable } ni belgilang.
cli-error-passphrase-mismatch = Ikki parol bir xil emas. Hech narsa oʻzgarmadi. Iltimos, qayta urinib koʻring.
cli-error-read-file = Carnet faylni oʻqiy olmayapti: { $path }. Fayl nomi va jildni tekshiring, keyin qayta urinib koʻring.
cli-error-no-data-dir = Carnet daftaringiz uchun jild topa olmayapti. Uni --data-dir bilan tanlang, masalan --data-dir ./carnet
cli-error-output = Carnet javobini yoza olmadi. Disk toʻla emasligini tekshiring, keyin qayta urinib koʻring.
cli-error-details = Yordamchi uchun tafsilotlar: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Yaratish uchun yozing: carnet init
cli-hint-already-exists = Unda nima borligini koʻrish uchun yozing: carnet list. Ikkinchi daftar uchun --data-dir bilan boshqa jild tanlang.
cli-hint-not-found = ID raqamlarni koʻrish uchun yozing: carnet list
cli-hint-ambiguous-id = ID raqamlarni koʻrish uchun yozing: carnet list
cli-hint-import-format = Shu buyruq bilan yaratilgan faylni tanlang: carnet export --format json
cli-hint-invalid-field = Maydonlar roʻyxati uchun yozing: carnet edit --help

## carnet sync

cli-sync-phase-sending = Yuborilmoqda
cli-sync-phase-receiving = Qabul qilinmoqda
cli-sync-phase-photos = Rasmlar
cli-sync-done = { $hub } bilan sinxronlandi.
cli-sync-changes = { $sent ->
   *[other] { $sent } ta oʻzgarish yuborildi
}, { $received ->
   *[other] { $received } ta oʻzgarish qabul qilindi.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } ta rasm yuborildi
}, { $received ->
   *[other] { $received } ta rasm qabul qilindi.
}
cli-sync-bytes = Sarflangan maʼlumot: { $up } KB yuborildi, { $down } KB qabul qilindi.
cli-sync-retry = Qayta urinish { $seconds ->
   *[other] { $seconds } soniyadan keyin.
}
cli-sync-status-hub = Server: { $hub }
cli-sync-status-last = Oxirgi sinxronlash: { $when }
cli-sync-status-pending = { $count ->
    [0] Kutayotgan oʻzgarish yoʻq.
   *[other] { $count } ta oʻzgarish yuborilishini kutmoqda.
}
cli-sync-no-hub = hali yoʻq
cli-sync-never = hech qachon
cli-hint-sync-no-hub = Uni belgilash uchun yozing: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Oʻzgarishlaringiz saqlangan. Keyinroq qayta urinish uchun yozing: carnet sync

## carnet pair

cli-pair-show-scan = Bu kodni yangi qurilmangiz bilan skanerlang yoki quyidagi matnni u yerda yozing.
cli-pair-show-expires = Kod 10 daqiqa ishlaydi.
cli-pair-show-request = “{ $name }” qurilmasi daftaringizni soʻramoqda. Uning kodi: { $fingerprint }.
cli-pair-show-ask = Yangi qurilmangiz ham xuddi shu kodni koʻrsatyaptimi? Ruxsat berish uchun ha deb yozing, aks holda yoʻq.
cli-pair-yes = ha
cli-pair-show-approved = Endi “{ $name }” qurilmasida daftaringiz bor.
cli-pair-show-refused = Siz yoʻq dedingiz. “{ $name }” hech narsa olmadi.
cli-pair-default-name = Yangi qurilma
cli-pair-join-check = Boshqa qurilmangiz shu kodni koʻrsatishi kerak: { $fingerprint }. U yerda ruxsat bering.
cli-pair-join-done = { $count ->
   *[other] Endi bu qurilmada daftaringiz bor, { $count } ta yozuv bilan.
}

## carnet devices

cli-devices-none = Bu daftarni hali hech bir qurilma sinxronlamagan.
cli-devices-line = { $id }  { $name }  ({ $added } dan beri)
cli-devices-this = ← shu qurilma
cli-devices-removed = (olib tashlangan: { $when })
cli-devices-removed-done = “{ $name }” olib tashlandi. Endi daftaringizda yangi kalit bor, u qurilmada esa yoʻq.
cli-devices-new-sheet = Tiklash varagʻingizda eski kalit bor. Hoziroq yangisini chop eting va eskisini yoʻq qiling: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Tiklash varagʻini chop etish: u va parolingiz bilan, agar bu telefonni yoʻqotsangiz, daftaringizni yangi telefonda qaytarib olishingiz mumkin.
cli-cmd-recover = Yangi qurilmada: daftaringizni tiklash varagʻi va parolingiz bilan qaytarib olish.
cli-arg-recovery-out = Varaq yoziladigan fayl. U .png yoki .pdf bilan tugashi kerak.
cli-arg-recover-sheet = Tiklash varagʻingizning rasmi yoki skani (PNG yoki JPEG). Carnet uning kvadrat kodini oʻqiydi.
cli-arg-recover-words = Tiklash varagʻingizdagi 12 ta soʻz, tartib bilan, qoʻshtirnoq ichida. --hub ni ham bering.
cli-arg-recover-hub = Tiklash varagʻingizda chop etilgan server manzili, masalan http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet varaqni .png yoki .pdf fayl sifatida yoza oladi, “{ $path }” sifatida emas.
cli-recovery-sheet-done = Tiklash varagʻingiz shu yerda: { $path }. Uni chop eting va qogʻozni xavfsiz joyda, telefoningizdan uzoqda saqlang.
cli-recovery-sheet-english = Varaq ingliz tilida: Carnet hali tilingiz harflarini unda toʻgʻri chiza olmaydi.
cli-recovery-sheet-replaced = Avval chop etgan har qanday varagʻingiz endi ishlamaydi. Uni yoʻq qiling.
cli-recover-done = { $count ->
   *[other] Daftaringiz bu qurilmaga qaytdi: { $count } ta yozuv.
}
cli-passphrase-sheet-updated = Tiklash varagʻingiz yangi parolingiz bilan ishlashda davom etadi.
cli-passphrase-sheet-not-updated = Tiklash varagʻingiz serverda yangilanmadi. Yangisini chop etmaguningizcha, unga eski parolingiz kerak boʻladi. Ulanganingizda yangi varaq chop eting: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet tiklash varagʻi
cli-sheet-made = Yaratilgan: { $date }
cli-sheet-hub = Server: { $hub }
cli-sheet-words = 12 ta soʻzingiz
cli-sheet-instructions =
    Bu qogʻozni xavfsiz saqlang. U va parolingiz bilan daftaringizni yangi telefonda qaytarib olasiz:
    1. Yangi telefonga Carnet oʻrnating va daftarni qaytarib olishni tanlang.
    2. Kvadrat kodni skanerlang yoki 12 ta soʻz va server manzilini yozing.
    3. Parolingizni yozing. Daftar serverdan qaytadi.
    Kompyuterda: carnet recover --sheet photo.jpg
cli-sheet-warning = Bu qogʻozning oʻzi daftaringizni ochmaydi: parolingiz ham kerak. Ularni birga saqlamang. Yangi varaq chop etsangiz, bu varaq ishlamay qoladi.
