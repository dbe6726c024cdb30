# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN ile aç
app-pin-intro = PIN, defterinizi yalnızca bu cihazda açan kısa bir sayıdır. Parolanız çalışmaya devam eder ve diğer cihazlar hâlâ ona ihtiyaç duyar.
app-pin-unavailable = Bu cihazda PIN saklamak için güvenli bir yer yok. Defterinizi parolanızla açın.
app-pin-on = Bir PIN, defterinizi bu cihazda açar.
app-pin-new = Yeni PIN (6 ile 12 rakam)
app-pin-again = PIN'i tekrar yazın
app-pin-set = Bu PIN'i kullan
app-pin-set-done = PIN'iniz hazır. Bir dahaki sefere defterinizi onunla açın.
app-pin-remove = PIN kullanmayı bırak
app-pin-removed = PIN kapatıldı. Defterinizi parolanızla açın.
app-pin-mismatch = İki PIN aynı değil. Tekrar yazın.

## Unlock

app-pin = PIN
app-pin-unlock = PIN'imle aç
app-pin-use-passphrase = Bunun yerine parolamı kullan
app-pin-use-pin = PIN'imi kullan

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN 6 ile 12 rakamdan oluşur, başka bir şey içermez.
error-pin-wrong = Bu PIN doğru değil. { $left ->
   *[other] { $left } deneme hakkınız kaldı, sonra parolanız gerekecek.
}
error-pin-locked = Çok fazla yanlış PIN girildi, bu yüzden PIN kapatıldı. Defterinizi parolanızla açın. Sonra yeni bir PIN oluşturabilirsiniz.
error-pin-none = Bu cihazda PIN yok. Defterinizi parolanızla açın.
error-pin-keystore = Bu cihazın güvenli deposu yanıt vermedi, bu yüzden PIN şu anda kullanılamıyor. Defterinizi parolanızla açın.
