# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Standart nomni topish (ESCO)
app-esco-find-hint = Bir nechta harf yozing, masalan “payvand”
app-esco-why = Boshqa mamlakatlardagi ish beruvchilar bu nomlarni biladi. Qiladigan ishingizga eng yaqinini tanlang.
app-esco-none = Standart nom topilmadi. Boshqa soʻzlarni yoki qisqaroq soʻzni sinab koʻring.
app-esco-english = Ingliz tilida: { $english }
app-esco-linked = Standart nom
app-esco-unlink = Olib tashlash
app-esco-choose = Tanlash
app-esco-searching = Qidirilmoqda…
app-esco-kind-skill = Koʻnikma
app-esco-kind-occupation = Kasb

## Comparing with a job

app-match = Menga mos ishlar
app-match-title = Menga mos ishlar
app-match-intro = Kasbni tanlang va uning qaysi koʻnikmalari daftaringizda borligini, qaysilari yetishmasligini koʻring.
app-match-find = Kasb topish
app-match-chosen = Siz tanlagan kasb
app-match-find-hint = Masalan “oshpaz” yoki “payvandchi”
app-match-fit = Daftarimga mos kasblar
app-match-fit-none = Yozuvlaringizning hech birida hali standart nom yoʻq. Avval biror yozuvga qoʻshing: Oʻzgartirish, keyin “Standart nomni topish”.
app-match-fit-line = { $total } ta asosiy koʻnikmadan { $covered } tasi ({ $percent }%)
app-match-summary = { $total ->
    [0] Bu kasbning ESCOda asosiy koʻnikmalari yoʻq.
   *[other] Daftaringiz uning { $total } ta asosiy koʻnikmasidan { $covered } tasini koʻrsatadi.
}
app-match-essential = Asosiy koʻnikmalar
app-match-optional = Boshqa foydali koʻnikmalar
app-match-endorsed = Imzolangan
app-match-self-declared = Oʻzingiz aytgansiz
app-match-missing = Yetishmaydi
app-match-maybe = Bu sizning “{ $title }” yozuvingizmi?
app-match-link = Ha, bogʻlash
app-match-other-job = Boshqa kasb

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Shu bosqich uchun tanlash
app-stage-template-hint = Carnet shu bosqichda muhim boʻlgan narsalarni belgilaydi. Siz uni oʻzgartirishingiz mumkin.
app-stage-target = Siz ariza beradigan kasb (oʻtkazib yuborishingiz mumkin)
