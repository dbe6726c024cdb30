# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = ئامێرێکی تر زیاد بکە
app-pair-intro = تۆمارەکەت بخە سەر مۆبایل یان کۆمپیوتەرێکی تری خۆت. هەردوو ئامێر پێویستیان بە سێرڤەرە.
app-pair-start = ئامێرێکی تر زیاد بکە
app-pair-passphrase = بۆ زیادکردنی ئامێرێک، وشەی نهێنییەکەت بنووسە.
app-pair-show = کۆدەکە پیشان بدە
app-pair-scan = لەسەر ئامێرە نوێیەکە، «بەشداربوون لە تۆمارێک» هەڵبژێرە، پاشان ئەم کۆدە چوارگۆشەیە سکان بکە یان ئەو نووسینەی ژێری بنووسە.
app-pair-qr-alt = کۆدی چوارگۆشە بۆ سکانکردن بە ئامێرە نوێیەکە
app-pair-code-label = کۆدەکە وەک نووسین
app-pair-expires = کۆدەکە بۆ { $time }ی تر کار دەکات.
app-pair-waiting = چاوەڕێی ئامێرە نوێیەکە…
app-pair-request = «{ $name }» تۆمارەکەتی دەوێت.
app-pair-compare = ئایا ئامێرە نوێیەکە هەمان ئەم کۆدە پیشان دەدات؟
app-pair-approve = بەڵێ، ڕێگە بدە
app-pair-refuse = نەخێر
app-pair-approved = ئێستا «{ $name }» تۆمارەکەتی هەیە. دوای هاوکاتکردن لە لیستی ئامێرەکاندا دەردەکەوێت.
app-pair-refused = تۆ وتت نەخێر. «{ $name }» هیچی وەرنەگرت.
app-pair-again = کۆدێکی نوێ پیشان بدە

## Sync screen: the devices of this logbook

app-devices-title = ئامێرەکانت
app-devices-none = هێشتا هیچ ئامێرێک ئەم تۆمارەی هاوکات نەکردووە. هاوکاتی بکە، ئەم ئامێرە لێرە دەردەکەوێت.
app-devices-this = ئەم ئامێرە
app-devices-added = زیادکرا لە { $date }
app-devices-removed = لابرا لە { $date }
app-devices-remove = لابردن
app-devices-remove-confirm = «{ $name }» لاببرێت؟ ئەمە بەکاربهێنە کاتێک مۆبایلێک ون دەبێت، دەفرۆشرێت یان دەدرێت بە کەسێک.
app-devices-remove-consequences = ئەوەی هەیەتی دەیهێڵێتەوە، بەڵام ناتوانێت هیچ شتێک وەربگرێت کە لە ئێستاوە زیادی دەکەیت. تۆمارەکەت کلیلێکی نوێ وەردەگرێت، و ئامێرەکانی ترت کاتی هاوکاتکردن وەریدەگرن. بۆ بەکارهێنانەوەی ئەو ئامێرە، دووبارە زیادی بکەرەوە.
app-devices-remove-yes = بەڵێ، لای ببە
app-devices-removed-done = «{ $name }» لابرا. ئێستا تۆمارەکەت کلیلێکی نوێی هەیە کە ئەو ئامێرە نییەتی.
app-devices-new-sheet = پەڕەی گەڕاندنەوەکەت کلیلە کۆنەکەی تێدایە. ئێستا لە ڕێکخستنەکان یەکێکی نوێ دروست بکە، و کۆنەکە لەناو ببە.

## First run: another way to start

app-start-other = ئایا پێشتر تۆمارت هەیە؟
app-start-join = بەشداربوون لە ئامێرێکی ترەوە
app-start-recover = گەڕاندنەوە بە پەڕە

## First run: joining a logbook from another device

app-join-title = بەشداربوون لە تۆمارێک
app-join-intro = لەسەر ئامێرەکەی ترت، هاوکاتکردن بکەرەوە و «ئامێرێکی تر زیاد بکە» هەڵبژێرە. کۆدێک پیشان دەدات.
app-join-code = کۆدەکە (بە CNP1: دەست پێدەکات)
app-join-code-hint = کۆدەکە لێرە بلکێنە یان بینووسە
app-join-picture = وێنەیەکی کۆدەکە بکەرەوە
app-join-name = ناوێک بۆ ئەم ئامێرە
app-join-name-default = ئامێرە نوێیەکەم
app-join-passphrase = وشەیەکی نهێنی بۆ ئەم ئامێرە هەڵبژێرە
app-join-send = بەردەوام بە
app-join-check = ئامێرەکەی ترت دەبێت هەمان ئەم کۆدە پیشان بدات. لەوێ ڕێگەی پێ بدە.
app-join-waiting = چاوەڕێی ڕێگەپێدانی ئامێرەکەی ترت…
app-join-copying = تۆمارەکەت کۆپی دەکرێت…

## First run: recovering a logbook with a recovery sheet

app-recover-title = تۆمارەکەت بگەڕێنەوە
app-recover-intro = پەڕەی گەڕاندنەوە و وشەی نهێنییەکەت بەکاربهێنە. Carnet تۆمارەکەت لە سێرڤەرەوە دەگەڕێنێتەوە.
app-recover-by-words = 12 وشەکە بنووسە
app-recover-by-code = کۆدە چوارگۆشەکە بەکاربهێنە
app-recover-words = 12 وشەکە، بە ڕیز
app-recover-words-hint = وشە1 وشە2 وشە3 …
app-recover-hub = ناونیشانی سێرڤەر لەسەر پەڕەکە
app-recover-code = نووسینی کۆدە چوارگۆشەکە (بە CNS1: دەست پێدەکات)
app-recover-picture = وێنەیەکی پەڕەکە بکەرەوە
app-recover-passphrase = وشەی نهێنییەکەت (ئەوەی پێشتر بەکارت هێنا)
app-recover-start = تۆمارەکەم بگەڕێنەوە

## Reading a square code from a picture

app-picture-read = کۆدەکە لە وێنەکەوە خوێندرایەوە.
app-scan-camera = بە کامێرا سکان بکە
error-camera-scan = هیچ کۆدێک نەخوێندرایەوە. ئەگەر Carnet مۆڵەتی بەکارهێنانی کامێرای نییە، لە ڕێکخستنەکانی مۆبایلەکەت ڕێگەی پێ بدە. دەتوانیت وێنەیەکی کۆدەکەش بکەیتەوە.

## Settings: the recovery sheet

app-sheet-title = پەڕەی گەڕاندنەوە
app-sheet-intro = پەڕەی گەڕاندنەوە کاغەزێکە کە 12 وشە و کۆدێکی چوارگۆشەی تێدایە. ئەگەر ئەم مۆبایلە ون بکەیت، پەڕەکە و وشەی نهێنییەکەت تۆمارەکەت لەسەر مۆبایلێکی نوێ دەگەڕێننەوە. پەڕەکە لە شوێنێکی سەلامەت و دوور لە مۆبایلەکەت دابنێ. وشەی نهێنییەکەت لەگەڵیدا دامەنێ.
app-sheet-replaces = پەڕەیەکی نوێ جێگەی کۆنەکە دەگرێتەوە: پەڕەی کۆن چیتر کار ناکات.
app-sheet-needs-hub = پەڕەکە سێرڤەر بەکاردەهێنێت. سەرەتا لە شاشەی هاوکاتکردن ناونیشانی سێرڤەر دابنێ.
app-sheet-passphrase = وشەی نهێنییەکەت بنووسە بۆ دروستکردنی پەڕە
app-sheet-format = پاشەکەوتی بکە وەک
app-sheet-pdf = PDF، بۆ چاپکردن
app-sheet-png = وێنە
app-sheet-make = پەڕەی گەڕاندنەوە دروست بکە
app-sheet-saved = پەڕەی گەڕاندنەوەکەت لە { $path } پاشەکەوت کرا. چاپی بکە، یان وشەکانی خوارەوە بنووسە، و کاغەزەکە بە سەلامەتی هەڵبگرە.
app-sheet-english = پەڕەکە بە ئینگلیزییە: Carnet هێشتا ناتوانێت پیتەکانی زمانەکەت لەسەری بنووسێت.
app-sheet-words = 12 وشەکەت

## Settings: export and import

app-export-title = هەناردە و هاوردە
app-export-intro = هەناردە هەموو تۆمارەکەت لە یەک فایلدا پاشەکەوت دەکات، بۆ هەڵگرتن یان دان بە کەسێک کە خۆت هەڵیدەبژێریت.
app-export-consent = ئەم فایلە تۆمارەکەت بە شێوەیەکی خوێندراو تێدایە: بە وشەی نهێنییەکەت داخراو نییە. هەر کەسێک فایلەکەی دەست بکەوێت دەتوانێت هەموو شتێکی ناوی بخوێنێتەوە. وێنەکان لە فایلەکەدا نین.
app-export-agree = تێدەگەم. فایلەکە پاشەکەوت بکە
app-export = هەناردە
app-export-saved = { $count ->
    [one] { $count } بابەت لە { $path } پاشەکەوت کرا.
   *[other] { $count } بابەت لە { $path } پاشەکەوت کران.
}
app-import-intro = هاوردە ئەوەی لە فایلێکی هەناردەکراودایە زیاد دەکات بۆ ئەم تۆمارە. هیچ شتێک لە تۆمارەکەت ناسڕدرێتەوە.
app-import = فایلێک هاوردە بکە
app-import-added = { $count ->
    [0] هیچ بابەتێکی نوێ نییە.
    [one] { $count } بابەتی نوێ زیاد کرا.
   *[other] { $count } بابەتی نوێ زیاد کران.
}
app-import-updated = { $count ->
    [0] هیچ بابەتێک نەگۆڕا.
    [one] { $count } بابەت گۆڕا.
   *[other] { $count } بابەت گۆڕان.
}
app-import-unchanged = { $count ->
    [0] هیچ بابەتێک پێشتر وەک خۆی نەبوو.
    [one] { $count } بابەت پێشتر وەک خۆی بوو.
   *[other] { $count } بابەت پێشتر وەک خۆیان بوون.
}
app-import-profile = پرۆفایلەکەت نوێ کرایەوە.
app-import-missing-photos = { $count ->
    [one] { $count } وێنە کە ناوی لە فایلەکەدا هاتووە لەسەر ئەم ئامێرە نییە.
   *[other] { $count } وێنە کە ناویان لە فایلەکەدا هاتووە لەسەر ئەم ئامێرە نین.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = پەڕەی گەڕاندنەوەکەت هێشتا کار دەکات، بە وشەی نهێنیی نوێکەت.
app-passphrase-sheet-not-updated = پەڕەی گەڕاندنەوەکەت لە سێرڤەر نوێ نەکرایەوە. تا یەکێکی نوێ دروست دەکەیت، وشەی نهێنیی کۆنەکەتی پێویستە. کاتێک پەیوەندیت هەیە پەڕەیەکی نوێ دروست بکە.

## This device's name

app-device-name = ناوی ئەم ئامێرە
app-device-name-hint = ئەو ناوەی ئامێرەکانی ترت بۆ ئەم ئامێرە پیشانی دەدەن، بۆ نموونە «مۆبایلی ئامینە».
app-device-name-saved = پاشەکەوت کرا. ئامێرەکانی ترت دوای هاوکاتکردنی ئەم ئامێرە پیشانی دەدەن.
