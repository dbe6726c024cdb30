# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = کیسے لکھیں:
cli-help-commands = کمانڈز:
cli-help-arguments = کیا دینا ہے:
cli-help-options = اختیارات:
cli-help-examples = مثالیں:

## Help: the whole program

cli-about = Carnet آپ کی صلاحیتوں کا ریکارڈ رکھتا ہے: مہارتیں، کام، زبانیں، ڈپلومے اور کورس۔ ریکارڈ آپ کے آلے پر رہتا ہے، آپ کے پاس فریز سے بند۔

cli-examples =
    لاگ بک شروع کریں:        carnet init
    مہارت شامل کریں:         carnet add skill --title "Welding" --level advanced
    اپنے اندراجات دیکھیں:    carnet list
    ایک اندراج دیکھیں:       carnet show 3f2a
    کمانڈ کی مدد:            carnet add --help

cli-opt-data-dir = وہ فولڈر جس میں آپ کی لاگ بک رکھی ہے۔ آپ CARNET_DATA_DIR بھی سیٹ کر سکتے ہیں۔
cli-opt-json = JSON میں جواب دیں، دوسرے پروگراموں کے لیے۔
cli-opt-lang = Carnet کے پیغامات کی زبان، مثال کے طور پر ar، fa، fr، uk یا en۔
cli-opt-help = یہ مدد دکھائیں۔
cli-opt-version = Carnet کا ورژن دکھائیں۔

## Help: commands

cli-cmd-init = نئی لاگ بک بنائیں، پاس فریز سے بند۔
cli-cmd-passphrase = اپنی لاگ بک کا پاس فریز بدلیں۔
cli-cmd-passphrase-change = اپنا پاس فریز بدلیں۔ پہلے پرانا لکھیں، پھر نیا دو بار۔
cli-cmd-profile = اپنا پروفائل دیکھیں یا بدلیں: آپ کا نام، آپ کے ملک، آپ کی زبانیں۔
cli-cmd-profile-show = اپنا پروفائل دکھائیں۔
cli-cmd-profile-set = اپنا پروفائل بدلیں۔ کسی چیز کو صاف کرنے کے لیے اسے خالی قدر دیں، مثال کے طور پر --contact ""۔
cli-cmd-add = اندراج شامل کریں: مہارت، سند، کام کا تجربہ، زبان یا کورس۔
cli-cmd-list = اپنے اندراجات کی فہرست دکھائیں۔
cli-cmd-show = ایک اندراج کے بارے میں سب کچھ دکھائیں۔
cli-cmd-edit = کوئی اندراج بدلیں۔
cli-cmd-rm = کوئی اندراج مٹائیں۔
cli-cmd-search = ایسے اندراجات تلاش کریں جن میں کچھ الفاظ ہوں۔
cli-cmd-detach = کسی اندراج سے تصویر یا آواز کا نوٹ ہٹائیں۔ یہ اس آلے سے بھی مٹ جاتا ہے، جب تک کوئی اور اندراج اسے نہ دکھائے۔
cli-cmd-attach = کسی اندراج میں کاغذ کی تصویر شامل کریں، مثال کے طور پر ڈپلومہ، سرٹیفکیٹ یا کام کا کاغذ۔ یا آواز کا نوٹ شامل کریں: آواز کی فائل جس میں آپ مہارت کے بارے میں بتائیں۔
cli-cmd-export = اپنی پوری لاگ بک ایسی فائل میں لکھیں جسے دوسرے پروگرام پڑھ سکیں۔
cli-cmd-import = Carnet کی برآمد فائل اپنی لاگ بک میں پڑھیں۔ آپ کی لاگ بک سے کچھ نہیں مٹتا۔
cli-cmd-devices = وہ آلات جن پر آپ کی لاگ بک ہے۔
cli-cmd-devices-list = وہ آلات دکھائیں جن پر آپ کی لاگ بک ہے۔
cli-cmd-devices-remove = کسی آلے سے اپنی لاگ بک لے لیں، مثال کے طور پر کھویا ہوا فون۔ وہ اب سے آپ کی شامل کی ہوئی کوئی چیز نہیں پڑھ سکے گا۔
cli-cmd-pair = اپنی لاگ بک اپنے کسی دوسرے آلے پر رکھیں، جیسے نیا فون۔
cli-cmd-pair-show = اس آلے پر جس پر آپ کی لاگ بک ہے: نئے آلے کے لیے کوڈ دکھائیں، پھر اجازت دیں۔
cli-cmd-pair-join = نئے آلے پر: اپنے دوسرے آلے پر دکھائے گئے کوڈ سے اپنی لاگ بک حاصل کریں۔
cli-cmd-sync = اپنی تبدیلیاں مرکز کے ہب کو بھیجیں اور اپنے دوسرے آلات پر کی گئی تبدیلیاں حاصل کریں۔ ہب صرف ایک بند نقل رکھتا ہے جسے وہ پڑھ نہیں سکتا۔

## Help: what to give to the commands

cli-arg-kind = اندراج کی قسم: skill (مہارت)، qualification (سند)، experience (کام)، language (زبان) یا learning (کورس)۔
cli-arg-title = ایک چھوٹا نام، مثال کے طور پر "Welding" یا "Driving licence B"۔
cli-arg-description = اس کے بارے میں مزید الفاظ، اگر آپ چاہیں۔
cli-arg-level = آپ کتنے اچھے ہیں۔ مہارت یا کام کے لیے: basic، intermediate، advanced یا expert۔ زبان کے لیے: A1 (شروع) سے C2 (بہت اچھا)۔ سند یا کورس کے لیے: اس کا EQF درجہ، 1 سے 8۔
cli-arg-eqf = ڈپلومے یا کورس کا EQF درجہ، 1 سے 8، اگر آپ جانتے ہیں۔
cli-arg-from = کب شروع ہوا: سال (2019)، مہینہ (2019-05) یا دن (2019-05-14)۔
cli-arg-to = کب ختم ہوا، اسی طرح لکھا ہوا۔ اگر ابھی جاری ہے تو چھوڑ دیں۔
cli-arg-organisation = آجر، اسکول یا تربیتی مرکز۔
cli-arg-place = شہر یا جگہ۔
cli-arg-country = ملک، دو حروف میں، مثال کے طور پر SY، AF، DE۔
cli-arg-context = آپ نے یہ کیسے سیکھا: formal (اسکول، ڈپلومہ)، non-formal (کورس) یا informal (کر کے)۔
cli-arg-written-in = وہ زبان جس میں آپ نے یہ اندراج لکھا، مختصر کوڈ میں، مثال کے طور پر ar یا en۔
cli-arg-esco = مہارت یا نوکری کا ESCO پتہ، اگر آپ جانتے ہیں۔
cli-arg-isco = ISCO-08 نوکری کا کوڈ (1 سے 4 ہندسے)، اگر آپ جانتے ہیں۔
cli-arg-stage = آپ کے سفر میں یہ کب اہم ہے: recruitment، pre-departure، arrival، career یا return۔ آپ ایک سے زیادہ دے سکتے ہیں۔

cli-arg-list-kind = صرف اس قسم کے اندراجات دکھائیں: skill، qualification، experience، language یا learning۔
cli-arg-list-stage = صرف اس مرحلے کے اندراجات دکھائیں: recruitment، pre-departure، arrival، career یا return۔

cli-arg-id = اندراج کی id۔ پہلے 4 یا زیادہ حروف کافی ہیں۔ ids دیکھنے کے لیے لکھیں: carnet list
cli-arg-set = ایک تبدیلی، FIELD=VALUE کی شکل میں، مثال کے طور پر level=advanced۔ مزید بدلنے کے لیے اسے دوبارہ دیں۔ خالی قدر خانے کو صاف کر دیتی ہے۔ خانے یہ ہیں: title، description، level، eqf، from، to، organisation، place، country، context، stages، written_in، esco، isco۔
cli-arg-text = تلاش کرنے کے الفاظ۔
cli-arg-evidence = ہٹانے والی تصویر یا آواز کا نوٹ: اس کی id، جیسے carnet show اور carnet attach چھاپتے ہیں (پہلے 8 یا زیادہ حروف کافی ہیں)۔
cli-arg-photo = ایک تصویر (JPEG، PNG یا WebP) یا آواز کی فائل (WebM، Ogg، MP4، M4A، AAC، MP3 یا WAV، 5 MB تک)۔ Carnet فائل کے اندر دیکھ کر جانتا ہے کہ یہ کیا ہے۔ یہ چھپی معلومات ہٹا دیتا ہے، جیسے وہ جگہ جہاں تصویر لی گئی۔
cli-arg-format = فائل کی قسم۔ ابھی صرف json۔
cli-arg-file = پڑھنے والی برآمد فائل۔

cli-arg-name = آپ کا نام، جیسے آپ چاہتے ہیں کہ دوسرے دیکھیں۔
cli-arg-birth-date = آپ کی تاریخ پیدائش: 1990، 1990-05 یا 1990-05-14۔
cli-arg-origin = وہ ملک جہاں سے آپ آئے ہیں، دو حروف میں، مثال کے طور پر SY، AF، ER۔
cli-arg-current = وہ ملک جہاں آپ اب رہتے ہیں، دو حروف میں، مثال کے طور پر DE، FR۔
cli-arg-contact = لوگ آپ سے کیسے رابطہ کریں، مثال کے طور پر فون نمبر یا ای میل۔
cli-arg-language = کوئی زبان جو آپ جانتے ہیں، مختصر کوڈ میں، مثال کے طور پر ar، fa-AF یا en۔ نیچے کے اختیارات اسی زبان کے بارے میں ہیں۔
cli-arg-mother-tongue = یہ زبان آپ کی مادری زبان ہے۔
cli-arg-not-mother-tongue = یہ زبان آپ کی مادری زبان نہیں ہے۔
cli-arg-listening = آپ بولنے والوں کو کتنا اچھا سمجھتے ہیں: A1 (شروع) سے C2 (بہت اچھا)۔
cli-arg-reading = آپ کتنا اچھا پڑھتے ہیں: A1 سے C2۔
cli-arg-spoken-interaction = آپ بات چیت میں کتنا اچھا حصہ لیتے ہیں: A1 سے C2۔
cli-arg-spoken-production = آپ خود کتنا اچھا بولتے ہیں: A1 سے C2۔
cli-arg-writing = آپ کتنا اچھا لکھتے ہیں: A1 سے C2۔
cli-arg-remove-language = کوئی زبان اپنے پروفائل سے ہٹائیں۔
cli-arg-hub = مرکز کے ہب کا پتہ، مثال کے طور پر http://192.168.1.10:8470۔ Carnet اسے یاد رکھتا ہے۔
cli-arg-device-id = آلے کی id، جیسے یہ دکھاتا ہے: carnet devices list (پہلے 4 یا زیادہ حروف کافی ہیں)۔
cli-arg-pair-approve = نئے آلے کو پوچھے بغیر اجازت دیں، اگر وہ یہ کوڈ دکھائے (مددگاروں اور اسکرپٹس کے لیے)۔
cli-arg-pair-code = آپ کے دوسرے آلے پر دکھایا گیا کوڈ۔ یہ CNP1: سے شروع ہوتا ہے
cli-arg-pair-name = اس آلے کا نام، تاکہ آپ اسے دوسرے پر پہچان سکیں (مثال کے طور پر "Amal's phone")۔
cli-arg-sync-status = صرف یہ دکھائیں کہ آخری سنک کب ہوا اور کتنی تبدیلیاں انتظار میں ہیں۔ کچھ نہیں بھیجا جاتا۔
cli-arg-sync-watch = سنک کرتے رہیں۔ جب ہب تک نہ پہنچ سکیں تو بعد میں دوبارہ کوشش کریں، ہر بار زیادہ انتظار کر کے۔
cli-arg-sync-every = --watch کے ساتھ: دو سنک کے بیچ کتنے سیکنڈ انتظار کریں (نہ دیا جائے تو 300)۔

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = کم از کم { $min } حروف کا پاس فریز چنیں۔ ہر بار لاگ بک کھولنے کے لیے آپ کو اس کی ضرورت ہوگی۔ کوئی بھی اسے آپ کے لیے واپس نہیں لا سکتا۔
cli-passphrase-prompt = پاس فریز:
cli-passphrase-new-prompt = نیا پاس فریز:
cli-passphrase-repeat-prompt = نیا پاس فریز دوبارہ لکھیں:
cli-passphrase-changed = آپ کا پاس فریز بدل گیا ہے۔ اب سے نیا استعمال کریں۔

## Answers

cli-init-done = آپ کی لاگ بک تیار ہے۔ یہ اس فولڈر میں ہے: { $dir }
cli-init-next = اپنا پاس فریز محفوظ رکھیں۔ اس کے بغیر کوئی بھی آپ کی لاگ بک نہیں کھول سکتا، آپ بھی نہیں۔ اب وہ شامل کریں جو آپ کر سکتے ہیں، مثال کے طور پر: carnet add skill --title "Cooking"

cli-list-empty = آپ کی لاگ بک میں ابھی کوئی اندراج نہیں۔ شامل کرنے کے لیے لکھیں: carnet add skill --title "Cooking"
cli-list-none-match = کوئی اندراج آپ کی مانگ سے میل نہیں کھاتا۔
cli-search-none = کسی اندراج میں یہ الفاظ نہیں۔ دوسرے الفاظ آزمائیں، یا لکھیں: carnet list

cli-edit-saved = آپ کی تبدیلی محفوظ ہو گئی۔
cli-rm-done = مٹا دیا گیا: { $title }
cli-detached = تصویر یا آواز کا نوٹ اندراج سے ہٹا دیا گیا۔

cli-profile-saved = آپ کا پروفائل محفوظ ہو گیا۔
cli-profile-empty = آپ کا پروفائل خالی ہے۔ اپنا نام شامل کرنے کے لیے لکھیں: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 اندراج شامل ہوا۔
   *[other] { $count } اندراجات شامل ہوئے۔
}
cli-import-updated = { $count ->
    [one] 1 اندراج اپ ڈیٹ ہوا۔
   *[other] { $count } اندراجات اپ ڈیٹ ہوئے۔
}
cli-import-unchanged = { $count ->
    [one] 1 اندراج پہلے سے ویسا ہی تھا۔
   *[other] { $count } اندراجات پہلے سے ویسے ہی تھے۔
}
cli-import-profile-updated = آپ کا پروفائل بھی اپ ڈیٹ ہو گیا۔
cli-import-missing-photos = { $count ->
    [one] 1 تصویر اس آلے پر نہیں ہے۔ برآمد فائلوں میں تصاویر نہیں ہوتیں۔ اسے دوبارہ اس سے شامل کریں: carnet attach
   *[other] { $count } تصاویر اس آلے پر نہیں ہیں۔ برآمد فائلوں میں تصاویر نہیں ہوتیں۔ انہیں دوبارہ اس سے شامل کریں: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = قسم
cli-show-added = شامل کیا گیا
cli-show-changed = بدلا گیا
cli-show-evidence = تصاویر اور آواز کے نوٹ
cli-show-photo = { $sha }  { $width } × { $height } پکسل، { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } پکسل، اس آلے پر نہیں
cli-show-voice = { $sha }  آواز کا نوٹ، { $kilobytes } KB
cli-show-voice-missing = { $sha }  آواز کا نوٹ، اس آلے پر نہیں
cli-show-conflicts = ایک اور آلے نے بھی لکھا:
cli-show-conflicts-hint = ان میں سے ایک رکھنے کے لیے لکھیں: carnet edit { $id } --set FIELD=VALUE

cli-field-title = عنوان
cli-field-description = تفصیل
cli-field-written-in = زبان تحریر
cli-field-esco = ESCO
cli-field-isco = ISCO-08 نوکری کا کوڈ
cli-field-level = درجہ
cli-field-eqf = EQF درجہ
cli-field-organisation = ادارہ
cli-field-place = جگہ
cli-field-country = ملک
cli-field-from = سے
cli-field-to = تک
cli-field-context = آپ نے کیسے سیکھا
cli-field-stages = مراحل

cli-kind-skill = مہارت
cli-kind-qualification = سند
cli-kind-experience = تجربہ
cli-kind-language = زبان
cli-kind-learning = کورس

cli-context-formal = رسمی (اسکول، ڈپلومہ)
cli-context-non-formal = غیر رسمی کورس (ایک کورس)
cli-context-informal = غیر رسمی (کر کے)

cli-stage-recruitment = بھرتی
cli-stage-pre-departure = روانگی سے پہلے
cli-stage-arrival = آمد
cli-stage-career = کام
cli-stage-return = واپسی

cli-proficiency-basic = بنیادی
cli-proficiency-intermediate = درمیانہ
cli-proficiency-advanced = اعلیٰ
cli-proficiency-expert = ماہر

cli-level-eqf = EQF درجہ { $level }

cli-profile-name = نام
cli-profile-birth-date = تاریخ پیدائش
cli-profile-origin = کہاں سے ہیں
cli-profile-current = کہاں رہتے ہیں
cli-profile-contact = رابطہ
cli-profile-languages = زبانیں
cli-profile-mother-tongue = { $language } (مادری زبان)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = سننا { $level }
cli-cefr-reading = پڑھنا { $level }
cli-cefr-spoken-interaction = دوسروں سے بات چیت { $level }
cli-cefr-spoken-production = بولنا { $level }
cli-cefr-writing = لکھنا { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet یہاں «{ $arg }» نہیں جانتا۔
cli-error-unknown-command = «{ $command }» نام کی کوئی کمانڈ نہیں۔
cli-error-invalid-value = «{ $value }» کو { $arg } کے لیے استعمال نہیں کیا جا سکتا۔
cli-error-missing-value = { $arg } کے بعد ایک قدر چاہیے۔
cli-error-valid-values = آپ یہ استعمال کر سکتے ہیں: { $values }
cli-error-missing-argument = کچھ کمی ہے: { $arg }
cli-error-missing-command = بتائیں کہ «{ $command }» کے بعد Carnet کیا کرے۔
cli-error-valid-commands = کمانڈز یہ ہیں: { $commands }
cli-error-conflict = { $arg } کو { $other } کے ساتھ استعمال نہیں کیا جا سکتا۔
cli-error-no-equals = { $arg } کو برابر کے نشان کے ساتھ لکھیں اور قدر اس کے فوراً بعد۔
cli-error-too-many-values = { $arg } کم قدریں لیتا ہے۔ «{ $value }» ایک زیادہ ہے۔
cli-error-wrong-number-of-values = { $arg } کی قدروں کی تعداد غلط ہے۔
cli-error-invalid-utf8 = Carnet آپ کے لکھے کچھ حروف نہیں پڑھ سکتا۔ انہیں دوبارہ لکھیں۔
cli-error-did-you-mean = کیا آپ کا مطلب { $suggestion } تھا؟
cli-error-usage = Carnet یہ کمانڈ نہیں سمجھا۔
cli-error-usage-hint = آپ کیا لکھ سکتے ہیں یہ دیکھنے کے لیے { $command } --help لکھیں۔
cli-error-set-format = «{ $value }» کوئی تبدیلی نہیں ہے۔ FIELD=VALUE لکھیں، مثال کے طور پر --set level=advanced
cli-error-nothing-to-change = بدلنے کو کچھ نہیں۔ کم از کم ایک اختیار دیں، مثال کے طور پر --name "Your name"۔

cli-error-passphrase-unavailable = Carnet کو پاس فریز چاہیے لیکن یہاں پوچھ نہیں سکتا۔ Carnet کو ٹرمینل میں چلائیں، یا { $variable } سیٹ کریں۔
cli-error-passphrase-mismatch = دونوں پاس فریز ایک جیسے نہیں ہیں۔ کچھ نہیں بدلا۔ براہ کرم دوبارہ کوشش کریں۔
cli-error-read-file = Carnet فائل { $path } نہیں پڑھ سکتا۔ فائل کا نام اور فولڈر دیکھیں، پھر دوبارہ کوشش کریں۔
cli-error-no-data-dir = Carnet کو آپ کی لاگ بک کے لیے فولڈر نہیں مل رہا۔ --data-dir سے ایک چنیں، مثال کے طور پر --data-dir ./carnet
cli-error-output = Carnet اپنا جواب نہیں لکھ سکا۔ دیکھیں کہ ڈسک بھری ہوئی نہ ہو، پھر دوبارہ کوشش کریں۔
cli-error-details = مددگار کے لیے تفصیل: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = بنانے کے لیے لکھیں: carnet init
cli-hint-already-exists = اس میں کیا ہے دیکھنے کے لیے لکھیں: carnet list۔ دوسری لاگ بک کے لیے --data-dir سے کوئی اور فولڈر چنیں۔
cli-hint-not-found = ids دیکھنے کے لیے لکھیں: carnet list
cli-hint-ambiguous-id = ids دیکھنے کے لیے لکھیں: carnet list
cli-hint-import-format = ایسی فائل چنیں جو اس سے بنی ہو: carnet export --format json
cli-hint-invalid-field = خانوں کی فہرست کے لیے لکھیں: carnet edit --help

## carnet sync

cli-sync-phase-sending = بھیجا جا رہا ہے
cli-sync-phase-receiving = وصول ہو رہا ہے
cli-sync-phase-photos = تصاویر
cli-sync-done = { $hub } کے ساتھ سنک ہو گیا۔
cli-sync-changes = { $sent ->
    [one] 1 تبدیلی بھیجی گئی
   *[other] { $sent } تبدیلیاں بھیجی گئیں
}، { $received ->
    [one] 1 تبدیلی وصول ہوئی۔
   *[other] { $received } تبدیلیاں وصول ہوئیں۔
}
cli-sync-photos = { $sent ->
    [one] 1 تصویر بھیجی گئی
   *[other] { $sent } تصاویر بھیجی گئیں
}، { $received ->
    [one] 1 تصویر وصول ہوئی۔
   *[other] { $received } تصاویر وصول ہوئیں۔
}
cli-sync-bytes = استعمال شدہ ڈیٹا: { $up } KB اوپر، { $down } KB نیچے۔
cli-sync-retry = دوبارہ کوشش { $seconds ->
    [one] 1 سیکنڈ میں۔
   *[other] { $seconds } سیکنڈ میں۔
}
cli-sync-status-hub = ہب: { $hub }
cli-sync-status-last = آخری سنک: { $when }
cli-sync-status-pending = { $count ->
    [0] کوئی تبدیلی انتظار میں نہیں۔
    [one] 1 تبدیلی بھیجے جانے کے انتظار میں ہے۔
   *[other] { $count } تبدیلیاں بھیجے جانے کے انتظار میں ہیں۔
}
cli-sync-no-hub = ابھی کوئی نہیں
cli-sync-never = کبھی نہیں
cli-hint-sync-no-hub = سیٹ کرنے کے لیے لکھیں: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = آپ کی تبدیلیاں محفوظ ہیں۔ بعد میں دوبارہ کوشش کے لیے لکھیں: carnet sync

## carnet pair

cli-pair-show-scan = یہ کوڈ اپنے نئے آلے سے اسکین کریں، یا وہاں نیچے کا متن لکھیں۔
cli-pair-show-expires = کوڈ 10 منٹ تک کام کرتا ہے۔
cli-pair-show-request = آلہ «{ $name }» آپ کی لاگ بک چاہتا ہے۔ اس کا کوڈ { $fingerprint } ہے۔
cli-pair-show-ask = کیا آپ کا نیا آلہ یہی کوڈ دکھا رہا ہے؟ اجازت کے لیے yes لکھیں، یا no۔
cli-pair-yes = yes
cli-pair-show-approved = «{ $name }» کے پاس اب آپ کی لاگ بک ہے۔
cli-pair-show-refused = آپ نے انکار کیا۔ «{ $name }» کو کچھ نہیں ملا۔
cli-pair-default-name = نیا آلہ
cli-pair-join-check = آپ کے دوسرے آلے پر یہ کوڈ نظر آنا چاہیے: { $fingerprint }۔ وہاں اجازت دیں۔
cli-pair-join-done = { $count ->
    [one] اس آلے پر اب آپ کی لاگ بک ہے، 1 اندراج کے ساتھ۔
   *[other] اس آلے پر اب آپ کی لاگ بک ہے، { $count } اندراجات کے ساتھ۔
}

## carnet devices

cli-devices-none = ابھی تک کسی آلے نے یہ لاگ بک سنک نہیں کی۔
cli-devices-line = { $id }  { $name }  ({ $added } سے)
cli-devices-this = ← یہ آلہ
cli-devices-removed = (ہٹایا گیا { $when })
cli-devices-removed-done = «{ $name }» ہٹا دیا گیا۔ آپ کی لاگ بک کے پاس اب نئی کلید ہے، جو اس آلے کے پاس نہیں ہے۔
cli-devices-new-sheet = آپ کی بحالی شیٹ میں پرانی کلید ہے۔ ابھی نئی چھاپیں اور پرانی ضائع کر دیں: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = بحالی شیٹ چھاپیں: اس سے اور اپنے پاس فریز سے، یہ فون کھو جانے پر آپ اپنی لاگ بک نئے فون پر واپس لا سکتے ہیں۔
cli-cmd-recover = نئے آلے پر: اپنی بحالی شیٹ اور پاس فریز سے اپنی لاگ بک واپس لائیں۔
cli-arg-recovery-out = وہ فائل جس میں شیٹ لکھی جائے۔ اس کا نام .png یا .pdf پر ختم ہونا چاہیے۔
cli-arg-recover-sheet = آپ کی بحالی شیٹ کی تصویر یا اسکین (PNG یا JPEG)۔ Carnet اس کا چوکور کوڈ پڑھتا ہے۔
cli-arg-recover-words = آپ کی بحالی شیٹ کے 12 الفاظ، ترتیب سے، واوین میں۔ --hub بھی دیں۔
cli-arg-recover-hub = آپ کی بحالی شیٹ پر چھپا ہب کا پتہ، مثال کے طور پر http://192.168.1.10:8470۔
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet شیٹ کو .png یا .pdf فائل کے طور پر لکھ سکتا ہے، «{ $path }» کے طور پر نہیں۔
cli-recovery-sheet-done = آپ کی بحالی شیٹ { $path } میں ہے۔ اسے چھاپیں اور کاغذ کسی محفوظ جگہ رکھیں، اپنے فون سے دور۔
cli-recovery-sheet-english = شیٹ انگریزی میں ہے: Carnet ابھی اس پر آپ کی زبان کے حروف صحیح طرح نہیں بنا سکتا۔
cli-recovery-sheet-replaced = پہلے چھاپی گئی کوئی بھی شیٹ اب کام نہیں کرتی۔ اسے ضائع کر دیں۔
cli-recover-done = { $count ->
    [one] آپ کی لاگ بک اس آلے پر واپس آ گئی: { $count } اندراج۔
   *[other] آپ کی لاگ بک اس آلے پر واپس آ گئی: { $count } اندراجات۔
}
cli-passphrase-sheet-updated = آپ کی بحالی شیٹ اب بھی کام کرتی ہے، آپ کے نئے پاس فریز کے ساتھ۔
cli-passphrase-sheet-not-updated = آپ کی بحالی شیٹ ہب پر اپ ڈیٹ نہیں ہو سکی۔ جب تک آپ نئی نہ چھاپیں، اسے آپ کا پرانا پاس فریز چاہیے۔ جڑنے پر نئی شیٹ چھاپیں: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet بحالی شیٹ
cli-sheet-made = بنانے کی تاریخ { $date }
cli-sheet-hub = ہب: { $hub }
cli-sheet-words = آپ کے 12 الفاظ
cli-sheet-instructions =
    یہ کاغذ محفوظ رکھیں۔ اس سے اور اپنے پاس فریز سے آپ اپنی لاگ بک نئے فون پر واپس لا سکتے ہیں:
    1. نئے فون پر Carnet ڈالیں اور لاگ بک واپس لانا چنیں۔
    2. چوکور کوڈ اسکین کریں، یا 12 الفاظ اور ہب کا پتہ لکھیں۔
    3. اپنا پاس فریز لکھیں۔ لاگ بک ہب سے واپس آ جاتی ہے۔
    کمپیوٹر پر: carnet recover --sheet photo.jpg
cli-sheet-warning = صرف یہ کاغذ آپ کی لاگ بک نہیں کھولتا: آپ کا پاس فریز بھی چاہیے۔ دونوں کو ایک ساتھ نہ رکھیں۔ اگر آپ نئی شیٹ چھاپیں تو یہ کام کرنا بند کر دے گی۔
