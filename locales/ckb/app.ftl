# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = زمانەکەت هەڵبژێرە
app-continue = بەردەوام بە

## First run: making a passphrase

app-create-title = تۆمارەکەت بپارێزە
app-create-intro = وشەیەکی نهێنی هەڵبژێرە. تەنها تۆ دەیزانیت. Carnet هەر جارێک تۆمارەکەت دەکەیتەوە داوای دەکات.
app-passphrase = وشەی نهێنی
app-passphrase-again = دووبارە بینووسەوە
app-passphrase-show = پیشاندان
app-passphrase-hide = شاردنەوە
app-strength-too-short = زۆر کورتە: لانیکەم { $min } پیت بەکاربهێنە.
app-strength-weak = لاوازە: چەند وشەیەک پێکەوە ئاسانترن بۆ لەبیرمان و قورسترن بۆ مەزەندەکردن.
app-strength-fair = باشە. درێژتر سەلامەتترە.
app-strength-strong = بەهێزە.
app-passphrase-mismatch = دوو وشە نهێنییەکە وەک یەک نین. دووبارە بیاننووسەوە.
app-create = تۆمارەکەم دروست بکە
app-working = تکایە چاوەڕێ بکە…
app-back = گەڕانەوە

## Unlock

app-unlock-title = تۆمارەکەت بکەرەوە
app-unlock = کردنەوە
app-lock = داخستن

## The logbook

app-logbook-title = تۆمارەکەم
app-logbook-empty = تۆمارەکەت بەتاڵە. شتێک زیاد بکە کە دەتوانیت بیکەیت.
app-add = زیادکردن
app-kind-skill = کارامەییەکان
app-kind-qualification = بڕوانامەکان
app-kind-experience = ئەزموونی کار
app-kind-language = زمانەکان
app-kind-learning = خولەکان
app-self-declared = بە قسەی خۆم
app-show-more = { $count ->
    [one] 1 دانەی تر پیشان بدە
   *[other] { $count } دانەی تر پیشان بدە
}
app-endorsed = واژۆکراو

## Adding an entry

app-add-title = زیادکردن بۆ تۆمارەکەم
app-add-kind = ئەمە چییە؟
app-add-title-label = ناو
app-add-title-hint = بۆ نموونە: لەحیمکردن، لێخوڕینی بارهەڵگر، عەرەبی
app-add-level = ئاست
app-level-none = بێ ئاست
app-level-basic = سەرەتایی
app-level-intermediate = ناوەند
app-level-advanced = پێشکەوتوو
app-level-expert = شارەزا
app-level-eqf = ئاستی { $level }
app-save = پاشەکەوت
app-cancel = هەڵوەشاندنەوە

## Moving around

app-settings = ڕێکخستنەکان
app-sync = هاوکاتکردن
app-edit = گۆڕین
app-remove = لابردن

## The logbook: search and filter

app-search = گەڕان
app-search-hint = وشەیەک بنووسە، بۆ نموونە: لەحیم
app-stage-filter = قۆناغی گەشتەکەت
app-stage-any = هەموو قۆناغەکان
app-stage-recruitment = دامەزراندن
app-stage-pre-departure = پێش ڕۆیشتن
app-stage-arrival = گەیشتن
app-stage-career = کارکردن
app-stage-return = گەڕانەوە
app-search-none = هیچ شتێک ناگونجێت. وشەیەکی تر یان قۆناغێکی تر تاقی بکەرەوە.

## Changing and removing an entry

app-edit-title = ئەم بابەتە بگۆڕە
app-stages = قۆناغەکانی گەشتەکەت
app-remove-confirm = «{ $title }» لە تۆمارەکەت لاببرێت؟ ناتوانرێت بگەڕێنرێتەوە.
app-remove-yes = بەڵێ، لای ببە

## Settings

app-settings-title = ڕێکخستنەکان
app-settings-language = زمان
app-settings-lock = داخستن دوای
app-lock-minutes = { $minutes ->
    [one] { $minutes } خولەک بێ بەکارهێنان
   *[other] { $minutes } خولەک بێ بەکارهێنان
}
app-settings-passphrase = گۆڕینی وشەی نهێنی
app-passphrase-current = وشەی نهێنیی ئێستا
app-passphrase-new = وشەی نهێنیی نوێ
app-passphrase-change = گۆڕینی وشەی نهێنی
app-passphrase-changed = وشەی نهێنییەکەت گۆڕدرا. لە ئێستاوە نوێیەکە بەکاربهێنە.
app-about = دەربارەی Carnet
app-locked-idle = Carnet تۆمارەکەتی داخست چونکە ماوەیەک کەس بەکاری نەهێنا. بە وشەی نهێنییەکەت دووبارە بیکەرەوە.

## Sync with a hub

app-sync-title = هاوکاتکردن لەگەڵ سێرڤەر
app-sync-intro = سێرڤەر کۆپییەکی داخراوی تۆمارەکەت هەڵدەگرێت، بۆ ئەوەی لەسەر مۆبایلێکی تر بەکاری بهێنیت. سێرڤەر ناتوانێت بیخوێنێتەوە.
app-hub-address = ناونیشانی سێرڤەر
app-hub-address-hint = بۆ نموونە: https://hub.example.org
app-hub-save = پاشەکەوتکردنی ناونیشان
app-sync-now = ئێستا هاوکات بکە
app-sync-never = هێشتا هاوکات نەکراوە.
app-sync-last = دوایین هاوکاتکردن: { $when }
app-sync-pending = { $count ->
    [0] هیچ شتێک چاوەڕێی ناردن نییە.
    [one] { $count } گۆڕانکاری چاوەڕێی ناردنە.
   *[other] { $count } گۆڕانکاری چاوەڕێی ناردنن.
}
app-sync-sending = ناردن
app-sync-receiving = وەرگرتن
app-sync-photos = وێنەکان
app-sync-done = هاوکاتکردن تەواو بوو.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = تۆمارەکەت داخراوە. بە وشەی نهێنییەکەت بیکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.
error-unknown-language = Carnet زمانی { $tag }ی نییە. یەکێک لە لیستەکە هەڵبژێرە.

## Settings: how the screens look

app-settings-display = Carnet چۆن دەردەکەوێت
app-high-contrast = جیاوازیی بەهێز (ڕەش لەسەر سپی)
app-text-size = قەبارەی نووسین
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = گوێ بگرە

## Two languages at once

app-dual-language = هەروەها پیشانی بدە بە
app-dual-none = بێ زمانی دووەم
