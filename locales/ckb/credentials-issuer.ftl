# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = کارامەییەکانی کەسانی تر واژۆ بکە، وەک ڕاهێنەر، خاوەنکار، ناوەند، کۆلێژ یان هاوکار.
cli-cmd-issuer-init = کلیلی واژۆکردنت وەک دەرکەر دروست بکە. بە وشەی نهێنی داخراوە.
cli-cmd-issuer-show = ناو، جۆر و کلیلی گشتیی دەرکەرەکەت پیشان بدە. وشەی نهێنی پێویست نییە.
cli-cmd-issuer-revoke = بەڵگەیەک کە واژۆت کردووە بکشێنەرەوە، بە ژمارەکەی.
cli-cmd-issuer-status-list = لیستی واژۆکراوی ئەو بەڵگانەی کشاندووتەوە بنووسە، بۆ دان بە پشکنەران.
cli-cmd-endorse = داواکارییەک واژۆ بکە کە کەسێک پێی داویت، و بەڵگەکە بنووسە بۆ دانەوە.
cli-cmd-trust = هەڵبژێرە متمانە بە واژۆی کێ دەکەیت کاتێک کۆدێکی QR دەپشکنیت.
cli-cmd-trust-anchor = لەنگەرەکانی متمانە: ئەو تۆڕ یان دەسەڵاتانەی متمانە بە دەرکەران دەدەن.
cli-cmd-trust-anchor-init = کلیلی واژۆکردن وەک لەنگەری متمانە دروست بکە، بۆ متمانەدان بە دەرکەران.
cli-cmd-trust-anchor-show = ناو و کلیلی گشتیی لەنگەری متمانەکەت پیشان بدە.
cli-cmd-trust-anchor-add = متمانە بەو لیستانە بکە کە بە کلیلی ئەم لەنگەری متمانەیە واژۆ کراون.
cli-cmd-trust-bundle = وەک لەنگەری متمانە، لیستێک لەو دەرکەرانە واژۆ بکە کە متمانەیان پێ دەدەیت.
cli-cmd-trust-import = لیستێکی واژۆکراوی دەرکەرە متمانەپێکراوەکان لە فایلێکەوە زیاد بکە.
cli-cmd-trust-list = ئەو دەرکەرانە پیشان بدە کە متمانەیان پێ دەکەیت، و هەر لیستێک چەند کۆنە.
cli-cmd-revocation = لیستەکانی ئەو بەڵگانەی دەرکەران کشاندوویانەتەوە.
cli-cmd-revocation-import = لیستی واژۆکراوی دەرکەرێک زیاد بکە بۆ ئەو بەڵگانەی کشاندوویەتیەوە.
cli-cmd-verify = کۆدێکی QRی Carnet بپشکنە: کێ هەر کارامەییەکی واژۆ کردووە، و ئایا هێشتا دروستە.

## Help: what to give

cli-arg-issuer-name = ناوت یان ناوی دامەزراوەکەت، وەک دەبێت خەڵک بیبینن.
cli-arg-issuer-country = وڵاتەکەت، بە دوو پیت، وەک KE یان PT.
cli-arg-issuer-kind = تۆ چیت: trainer، employer، centre، college یان colleague.
cli-arg-revoke-index = ژمارەی ئەو بەڵگەیەی دەکشێندرێتەوە.
cli-arg-cred-out = ئەو فایلەی دەنووسرێت.
cli-arg-endorse-request = ئەو داواکارییەی کەسەکە پێی داویت: فایلەکە (request.cbor)، وێنەی کۆدی QRەکەی (PNG یان JPEG)، یان فایلێکی نووسین کە نووسینەکەی بە CNR1: دەست پێدەکات
cli-arg-endorse-text = نووسینی داواکارییەکە، کە بە CNR1: دەست پێدەکات، ئەگەر کەسەکە وەک نامە ناردبێتی. لەبری فایل.
cli-arg-endorse-assessed-by = چۆن کارامەییەکەت پشکنی: observation، test، document یان interview.
cli-arg-endorse-expires = دوایین ڕۆژ کە بەڵگەکە دروستە، وەک 2027-05-14. بەبێ ئەمە، کۆتایی نایەت.
cli-arg-endorse-valid-days = بەڵگەکە چەند ڕۆژ دروستە، لە ئەمڕۆوە.
cli-arg-anchor-name = ناوی لەنگەری متمانە، وەک دەبێت خەڵک بیبینن.
cli-arg-anchor-key = کلیلی گشتیی لەنگەری متمانە: 64 پیت و ژمارە.
cli-arg-bundle-issuer = فایلی دەرکەرێک، لە carnet issuer show --json. بۆ هەر دەرکەرێک یەک جار بیدە.
cli-arg-trust-file = فایلی لیستی متمانە (.cbor).
cli-arg-status-file = فایلی لیستی دەرکەر (.cbor).
cli-arg-verify-image = وێنەیەکی کۆدی QR: PNG، JPEG یان WebP.
cli-arg-verify-text = نووسینی کۆدی QR، کە بە CN1: دەست پێدەکات
cli-arg-verify-nonce = ئەو ژمارەیەی داوات لە کەسەکە کرد بیخاتە ناو کۆدەکەوە (hex).
cli-arg-verify-audience = ئەو ناوەی داوات لە کەسەکە کرد بیخاتە ناو کۆدەکەوە.

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

issuer-created = کلیلی دەرکەرەکەت بۆ { $name } ئامادەیە. وشەی نهێنییەکەت بە سەلامەتی بپارێزە: بەبێ ئەو ناتوانیت واژۆ بکەیت.
issuer-label-name = ناو:
issuer-label-country = وڵات:
issuer-label-kind = جۆر:
issuer-label-public-key = کلیلی گشتی:
issuer-label-kid = پەنجەمۆری کلیل:
issuer-label-issued = ژمارە دراوەکان:
issuer-label-revoked = کشێنراوەکان:
issuer-revoked = بەڵگەی ژمارە { $index } کشێنرایەوە.
issuer-already-revoked = بەڵگەی ژمارە { $index } پێشتر کشێنرابووەوە.
issuer-revoked-next-step = پشکنەران تەنها لە لیستی داهاتووتەوە دەیزانن: بە carnet issuer status-list --out list.cbor بینووسە، پاشان فایلەکەیان بدەرێ.
issuer-status-list-written = { $count ->
    [one] لیستەکە لە { $path }دایە. ناوی 1 بەڵگەی کشێنراو دەهێنێت.
   *[other] لیستەکە لە { $path }دایە. ناوی { $count } بەڵگەی کشێنراو دەهێنێت.
}

endorse-intro = { $count ->
    [one] خەریکە 1 بابەت واژۆ دەکەیت بۆ ئەو کەسەی کلیلی { $holder }ی هەیە:
   *[other] خەریکە { $count } بابەت واژۆ دەکەیت بۆ ئەو کەسەی کلیلی { $holder }ی هەیە:
}
endorse-entry = { $title } ({ $kind }، ئاستی { $level }، { $dates })
endorse-untitled = (بێ ناونیشان)
endorse-how-observation = دەڵێیت سەیرت کردوون کە دەیکەن.
endorse-how-test = دەڵێیت لە تاقیکردنەوەیەک دەرچوون.
endorse-how-document = دەڵێیت بەڵگەنامەیەکت پشکنیوە.
endorse-how-interview = دەڵێیت لە چاوپێکەوتنێکدا پشکنیوتە.
endorse-expires-on = تا { $date } دروستە.
endorse-no-expiry = کۆتایی نایەت.
endorse-written = { $count ->
    [one] واژۆ کرا. { $path } بدەرەوە بە کەسەکە. ژمارەکەی { $first }ە.
   *[other] واژۆ کرا. { $path } بدەرەوە بە کەسەکە. ژمارەکانی { $first } تا { $last }ن.
}

trust-anchor-added = ئێستا متمانەت بەو لیستانە هەیە کە { $name } واژۆی کردوون (پەنجەمۆری کلیل { $kid }).
trust-bundle-written = { $count ->
    [one] لیستی واژۆکراوی 1 دەرکەر لە { $path }دایە.
   *[other] لیستی واژۆکراوی { $count } دەرکەر لە { $path }دایە.
}
trust-imported = { $count ->
    [one] لیستی متمانەی 1 دەرکەر زیاد کرا، دروستکراو لە { $date }.
   *[other] لیستی متمانەی { $count } دەرکەر زیاد کرا، دروستکراو لە { $date }.
}
trust-list-empty = هێشتا متمانەت بە هیچ دەرکەرێک نییە. بە carnet trust import لیستی متمانە زیاد بکە.
trust-list-bundle = { $days ->
    [0] لیستی متمانە لە { $anchor }ەوە، ئەمڕۆ دروست کراوە ({ $date }):
    [one] لیستی متمانە لە { $anchor }ەوە، 1 ڕۆژ لەمەوبەر دروست کراوە ({ $date }):
   *[other] لیستی متمانە لە { $anchor }ەوە، { $days } ڕۆژ لەمەوبەر دروست کراوە ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }، { $country }، پەنجەمۆری کلیل { $kid }
revocation-imported = { $count ->
    [one] لیستی { $name } زیاد کرا، دروستکراو لە { $date }: 1 بەڵگە کشێنراوەتەوە.
   *[other] لیستی { $name } زیاد کرا، دروستکراو لە { $date }: { $count } بەڵگە کشێنراونەتەوە.
}

## Errors of these commands

error-issuer-exists = پێشتر کلیلی دەرکەر لەم فۆڵدەرەدا هەیە. هیچ شتێک نەگۆڕدرا.
error-no-issuer = هێشتا کلیلی دەرکەر لەم فۆڵدەرەدا نییە. بە carnet issuer init یەکێک دروست بکە.
error-issuer-damaged = کلیلی دەرکەر لەم فۆڵدەرەدا تێکچووە یان لەگەڵ وردەکارییەکانی ناگونجێت. کۆپییەک لە یەدەگەوە بگەڕێنەوە.
error-anchor-exists = پێشتر کلیلی لەنگەری متمانە لەم فۆڵدەرەدا هەیە. هیچ شتێک نەگۆڕدرا.
error-no-anchor = هێشتا کلیلی لەنگەری متمانە لەم فۆڵدەرەدا نییە. بە carnet trust anchor init یەکێک دروست بکە.
error-anchor-damaged = کلیلی لەنگەری متمانە لەم فۆڵدەرەدا تێکچووە یان لەگەڵ وردەکارییەکانی ناگونجێت. کۆپییەک لە یەدەگەوە بگەڕێنەوە.
error-identity-too-new = ئەم کلیلە بە Carnetی نوێتر دروست کراوە. Carnet نوێ بکەرەوە بۆ بەکارهێنانی.
error-storage-file = Carnet نەیتوانی { $path } بنووسێت یان بخوێنێتەوە. دڵنیابە کە شوێن هەیە و مافی نووسینت لەوێ هەیە. (بۆ یارمەتیدەر: { $reason })
error-file-too-big = { $path } زۆر گەورەترە لەوەی فایلی Carnet بێت.
error-issuer-kind = «{ $value }» جۆرێکی دەرکەر نییە. بنووسە trainer، employer، centre، college یان colleague.
error-assessed-by = «{ $value }» ڕێگەیەکی پشکنین نییە. بنووسە observation، test، document یان interview.
error-expires-date = «{ $value }» ڕۆژ نییە. بە شێوەی ساڵ-مانگ-ڕۆژ بینووسە، وەک 2027-05-14.
error-expires-past = ڕۆژی کۆتایی دەبێت دوای ئەمڕۆ بێت.
error-issuer-indexes-used-up = ئەم کلیلی دەرکەرە هەموو ژمارەکانی داوە. کلیلێکی دەرکەری نوێ دروست بکە.
error-revoke-not-issued = تۆ بەڵگەیەکت بە ژمارە { $index } واژۆ نەکردووە. ژمارەکانت لە 0 تا کەمتر لە { $next }ن.
error-anchor-name = ناوەکە دەبێت 1 تا 100 پیت بێت.
error-anchor-known = پێشتر متمانەت بەم لەنگەری متمانەیە هەیە (پەنجەمۆری کلیل { $kid }).
error-issuer-file = { $path } فایلی دەرکەر نییە. داوای دەرچووی carnet issuer show --json لە دەرکەرەکە بکە.
error-trust-bundle-not-newer = پێشتر ئەم لیستی متمانەیە یان نوێترێکت لە هەمان لەنگەری متمانەوە هەیە. هیچ شتێک نەگۆڕدرا.
error-status-list-not-newer = پێشتر لیستێکی نوێترت لەم دەرکەرەوە هەیە. هیچ شتێک نەگۆڕدرا.
error-status-list-issuer-unknown = ئەم لیستە لە دەرکەرێکەوەیە کە هێشتا متمانەت پێی نییە (پەنجەمۆری کلیل { $kid }). سەرەتا لیستی متمانەیەک هاوردە بکە کە ناوی دەهێنێت.
error-verifier-damaged = لیستە پاشەکەوتکراوەکانی متمانەت تێکچوون یان گۆڕدراون. دووبارە هاوردەیان بکە.
error-verify-nonce = «{ $value }» ژمارەیەک نییە بە hex، وەک 3fa9.
error-verify-got-request = ئەمە داواکارییەکە بۆ پشتڕاستکردنەوەی بابەتەکانی کەسێک (نووسینەکەی بە CNR1: دەست پێدەکات)، نەک کۆدێک کە کارامەییەکان پیشان بدات. هیچ شتێک نەپشکنرا. ئەو کەسەی پشتڕاستی دەکاتەوە بەمە واژۆی دەکات: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = ئەمە کۆدێکە کە کارامەییەکانی کەسێک پیشان دەدات (نووسینەکەی بە CN1: دەست پێدەکات)، نەک داواکاری بۆ پشتڕاستکردنەوەیان. هیچ شتێک واژۆ نەکرا. بۆ پشکنینی، بنووسە: carnet verify PICTURE، یان carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = لیستی متمانەکە تێکچووە یان لیستی متمانە نییە.
error-trust-bundle-wrong-file = ئەمە جۆرێکی تری فایلی Carnetە، نەک لیستی متمانە.
error-trust-bundle-newer-version = ئەم لیستی متمانەیە بە Carnetی نوێتر دروست کراوە. Carnet نوێ بکەرەوە بۆ خوێندنەوەی.
error-trust-bundle-unknown-anchor = ئەم لیستی متمانەیە لەلایەن لەنگەرێکی متمانەوە واژۆ کراوە کە متمانەت پێی نییە (پەنجەمۆری کلیل { $kid }). سەرەتا بە carnet trust anchor add زیادی بکە، ئەگەر دەیناسیت.
error-trust-bundle-bad-signature = واژۆی سەر ئەم لیستی متمانەیە ناگونجێت. فایلەکە گۆڕدراوە یان تێکچووە.
error-trust-bundle-invalid = نرخێک لە لیستی متمانەکەدا ناتوانرێت بەکاربهێنرێت ({ $field }).
error-trust-bundle-too-large = لیستی متمانەکە زۆر گەورەیە.
error-status-list-malformed = لیستەکە تێکچووە یان لیستی بەڵگە کشێنراوەکان نییە.
error-status-list-wrong-file = ئەمە جۆرێکی تری فایلی Carnetە، نەک لیستی بەڵگە کشێنراوەکان.
error-status-list-newer-version = ئەم لیستە بە Carnetی نوێتر دروست کراوە. Carnet نوێ بکەرەوە بۆ خوێندنەوەی.
error-status-list-wrong-issuer = ئەم لیستە هی دەرکەرێکی ترە ({ $found }، نەک { $expected }).
error-status-list-bad-signature = واژۆی سەر ئەم لیستە ناگونجێت. فایلەکە گۆڕدراوە یان تێکچووە.
error-status-list-invalid = نرخێک لە لیستەکەدا ناتوانرێت بەکاربهێنرێت ({ $field }).
error-status-list-too-large = لیستەکە زۆر گەورەیە.
