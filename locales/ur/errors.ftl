# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = پاس فریز درست نہیں۔ اسے دیکھیں اور دوبارہ کوشش کریں۔ بڑے اور چھوٹے حروف میں فرق ہوتا ہے۔
error-too-many-attempts = { $minutes ->
    [one] بہت زیادہ غلط پاس فریز۔ 1 منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
   *[other] بہت زیادہ غلط پاس فریز۔ { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
}
error-passphrase-too-short = یہ پاس فریز بہت چھوٹا ہے۔ کم از کم { $min } حروف استعمال کریں۔

## The logbook files

error-no-logbook = اس فولڈر میں ابھی کوئی لاگ بک نہیں۔ پہلے ایک بنائیں، یا وہ فولڈر چنیں جس میں آپ کی لاگ بک ہے۔
error-already-exists = اس فولڈر میں پہلے سے لاگ بک ہے۔ کچھ نہیں بدلا۔
error-damaged-key-file = آپ کی لاگ بک کی کلید خراب ہے یا غائب ہے، اس لیے یہ کھل نہیں سکتی۔ بیک اپ سے نقل واپس رکھیں، یا اس آلے سے جو آپ نے اس کے ساتھ جوڑا تھا۔
error-damaged-database = آپ کی لاگ بک خراب ہے، اس لیے یہ کھل نہیں سکتی۔ بیک اپ سے نقل واپس رکھیں، یا اس آلے سے جو آپ نے اس کے ساتھ جوڑا تھا۔
error-too-new = { $what ->
    [export-file] یہ فائل Carnet کے نئے ورژن نے بنائی ہے۔ Carnet اپ ڈیٹ کریں، پھر دوبارہ کوشش کریں۔
    [taxonomy] Carnet کے ساتھ آنے والا ESCO ڈیٹا Carnet کے نئے ورژن کا ہے۔ Carnet اپ ڈیٹ کریں، پھر دوبارہ کوشش کریں۔
   *[other] آپ کی لاگ بک Carnet کے نئے ورژن نے محفوظ کی ہے۔ Carnet اپ ڈیٹ کریں، پھر دوبارہ کوشش کریں۔
}
error-disk-full = ڈسک بھری ہوئی ہے۔ کچھ ضائع نہیں ہوا۔ کچھ جگہ خالی کریں، مثال کے طور پر پرانی فائلیں مٹا کر، پھر دوبارہ کوشش کریں۔
error-io = Carnet آپ کی لاگ بک کی فائلیں پڑھ یا لکھ نہیں سکا۔ دیکھیں کہ فولڈر موجود ہے اور آپ کو اس میں لکھنے کی اجازت ہے، پھر دوبارہ کوشش کریں۔
error-internal = Carnet کے اندر کچھ غلط ہو گیا۔ یہ Carnet کی غلطی ہے، آپ کی نہیں۔ براہ کرم Carnet بنانے والوں کو بتائیں۔

## Entries

error-not-found = کسی اندراج کی id «{ $id }» نہیں۔ id دیکھیں اور دوبارہ کوشش کریں۔
error-ambiguous-id = ایک سے زیادہ اندراجات «{ $id }» سے شروع ہوتے ہیں۔ id کا مزید حصہ لکھیں۔

## Values the person typed

error-invalid-kind = «{ $value }» اندراج کی قسم نہیں۔ skill، qualification، experience، language یا learning استعمال کریں۔
error-invalid-date = «{ $value }» تاریخ نہیں۔ سال (2019)، مہینہ (2019-05) یا دن (2019-05-14) لکھیں۔
error-invalid-level = { $kind ->
    [language] «{ $value }» زبان کا درجہ نہیں۔ A1، A2، B1، B2، C1 یا C2 استعمال کریں۔
    [qualification] «{ $value }» سند کا درجہ نہیں۔ 1 سے 8 تک کا نمبر استعمال کریں (EQF)۔
    [learning] «{ $value }» کورس کا درجہ نہیں۔ 1 سے 8 تک کا نمبر استعمال کریں (EQF)۔
    [eqf] «{ $value }» EQF درجہ نہیں۔ 1 سے 8 تک کا نمبر استعمال کریں۔
   *[other] «{ $value }» درجہ نہیں۔ basic، intermediate، advanced یا expert استعمال کریں۔
}
error-invalid-country = «{ $value }» ملک کا کوڈ نہیں۔ دو حروف استعمال کریں، مثال کے طور پر SY، AF، ER یا DE۔
error-invalid-language = «{ $value }» زبان کا کوڈ نہیں۔ مختصر کوڈ استعمال کریں، مثال کے طور پر ar، fa-AF یا en۔
error-invalid-esco = «{ $value }» ESCO پتہ نہیں۔ یہ http://data.europa.eu/esco/ سے شروع ہوتا ہے
error-invalid-isco = «{ $value }» ISCO-08 نوکری کا کوڈ نہیں۔ 1 سے 4 ہندسے استعمال کریں، مثال کے طور پر 7212۔
error-invalid-proficiency = «{ $value }» درجہ نہیں۔ basic، intermediate، advanced یا expert استعمال کریں۔
error-invalid-context = «{ $value }» سیکھنے کا طریقہ نہیں۔ formal، non-formal یا informal استعمال کریں۔
error-invalid-stage = «{ $value }» مرحلہ نہیں۔ recruitment، pre-departure، arrival، career یا return استعمال کریں۔
error-invalid-field = «{ $value }» ایسی چیز نہیں جو آپ بدل سکیں۔ ان میں سے ایک استعمال کریں: { $expected }۔
error-empty-field = { $field ->
    [title] عنوان خالی ہے۔ ایک چھوٹا عنوان لکھیں۔
   *[other] { $field } خالی ہے۔ اس میں کچھ لکھیں۔
}
error-date-order = آخری تاریخ { $to } شروع کی تاریخ { $from } سے پہلے ہے۔ دونوں تاریخیں دیکھیں۔
error-import-format = یہ فائل Carnet کی برآمد نہیں، اس لیے پڑھی نہیں جا سکتی۔ وہ فائل چنیں جو Carnet نے برآمد کی ہو۔

## Photos

error-evidence-not-an-image = یہ فائل تصویر نہیں۔ Carnet JPEG، PNG اور WebP تصاویر لیتا ہے۔
error-evidence-unsupported-format = یہ { $format } تصویر ہے، اور Carnet اسے استعمال نہیں کر سکتا۔ اسے JPEG، PNG یا WebP کے طور پر محفوظ کریں، پھر دوبارہ کوشش کریں۔
error-evidence-damaged = تصویر خراب یا نامکمل ہے۔ تصویر دوبارہ لیں یا چنیں۔
error-evidence-too-large = تصویر بہت بڑی ہے ({ $width } × { $height } پکسل)۔ کم کوالٹی کی ترتیب پر تصویر لیں، یا چھوٹی نقل چنیں۔
error-evidence-file-too-big = فائل بہت بڑی ہے ({ $megabytes } MB)۔ حد 32 MB ہے۔ چھوٹی فائل چنیں۔
error-evidence-encode-failed = Carnet تصویر محفوظ نہیں کر سکا۔ براہ کرم دوبارہ کوشش کریں۔ اگر پھر ہو تو براہ کرم Carnet بنانے والوں کو بتائیں۔

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» ہب کا پتہ نہیں۔ ہب کا پتہ ایسا ہوتا ہے: http://192.168.1.10:8470۔ مرکز سے پوچھیں۔
error-sync-no-hub = اس لاگ بک کے لیے ابھی کوئی ہب سیٹ نہیں۔ مرکز سے ان کے ہب کا پتہ پوچھیں۔
error-sync-unreachable = Carnet { $url } پر ہب تک نہیں پہنچ سکتا۔ آپ کی لاگ بک اس آلے پر محفوظ ہے۔ مرکز کے نیٹ ورک سے جڑنے پر دوبارہ کوشش کریں۔
error-sync-refused = ہب اس لاگ بک کے لیے یہ آلہ قبول نہیں کرتا۔ اگر آپ نے یہ آلہ اپنی لاگ بک سے ہٹایا تھا تو یہ متوقع ہے۔ ورنہ مرکز سے پوچھیں۔
error-sync-unknown-logbook = ہب کے پاس ابھی اس لاگ بک کی نقل نہیں۔ پہلے اس آلے کو سنک کریں جس پر آپ کی لاگ بک ہے، پھر دوبارہ کوشش کریں۔
error-sync-rate-limited = ہب مصروف ہے۔ { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔ آپ کی لاگ بک اس آلے پر محفوظ ہے۔
error-sync-hub-full = ہب میں آپ کی لاگ بک کے لیے جگہ نہیں بچی۔ آپ کی لاگ بک اس آلے پر محفوظ ہے۔ مرکز سے پوچھیں۔
error-sync-hub-error = ہب کو مسئلہ ہوا ({ $status } { $code })۔ آپ کی لاگ بک اس آلے پر محفوظ ہے۔ بعد میں دوبارہ کوشش کریں، یا مرکز سے پوچھیں۔
error-sync-protocol = ہب نے کچھ ایسا بھیجا جو Carnet کا یہ ورژن نہیں پڑھ سکتا۔ آپ کی لاگ بک اس آلے پر محفوظ ہے۔ Carnet اپ ڈیٹ کریں، یا مرکز سے پوچھیں۔
error-sync-forged = ہب نے ایسی تبدیلی بھیجی جو خراب ہے یا کسی نے بدلی ہے۔ Carnet نے اسے استعمال نہیں کیا، اور آپ کی لاگ بک نہیں بدلی۔ مرکز کو بتائیں۔
error-sync-incomplete = ہب نے وہ تمام تبدیلیاں نہیں بھیجیں جو اسے بھیجنی تھیں۔ Carnet نے انہیں استعمال نہیں کیا، اور آپ کی لاگ بک نہیں بدلی۔ بعد میں دوبارہ کوشش کریں، یا مرکز کو بتائیں۔
error-sync-unknown-epoch = اس آلے کے پاس آپ کی لاگ بک کی نئی کلید نہیں، اس لیے یہ ہب کی چیزیں نہیں پڑھ سکتا۔ اگر آپ نے یہ آلہ ہٹایا تھا تو یہ متوقع ہے۔ ورنہ اسے دوبارہ جوڑیں۔
error-sync-rolled-back = ہب سے کچھ ڈیٹا ضائع ہو گیا ہے۔ اس آلے پر آپ کی لاگ بک مکمل ہے اور نہیں بدلی۔ مرکز کو بتائیں۔
error-sync-pairing-code = یہ جوڑنے کا کوڈ نہیں، یا اس کا کچھ حصہ غائب ہے۔ اپنے دوسرے آلے پر کوڈ دوبارہ دکھائیں، اور پورا اسکین کریں یا لکھیں۔
error-sync-pairing-expired = یہ جوڑنے کا کوڈ بہت پرانا ہے۔ اپنے دوسرے آلے پر نیا کوڈ دکھائیں۔
error-sync-pairing-taken = کسی اور آلے نے پہلے ہی اس کوڈ کا جواب دے دیا۔ کچھ شیئر نہیں ہوا۔ اپنے دوسرے آلے پر نیا کوڈ دکھائیں اور دوبارہ کوشش کریں۔
error-sync-pairing-refused = آپ کے دوسرے آلے نے یہ جوڑنا منع کر دیا۔ کچھ شیئر نہیں ہوا۔
error-sync-remove-self = یہ وہی آلہ ہے جو آپ استعمال کر رہے ہیں۔ اسے ہٹانے کے لیے اپنے کسی دوسرے آلے سے کریں۔
error-sync-cancelled = آپ نے دوسرے آلے کا انتظار روک دیا۔ کچھ شیئر نہیں ہوا۔ جب دونوں آلات تیار ہوں تو دوبارہ شروع کریں۔

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = یہ Carnet بحالی شیٹ کا چوکور کوڈ نہیں، یا Carnet اسے پورا نہیں پڑھ سکا۔ پورے کوڈ کی صاف تصویر لیں، یا 12 الفاظ لکھیں۔
error-sync-recovery-words = { $problem ->
    [count] بحالی شیٹ میں 12 الفاظ ہوتے ہیں؛ آپ نے { $position } دیے۔ تمام 12 ترتیب سے لکھیں۔
    [unknown] لفظ نمبر { $position } بحالی شیٹ کا لفظ نہیں۔ شیٹ پر اس کے ہجے دیکھیں۔
   *[other] الفاظ آپس میں میل نہیں کھاتے: ان میں سے ایک غلط ہے، یا دو کی جگہ بدلی ہوئی ہے۔ ہر لفظ شیٹ پر دیکھیں۔
}
error-sync-recovery-no-box = ہب کے پاس اس بحالی شیٹ کے لیے کچھ نہیں۔ ہو سکتا ہے نئی شیٹ نے اس کی جگہ لے لی ہو، یا شیٹ کسی اور ہب کی ہو۔ اپنی سب سے نئی شیٹ استعمال کریں۔
error-sheet-write = Carnet شیٹ کو { $path } میں نہیں لکھ سکا۔ فولڈر اور خالی جگہ دیکھیں۔ ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet کو اپنی ESCO ڈیٹا فائل نہیں مل رہی ({ $path })۔ Carnet دوبارہ انسٹال کریں۔
error-taxonomy-damaged = Carnet کی ESCO ڈیٹا فائل خراب ہے ({ $reason })۔ Carnet دوبارہ انسٹال کریں۔
error-unknown-concept = کوئی ESCO مہارت یا پیشہ «{ $concept }» نہیں۔ اس کا پتہ carnet esco search سے تلاش کریں۔
error-not-an-occupation = «{ $concept }» ایک ESCO مہارت ہے، پیشہ نہیں۔ پیشہ carnet esco search --kind occupation سے تلاش کریں۔

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet کو اس تصویر میں چوکور کوڈ نہیں ملا۔ پورے کوڈ کی صاف تصویر لیں، یا اس کے بجائے کوڈ لکھیں۔
error-save-file = Carnet فائل { $path } میں محفوظ نہیں کر سکا۔ خالی جگہ دیکھیں۔ ({ $reason })

## Voice notes

error-evidence-not-audio = یہ فائل آواز کی ریکارڈنگ نہیں۔ Carnet WebM، Ogg، MP4، M4A، AAC، MP3 اور WAV آواز کی فائلیں لیتا ہے۔
error-evidence-audio-is-video = یہ فائل ویڈیو ہے۔ Carnet صرف آواز رکھتا ہے۔ آواز کا نوٹ ریکارڈ کریں، یا آواز کی فائل چنیں۔
error-evidence-audio-too-big = آواز کی فائل بہت بڑی ہے ({ $megabytes } MB)۔ حد 5 MB ہے۔ چھوٹا آواز کا نوٹ ریکارڈ کریں۔
error-evidence-audio-damaged = آواز کی فائل خراب یا نامکمل ہے۔ اسے دوبارہ ریکارڈ کریں یا چنیں۔
error-evidence-not-evidence = یہ فائل نہ تصویر ہے نہ آواز کی ریکارڈنگ۔ Carnet تصاویر (JPEG، PNG، WebP) اور آواز کی فائلیں (WebM، Ogg، MP4، M4A، AAC، MP3، WAV) لیتا ہے۔
error-microphone-denied = Carnet مائیکروفون استعمال نہیں کر سکتا۔ اپنے فون کی ترتیبات میں اجازت دیں، یا آواز کی فائل لگائیں۔
error-microphone-failed = Carnet ریکارڈ نہیں کر سکا۔ دوبارہ کوشش کریں، یا آواز کی فائل لگائیں۔
error-recording-empty = کچھ ریکارڈ نہیں ہوا۔ دوبارہ کوشش کریں اور بٹن دبانے کے بعد بولیں۔
error-evidence-missing = یہ تصویر یا آواز کا نوٹ ابھی اس آلے پر نہیں ({ $sha })۔ حاصل کرنے کے لیے سنک کریں۔
