# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = میری تصدیقیں
app-present = میری مہارتیں دکھائیں
app-verify = کوڈ جانچیں

## Wallet

app-wallet-title = میری تصدیقیں
app-wallet-intro = یہ وہ مہارتیں ہیں جن پر کسی نے آپ کے لیے دستخط کیے ہیں۔ آپ انہیں QR کوڈ سے دکھا سکتے ہیں۔
app-wallet-empty = ابھی تک کسی نے آپ کی کسی مہارت پر دستخط نہیں کیے۔ کسی تربیت دینے والے، آجر یا مرکز سے کہیں کہ آپ کے کام کی تصدیق کرے۔
app-wallet-by = دستخط: { $name } ({ $kind }، { $country })
app-wallet-issued = دستخط کی تاریخ { $date }
app-wallet-expires = { $date } تک درست
app-wallet-expired = { $date } کو ختم ہو گئی
app-wallet-no-expiry = ختم نہیں ہوتی
app-wallet-damaged = یہ تصدیق خراب ہے اور دکھائی نہیں جا سکتی۔ جس نے دستخط کیے تھے اس سے نئی مانگیں۔
app-standing-valid = جانچا گیا: آپ کی بھروسے کی فہرست میں موجود کسی کے دستخط
app-standing-unknown-issuer = دستخط شدہ، لیکن دستخط کرنے والا آپ کی بھروسے کی فہرست میں نہیں
app-standing-expired = میعاد ختم
app-standing-revoked = دستخط کرنے والے نے واپس لے لی
app-standing-malformed = خراب

## Present: choosing what to show

app-present-title = میری مہارتیں دکھائیں
app-present-endorsed = کسی کی دستخط شدہ
app-present-self = صرف میرا بیان
app-present-self-hint = جانچنے والا انہیں آپ کا اپنا بیان سمجھے گا، دستخط شدہ نہیں۔
app-present-details = ہر ایک میں سے کیا دکھائیں
app-present-details-all = سب کچھ
app-present-details-short = صرف نام اور درجہ
app-present-stage = یہ کس کے لیے ہے؟
app-present-print = کاغذ پر چھاپنے کے لیے (5 سال کے لیے درست)
app-present-make = QR کوڈ دکھائیں
app-present-none = دکھانے کے لیے کم از کم ایک چیز چنیں۔
app-present-nothing-yet = آپ کی لاگ بک خالی ہے۔ پہلے کچھ شامل کریں۔

## Present: the QR code

app-qr-title = انہیں یہ کوڈ اسکین کرنے دیں
app-qr-expires = یہ کوڈ { $date } تک کام کرے گا۔
app-qr-preview = جانچنے والا کیا دیکھے گا
app-qr-preview-hide = جانچنے والے کا منظر چھپائیں
app-qr-done = ہو گیا
app-qr-preview-note = یہ وہ ہے جو اس فون جیسی بھروسے کی فہرستوں والا جانچنے والا دیکھے گا۔

## Verify

app-verify-title = کوڈ جانچیں
app-verify-intro = Carnet کے QR کوڈ کی تصویر لیں یا چنیں۔ کچھ بھی کہیں نہیں بھیجا جاتا: جانچ اسی آلے پر ہوتی ہے۔
app-verify-picture = تصویر لیں یا چنیں
app-verify-text = یا کوڈ کا متن چسپاں کریں (یہ CN1: سے شروع ہوتا ہے)
app-verify-check = جانچیں
app-verify-checking = جانچ ہو رہی ہے…
app-verify-again = کوئی اور کوڈ جانچیں

## The verdict

app-verdict-title = نتیجہ
app-verdict-made = { $stage } کے لیے { $date } کو بنایا گیا۔
app-verdict-expires = کوڈ { $date } تک کام کرے گا۔
app-verdict-newer = یہ کوڈ Carnet کے نئے ورژن نے بنایا ہے۔ جانچنے کے لیے Carnet اپ ڈیٹ کریں۔
app-item-endorsed = دستخط شدہ
app-item-self = ان کا اپنا بیان
app-item-assessed = جانچ کا طریقہ: { $how }
app-item-hidden = { $count ->
    [one] 1 تفصیل اس شخص نے چھپائی ہے۔
   *[other] { $count } تفصیلات اس شخص نے چھپائی ہیں۔
}

## Errors of these screens

error-wallet-no-key = اس لاگ بک کے پاس دستخط کرنے کی کلید نہیں ہے۔ کچھ نہیں دکھایا گیا۔ براہ کرم یہ مسئلہ بتائیں۔
error-wallet-not-endorsed = «{ $title }» پر ابھی کسی نے دستخط نہیں کیے۔ اسے «صرف میرا بیان» کے طور پر دکھائیں، یا کسی سے اس کی تصدیق کروائیں۔
error-wallet-credential-damaged = «{ $title }» کی تصدیق خراب ہے۔ اسے «صرف میرا بیان» کے طور پر دکھائیں، یا نئی مانگیں۔
error-wallet-entry-unfit = «{ $title }» کوڈ میں نہیں جا سکتا: اس کا { $field } بہت لمبا ہے یا صحیح شکل میں نہیں۔ اندراج بدلیں، پھر دوبارہ کوشش کریں۔
error-wallet-selected-twice = «{ $title }» دو بار چنا گیا ہے۔ اسے ایک بار چنیں۔
error-wallet-nothing-chosen = دکھانے کے لیے کم از کم ایک چیز چنیں۔
error-wallet-too-large = یہ ایک QR کوڈ کے لیے بہت زیادہ ہے ({ $chars } حروف)۔ کم چیزیں چنیں، یا صرف نام اور درجہ دکھائیں۔
error-wallet-credential = کوڈ نہیں بن سکا۔ کچھ نہیں دکھایا گیا۔ براہ کرم یہ مسئلہ بتائیں۔ (مددگار کے لیے: { $reason })
error-wallet-no-code = اس تصویر میں Carnet کا کوئی QR کوڈ نہیں ملا۔ تصویر دوبارہ لیں، قریب سے اور صاف، پورا کوڈ اندر رکھ کر۔
error-wallet-not-a-picture = یہ فائل ایسی تصویر نہیں جو Carnet پڑھ سکے۔ فوٹو استعمال کریں (JPEG یا PNG)۔
error-wallet-picture-too-large = تصویر بہت بڑی ہے ({ $width } × { $height } پکسل)۔ چھوٹی تصویر لیں اور دوبارہ کوشش کریں۔
error-wallet-got-request = یہ کسی کی مہارتوں پر دستخط کی درخواست ہے، مہارتیں دکھانے والا کوڈ نہیں۔ کچھ نہیں جانچا گیا۔
error-wallet-trust-damaged = آپ کی بھروسے کی فہرستیں خراب ہیں یا بدلی گئی ہیں۔ انہیں دوبارہ درآمد کریں۔ تب تک کوئی دستخط کرنے والا قابل بھروسہ نہیں مانا جائے گا۔
error-wallet-trust-unreadable = Carnet آپ کی بھروسے کی فہرستیں { $path } میں نہیں پڑھ سکا۔ دیکھیں کہ آلے میں جگہ ہے۔ (مددگار کے لیے: { $reason })
error-wallet-not-yours = یہ تصدیق کسی اور کی لاگ بک کے لیے بنی تھی، آپ کی نہیں۔ کچھ نہیں رکھا گیا۔ یقینی بنائیں کہ آپ کو اپنی فائل ملی ہے۔
error-wallet-bad-signature = اس فائل پر دستخط میل نہیں کھاتا: یہ بدلی گئی یا خراب ہے۔ کچھ نہیں رکھا گیا۔ فائل دوبارہ مانگیں۔
error-wallet-not-a-credential = یہ فائل Carnet کی دستخط شدہ تصدیق نہیں ہے۔ کچھ نہیں رکھا گیا۔ جس نے دستخط کیے اس سے وہ فائل مانگیں جو انہوں نے بنائی۔
error-wallet-too-many = ایک وقت میں زیادہ سے زیادہ { $max } چیزیں مانگیں۔ کم چنیں۔
error-wallet-not-from-request = یہ تصدیق نہیں بتاتی کہ یہ آپ کے کس اندراج کی تصدیق کرتی ہے۔ کچھ نہیں رکھا گیا۔ آپ کے درخواست والے کوڈ سے بنی نئی مانگیں۔
error-wallet-entry-gone = یہ تصدیق ایسے اندراج کی ہے جو اب آپ کی لاگ بک میں نہیں۔ کچھ نہیں رکھا گیا۔ اگر آپ نے اسے ہٹایا تھا تو کسی نقل سے دوبارہ شامل کریں، پھر نئی تصدیق مانگیں۔

## Asking for a signature, and keeping it

app-request = دستخط مانگیں
app-request-title = دستخط مانگیں
app-request-intro = یہ کوڈ اس تربیت دینے والے، آجر یا مرکز کو دکھائیں جو آپ کے کام کی تصدیق کرے گا۔ وہ اسے Carnet سے اسکین کر کے آپ کو دستخط شدہ فائل واپس دیں گے۔
app-request-key = آپ کی کلید: { $kid }۔ دستخط کرنے والا بھی یہی کوڈ دیکھتا ہے۔
app-request-text = یہی کوڈ متن کی شکل میں، پیغام میں بھیجنے کے لیے
app-request-next = جب دستخط شدہ فائل مل جائے تو «میری تصدیقیں» کھولیں اور «دستخط شدہ فائل شامل کریں» دبائیں۔
app-receive = دستخط شدہ فائل شامل کریں
app-received = رکھ لیا گیا: { $name } ({ $kind }) نے { $titles } پر دستخط کیے۔
