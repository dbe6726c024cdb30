# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = پشتڕاستکردنەوەکانم
app-present = کارامەییەکانم پیشان بدە
app-verify = پشکنینی کۆدێک

## Wallet

app-wallet-title = پشتڕاستکردنەوەکانم
app-wallet-intro = ئەمانە ئەو کارامەییانەن کە کەسێک بۆی واژۆ کردوویت. دەتوانیت بە کۆدی QR پیشانیان بدەیت.
app-wallet-empty = هێشتا کەس کارامەییەکی بۆ واژۆ نەکردوویت. داوا لە ڕاهێنەرێک، خاوەنکارێک یان ناوەندێک بکە کە ئەوەی دەتوانیت بیکەیت پشتڕاست بکاتەوە.
app-wallet-by = واژۆکراوە لەلایەن { $name } ({ $kind }، { $country })
app-wallet-issued = واژۆکراوە لە { $date }
app-wallet-expires = دروستە تا { $date }
app-wallet-expired = لە { $date } بەسەرچوو
app-wallet-no-expiry = بەسەر ناچێت
app-wallet-damaged = ئەم پشتڕاستکردنەوەیە تێکچووە و ناتوانرێت پیشان بدرێت. داوای یەکێکی نوێ لەو کەسە بکە کە واژۆی کردووە.
app-standing-valid = پشکنرا: واژۆکراوە لەلایەن کەسێک لە لیستی متمانەتدا
app-standing-unknown-issuer = واژۆکراوە، بەڵام واژۆکەر لە لیستی متمانەتدا نییە
app-standing-expired = بەسەرچووە
app-standing-revoked = واژۆکەر کشاندوویەتیەوە
app-standing-malformed = تێکچووە

## Present: choosing what to show

app-present-title = کارامەییەکانم پیشان بدە
app-present-endorsed = واژۆکراوە لەلایەن کەسێکەوە
app-present-self = تەنها خۆم وتوومە
app-present-self-hint = پشکنەر ئەمانە وەک قسەی خۆت دەبینێت، نەک وەک واژۆکراو.
app-present-details = چی لە هەر یەکێک پیشان بدرێت
app-present-details-all = هەموو شتێک
app-present-details-short = تەنها ناو و ئاست
app-present-stage = بۆ کێیە؟
app-present-print = بۆ چاپکردن لەسەر کاغەز (بۆ 5 ساڵ دروستە)
app-present-make = کۆدی QR پیشان بدە
app-present-none = لانیکەم یەک شت هەڵبژێرە بۆ پیشاندان.
app-present-nothing-yet = تۆمارەکەت بەتاڵە. سەرەتا شتێک زیاد بکە.

## Present: the QR code

app-qr-title = با ئەم کۆدە سکان بکەن
app-qr-expires = ئەم کۆدە تا { $date } کار دەکات.
app-qr-preview = ئەوەی پشکنەر دەیبینێت
app-qr-preview-hide = ئەوەی پشکنەر دەیبینێت بیشارەوە
app-qr-done = تەواو
app-qr-preview-note = ئەمە ئەوەیە کە پشکنەرێک بە هەمان لیستەکانی متمانەی ئەم مۆبایلە دەیبینێت.

## Verify

app-verify-title = پشکنینی کۆدێک
app-verify-intro = وێنەی کۆدێکی QRی Carnet بگرە یان هەڵبژێرە. هیچ شتێک بۆ هیچ شوێنێک نانێردرێت: پشکنینەکە لەسەر ئەم ئامێرە دەکرێت.
app-verify-picture = وێنەیەک بگرە یان هەڵبژێرە
app-verify-text = یان نووسینی کۆدەکە بلکێنە (بە CN1: دەست پێدەکات)
app-verify-check = پشکنین
app-verify-checking = پشکنین…
app-verify-again = کۆدێکی تر بپشکنە

## The verdict

app-verdict-title = ئەنجام
app-verdict-made = بۆ { $stage } دروست کراوە لە { $date }.
app-verdict-expires = کۆدەکە تا { $date } کار دەکات.
app-verdict-newer = ئەم کۆدە بە Carnetی نوێتر دروست کراوە. Carnet نوێ بکەرەوە بۆ پشکنینی.
app-item-endorsed = واژۆکراو
app-item-self = قسەی خۆیان
app-item-assessed = پشکنراوە بە { $how }
app-item-hidden = { $count ->
    [one] 1 وردەکاری لەلایەن کەسەکەوە شاردراوەتەوە.
   *[other] { $count } وردەکاری لەلایەن کەسەکەوە شاردراونەتەوە.
}

## Errors of these screens

error-wallet-no-key = ئەم تۆمارە کلیلی نییە بۆ واژۆکردن. هیچ شتێک پیشان نەدرا. تکایە ئەم کێشەیە ڕاپۆرت بکە.
error-wallet-not-endorsed = «{ $title }» هێشتا لەلایەن کەسەوە واژۆ نەکراوە. وەک «تەنها خۆم وتوومە» پیشانی بدە، یان داوا لە کەسێک بکە پشتڕاستی بکاتەوە.
error-wallet-credential-damaged = پشتڕاستکردنەوەی «{ $title }» تێکچووە. وەک «تەنها خۆم وتوومە» پیشانی بدە، یان داوای یەکێکی نوێ بکە.
error-wallet-entry-unfit = «{ $title }» ناچێتە ناو کۆدێکەوە: { $field }ەکەی زۆر درێژە یان بە شێوەی دروست نییە. بابەتەکە بگۆڕە، پاشان دووبارە هەوڵ بدەرەوە.
error-wallet-selected-twice = «{ $title }» دوو جار هەڵبژێردراوە. یەک جار هەڵیبژێرە.
error-wallet-nothing-chosen = لانیکەم یەک شت هەڵبژێرە بۆ پیشاندان.
error-wallet-too-large = ئەمە زۆرە بۆ یەک کۆدی QR ({ $chars } پیت). شتی کەمتر هەڵبژێرە، یان تەنها ناو و ئاست پیشان بدە.
error-wallet-credential = کۆدەکە دروست نەکرا. هیچ شتێک پیشان نەدرا. تکایە ئەم کێشەیە ڕاپۆرت بکە. (بۆ یارمەتیدەر: { $reason })
error-wallet-no-code = هیچ کۆدێکی QRی Carnet لەم وێنەیەدا نەدۆزرایەوە. دووبارە وێنەکە بگرە، نزیکتر و ڕوونتر، بە هەموو کۆدەکەوە.
error-wallet-not-a-picture = ئەم فایلە وێنەیەک نییە کە Carnet بتوانێت بیخوێنێتەوە. وێنەیەک بەکاربهێنە (JPEG یان PNG).
error-wallet-picture-too-large = وێنەکە زۆر گەورەیە ({ $width } × { $height } پیکسڵ). وێنەیەکی بچووکتر بگرە و دووبارە هەوڵ بدەرەوە.
error-wallet-got-request = ئەمە داواکارییەکە بۆ واژۆکردنی کارامەییەکانی کەسێک، نەک کۆدێک کە کارامەییەکان پیشان بدات. هیچ شتێک نەپشکنرا.
error-wallet-trust-damaged = لیستەکانی متمانەت تێکچوون یان گۆڕدراون. دووبارە هاوردەیان بکە. تا ئەو کاتە، هیچ واژۆکەرێک جێی متمانە نییە.
error-wallet-trust-unreadable = Carnet نەیتوانی لیستەکانی متمانەت لە { $path } بخوێنێتەوە. دڵنیابە کە ئامێرەکە شوێنی بەتاڵی هەیە. (بۆ یارمەتیدەر: { $reason })
error-wallet-not-yours = ئەم پشتڕاستکردنەوەیە بۆ تۆماری کەسێکی تر دروست کراوە، نەک هی تۆ. هیچ شتێک هەڵنەگیرا. دڵنیابە کە فایلی خۆتت وەرگرتووە.
error-wallet-bad-signature = واژۆی سەر ئەم فایلە ناگونجێت: گۆڕدراوە یان تێکچووە. هیچ شتێک هەڵنەگیرا. دووبارە داوای فایلەکە بکە.
error-wallet-not-a-credential = ئەم فایلە پشتڕاستکردنەوەیەکی واژۆکراوی Carnet نییە. هیچ شتێک هەڵنەگیرا. داوای ئەو فایلە لەو کەسە بکە کە واژۆی کردووە.
error-wallet-too-many = لە یەک جاردا داوای زیاتر لە { $max } شت مەکە. کەمتر هەڵبژێرە.
error-wallet-not-from-request = ئەم پشتڕاستکردنەوەیە نالێت کام لە بابەتەکانت پشتڕاست دەکاتەوە. هیچ شتێک هەڵنەگیرا. داوای یەکێکی نوێ بکە، کە لە کۆدی داواکارییەکەتەوە دروست کرابێت.
error-wallet-entry-gone = ئەم پشتڕاستکردنەوەیە بابەتێک پشتڕاست دەکاتەوە کە چیتر لە تۆمارەکەتدا نییە. هیچ شتێک هەڵنەگیرا. ئەگەر لاتبردووە، لە کۆپییەکەوە دووبارە زیادی بکە، پاشان داوای پشتڕاستکردنەوەیەکی نوێ بکە.

## Asking for a signature, and keeping it

app-request = داوای واژۆ بکە
app-request-title = داوای واژۆ بکە
app-request-intro = ئەم کۆدە پیشانی ئەو ڕاهێنەر، خاوەنکار یان ناوەندە بدە کە ئەوەی دەتوانیت بیکەیت پشتڕاست دەکاتەوە. بە Carnet سکانی دەکەن و فایلێکی واژۆکراوت پێ دەدەنەوە.
app-request-key = کلیلەکەت: { $kid }. ئەو کەسەی واژۆ دەکات هەمان کۆد دەبینێت.
app-request-text = هەمان کۆد وەک نووسین، بۆ ناردن لە نامەیەکدا
app-request-next = کاتێک فایلە واژۆکراوەکەت وەرگرت، «پشتڕاستکردنەوەکانم» بکەرەوە و «فایلێکی واژۆکراو زیاد بکە» دابگرە.
app-receive = فایلێکی واژۆکراو زیاد بکە
app-received = هەڵگیرا: { $name } ({ $kind }) { $titles }ی واژۆ کرد.
