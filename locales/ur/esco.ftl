# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = یہ سروس یورپی کمیشن کی ESCO درجہ بندی استعمال کرتی ہے۔
esco-attribution-version = { esco-attribution } ESCO v{ $version }، ترمیم شدہ: انٹرنیٹ کے بغیر استعمال کے لیے تبدیل کیا گیا ایک حصہ۔

## Help

cli-cmd-esco = ESCO میں مہارتیں اور پیشے دیکھیں، مہارتوں اور پیشوں کی یورپی فہرست، انٹرنیٹ کے بغیر۔
cli-cmd-esco-search = ESCO کی مہارتیں اور پیشے ان کے ناموں سے تلاش کریں، اپنی زبان یا انگریزی میں۔ لکھنے کی چھوٹی غلطیاں معاف ہیں۔
cli-cmd-match = اپنی لاگ بک کا کسی پیشے سے موازنہ کریں: اس کی کون سی مہارتیں آپ کے پاس ہیں، اور کون سی ابھی نہیں۔
cli-arg-esco-text = تلاش کرنے کے الفاظ، مثال کے طور پر "welding" یا "carpenter"۔
cli-arg-esco-kind = صرف مہارت یا صرف پیشہ۔
cli-arg-esco-limit = زیادہ سے زیادہ کتنے نتائج دکھائیں۔ عام طور پر 10۔
cli-arg-esco-taxonomy = وہ ESCO ڈیٹا فائل جو Carnet کے ساتھ آنے والی کے بجائے استعمال ہو۔
cli-arg-match-occupation = ESCO پیشہ: اس کا پتہ (http://data.europa.eu/esco/occupation/…) یا اس کے آخر کا کوڈ۔
cli-arg-match-rank = اس کے بجائے وہ 10 پیشے دکھائیں جن کی اہم مہارتیں آپ کی لاگ بک سب سے زیادہ پوری کرتی ہے۔
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = دکھائیں کہ آپ کے سفر کے کسی مرحلے پر آپ کے کون سے اندراجات اہم ہیں، اور کیوں۔ بھرتی کے لیے آپ اس نوکری کا نام دے سکتے ہیں جس کے لیے درخواست دے رہے ہیں۔
cli-arg-stage-view-stage = مرحلہ: recruitment، pre-departure، arrival، career یا return۔
cli-arg-stage-view-occupation = بھرتی کے لیے: وہ نوکری جس کے لیے آپ درخواست دے رہے ہیں، اس کے ESCO پتے (http://data.europa.eu/esco/occupation/…) یا اس کے آخر کے کوڈ کے طور پر۔
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = مہارت
esco-kind-occupation = پیشہ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = کوئی ESCO مہارت یا پیشہ «{ $text }» سے میل نہیں کھاتا۔
esco-match-summary = { $total ->
    [0] اس پیشے کی ESCO میں کوئی اہم مہارت نہیں۔
   *[other] آپ کی لاگ بک اس کی { $total } اہم مہارتوں میں سے { $covered } پوری کرتی ہے۔
}
esco-match-essential = اہم مہارتیں:
esco-match-optional = اختیاری مہارتیں:
esco-coverage-endorsed = تصدیق شدہ
esco-coverage-self-declared = آپ نے خود بتایا
esco-coverage-missing = غائب
esco-match-maybe = شاید آپ کا اندراج «{ $title }» ({ $id })؟
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = آپ کے کسی اندراج میں ابھی ESCO مہارت نہیں۔ اس سے شامل کریں: carnet add skill --title … --esco ADDRESS (پتہ carnet esco search سے تلاش کریں)۔

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage } کے لیے یہ اندراج اہم ہے:
   *[other] { $stage } کے لیے یہ { $count } اندراجات اہم ہیں:
}
stage-view-none = آپ کا کوئی اندراج ابھی { $stage } کے لیے اہم نہیں۔ اندراجات پر یہ مرحلہ لگائیں: carnet edit ID --set stages={ $stage }
stage-view-present = انہیں QR کوڈ کے طور پر دکھانے کے لیے: { $command }
stage-why-target-essential = اس نوکری کی ایک اہم مہارت
stage-why-target-optional = اس نوکری کے لیے مفید
stage-why-target-maybe = شاید اس نوکری کی کسی مہارت سے میل کھائے
stage-why-marked = آپ نے اسے اس مرحلے کے لیے نشان زد کیا
stage-why-abroad = بیرون ملک سیکھا یا کیا
stage-why-endorsed = دستخط شدہ
stage-why-qualification = ایک ڈپلومہ یا سرٹیفکیٹ
stage-why-language = ایک زبان
stage-why-experience = آپ کا کیا ہوا کام
stage-why-learning = ایک کورس
stage-why-skill = ایک مہارت
