# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = بھروسے کی فہرستیں
app-trust-title = بھروسے کی فہرستیں
app-trust-intro = بھروسے کی فہرست کسی ایسے نیٹ ورک سے آتی ہے جسے آپ جانتے ہیں، مثال کے طور پر تربیتی مراکز کا ایک گروپ۔ اس میں وہ کالج، مراکز اور آجر درج ہوتے ہیں جن کی نیٹ ورک ضمانت دیتا ہے۔ ان میں سے کسی کا دستخط شدہ کوڈ جانچا ہوا دکھتا ہے۔
app-trust-warning = صرف اس نیٹ ورک پر بھروسہ کریں جس کی کلید آپ نے خود نیٹ ورک سے لی ہو: آمنے سامنے، اس کے اپنے کاغذ پر، یا اس کی اپنی ویب سائٹ سے۔ جو کوئی یہاں کلید ڈال سکے وہ جعلی کوڈز کو جانچا ہوا دکھا سکتا ہے۔

## What is held

app-trust-held = یہ آلہ کس پر بھروسہ کرتا ہے
app-trust-none = یہ آلہ ابھی کسی نیٹ ورک پر بھروسہ نہیں کرتا۔ دستخط شدہ کوڈز پر لکھا آتا ہے «دستخط شدہ، لیکن کسی ایسے جاری کرنے والے کا نہیں جس پر آپ بھروسہ کرتے ہیں»۔
app-trust-kid = کلید کا نشان: { $kid }
app-trust-no-list = اس نیٹ ورک کی ابھی کوئی بھروسے کی فہرست نہیں۔ نیچے اس کی فائل شامل کریں۔
app-trust-list-line = { $date } کی بھروسے کی فہرست ({ $days ->
    [0] آج
    [one] 1 دن پرانی
   *[other] { $days } دن پرانی
}): { $count ->
    [one] 1 جگہ
   *[other] { $count } جگہیں
}
app-trust-status-held = واپس لی گئی تصدیقیں
app-trust-status-line = { $name }: { $date } کی فہرست ({ $days ->
    [0] آج
    [one] 1 دن پرانی
   *[other] { $days } دن پرانی
})، { $count ->
    [0] کچھ واپس نہیں لیا گیا
    [one] 1 واپس لی گئی
   *[other] { $count } واپس لی گئیں
}

## Stop trusting a network

app-trust-remove = بھروسہ ختم کریں
app-trust-remove-confirm = { $name } پر بھروسہ ختم کریں؟ اس کی فہرست کی جگہوں کے دستخط شدہ کوڈز اب جانچے ہوئے نہیں دکھیں گے۔ آپ بعد میں نیٹ ورک دوبارہ شامل کر سکتے ہیں۔
app-trust-remove-yes = ہاں، بھروسہ ختم کریں
app-trust-removed = اب آپ { $name } پر بھروسہ نہیں کرتے۔

## Trust a network

app-trust-add-title = کسی نیٹ ورک پر بھروسہ کریں
app-trust-add-hint = نیٹ ورک کی کلید اور نام لکھیں یا چسپاں کریں، یا وہ فائل کھولیں جو نیٹ ورک نے آپ کو دی۔
app-trust-key = نیٹ ورک کی کلید (64 حروف اور ہندسے)
app-trust-name = نیٹ ورک کا نام
app-trust-from-file = نیٹ ورک کی کلید والی فائل کھولیں
app-trust-add = اس نیٹ ورک پر بھروسہ کریں
app-trust-added = اب آپ { $name } پر بھروسہ کرتے ہیں۔ اب اس کی بھروسے کی فہرست شامل کریں۔

## Files

app-trust-bundle-title = بھروسے کی فہرست شامل کریں
app-trust-bundle-hint = ایک فائل جس کا نام .cbor پر ختم ہوتا ہے اور جو نیٹ ورک نے آپ کو دی۔ نئی فائل پرانی کی جگہ لے لیتی ہے۔
app-trust-bundle-open = بھروسے کی فہرست کی فائل کھولیں
app-trust-bundle-done = { $name } کی بھروسے کی فہرست شامل ہوئی ({ $date }): { $count ->
    [one] 1 جگہ
   *[other] { $count } جگہیں
}۔
app-trust-status-title = واپس لی گئی تصدیقوں کی فہرست شامل کریں
app-trust-status-hint = کوئی کالج یا مرکز غلطی سے دی گئی تصدیق واپس لے سکتا ہے۔ اس کی فہرست اس آلے کو بتاتی ہے کہ کون سی۔
app-trust-status-open = فہرست کی فائل کھولیں
app-trust-status-done = { $name } کی فہرست شامل ہوئی ({ $date }): { $count ->
    [0] کچھ واپس نہیں لیا گیا
    [one] 1 تصدیق واپس لی گئی
   *[other] { $count } تصدیقیں واپس لی گئیں
}۔

## Refusals: nothing was changed in any case

error-trust-anchor-file = یہ فائل نیٹ ورک کی کلید والی فائل نہیں ہے۔ وہ فائل کھولیں جو نیٹ ورک نے آپ کو دی، یا کلید لکھیں۔
error-app-anchor-invalid-key = یہ نیٹ ورک کی کلید نہیں ہے۔ کلید میں ٹھیک 64 حروف (a سے f) اور ہندسے ہوتے ہیں۔ دیکھیں کہ یہ پوری نقل ہوئی ہو۔
error-app-anchor-name = نیٹ ورک کو 1 سے 100 حروف کا نام دیں۔
error-app-anchor-known = آپ پہلے سے اس نیٹ ورک پر بھروسہ کرتے ہیں (کلید کا نشان { $kid })۔ کچھ نہیں بدلا۔
error-app-trust-bundle-malformed = یہ فائل بھروسے کی فہرست نہیں ہے، یا خراب ہے۔ کچھ نہیں بدلا۔
error-app-trust-bundle-wrong-file = یہ Carnet کی کسی اور قسم کی فائل ہے، بھروسے کی فہرست نہیں۔ کچھ نہیں بدلا۔
error-app-trust-bundle-newer-version = یہ بھروسے کی فہرست Carnet کے نئے ورژن نے بنائی ہے۔ پڑھنے کے لیے Carnet اپ ڈیٹ کریں۔
error-app-trust-bundle-unknown-anchor = یہ بھروسے کی فہرست ایسے نیٹ ورک سے ہے جس پر آپ بھروسہ نہیں کرتے (کلید کا نشان { $kid })۔ پہلے نیٹ ورک پر بھروسہ کریں، پھر اس کی فہرست دوبارہ شامل کریں۔
error-app-trust-bundle-bad-signature = اس بھروسے کی فہرست پر دستخط میل نہیں کھاتا: فائل بدلی گئی یا خراب ہے۔ کچھ نہیں بدلا۔ نیٹ ورک سے فائل دوبارہ مانگیں۔
error-app-trust-bundle-invalid = یہ بھروسے کی فہرست استعمال نہیں ہو سکتی۔ کچھ نہیں بدلا۔ نیٹ ورک سے فائل دوبارہ مانگیں۔
error-app-trust-bundle-too-large = یہ فائل بھروسے کی فہرست ہونے کے لیے بہت بڑی ہے۔ کچھ نہیں بدلا۔
error-app-trust-bundle-not-newer = آپ کے پاس یہ بھروسے کی فہرست یا اسی نیٹ ورک کی نئی فہرست پہلے سے ہے۔ کچھ نہیں بدلا۔
error-app-status-list-malformed = یہ فائل واپس لی گئی تصدیقوں کی فہرست نہیں ہے، یا خراب ہے۔ کچھ نہیں بدلا۔
error-app-status-list-wrong-file = یہ Carnet کی کسی اور قسم کی فائل ہے، واپس لی گئی تصدیقوں کی فہرست نہیں۔ کچھ نہیں بدلا۔
error-app-status-list-newer-version = یہ فہرست Carnet کے نئے ورژن نے بنائی ہے۔ پڑھنے کے لیے Carnet اپ ڈیٹ کریں۔
error-app-status-list-wrong-issuer = یہ فہرست کسی اور دستخط کرنے والے کی ہے ({ $found }، نہ کہ { $expected })۔ کچھ نہیں بدلا۔
error-app-status-list-bad-signature = اس فہرست پر دستخط میل نہیں کھاتا: فائل بدلی گئی یا خراب ہے۔ کچھ نہیں بدلا۔
error-app-status-list-invalid = یہ فہرست استعمال نہیں ہو سکتی۔ کچھ نہیں بدلا۔ فائل دوبارہ مانگیں۔
error-app-status-list-too-large = یہ فائل واپس لی گئی تصدیقوں کی فہرست ہونے کے لیے بہت بڑی ہے۔ کچھ نہیں بدلا۔
error-app-status-list-issuer-unknown = یہ فہرست ایسے دستخط کرنے والے کی ہے جو آپ کی کسی بھروسے کی فہرست میں نہیں (کلید کا نشان { $kid })۔ پہلے وہ بھروسے کی فہرست شامل کریں جس میں ان کا نام ہو۔
error-app-status-list-not-newer = آپ کے پاس اس دستخط کرنے والے کی نئی فہرست پہلے سے ہے۔ کچھ نہیں بدلا۔
error-app-verifier-write = Carnet فائل { $path } میں محفوظ نہیں کر سکا۔ دیکھیں کہ آلے میں جگہ ہے۔ (مددگار کے لیے: { $reason })
