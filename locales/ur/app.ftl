# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = اپنی زبان چنیں
app-continue = آگے

## First run: making a passphrase

app-create-title = اپنی لاگ بک محفوظ کریں
app-create-intro = ایک پاس فریز چنیں۔ صرف آپ اسے جانتے ہیں۔ Carnet ہر بار اسے پوچھتا ہے جب آپ اپنی لاگ بک کھولتے ہیں۔
app-passphrase = پاس فریز
app-passphrase-again = دوبارہ لکھیں
app-passphrase-show = دکھائیں
app-passphrase-hide = چھپائیں
app-strength-too-short = بہت چھوٹا: کم از کم { $min } حروف استعمال کریں۔
app-strength-weak = کمزور: چند الفاظ ایک ساتھ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتے ہیں۔
app-strength-fair = اچھا۔ لمبا ہو تو اور بھی محفوظ ہے۔
app-strength-strong = مضبوط۔
app-passphrase-mismatch = دونوں پاس فریز ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔
app-create = میری لاگ بک بنائیں
app-working = براہ کرم انتظار کریں…
app-back = واپس

## Unlock

app-unlock-title = اپنی لاگ بک کھولیں
app-unlock = کھولیں
app-lock = بند کریں

## The logbook

app-logbook-title = میری لاگ بک
app-logbook-empty = آپ کی لاگ بک خالی ہے۔ کوئی ایسا کام شامل کریں جو آپ کر سکتے ہیں۔
app-add = شامل کریں
app-kind-skill = مہارتیں
app-kind-qualification = اسناد
app-kind-experience = کام کا تجربہ
app-kind-language = زبانیں
app-kind-learning = کورس
app-self-declared = خود بتایا ہوا
app-show-more = { $count ->
    [one] 1 اور دکھائیں
   *[other] { $count } اور دکھائیں
}
app-endorsed = تصدیق شدہ

## Adding an entry

app-add-title = میری لاگ بک میں شامل کریں
app-add-kind = یہ کیا ہے؟
app-add-title-label = نام
app-add-title-hint = مثال کے طور پر: ویلڈنگ، ٹرک چلانا، عربی
app-add-level = درجہ
app-level-none = کوئی درجہ نہیں
app-level-basic = بنیادی
app-level-intermediate = درمیانہ
app-level-advanced = اعلیٰ
app-level-expert = ماہر
app-level-eqf = درجہ { $level }
app-save = محفوظ کریں
app-cancel = منسوخ

## Moving around

app-settings = ترتیبات
app-sync = سنک
app-edit = بدلیں
app-remove = ہٹائیں

## The logbook: search and filter

app-search = تلاش
app-search-hint = کوئی لفظ لکھیں، مثال کے طور پر: ویلڈ
app-stage-filter = آپ کے سفر کا مرحلہ
app-stage-any = تمام مراحل
app-stage-recruitment = بھرتی
app-stage-pre-departure = روانگی سے پہلے
app-stage-arrival = آمد
app-stage-career = کام
app-stage-return = واپسی
app-search-none = کچھ نہیں ملا۔ کوئی اور لفظ یا کوئی اور مرحلہ آزمائیں۔

## Changing and removing an entry

app-edit-title = یہ اندراج بدلیں
app-stages = آپ کے سفر کے مراحل
app-remove-confirm = «{ $title }» کو اپنی لاگ بک سے ہٹائیں؟ یہ واپس نہیں ہو سکتا۔
app-remove-yes = ہاں، ہٹا دیں

## Settings

app-settings-title = ترتیبات
app-settings-language = زبان
app-settings-lock = بند ہو جائے
app-lock-minutes = { $minutes ->
    [one] { $minutes } منٹ استعمال نہ ہونے کے بعد
   *[other] { $minutes } منٹ استعمال نہ ہونے کے بعد
}
app-settings-passphrase = پاس فریز بدلیں
app-passphrase-current = موجودہ پاس فریز
app-passphrase-new = نیا پاس فریز
app-passphrase-change = پاس فریز بدلیں
app-passphrase-changed = آپ کا پاس فریز بدل گیا ہے۔ اب سے نیا استعمال کریں۔
app-about = Carnet کے بارے میں
app-locked-idle = Carnet نے آپ کی لاگ بک بند کر دی کیونکہ کچھ دیر کسی نے اسے استعمال نہیں کیا۔ اپنے پاس فریز سے اسے دوبارہ کھولیں۔

## Sync with a hub

app-sync-title = ہب کے ساتھ سنک
app-sync-intro = ہب آپ کی لاگ بک کی ایک بند نقل رکھتا ہے، تاکہ آپ اسے دوسرے فون پر استعمال کر سکیں۔ ہب اسے پڑھ نہیں سکتا۔
app-hub-address = ہب کا پتہ
app-hub-address-hint = مثال کے طور پر: https://hub.example.org
app-hub-save = پتہ محفوظ کریں
app-sync-now = ابھی سنک کریں
app-sync-never = ابھی تک سنک نہیں ہوا۔
app-sync-last = آخری سنک: { $when }
app-sync-pending = { $count ->
    [0] بھیجنے کے لیے کچھ باقی نہیں۔
    [one] { $count } تبدیلی بھیجے جانے کا انتظار کر رہی ہے۔
   *[other] { $count } تبدیلیاں بھیجے جانے کا انتظار کر رہی ہیں۔
}
app-sync-sending = بھیجا جا رہا ہے
app-sync-receiving = وصول ہو رہا ہے
app-sync-photos = تصاویر
app-sync-done = سنک مکمل ہو گیا۔

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = آپ کی لاگ بک بند ہے۔ اپنے پاس فریز سے اسے کھولیں، پھر دوبارہ کوشش کریں۔
error-unknown-language = Carnet میں { $tag } زبان نہیں ہے۔ فہرست میں سے کوئی ایک چنیں۔

## Settings: how the screens look

app-settings-display = Carnet کیسا دکھتا ہے
app-high-contrast = تیز فرق (سفید پر سیاہ)
app-text-size = لکھائی کا سائز
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = سنیں

## Two languages at once

app-dual-language = اس میں بھی دکھائیں
app-dual-none = کوئی دوسری زبان نہیں
