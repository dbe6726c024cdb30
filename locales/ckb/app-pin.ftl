# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = کردنەوە بە PIN
app-pin-intro = PIN ژمارەیەکی کورتە کە تۆمارەکەت تەنها لەسەر ئەم ئامێرە دەکاتەوە. وشەی نهێنییەکەت هێشتا کار دەکات، و ئامێرەکانی تر هێشتا پێویستیان پێیەتی.
app-pin-unavailable = ئەم ئامێرە شوێنێکی سەلامەتی نییە بۆ هەڵگرتنی PIN. تۆمارەکەت بە وشەی نهێنییەکەت بکەرەوە.
app-pin-on = PIN تۆمارەکەت لەسەر ئەم ئامێرە دەکاتەوە.
app-pin-new = PINی نوێ (6 تا 12 ژمارە)
app-pin-again = PINەکە دووبارە بنووسەوە
app-pin-set = ئەم PINە بەکاربهێنە
app-pin-set-done = PINەکەت ئامادەیە. جاری داهاتوو، تۆمارەکەتی پێ بکەرەوە.
app-pin-remove = وازهێنان لە PIN
app-pin-removed = PIN کوژێنرایەوە. تۆمارەکەت بە وشەی نهێنییەکەت بکەرەوە.
app-pin-mismatch = دوو PINەکە وەک یەک نین. دووبارە بیاننووسەوە.

## Unlock

app-pin = PIN
app-pin-unlock = بە PINەکەم بیکەرەوە
app-pin-use-passphrase = لەبری ئەوە وشەی نهێنییەکەم بەکاربهێنە
app-pin-use-pin = PINەکەم بەکاربهێنە

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN لە 6 تا 12 ژمارە پێکدێت، و هیچی تر.
error-pin-wrong = ئەم PINە دروست نییە. { $left ->
    [one] 1 هەوڵی تر ماوە، پاشان وشەی نهێنییەکەت پێویستە.
   *[other] { $left } هەوڵی تر ماوە، پاشان وشەی نهێنییەکەت پێویستە.
}
error-pin-locked = PINی هەڵەی زۆر، بۆیە PIN کوژێنرایەوە. تۆمارەکەت بە وشەی نهێنییەکەت بکەرەوە. پاشان دەتوانیت PINێکی نوێ دروست بکەیت.
error-pin-none = هیچ PINێک لەسەر ئەم ئامێرە نییە. تۆمارەکەت بە وشەی نهێنییەکەت بکەرەوە.
error-pin-keystore = کۆگای سەلامەتی ئەم ئامێرە وەڵامی نەدایەوە، بۆیە ئێستا PIN بەکارناهێنرێت. تۆمارەکەت بە وشەی نهێنییەکەت بکەرەوە.
