# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] یہ درخواست خراب ہے، یا Carnet کی درخواست نہیں ہے۔ اسے دوبارہ مانگیں۔
        [credential] یہ سند کی فائل خراب ہے، یا Carnet کی سند نہیں ہے۔ جس شخص نے آپ کے اندراجات کی تصدیق کی اس سے کہیں کہ دوبارہ بھیجے۔
       *[other] یہ خراب ہے، یا Carnet کی فائل نہیں ہے۔
    }
error-credential-wrong-file = { $expected ->
        [request] یہ Carnet کی درخواست نہیں ہے: یہ Carnet کی کسی اور قسم کی فائل ہے۔ درخواست carnet request سے بنتی ہے۔
        [credential] یہ Carnet کی سند نہیں ہے: یہ Carnet کی کسی اور قسم کی فائل ہے۔ دیکھیں کہ آپ نے وہی فائل چنی ہے جو تصدیق کرنے والے شخص نے آپ کو دی۔
       *[other] یہ Carnet کی کسی اور قسم کی فائل ہے۔ دیکھیں کہ آپ نے صحیح فائل چنی ہے۔
    }
error-credential-newer-version = { $what ->
        [request] یہ درخواست Carnet کے نئے ورژن نے بنائی ہے۔
        [credential] یہ سند Carnet کے نئے ورژن نے بنائی ہے۔
        [text] یہ کوڈ Carnet کے نئے ورژن نے بنایا ہے۔
       *[other] یہ Carnet کے نئے ورژن نے بنایا ہے۔
    } Carnet اپ ڈیٹ کریں، پھر دوبارہ کوشش کریں۔
error-credential-invalid-field = ایک قدر استعمال نہیں ہو سکتی ({ $field }): یہ بہت لمبی ہے یا صحیح شکل میں نہیں۔ کچھ نہیں لکھا گیا۔
error-credential-entry-count = ایک درخواست میں 1 سے { $max } اندراجات ہوتے ہیں، { $found } نہیں۔ زیادہ کی تصدیق کے لیے دو درخواستیں بنائیں۔
error-credential-invalid-key = یہ درست عوامی کلید نہیں ہے۔ دیکھیں کہ یہ پوری نقل ہوئی ہو۔
error-credential-bad-signature = اس سند پر دستخط میل نہیں کھاتا: دستخط کے بعد اسے بدلا گیا یا یہ خراب ہو گئی۔ کچھ نہیں رکھا گیا۔ فائل دوبارہ مانگیں۔
error-credential-not-yours = یہ سند کسی اور کی لاگ بک کے لیے بنی تھی، آپ کی نہیں۔ کچھ نہیں رکھا گیا۔ یقینی بنائیں کہ آپ کو اپنی فائل ملی ہے۔
error-credential-no-such-entry = اس سند میں اندراج { $index } نہیں ہے۔
error-credential-duplicate-entry = اندراج { $index } دو بار چنا گیا ہے۔
error-credential-wrong-prefix = یہ متن Carnet کا کوڈ نہیں ہے: یہ CN1: (جانچنے کی مہارتیں) یا CNR1: (تصدیق کی درخواست) سے شروع نہیں ہوتا۔
error-credential-base45 = متن میں ایسے حروف ہیں جو Carnet کوڈ میں نہیں ہو سکتے۔ ہو سکتا ہے یہ کٹا ہوا یا غلط لکھا ہو۔
error-credential-zlib = کوڈ کٹا ہوا یا خراب ہے۔
error-credential-too-large = کوڈ Carnet کوڈ ہونے کے لیے بہت زیادہ بڑا ہے۔

## QR codes

error-qr-not-alphanumeric = متن میں ایسے حروف ہیں جو Carnet کا QR کوڈ نہیں رکھ سکتا۔ یہ Carnet کی خرابی ہے؛ براہ کرم اس کی اطلاع دیں۔
error-qr-too-large = یہ ایک QR کوڈ کے لیے بہت زیادہ ہے: { $chars } حروف، جبکہ فون آسانی سے پڑھنے والا QR کوڈ (ورژن { $version }، درجہ { $ec }) { $capacity } رکھتا ہے۔ کچھ نہیں لکھا گیا۔ { $what ->
        [request] ایک وقت میں کم اندراجات مانگیں، یا درخواست کو .cbor پر ختم ہونے والی فائل میں لکھیں۔
       *[other] کم اندراجات چنیں، یا --fields سے کم حصے دکھائیں۔
    }
error-qr-bad-version = QR کوڈ کا یہ سائز موجود نہیں۔
error-qr-bad-module-size = نقطے کا یہ سائز ممکن نہیں۔
error-qr-not-an-image = یہ فائل ایسی تصویر نہیں جو Carnet پڑھ سکے۔ PNG، JPEG یا WebP استعمال کریں۔
error-qr-image-too-large = تصویر بہت بڑی ہے ({ $width } × { $height } پکسل)۔ اسے چھوٹا کریں اور دوبارہ کوشش کریں۔
error-qr-not-found = تصویر میں کوئی QR کوڈ نہیں پڑھا جا سکا۔ زیادہ صاف اور قریب سے تصویر لیں، پورے کوڈ کے ساتھ۔
error-qr-render-failed = QR تصویر نہیں بن سکی۔ یہ Carnet کی خرابی ہے؛ براہ کرم اس کی اطلاع دیں۔
