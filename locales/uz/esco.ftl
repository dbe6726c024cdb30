# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = Bu xizmat Yevropa Komissiyasining ESCO tasnifidan foydalanadi.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, moslashtirilgan: internetsiz foydalanish uchun oʻzgartirilgan qismi.

## Help

cli-cmd-esco = ESCO — Yevropa koʻnikmalar va kasblar roʻyxatidan koʻnikma va kasblarni internetsiz qidirish.
cli-cmd-esco-search = ESCO koʻnikma va kasblarini nomi boʻyicha, oʻz tilingizda yoki ingliz tilida topish. Kichik yozuv xatolari kechiriladi.
cli-cmd-match = Daftaringizni kasb bilan solishtirish: uning qaysi koʻnikmalari sizda bor, qaysilari hali yoʻq.
cli-arg-esco-text = Qidiriladigan soʻzlar, masalan "welding" yoki "carpenter".
cli-arg-esco-kind = Faqat skill yoki faqat occupation.
cli-arg-esco-limit = Koʻpi bilan nechta natija koʻrsatilsin. Odatda 10.
cli-arg-esco-taxonomy = Carnet bilan keladigan fayl oʻrniga ishlatiladigan ESCO maʼlumot fayli.
cli-arg-match-occupation = ESCO kasbi: uning manzili (http://data.europa.eu/esco/occupation/…) yoki oxiridagi kod.
cli-arg-match-rank = Buning oʻrniga, asosiy koʻnikmalarini daftaringiz eng yaxshi qamrab oladigan 10 ta kasbni koʻrsatish.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = Safaringizning bir bosqichida qaysi yozuvlaringiz muhimligini va nima uchunligini koʻrsatish. Ishga yollash uchun ariza beradigan ishingizni nomlashingiz mumkin.
cli-arg-stage-view-stage = Bosqich: recruitment, pre-departure, arrival, career yoki return.
cli-arg-stage-view-occupation = Ishga yollash uchun: ariza beradigan ishingiz, ESCO manzili (http://data.europa.eu/esco/occupation/…) yoki oxiridagi kod sifatida.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = koʻnikma
esco-kind-occupation = kasb
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = “{ $text }” ga mos ESCO koʻnikmasi yoki kasbi yoʻq.
esco-match-summary = { $total ->
    [0] Bu kasbning ESCOda asosiy koʻnikmalari yoʻq.
   *[other] Daftaringiz uning { $total } ta asosiy koʻnikmasidan { $covered } tasini qamrab oladi.
}
esco-match-essential = Asosiy koʻnikmalar:
esco-match-optional = Qoʻshimcha koʻnikmalar:
esco-coverage-endorsed = tasdiqlangan
esco-coverage-self-declared = oʻzingiz aytgansiz
esco-coverage-missing = yetishmaydi
esco-match-maybe = balki “{ $title }” yozuvingiz ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = Yozuvlaringizning hech birida hali ESCO koʻnikmasi yoʻq. carnet add skill --title … --esco ADDRESS bilan qoʻshing (manzilni carnet esco search bilan toping).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] { $stage } uchun mana bu { $count } ta yozuv muhim:
}
stage-view-none = Hozircha yozuvlaringizning hech biri { $stage } uchun muhim emas. Yozuvlarni shu bosqich bilan belgilang: carnet edit ID --set stages={ $stage }
stage-view-present = Ularni QR kod sifatida koʻrsatish uchun: { $command }
stage-why-target-essential = bu ish uchun asosiy koʻnikma
stage-why-target-optional = bu ish uchun foydali
stage-why-target-maybe = bu ishning koʻnikmasiga mos kelishi mumkin
stage-why-marked = siz uni shu bosqich uchun belgilagansiz
stage-why-abroad = chet elda oʻrganilgan yoki bajarilgan
stage-why-endorsed = imzolangan
stage-why-qualification = diplom yoki sertifikat
stage-why-language = til
stage-why-experience = qilgan ishingiz
stage-why-learning = kurs
stage-why-skill = koʻnikma
