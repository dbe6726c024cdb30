# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = تربیت دینے والا
issuer-kind-employer = آجر
issuer-kind-centre = مرکز
issuer-kind-college = کالج
issuer-kind-colleague = ساتھی کارکن

## verify: verdicts, one per code

verdict-valid = درست: ایسے جاری کرنے والے کے دستخط جس پر آپ بھروسہ کرتے ہیں، ابھی معتبر، واپس نہیں لیا گیا۔
verdict-self-declared = صرف اس شخص کا بیان: کسی نے دستخط نہیں کیے۔
verdict-unknown-issuer = دستخط شدہ، لیکن ایسے جاری کرنے والے کے نہیں جس پر آپ بھروسہ کرتے ہیں۔
verdict-expired = میعاد ختم۔
verdict-revoked = دستخط کرنے والے جاری کنندہ نے واپس لے لیا۔
verdict-tampered = بدلا ہوا یا نقل شدہ: اس پر بھروسہ نہ کریں۔
verdict-malformed = یہ Carnet کا ایسا کوڈ نہیں جو پڑھا جا سکے۔

## verify: reasons, one per code

reason-wrong-prefix = متن CN1: سے شروع نہیں ہوتا، اس لیے یہ Carnet کوڈ نہیں۔
reason-bad-base45 = متن میں ایسے حروف ہیں جو Carnet کوڈ میں نہیں ہو سکتے۔ ہو سکتا ہے یہ کٹا ہوا یا غلط لکھا ہو۔
reason-bad-zlib = کوڈ کٹا ہوا یا خراب ہے۔
reason-too-large = کوڈ Carnet کوڈ ہونے کے لیے بہت زیادہ بڑا ہے۔
reason-bad-cose = کوڈ خراب ہے یا Carnet کوڈ نہیں۔
reason-unsupported-header = کوڈ ایسا دستخط استعمال کرتا ہے جسے Carnet نہیں جانتا۔ شاید Carnet کا نیا ورژن اسے پڑھ سکے۔
reason-bad-payload = کوڈ کا مواد خراب ہے۔
reason-holder-signature-invalid = اس شخص کا دستخط میل نہیں کھاتا: کوڈ بدلا گیا ہے۔
reason-nonce-mismatch = کوڈ کسی اور درخواست کے لیے بنا تھا (نمبر { $found }، نہ کہ { $expected })۔ یہ نقل ہو سکتی ہے۔
reason-audience-mismatch = کوڈ «{ $found }» کے لیے بنا تھا، «{ $expected }» کے لیے نہیں۔
reason-presentation-expired = کوڈ کی اپنی میعاد { $exp } کو ختم ہو گئی۔ اس شخص سے نیا بنانے کو کہیں۔
reason-presentation-not-yet-valid = کوڈ کہتا ہے کہ یہ { $iat } کو بنا، جو ابھی آیا نہیں۔ اس آلے کی گھڑی دیکھیں۔
reason-endorsement-signature-invalid = جاری کرنے والے کا دستخط میل نہیں کھاتا: مہارت بدلی گئی ہے۔
reason-issuer-key-not-sent = جاری کرنے والے کی پہچان صرف نشان { $kid } سے ہے، اور آپ اسے نہیں جانتے۔
reason-endorsement-expired = مہارت کے دستخط کی میعاد { $exp } کو ختم ہو گئی۔
reason-endorsement-not-yet-valid = مہارت کہتی ہے کہ اس پر { $iat } کو دستخط ہوئے، جو ابھی آیا نہیں۔ اس آلے کی گھڑی دیکھیں۔
reason-issuer-unknown = «{ $name }» (کلید کا نشان { $kid }) آپ کی بھروسے کی فہرستوں میں نہیں۔ کوئی بھی اپنے آپ کو کوئی بھی نام دے سکتا ہے۔
reason-issuer-not-trusted-at-issue = «{ $name }» (کلید کا نشان { $kid }) کی دستخط کے دن ضمانت نہیں دی گئی تھی۔
reason-issuer-trusted = جاری کرنے والا آپ کی بھروسے کی فہرست میں ہے (کلید کا نشان { $kid })۔
reason-issuer-claims-differ = آپ کی بھروسے کی فہرست کہتی ہے کہ یہ جاری کرنے والا { $country } میں { $kind } ہے؛ دستخط کچھ اور کہتا ہے۔ بھروسے کی فہرست کی بات مانیں۔
reason-revoked = جاری کرنے والے نے سند نمبر { $index } واپس لے لی۔
reason-no-revocation-list = آپ کے پاس اس جاری کرنے والے کی واپس لی گئی چیزوں کی فہرست نہیں۔
reason-self-declared = یہ اس شخص کا بیان ہے؛ کسی نے دستخط نہیں کیے۔

## verify: the rest of the report

verify-presentation = { $stage } کے لیے دکھایا گیا، { $date } کو بنا، کلید { $kid } والے شخص کا۔
verify-audience = کس کے لیے بنا: { $audience }
verify-stage-recruitment = بھرتی
verify-stage-pre-departure = روانگی کی تیاری
verify-stage-arrival = آمد
verify-stage-career = کام اور تربیت
verify-stage-return = گھر واپسی
verify-endorsed-by = { $name } کے دستخط، { $country } میں { $kind }۔
verify-endorsed-by-unchecked = کسی ایسے شخص کے دستخط جو خود کو «{ $name }» کہتا ہے، { $country } میں { $kind } (جانچا نہیں گیا؛ کلید کا نشان { $kid })۔
verify-colleague-note = یہ ایک ساتھی کارکن کا بیان ہے: کوئی جس نے اس شخص کے ساتھ کام کیا، کوئی اسکول یا آجر نہیں۔
verify-endorsed-on = { $date } کو دستخط ہوئے؛ جانچ کا طریقہ: { $how }۔{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } تک درست۔
}
verify-how-observation = انہیں کام کرتے دیکھنا
verify-how-test = امتحان
verify-how-document = دستاویز
verify-how-interview = انٹرویو
verify-hidden = { $count ->
    [one] 1 تفصیل اس شخص نے چھپائی ہے۔
   *[other] { $count } تفصیلات اس شخص نے چھپائی ہیں۔
}
verify-trust-age = { $days ->
    [0] بھروسے کی فہرست آج کی۔
    [one] بھروسے کی فہرست 1 دن پہلے کی ({ $date })۔
   *[other] بھروسے کی فہرست { $days } دن پہلے کی ({ $date })۔
}
verify-newer-code = یہ کوڈ Carnet کے نئے ورژن نے بنایا ہے۔ جانچنے کے لیے Carnet اپ ڈیٹ کریں۔
verify-status-age = { $days ->
    [0] واپس لی گئی اسناد کی فہرست: آج کی۔
    [one] واپس لی گئی اسناد کی فہرست: 1 دن پہلے کی ({ $date })۔
   *[other] واپس لی گئی اسناد کی فہرست: { $days } دن پہلے کی ({ $date })۔
}
verify-field-kind = کیا:
verify-field-title = عنوان:
verify-field-esco = ESCO:
verify-field-entry-id = اندراج:
verify-field-level = درجہ:
verify-field-from = سے:
verify-field-to = تک:
verify-field-country = ملک:
verify-field-context = کہاں سیکھا:
verify-field-evidence = ثبوت (hash):
verify-field-eqf = EQF درجہ:
verify-entry-kind-skill = ایک مہارت
verify-entry-kind-qualification = ڈپلومہ یا سند
verify-entry-kind-experience = کام کا تجربہ
verify-entry-kind-language = ایک زبان
verify-entry-kind-learning = ایک کورس
verify-context-formal = اسکول یا کالج میں
verify-context-non-formal = کسی کورس میں
verify-context-informal = کام پر یا خود سے
verify-esco-skill = مہارت
verify-esco-occupation = پیشہ
verify-esco-qualification = سند
