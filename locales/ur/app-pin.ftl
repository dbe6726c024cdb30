# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN سے کھولیں
app-pin-intro = PIN ایک چھوٹا نمبر ہے جو آپ کی لاگ بک صرف اسی آلے پر کھولتا ہے۔ آپ کا پاس فریز اب بھی کام کرتا ہے، اور دوسرے آلات کو اب بھی اس کی ضرورت ہے۔
app-pin-unavailable = اس آلے میں PIN رکھنے کی کوئی محفوظ جگہ نہیں۔ اپنی لاگ بک پاس فریز سے کھولیں۔
app-pin-on = PIN اس آلے پر آپ کی لاگ بک کھولتا ہے۔
app-pin-new = نیا PIN (6 سے 12 ہندسے)
app-pin-again = PIN دوبارہ لکھیں
app-pin-set = یہ PIN استعمال کریں
app-pin-set-done = آپ کا PIN تیار ہے۔ اگلی بار اپنی لاگ بک اس سے کھولیں۔
app-pin-remove = PIN کا استعمال بند کریں
app-pin-removed = PIN بند ہو گیا۔ اپنی لاگ بک پاس فریز سے کھولیں۔
app-pin-mismatch = دونوں PIN ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔

## Unlock

app-pin = PIN
app-pin-unlock = میرے PIN سے کھولیں
app-pin-use-passphrase = اس کے بجائے میرا پاس فریز استعمال کریں
app-pin-use-pin = میرا PIN استعمال کریں

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN میں 6 سے 12 ہندسے ہوتے ہیں، اور کچھ نہیں۔
error-pin-wrong = یہ PIN درست نہیں۔ { $left ->
    [one] 1 اور کوشش، پھر آپ کو پاس فریز چاہیے ہوگا۔
   *[other] { $left } اور کوششیں، پھر آپ کو پاس فریز چاہیے ہوگا۔
}
error-pin-locked = بہت زیادہ غلط PIN، اس لیے PIN بند ہو گیا۔ اپنی لاگ بک پاس فریز سے کھولیں۔ پھر آپ نیا PIN بنا سکتے ہیں۔
error-pin-none = اس آلے پر کوئی PIN نہیں۔ اپنی لاگ بک پاس فریز سے کھولیں۔
error-pin-keystore = اس آلے کی محفوظ جگہ نے جواب نہیں دیا، اس لیے PIN ابھی استعمال نہیں ہو سکتا۔ اپنی لاگ بک پاس فریز سے کھولیں۔
