# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = دوسرے لوگوں کی مہارتوں پر دستخط کریں، بطور تربیت دینے والا، آجر، مرکز، کالج یا ساتھی کارکن۔
cli-cmd-issuer-init = بطور جاری کرنے والا اپنی دستخطی کلید بنائیں۔ یہ پاس فریز سے بند ہوتی ہے۔
cli-cmd-issuer-show = جاری کرنے والے کا نام، قسم اور عوامی کلید دکھائیں۔ پاس فریز کی ضرورت نہیں۔
cli-cmd-issuer-revoke = اپنی دستخط کی ہوئی ایک سند اس کے نمبر سے واپس لیں۔
cli-cmd-issuer-status-list = واپس لی گئی اسناد کی دستخط شدہ فہرست لکھیں، جانچنے والوں کو دینے کے لیے۔
cli-cmd-endorse = کسی کی دی ہوئی درخواست پر دستخط کریں، اور واپس دینے کے لیے سند لکھیں۔
cli-cmd-trust = چنیں کہ QR کوڈ جانچتے وقت آپ کن کے دستخطوں پر بھروسہ کرتے ہیں۔
cli-cmd-trust-anchor = بھروسے کے لنگر: وہ نیٹ ورک یا ادارے جو جاری کرنے والوں کی ضمانت دیتے ہیں۔
cli-cmd-trust-anchor-init = بطور بھروسے کا لنگر دستخطی کلید بنائیں، جاری کرنے والوں کی ضمانت دینے کے لیے۔
cli-cmd-trust-anchor-show = اپنے بھروسے کے لنگر کا نام اور عوامی کلید دکھائیں۔
cli-cmd-trust-anchor-add = اس بھروسے کے لنگر کی کلید سے دستخط شدہ فہرستوں پر بھروسہ کریں۔
cli-cmd-trust-bundle = بطور بھروسے کا لنگر، ان جاری کرنے والوں کی فہرست پر دستخط کریں جن کی آپ ضمانت دیتے ہیں۔
cli-cmd-trust-import = قابل بھروسہ جاری کرنے والوں کی دستخط شدہ فہرست فائل سے شامل کریں۔
cli-cmd-trust-list = وہ جاری کرنے والے دکھائیں جن پر آپ بھروسہ کرتے ہیں، اور ہر فہرست کتنی پرانی ہے۔
cli-cmd-revocation = ان اسناد کی فہرستیں جو جاری کرنے والوں نے واپس لیں۔
cli-cmd-revocation-import = کسی جاری کرنے والے کی واپس لی گئی اسناد کی دستخط شدہ فہرست شامل کریں۔
cli-cmd-verify = Carnet کا QR کوڈ جانچیں: ہر مہارت پر کس نے دستخط کیے، اور کیا وہ اب بھی درست ہے۔

## Help: what to give

cli-arg-issuer-name = آپ کا نام یا آپ کے ادارے کا نام، جیسے لوگوں کو دکھنا چاہیے۔
cli-arg-issuer-country = آپ کا ملک، دو حروف میں، جیسے KE یا PT۔
cli-arg-issuer-kind = آپ کیا ہیں: trainer، employer، centre، college یا colleague۔
cli-arg-revoke-index = واپس لی جانے والی سند کا نمبر۔
cli-arg-cred-out = لکھی جانے والی فائل۔
cli-arg-endorse-request = اس شخص کی دی ہوئی درخواست: فائل (request.cbor)، اس کے QR کوڈ کی تصویر (PNG یا JPEG)، یا CNR1: سے شروع ہونے والے متن کی فائل
cli-arg-endorse-text = درخواست کا متن، CNR1: سے شروع، اگر اس شخص نے اسے پیغام میں بھیجا۔ فائل کے بجائے۔
cli-arg-endorse-assessed-by = آپ نے مہارت کیسے جانچی: observation، test، document یا interview۔
cli-arg-endorse-expires = سند کا آخری درست دن، جیسے 2027-05-14۔ اس کے بغیر یہ ختم نہیں ہوتی۔
cli-arg-endorse-valid-days = آج سے کتنے دن سند درست رہے۔
cli-arg-anchor-name = بھروسے کے لنگر کا نام، جیسے لوگوں کو دکھنا چاہیے۔
cli-arg-anchor-key = بھروسے کے لنگر کی عوامی کلید: 64 حروف اور ہندسے۔
cli-arg-bundle-issuer = جاری کرنے والے کی فائل، carnet issuer show --json سے۔ ہر جاری کرنے والے کے لیے ایک بار دیں۔
cli-arg-trust-file = بھروسے کی فہرست کی فائل (.cbor)۔
cli-arg-status-file = جاری کرنے والے کی فہرست کی فائل (.cbor)۔
cli-arg-verify-image = QR کوڈ کی تصویر: PNG، JPEG یا WebP۔
cli-arg-verify-text = QR کوڈ کا متن، CN1: سے شروع
cli-arg-verify-nonce = وہ نمبر جو آپ نے اس شخص سے کوڈ میں ڈالنے کو کہا (hex)۔
cli-arg-verify-audience = وہ نام جو آپ نے اس شخص سے کوڈ میں ڈالنے کو کہا۔

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = { $name } کے لیے آپ کی جاری کرنے والے کی کلید تیار ہے۔ اپنا پاس فریز محفوظ رکھیں: اس کے بغیر آپ دستخط نہیں کر سکتے۔
issuer-label-name = نام:
issuer-label-country = ملک:
issuer-label-kind = قسم:
issuer-label-public-key = عوامی کلید:
issuer-label-kid = کلید کا نشان:
issuer-label-issued = دیے گئے نمبر:
issuer-label-revoked = واپس لیے گئے:
issuer-revoked = سند نمبر { $index } واپس لے لی گئی۔
issuer-already-revoked = سند نمبر { $index } پہلے ہی واپس لی جا چکی تھی۔
issuer-revoked-next-step = جانچنے والوں کو یہ صرف آپ کی اگلی فہرست سے پتا چلے گا: اسے carnet issuer status-list --out list.cbor سے لکھیں، پھر فائل انہیں دیں۔
issuer-status-list-written = { $count ->
    [one] فہرست { $path } میں ہے۔ اس میں 1 واپس لی گئی سند درج ہے۔
   *[other] فہرست { $path } میں ہے۔ اس میں { $count } واپس لی گئی اسناد درج ہیں۔
}

endorse-intro = { $count ->
    [one] آپ کلید { $holder } والے شخص کے لیے 1 اندراج پر دستخط کرنے والے ہیں:
   *[other] آپ کلید { $holder } والے شخص کے لیے { $count } اندراجات پر دستخط کرنے والے ہیں:
}
endorse-entry = { $title } ({ $kind }، درجہ { $level }، { $dates })
endorse-untitled = (کوئی عنوان نہیں)
endorse-how-observation = آپ کہتے ہیں کہ آپ نے انہیں یہ کرتے دیکھا۔
endorse-how-test = آپ کہتے ہیں کہ انہوں نے امتحان پاس کیا۔
endorse-how-document = آپ کہتے ہیں کہ آپ نے ایک دستاویز جانچی۔
endorse-how-interview = آپ کہتے ہیں کہ آپ نے انٹرویو میں اسے جانچا۔
endorse-expires-on = یہ { $date } تک درست ہے۔
endorse-no-expiry = یہ ختم نہیں ہوتی۔
endorse-written = { $count ->
    [one] دستخط ہو گئے۔ { $path } اس شخص کو واپس دیں۔ اس کا نمبر { $first } ہے۔
   *[other] دستخط ہو گئے۔ { $path } اس شخص کو واپس دیں۔ ان کے نمبر { $first } سے { $last } تک ہیں۔
}

trust-anchor-added = اب آپ { $name } کی دستخط شدہ فہرستوں پر بھروسہ کرتے ہیں (کلید کا نشان { $kid })۔
trust-bundle-written = { $count ->
    [one] 1 جاری کرنے والے کی دستخط شدہ فہرست { $path } میں ہے۔
   *[other] { $count } جاری کرنے والوں کی دستخط شدہ فہرست { $path } میں ہے۔
}
trust-imported = { $count ->
    [one] 1 جاری کرنے والے کی بھروسے کی فہرست شامل ہوئی، { $date } کو بنی۔
   *[other] { $count } جاری کرنے والوں کی بھروسے کی فہرست شامل ہوئی، { $date } کو بنی۔
}
trust-list-empty = آپ ابھی کسی جاری کرنے والے پر بھروسہ نہیں کرتے۔ carnet trust import سے بھروسے کی فہرست شامل کریں۔
trust-list-bundle = { $days ->
    [0] { $anchor } کی بھروسے کی فہرست، آج بنی ({ $date }):
    [one] { $anchor } کی بھروسے کی فہرست، 1 دن پہلے بنی ({ $date }):
   *[other] { $anchor } کی بھروسے کی فہرست، { $days } دن پہلے بنی ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }، { $country }، کلید کا نشان { $kid }
revocation-imported = { $count ->
    [one] { $name } کی فہرست شامل ہوئی، { $date } کو بنی: 1 سند واپس لی گئی۔
   *[other] { $name } کی فہرست شامل ہوئی، { $date } کو بنی: { $count } اسناد واپس لی گئیں۔
}

## Errors of these commands

error-issuer-exists = اس فولڈر میں پہلے سے جاری کرنے والے کی کلید ہے۔ کچھ نہیں بدلا۔
error-no-issuer = اس فولڈر میں ابھی جاری کرنے والے کی کلید نہیں۔ carnet issuer init سے بنائیں۔
error-issuer-damaged = اس فولڈر میں جاری کرنے والے کی کلید خراب ہے یا اپنی تفصیلات سے میل نہیں کھاتی۔ بیک اپ سے نقل واپس رکھیں۔
error-anchor-exists = اس فولڈر میں پہلے سے بھروسے کے لنگر کی کلید ہے۔ کچھ نہیں بدلا۔
error-no-anchor = اس فولڈر میں ابھی بھروسے کے لنگر کی کلید نہیں۔ carnet trust anchor init سے بنائیں۔
error-anchor-damaged = اس فولڈر میں بھروسے کے لنگر کی کلید خراب ہے یا اپنی تفصیلات سے میل نہیں کھاتی۔ بیک اپ سے نقل واپس رکھیں۔
error-identity-too-new = یہ کلید Carnet کے نئے ورژن نے بنائی ہے۔ استعمال کے لیے Carnet اپ ڈیٹ کریں۔
error-storage-file = Carnet { $path } کو لکھ یا پڑھ نہیں سکا۔ دیکھیں کہ جگہ ہے اور آپ کو وہاں لکھنے کی اجازت ہے۔ (مددگار کے لیے: { $reason })
error-file-too-big = { $path } Carnet فائل ہونے کے لیے بہت زیادہ بڑی ہے۔
error-issuer-kind = «{ $value }» جاری کرنے والے کی قسم نہیں۔ trainer، employer، centre، college یا colleague لکھیں۔
error-assessed-by = «{ $value }» جانچ کا طریقہ نہیں۔ observation، test، document یا interview لکھیں۔
error-expires-date = «{ $value }» کوئی دن نہیں۔ اسے سال-مہینہ-دن کی شکل میں لکھیں، جیسے 2027-05-14۔
error-expires-past = آخری دن آج کے بعد کا ہونا چاہیے۔
error-issuer-indexes-used-up = اس جاری کرنے والے کی کلید اپنے تمام نمبر دے چکی ہے۔ نئی جاری کرنے والے کی کلید بنائیں۔
error-revoke-not-issued = آپ نے نمبر { $index } والی سند پر دستخط نہیں کیے۔ آپ کے نمبر 0 سے { $next } سے کم تک ہیں۔
error-anchor-name = نام 1 سے 100 حروف کا ہونا چاہیے۔
error-anchor-known = آپ پہلے سے اس بھروسے کے لنگر پر بھروسہ کرتے ہیں (کلید کا نشان { $kid })۔
error-issuer-file = { $path } جاری کرنے والے کی فائل نہیں۔ جاری کرنے والے سے carnet issuer show --json کا نتیجہ مانگیں۔
error-trust-bundle-not-newer = آپ کے پاس یہ بھروسے کی فہرست یا اسی لنگر کی نئی فہرست پہلے سے ہے۔ کچھ نہیں بدلا۔
error-status-list-not-newer = آپ کے پاس اس جاری کرنے والے کی نئی فہرست پہلے سے ہے۔ کچھ نہیں بدلا۔
error-status-list-issuer-unknown = یہ فہرست ایسے جاری کرنے والے کی ہے جس پر آپ ابھی بھروسہ نہیں کرتے (کلید کا نشان { $kid })۔ پہلے وہ بھروسے کی فہرست درآمد کریں جس میں اس کا نام ہو۔
error-verifier-damaged = آپ کی محفوظ بھروسے کی فہرستیں خراب ہیں یا بدلی گئی ہیں۔ انہیں دوبارہ درآمد کریں۔
error-verify-nonce = «{ $value }» hex میں نمبر نہیں، جیسے 3fa9۔
error-verify-got-request = یہ کسی کے اندراجات کی تصدیق کی درخواست ہے (اس کا متن CNR1: سے شروع ہوتا ہے)، مہارتیں دکھانے والا کوڈ نہیں۔ کچھ نہیں جانچا گیا۔ تصدیق کرنے والا اس پر یوں دستخط کرتا ہے: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = یہ کسی کی مہارتیں دکھانے والا کوڈ ہے (اس کا متن CN1: سے شروع ہوتا ہے)، ان کی تصدیق کی درخواست نہیں۔ کچھ دستخط نہیں ہوا۔ جانچنے کے لیے لکھیں: carnet verify PICTURE، یا carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = بھروسے کی فہرست خراب ہے یا بھروسے کی فہرست نہیں۔
error-trust-bundle-wrong-file = یہ Carnet کی کسی اور قسم کی فائل ہے، بھروسے کی فہرست نہیں۔
error-trust-bundle-newer-version = یہ بھروسے کی فہرست Carnet کے نئے ورژن نے بنائی ہے۔ پڑھنے کے لیے Carnet اپ ڈیٹ کریں۔
error-trust-bundle-unknown-anchor = یہ بھروسے کی فہرست ایسے لنگر کی دستخط شدہ ہے جس پر آپ بھروسہ نہیں کرتے (کلید کا نشان { $kid })۔ اگر آپ اسے جانتے ہیں تو پہلے carnet trust anchor add سے شامل کریں۔
error-trust-bundle-bad-signature = اس بھروسے کی فہرست پر دستخط میل نہیں کھاتا۔ فائل بدلی گئی یا خراب ہے۔
error-trust-bundle-invalid = بھروسے کی فہرست کی ایک قدر استعمال نہیں ہو سکتی ({ $field })۔
error-trust-bundle-too-large = بھروسے کی فہرست بہت بڑی ہے۔
error-status-list-malformed = فہرست خراب ہے یا واپس لی گئی اسناد کی فہرست نہیں۔
error-status-list-wrong-file = یہ Carnet کی کسی اور قسم کی فائل ہے، واپس لی گئی اسناد کی فہرست نہیں۔
error-status-list-newer-version = یہ فہرست Carnet کے نئے ورژن نے بنائی ہے۔ پڑھنے کے لیے Carnet اپ ڈیٹ کریں۔
error-status-list-wrong-issuer = یہ فہرست کسی اور جاری کرنے والے کی ہے ({ $found }، نہ کہ { $expected })۔
error-status-list-bad-signature = اس فہرست پر دستخط میل نہیں کھاتا۔ فائل بدلی گئی یا خراب ہے۔
error-status-list-invalid = فہرست کی ایک قدر استعمال نہیں ہو سکتی ({ $field })۔
error-status-list-too-large = فہرست بہت بڑی ہے۔
