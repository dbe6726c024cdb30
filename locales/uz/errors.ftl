# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = Parol notoʻgʻri. Uni tekshiring va qayta urinib koʻring. Katta va kichik harflar farq qiladi.
error-too-many-attempts = { $minutes ->
   *[other] Juda koʻp notoʻgʻri parol kiritildi. { $minutes } daqiqa kuting, keyin qayta urinib koʻring.
}
error-passphrase-too-short = Bu parol juda qisqa. Kamida { $min } ta belgi ishlating.

## The logbook files

error-no-logbook = Bu jildda hali daftar yoʻq. Avval uni yarating yoki daftaringiz turgan jildni tanlang.
error-already-exists = Bu jildda allaqachon daftar bor. Hech narsa oʻzgarmadi.
error-damaged-key-file = Daftaringiz kaliti buzilgan yoki yoʻq, shuning uchun uni ochib boʻlmaydi. Zaxira nusxadan yoki shu qurilma bilan bogʻlangan qurilmadan nusxani qayta joylang.
error-damaged-database = Daftaringiz buzilgan, shuning uchun uni ochib boʻlmaydi. Zaxira nusxadan yoki shu qurilma bilan bogʻlangan qurilmadan nusxani qayta joylang.
error-too-new = { $what ->
    [export-file] Bu fayl Carnet ilovasining yangiroq versiyasida yaratilgan. Carnet ilovasini yangilang, keyin qayta urinib koʻring.
    [taxonomy] Carnet bilan kelgan ESCO maʼlumotlari Carnet ilovasining yangiroq versiyasiga tegishli. Carnet ilovasini yangilang, keyin qayta urinib koʻring.
   *[other] Daftaringiz Carnet ilovasining yangiroq versiyasida saqlangan. Carnet ilovasini yangilang, keyin qayta urinib koʻring.
}
error-disk-full = Disk toʻla. Hech narsa yoʻqolmadi. Biroz joy boʻshating, masalan eski fayllarni oʻchirib, keyin qayta urinib koʻring.
error-io = Carnet daftaringiz fayllarini oʻqiy yoki yoza olmadi. Jild mavjudligini va unga yozishga ruxsatingiz borligini tekshiring, keyin qayta urinib koʻring.
error-internal = Carnet ichida nimadir buzildi. Bu sizning emas, Carnet xatosi. Iltimos, Carnet yaratuvchilariga xabar bering.

## Entries

error-not-found = “{ $id }” ID raqamli yozuv yoʻq. ID raqamni tekshiring va qayta urinib koʻring.
error-ambiguous-id = “{ $id }” bilan bir nechta yozuv boshlanadi. ID raqamning koʻproq qismini yozing.

## Values the person typed

error-invalid-kind = “{ $value }” yozuv turi emas. skill, qualification, experience, language yoki learning ishlating.
error-invalid-date = “{ $value }” sana emas. Yil (2019), oy (2019-05) yoki kun (2019-05-14) yozing.
error-invalid-level = { $kind ->
    [language] “{ $value }” til darajasi emas. A1, A2, B1, B2, C1 yoki C2 ishlating.
    [qualification] “{ $value }” malaka darajasi emas. 1 dan 8 gacha raqam (EQF) ishlating.
    [learning] “{ $value }” kurs darajasi emas. 1 dan 8 gacha raqam (EQF) ishlating.
    [eqf] “{ $value }” EQF darajasi emas. 1 dan 8 gacha raqam ishlating.
   *[other] “{ $value }” daraja emas. basic, intermediate, advanced yoki expert ishlating.
}
error-invalid-country = “{ $value }” mamlakat kodi emas. Ikki harf ishlating, masalan SY, AF, ER yoki DE.
error-invalid-language = “{ $value }” til kodi emas. Qisqa kod ishlating, masalan ar, fa-AF yoki en.
error-invalid-esco = “{ $value }” ESCO manzili emas. U http://data.europa.eu/esco/ bilan boshlanadi
error-invalid-isco = “{ $value }” ISCO-08 kasb kodi emas. 1 dan 4 tagacha raqam ishlating, masalan 7212.
error-invalid-proficiency = “{ $value }” daraja emas. basic, intermediate, advanced yoki expert ishlating.
error-invalid-context = “{ $value }” oʻrganish usuli emas. formal, non-formal yoki informal ishlating.
error-invalid-stage = “{ $value }” bosqich emas. recruitment, pre-departure, arrival, career yoki return ishlating.
error-invalid-field = “{ $value }” oʻzgartirsa boʻladigan narsa emas. Quyidagilardan birini ishlating: { $expected }.
error-empty-field = { $field ->
    [title] Nomi boʻsh. Qisqa nom yozing.
   *[other] { $field } boʻsh. Unga biror narsa yozing.
}
error-date-order = Tugash sanasi { $to } boshlanish sanasi { $from } dan oldin. Ikkala sanani tekshiring.
error-import-format = Bu fayl Carnet eksporti emas, shuning uchun uni oʻqib boʻlmaydi. Carnet eksport qilgan faylni tanlang.

## Photos

error-evidence-not-an-image = Bu fayl rasm emas. Carnet JPEG, PNG va WebP rasmlarini qabul qiladi.
error-evidence-unsupported-format = Bu { $format } rasmi, Carnet undan foydalana olmaydi. Uni JPEG, PNG yoki WebP sifatida saqlang, keyin qayta urinib koʻring.
error-evidence-damaged = Rasm buzilgan yoki toʻliq emas. Rasmni qayta oling yoki tanlang.
error-evidence-too-large = Rasm juda katta ({ $width } × { $height } piksel). Rasmni pastroq sifat sozlamasi bilan oling yoki kichikroq nusxasini tanlang.
error-evidence-file-too-big = Fayl juda katta ({ $megabytes } MB). Chegara 32 MB. Kichikroq fayl tanlang.
error-evidence-encode-failed = Carnet rasmni saqlay olmadi. Iltimos, qayta urinib koʻring. Agar yana takrorlansa, iltimos, Carnet yaratuvchilariga xabar bering.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = “{ $url }” server manzili emas. Server manzili http://192.168.1.10:8470 kabi koʻrinadi. Uni markazdan soʻrang.
error-sync-no-hub = Bu daftar uchun hali server belgilanmagan. Server manzilini markazdan soʻrang.
error-sync-unreachable = Carnet { $url } dagi serverga ulana olmayapti. Daftaringiz bu qurilmada xavfsiz. Markaz tarmogʻiga ulanganingizda qayta urinib koʻring.
error-sync-refused = Server bu qurilmani bu daftar uchun qabul qilmayapti. Agar bu qurilmani daftaringizdan olib tashlagan boʻlsangiz, bu kutilgan holat. Aks holda, markazdan soʻrang.
error-sync-unknown-logbook = Serverda hali bu daftarning nusxasi yoʻq. Avval daftaringiz bor qurilmani sinxronlang, keyin qayta urinib koʻring.
error-sync-rate-limited = Server band. { $seconds } soniya kuting, keyin qayta urinib koʻring. Daftaringiz bu qurilmada xavfsiz.
error-sync-hub-full = Serverda daftaringiz uchun joy qolmadi. Daftaringiz bu qurilmada xavfsiz. Markazdan soʻrang.
error-sync-hub-error = Serverda muammo yuz berdi ({ $status } { $code }). Daftaringiz bu qurilmada xavfsiz. Keyinroq qayta urinib koʻring yoki markazdan soʻrang.
error-sync-protocol = Server Carnet ilovasining bu versiyasi oʻqiy olmaydigan narsa yubordi. Daftaringiz bu qurilmada xavfsiz. Carnet ilovasini yangilang yoki markazdan soʻrang.
error-sync-forged = Server buzilgan yoki kimdir oʻzgartirgan oʻzgarish yubordi. Carnet undan foydalanmadi va daftaringiz oʻzgarmadi. Markazga xabar bering.
error-sync-incomplete = Server yuborishi kerak boʻlgan barcha oʻzgarishlarni yubormadi. Carnet ulardan foydalanmadi va daftaringiz oʻzgarmadi. Keyinroq qayta urinib koʻring yoki markazga xabar bering.
error-sync-unknown-epoch = Bu qurilmada daftaringizning eng yangi kaliti yoʻq, shuning uchun u serverdagi narsalarni oʻqiy olmaydi. Agar bu qurilmani olib tashlagan boʻlsangiz, bu kutilgan holat. Aks holda, uni qayta bogʻlang.
error-sync-rolled-back = Server baʼzi maʼlumotlarni yoʻqotgan. Bu qurilmadagi daftaringiz toʻliq va oʻzgarmagan. Markazga xabar bering.
error-sync-pairing-code = Bu bogʻlash kodi emas yoki uning bir qismi yetishmaydi. Kodni boshqa qurilmangizda qayta koʻrsating va uni toʻliq skanerlang yoki yozing.
error-sync-pairing-expired = Bu bogʻlash kodi juda eski. Boshqa qurilmangizda yangi kod koʻrsating.
error-sync-pairing-taken = Bu bogʻlash kodiga boshqa qurilma allaqachon javob berdi. Hech narsa ulashilmadi. Boshqa qurilmangizda yangi kod koʻrsating va qayta urinib koʻring.
error-sync-pairing-refused = Boshqa qurilmangiz bu bogʻlashga yoʻq dedi. Hech narsa ulashilmadi.
error-sync-remove-self = Bu siz ishlatayotgan qurilma. Uni olib tashlash uchun buni boshqa qurilmangizdan qiling.
error-sync-cancelled = Siz boshqa qurilmani kutishni toʻxtatdingiz. Hech narsa ulashilmadi. Ikkala qurilma tayyor boʻlganda qaytadan boshlang.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = Bu Carnet tiklash varagʻining kvadrat kodi emas yoki Carnet uni toʻliq oʻqiy olmadi. Butun kodni aniqroq rasmga oling yoki 12 ta soʻzni yozing.
error-sync-recovery-words = { $problem ->
    [count] Tiklash varagʻida 12 ta soʻz bor; siz { $position } ta berdingiz. Hammasini, 12 tasini, tartib bilan yozing.
    [unknown] { $position }-soʻz tiklash varaqlari soʻzlaridan emas. Uning yozilishini varaqda tekshiring.
   *[other] Soʻzlar bir-biriga mos kelmayapti: ulardan biri notoʻgʻri yoki ikkitasining oʻrni almashgan. Har bir soʻzni varaqda tekshiring.
}
error-sync-recovery-no-box = Serverda bu tiklash varagʻi uchun hech narsa yoʻq. Uning oʻrniga yangiroq varaq yaratilgan boʻlishi yoki varaq boshqa server uchun boʻlishi mumkin. Eng yangi varagʻingizdan foydalaning.
error-sheet-write = Carnet varaqni yoza olmadi: { $path }. Jildni va boʻsh joyni tekshiring. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet oʻzining ESCO maʼlumot faylini topa olmayapti ({ $path }). Carnet ilovasini qayta oʻrnating.
error-taxonomy-damaged = Carnet ilovasining ESCO maʼlumot fayli buzilgan ({ $reason }). Carnet ilovasini qayta oʻrnating.
error-unknown-concept = “{ $concept }” degan ESCO koʻnikmasi yoki kasbi yoʻq. Uning manzilini carnet esco search bilan toping.
error-not-an-occupation = “{ $concept }” kasb emas, ESCO koʻnikmasi. Kasbni carnet esco search --kind occupation bilan toping.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet bu rasmda kvadrat kod topa olmadi. Butun kodni aniqroq rasmga oling yoki kodni qoʻlda yozing.
error-save-file = Carnet faylni saqlay olmadi: { $path }. Boʻsh joyni tekshiring. ({ $reason })

## Voice notes

error-evidence-not-audio = Bu fayl ovoz yozuvi emas. Carnet WebM, Ogg, MP4, M4A, AAC, MP3 va WAV ovoz fayllarini qabul qiladi.
error-evidence-audio-is-video = Bu fayl video. Carnet faqat ovozni saqlaydi. Ovozli xabar yozing yoki ovoz faylini tanlang.
error-evidence-audio-too-big = Ovoz fayli juda katta ({ $megabytes } MB). Chegara 5 MB. Qisqaroq ovozli xabar yozing.
error-evidence-audio-damaged = Ovoz fayli buzilgan yoki toʻliq emas. Uni qayta yozing yoki tanlang.
error-evidence-not-evidence = Bu fayl na rasm, na ovoz yozuvi. Carnet rasmlar (JPEG, PNG, WebP) va ovoz fayllarini (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) qabul qiladi.
error-microphone-denied = Carnet mikrofondan foydalana olmaydi. Telefoningiz sozlamalarida ruxsat bering yoki ovoz faylini biriktiring.
error-microphone-failed = Carnet yozib ololmadi. Qayta urinib koʻring yoki ovoz faylini biriktiring.
error-recording-empty = Hech narsa yozilmadi. Qayta urinib koʻring va tugmani bosgandan keyin gapiring.
error-evidence-missing = Bu rasm yoki ovozli xabar hali bu qurilmada yoʻq ({ $sha }). Uni olish uchun sinxronlang.
