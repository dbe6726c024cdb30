# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN bilan ochish
app-pin-intro = PIN — daftaringizni faqat shu qurilmada ochadigan qisqa raqam. Parolingiz ham ishlashda davom etadi, boshqa qurilmalarga esa hali ham u kerak.
app-pin-unavailable = Bu qurilmada PINni saqlash uchun xavfsiz joy yoʻq. Daftaringizni parolingiz bilan oching.
app-pin-on = PIN daftaringizni shu qurilmada ochadi.
app-pin-new = Yangi PIN (6 dan 12 tagacha raqam)
app-pin-again = PINni yana bir bor yozing
app-pin-set = Shu PINni ishlatish
app-pin-set-done = PIN tayyor. Keyingi safar daftaringizni u bilan oching.
app-pin-remove = PINni ishlatmaslik
app-pin-removed = PIN oʻchirildi. Daftaringizni parolingiz bilan oching.
app-pin-mismatch = Ikki PIN bir xil emas. Ularni qayta yozing.

## Unlock

app-pin = PIN
app-pin-unlock = PINim bilan ochish
app-pin-use-passphrase = Buning oʻrniga parolimni ishlatish
app-pin-use-pin = PINimni ishlatish

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN 6 dan 12 tagacha raqamdan iborat, boshqa hech narsa emas.
error-pin-wrong = Bu PIN notoʻgʻri. { $left ->
   *[other] Yana { $left } ta urinish qoldi, keyin parolingiz kerak boʻladi.
}
error-pin-locked = Juda koʻp notoʻgʻri PIN kiritildi, shuning uchun PIN oʻchirildi. Daftaringizni parolingiz bilan oching. Keyin yangi PIN yaratishingiz mumkin.
error-pin-none = Bu qurilmada PIN yoʻq. Daftaringizni parolingiz bilan oching.
error-pin-keystore = Bu qurilmaning xavfsiz xotirasi javob bermadi, shuning uchun hozir PINni ishlatib boʻlmaydi. Daftaringizni parolingiz bilan oching.
