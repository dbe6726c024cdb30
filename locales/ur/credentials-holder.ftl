# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = ایسی فائل بنائیں جو کسی تربیت دینے والے، آجر یا مرکز سے اندراجات کی تصدیق مانگے۔
    .long = ایسی درخواست بنائیں جو کسی تربیت دینے والے، آجر، مرکز، کالج یا ساتھی کارکن سے آپ کے کچھ اندراجات کی تصدیق ("endorse") مانگے: ایک فائل، ایک QR کوڈ (.png یا .svg پر ختم ہونے والا نام) فون پر دکھانے یا چھاپنے کے لیے، یا --text کے ساتھ پیغام میں بھیجنے کا متن۔ یہ انہیں دیں۔ وہ اس پر دستخط کر کے آپ کو سند کی فائل واپس دیں گے، جسے آپ اس سے رکھیں: carnet receive
cli-cmd-holder-receive = وہ سند رکھیں جس پر کسی تربیت دینے والے، آجر یا مرکز نے آپ کے لیے دستخط کیے۔
cli-cmd-holder-credentials = آپ کے پاس رکھی اسناد کی فہرست، اندراج بہ اندراج۔ یہ بھی: carnet wallet
cli-cmd-holder-present = چنے ہوئے اندراجات کو ایک QR کوڈ کے طور پر دکھائیں جسے کوئی بھی انٹرنیٹ کے بغیر جانچ سکے۔
    .long = چنے ہوئے اندراجات کو ایک QR کوڈ کے طور پر دکھائیں جسے کوئی بھی انٹرنیٹ کے بغیر جانچ سکے۔ تصدیق شدہ اندراجات تصدیق کرنے والے کے نام کے ساتھ دکھتے ہیں؛ --self-declared سے دیے گئے اندراجات صرف آپ کے بیان کے طور پر دکھتے ہیں۔ اسکرین پر کوڈ 24 گھنٹے کام کرتا ہے؛ --print کے ساتھ، 5 سال۔
cli-cmd-holder-export = تصدیق شدہ اندراج کو دوسری ایپس کے لیے W3C Verifiable Credential (Open Badges 3.0) کے طور پر لکھیں۔
    .long = تصدیق شدہ اندراج کو W3C Verifiable Credential 2.0 (ایک Open Badges 3.0 بیج) کے طور پر لکھیں، تصدیق کرنے والے کے دستخط کے ساتھ، تاکہ دوسرے والٹ اور ایپس اسے جانچ سکیں۔ --out کے بغیر یہ اسکرین پر لکھا جاتا ہے۔

## Help: arguments

cli-arg-holder-request-ids = تصدیق کے لیے اندراجات: ان کی ids، یا ہر ایک کے پہلے 4 یا زیادہ حروف۔ ids دیکھنے کے لیے لکھیں: carnet list
cli-arg-holder-request-out = درخواست کہاں لکھیں: .png یا .svg پر ختم ہونے والا نام QR کوڈ کی تصویر بناتا ہے؛ کوئی اور نام، جیسے request.cbor، ایک فائل۔
cli-arg-holder-request-text = درخواست کا متن (CNR1: سے شروع) اسکرین پر لکھیں، پیغام میں بھیجنے کے لیے۔
cli-arg-holder-receive-file = آپ کو دی گئی سند کی فائل، مثال کے طور پر credential.cbor۔
cli-arg-holder-present-select = دکھانے کے لیے تصدیق شدہ اندراجات: ان کی ids، یا ہر ایک کے پہلے 4 یا زیادہ حروف۔
cli-arg-holder-present-fields = ہر اندراج کے صرف یہ حصے دکھائیں، کوما سے الگ، مثال کے طور پر title,level۔ باقی چھپے رہیں گے۔ حصے یہ ہیں: kind، title، esco، entry-id، level، from، to، country، context، evidence، eqf۔ اس کے بغیر سب کچھ دکھایا جاتا ہے۔
cli-arg-holder-present-self-declared = وہ اندراجات جو صرف آپ کے بیان کے طور پر دکھائے جائیں، کسی کے تصدیق شدہ نہیں۔
cli-arg-holder-present-stage = آپ یہ کس لیے دکھا رہے ہیں: recruitment، pre-departure، arrival، career یا return۔ اس کے بغیر: recruitment۔
cli-arg-holder-present-audience = آپ یہ کسے دکھا رہے ہیں، اگر انہوں نے نام لکھنے کو کہا ہو، مثال کے طور پر کسی ایجنسی کا نام۔
cli-arg-holder-present-nonce = جانچنے والے شخص کا دیا ہوا کوڈ، اگر دیا ہو (حروف 0-9 اور a-f)۔
cli-arg-holder-present-print = کاغذ کے لیے بنائیں: کوڈ خراشوں اور تہوں کو بہتر سہتا ہے، اور 24 گھنٹے کے بجائے 5 سال کام کرتا ہے۔
cli-arg-holder-present-out = لکھی جانے والی تصویر: .png یا .svg پر ختم ہونے والا نام۔
cli-arg-holder-present-text = QR کوڈ کے اندر کا متن بھی لکھیں، پیغام میں بھیجنے کے لیے۔
cli-arg-holder-export-id = تصدیق شدہ اندراج: اس کی id، یا اس کے پہلے 4 یا زیادہ حروف۔
cli-arg-holder-export-format = لکھنے کا فارمیٹ۔ صرف: vc (W3C Verifiable Credential، Open Badges 3.0)۔
cli-arg-holder-export-jwt = ثبوت والے JSON کے بجائے دستخط شدہ ٹوکن (VC-JWT) کے طور پر لکھیں۔
cli-arg-holder-export-out = لکھی جانے والی فائل، مثال کے طور پر badge.json یا badge.jwt۔

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] یہ درخواست 1 اندراج کی تصدیق مانگتی ہے۔
       *[other] یہ درخواست { $count } اندراجات کی تصدیق مانگتی ہے۔
    } تصدیق کرنے والا ہر ایک کے یہ حصے دیکھے گا:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = درخواست { $path } میں لکھ دی گئی۔
holder-request-next = فائل تصدیق کرنے والے کو دیں۔ جب وہ آپ کو سند کی فائل واپس دیں تو لکھیں: carnet receive FILE
holder-receive-done = رکھ لی گئی: تصدیق کرنے والا { $issuer }، { $kind }، { $country }۔ جانچ کا طریقہ: { $assessed }۔
holder-validity-until = جاری ہوئی { $issued }۔ { $expires } تک درست۔
holder-validity-open = جاری ہوئی { $issued }۔ کوئی آخری تاریخ نہیں۔
holder-wallet-empty = آپ کے پاس ابھی کوئی سند نہیں۔ ایک مانگنے کے لیے لکھیں: carnet request ID --out request.cbor
holder-wallet-damaged = ایک سند جو اب پڑھی نہیں جا سکتی۔ جس نے دی تھی اس سے نئی مانگیں۔
holder-wallet-line-until = { $issuer } ({ $kind }، { $country }): جاری { $issued }، { $expires } تک درست
holder-wallet-line-open = { $issuer } ({ $kind }، { $country }): جاری { $issued }، کوئی آخری تاریخ نہیں
holder-wallet-line-expired = { $issuer } ({ $kind }، { $country }): جاری { $issued }، { $expires } کو ختم
holder-present-nothing = بتائیں کہ کیا دکھانا ہے: تصدیق شدہ اندراجات کے لیے --select ID، دوسروں کے لیے --self-declared ID۔
holder-present-done = QR کوڈ { $path } میں لکھ دیا گیا: { $endorsed } تصدیق شدہ، { $declared } آپ کا بیان۔
holder-present-size = سائز: QR ورژن { $version }، درجہ { $ec }، { $chars } حروف۔
holder-present-expires = اسے { $when } تک جانچا جا سکتا ہے ({ $hours } گھنٹے)۔
holder-present-by-kid = سمانے کے لیے، جاری کرنے والوں کو مختصر نشان سے ظاہر کیا گیا ہے۔ جانچنے والا تبھی جانے گا کہ وہ کون ہیں اگر وہ اس کی قابل بھروسہ فہرست میں ہوں۔

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = تربیت دینے والا
holder-issuer-kind-employer = آجر
holder-issuer-kind-centre = مرکز
holder-issuer-kind-college = کالج
holder-issuer-kind-colleague = ساتھی کارکن (وہ شخص جس نے آپ کے ساتھ کام کیا، کوئی ادارہ نہیں)

## How they checked

holder-assessed-observation = انہوں نے آپ کو کام کرتے دیکھا
holder-assessed-test = ایک امتحان
holder-assessed-document = انہوں نے ایک دستاویز جانچی
holder-assessed-interview = ایک انٹرویو

## Errors

error-holder-no-key = اس لاگ بک کے پاس اسناد پر دستخط کی کلید نہیں ہے۔ کچھ نہیں بدلا۔ براہ کرم یہ مسئلہ بتائیں۔
error-holder-write-file = فائل { $path } نہیں لکھی جا سکی: { $reason }۔ دیکھیں کہ فولڈر موجود ہے اور جگہ خالی ہے، پھر دوبارہ کوشش کریں۔
error-holder-entry-unfit = اندراج "{ $title }" سند میں نہیں ڈالا جا سکتا: اس کا { $field } بہت لمبا ہے یا صحیح شکل میں نہیں۔ اسے carnet edit سے بدلیں، پھر دوبارہ کوشش کریں۔
error-holder-unknown-field = "{ $value }" اندراج کا ایسا حصہ نہیں جو دکھایا جا سکے۔ حصے یہ ہیں: { $known }۔
error-holder-credential-no-entries = سند { $path } نہیں بتاتی کہ یہ آپ کے کن اندراجات کی تصدیق کرتی ہے۔ کچھ نہیں رکھا گیا۔ درخواست کی فائل سے بنی نئی مانگیں: carnet request
error-holder-credential-entry-gone = سند { $path } ایسے اندراج کی تصدیق کرتی ہے جو اب آپ کی لاگ بک میں نہیں ({ $id })۔ کچھ نہیں رکھا گیا۔ اگر آپ نے اسے اس آلے پر مٹایا تھا تو لاگ بک کی نقل سے شامل کریں، پھر دوبارہ کوشش کریں۔
error-holder-credential-damaged = اندراج "{ $title }" کی سند اب پڑھی نہیں جا سکتی۔ تصدیق کرنے والے سے نئی مانگیں۔
error-holder-not-endorsed = اندراج "{ $title }" کی ابھی کسی نے تصدیق نہیں کی۔ اسے --self-declared سے دکھائیں، یا تصدیق مانگیں: carnet request
error-holder-selected-twice = اندراج "{ $title }" --select اور --self-declared دونوں سے دیا گیا ہے۔ اسے ایک بار دیں۔
error-holder-bad-stage = "{ $value }" کوئی مرحلہ نہیں۔ مراحل یہ ہیں: recruitment، pre-departure، arrival، career، return۔
error-holder-bad-audience = وصول کنندہ کا نام 1 سے 100 حروف کا ہو، ایک سطر میں۔
error-holder-bad-nonce = "{ $value }" جانچنے والے کا کوڈ نہیں: یہ 2 سے 128 حروف 0-9 اور a-f ہونا چاہیے۔
error-holder-bad-out = تصویر { $path } کا نام .png یا .svg پر ختم ہونا چاہیے۔
error-holder-no-vc = "{ $title }" کی { $issuer } کی طرف سے تصدیق اس وقت ہوئی جب Carnet اسے W3C سند کے طور پر نہیں لکھ سکتا تھا، اور صرف وہی اس پر دستخط کر سکتے ہیں۔ ان سے دوبارہ تصدیق کروائیں: نئی درخواست بنائیں (carnet request ID --out request.cbor)، انہیں دیں، اور ان کی واپس دی ہوئی فائل رکھیں (carnet receive FILE)۔
