# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = ایک اور آلہ شامل کریں
app-pair-intro = اپنی لاگ بک اپنے کسی دوسرے فون یا کمپیوٹر پر رکھیں۔ دونوں آلات کو ہب کی ضرورت ہے۔
app-pair-start = ایک اور آلہ شامل کریں
app-pair-passphrase = آلہ شامل کرنے کے لیے اپنا پاس فریز لکھیں۔
app-pair-show = کوڈ دکھائیں
app-pair-scan = نئے آلے پر «لاگ بک میں شامل ہوں» چنیں، پھر یہ چوکور کوڈ اسکین کریں یا اس کے نیچے لکھا متن لکھیں۔
app-pair-qr-alt = نئے آلے سے اسکین کرنے کے لیے چوکور کوڈ
app-pair-code-label = کوڈ متن کی شکل میں
app-pair-expires = کوڈ مزید { $time } تک کام کرے گا۔
app-pair-waiting = نئے آلے کا انتظار…
app-pair-request = «{ $name }» آپ کی لاگ بک چاہتا ہے۔
app-pair-compare = کیا نیا آلہ یہی کوڈ دکھا رہا ہے؟
app-pair-approve = ہاں، اجازت دیں
app-pair-refuse = نہیں
app-pair-approved = «{ $name }» کے پاس اب آپ کی لاگ بک ہے۔ سنک کے بعد یہ آلات کی فہرست میں نظر آئے گا۔
app-pair-refused = آپ نے انکار کیا۔ «{ $name }» کو کچھ نہیں ملا۔
app-pair-again = نیا کوڈ دکھائیں

## Sync screen: the devices of this logbook

app-devices-title = آپ کے آلات
app-devices-none = ابھی تک کسی آلے نے یہ لاگ بک سنک نہیں کی۔ سنک کریں، اور یہ آلہ یہاں نظر آئے گا۔
app-devices-this = یہ آلہ
app-devices-added = شامل کیا گیا { $date }
app-devices-removed = ہٹایا گیا { $date }
app-devices-remove = ہٹائیں
app-devices-remove-confirm = «{ $name }» کو ہٹائیں؟ یہ تب استعمال کریں جب فون کھو جائے، بیچ دیا جائے یا کسی کو دے دیا جائے۔
app-devices-remove-consequences = جو کچھ اس کے پاس پہلے سے ہے وہ رہے گا، لیکن اب سے آپ جو بھی شامل کریں گے وہ اسے نہیں ملے گا۔ آپ کی لاگ بک کو نئی کلید ملتی ہے، اور آپ کے دوسرے آلات کو سنک کرنے پر مل جاتی ہے۔ اس آلے کو دوبارہ استعمال کرنے کے لیے اسے دوبارہ شامل کریں۔
app-devices-remove-yes = ہاں، ہٹا دیں
app-devices-removed-done = «{ $name }» ہٹا دیا گیا۔ آپ کی لاگ بک کے پاس اب نئی کلید ہے، جو اس آلے کے پاس نہیں ہے۔
app-devices-new-sheet = آپ کی بحالی شیٹ میں پرانی کلید ہے۔ ابھی ترتیبات میں نئی بنائیں، اور پرانی ضائع کر دیں۔

## First run: another way to start

app-start-other = کیا آپ کے پاس پہلے سے لاگ بک ہے؟
app-start-join = دوسرے آلے سے شامل ہوں
app-start-recover = شیٹ سے واپس لائیں

## First run: joining a logbook from another device

app-join-title = لاگ بک میں شامل ہوں
app-join-intro = اپنے دوسرے آلے پر سنک کھولیں اور «ایک اور آلہ شامل کریں» چنیں۔ وہ ایک کوڈ دکھائے گا۔
app-join-code = کوڈ (یہ CNP1: سے شروع ہوتا ہے)
app-join-code-hint = کوڈ یہاں چسپاں کریں یا لکھیں
app-join-picture = کوڈ کی تصویر کھولیں
app-join-name = اس آلے کا نام
app-join-name-default = میرا نیا آلہ
app-join-passphrase = اس آلے کے لیے پاس فریز چنیں
app-join-send = آگے
app-join-check = آپ کے دوسرے آلے پر یہی کوڈ نظر آنا چاہیے۔ وہاں اجازت دیں۔
app-join-waiting = دوسرے آلے کی اجازت کا انتظار…
app-join-copying = آپ کی لاگ بک نقل ہو رہی ہے…

## First run: recovering a logbook with a recovery sheet

app-recover-title = اپنی لاگ بک واپس لائیں
app-recover-intro = اپنی بحالی شیٹ اور اپنا پاس فریز استعمال کریں۔ Carnet آپ کی لاگ بک ہب سے واپس لاتا ہے۔
app-recover-by-words = 12 الفاظ لکھیں
app-recover-by-code = چوکور کوڈ استعمال کریں
app-recover-words = 12 الفاظ، ترتیب سے
app-recover-words-hint = لفظ1 لفظ2 لفظ3 …
app-recover-hub = شیٹ پر لکھا ہب کا پتہ
app-recover-code = چوکور کوڈ کا متن (یہ CNS1: سے شروع ہوتا ہے)
app-recover-picture = شیٹ کی تصویر کھولیں
app-recover-passphrase = آپ کا پاس فریز (وہی جو آپ پہلے استعمال کرتے تھے)
app-recover-start = میری لاگ بک واپس لائیں

## Reading a square code from a picture

app-picture-read = کوڈ تصویر سے پڑھ لیا گیا۔
app-scan-camera = کیمرے سے اسکین کریں
error-camera-scan = کوئی کوڈ نہیں پڑھا گیا۔ اگر Carnet کیمرا استعمال نہیں کر سکتا تو اپنے فون کی ترتیبات میں اجازت دیں۔ آپ کوڈ کی تصویر بھی کھول سکتے ہیں۔

## Settings: the recovery sheet

app-sheet-title = بحالی شیٹ
app-sheet-intro = بحالی شیٹ ایک کاغذ ہے جس پر 12 الفاظ اور ایک چوکور کوڈ ہوتا ہے۔ اگر یہ فون کھو جائے تو شیٹ اور آپ کا پاس فریز آپ کی لاگ بک نئے فون پر واپس لے آتے ہیں۔ شیٹ کو محفوظ رکھیں، اپنے فون سے دور۔ اپنا پاس فریز اس کے ساتھ نہ رکھیں۔
app-sheet-replaces = نئی شیٹ پرانی کی جگہ لیتی ہے: پرانی شیٹ کام کرنا بند کر دیتی ہے۔
app-sheet-needs-hub = شیٹ ہب استعمال کرتی ہے۔ پہلے سنک والی اسکرین پر ہب کا پتہ لکھیں۔
app-sheet-passphrase = شیٹ بنانے کے لیے اپنا پاس فریز لکھیں
app-sheet-format = اس طرح محفوظ کریں
app-sheet-pdf = PDF، چھاپنے کے لیے
app-sheet-png = تصویر
app-sheet-make = بحالی شیٹ بنائیں
app-sheet-saved = آپ کی بحالی شیٹ { $path } میں محفوظ ہو گئی۔ اسے چھاپیں، یا نیچے دیے الفاظ لکھ لیں، اور کاغذ محفوظ رکھیں۔
app-sheet-english = شیٹ انگریزی میں ہے: Carnet ابھی اس پر آپ کی زبان کے حروف نہیں بنا سکتا۔
app-sheet-words = آپ کے 12 الفاظ

## Settings: export and import

app-export-title = برآمد اور درآمد
app-export-intro = برآمد آپ کی پوری لاگ بک ایک فائل میں محفوظ کرتی ہے، اپنے پاس رکھنے یا اپنی پسند کے کسی شخص کو دینے کے لیے۔
app-export-consent = اس فائل میں آپ کی لاگ بک پڑھنے کے قابل شکل میں ہے: یہ آپ کے پاس فریز سے بند نہیں ہے۔ جس کسی کو یہ فائل ملے وہ اس میں سب کچھ پڑھ سکتا ہے۔ تصاویر فائل میں نہیں ہیں۔
app-export-agree = میں سمجھ گیا۔ فائل محفوظ کریں
app-export = برآمد کریں
app-export-saved = { $count ->
    [one] { $count } اندراج { $path } میں محفوظ ہوا۔
   *[other] { $count } اندراجات { $path } میں محفوظ ہوئے۔
}
app-import-intro = درآمد ایک برآمد شدہ فائل کی چیزیں اس لاگ بک میں شامل کرتی ہے۔ آپ کی لاگ بک سے کچھ نہیں مٹتا۔
app-import = فائل درآمد کریں
app-import-added = { $count ->
    [0] کوئی نیا اندراج نہیں۔
    [one] { $count } نیا اندراج شامل ہوا۔
   *[other] { $count } نئے اندراجات شامل ہوئے۔
}
app-import-updated = { $count ->
    [0] کوئی اندراج نہیں بدلا۔
    [one] { $count } اندراج بدلا۔
   *[other] { $count } اندراجات بدلے۔
}
app-import-unchanged = { $count ->
    [0] کوئی اندراج پہلے سے ویسا نہیں تھا۔
    [one] { $count } اندراج پہلے سے ویسا ہی تھا۔
   *[other] { $count } اندراجات پہلے سے ویسے ہی تھے۔
}
app-import-profile = آپ کا پروفائل اپ ڈیٹ ہو گیا۔
app-import-missing-photos = { $count ->
    [one] فائل میں درج { $count } تصویر اس آلے پر نہیں ہے۔
   *[other] فائل میں درج { $count } تصاویر اس آلے پر نہیں ہیں۔
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = آپ کی بحالی شیٹ اب بھی کام کرتی ہے، آپ کے نئے پاس فریز کے ساتھ۔
app-passphrase-sheet-not-updated = آپ کی بحالی شیٹ ہب پر اپ ڈیٹ نہیں ہو سکی۔ جب تک آپ نئی نہ بنائیں، اسے آپ کا پرانا پاس فریز چاہیے۔ جب آپ جڑے ہوں تو نئی شیٹ بنائیں۔

## This device's name

app-device-name = اس آلے کا نام
app-device-name-hint = وہ نام جو آپ کے دوسرے آلات اس آلے کے لیے دکھاتے ہیں، مثال کے طور پر «آمنہ کا فون»۔
app-device-name-saved = محفوظ ہو گیا۔ اس آلے کے سنک کرنے کے بعد آپ کے دوسرے آلات اسے دکھائیں گے۔
