# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = Rasmlar va ovozli xabarlar
app-evidence-hint = Nima qila olishingizni koʻrsating: hujjatni rasmga oling yoki ovozingiz bilan u haqida gapirib bering.
app-evidence-add-photo = Sertifikat rasmini qoʻshish
app-evidence-record = Ovozli xabar yozish
app-evidence-attach-sound = Ovoz faylini biriktirish
app-evidence-adding-photo = Rasm qoʻshilmoqda…
app-evidence-adding-voice = Ovozli xabar qoʻshilmoqda…
app-evidence-recording = Yozilmoqda: { $time } / { $max }
app-evidence-stop = Toʻxtatish va saqlash
app-evidence-starting = Mikrofon yoqilmoqda…
app-evidence-photo = Rasm { $number }
app-evidence-voice = Ovozli xabar { $number }
app-evidence-view = Kattaroq koʻrish
app-evidence-close = Yopish
app-evidence-missing = Hali bu telefonda yoʻq. Uni olish uchun sinxronlang.
app-evidence-other = Yangiroq Carnet versiyasidan kelgan fayl. Uni koʻrish uchun Carnet ilovasini yangilang.
app-evidence-saved = Saqlandi. Yana qoʻshishingiz mumkin.
app-evidence-remove-confirm = Bu yozuvdan olib tashlansinmi? U bu qurilmadan ham oʻchiriladi.
