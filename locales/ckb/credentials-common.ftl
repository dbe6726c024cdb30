# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] ئەم داواکارییە تێکچووە، یان داواکاریی Carnet نییە. دووبارە داوای بکە.
        [credential] ئەم فایلی بەڵگەیە تێکچووە، یان بەڵگەی Carnet نییە. داوا لەو کەسە بکە کە بابەتەکانتی پشتڕاست کردەوە دووبارە بینێرێت.
       *[other] ئەمە تێکچووە، یان فایلی Carnet نییە.
    }
error-credential-wrong-file = { $expected ->
        [request] ئەمە داواکاریی Carnet نییە: جۆرێکی تری فایلی Carnetە. داواکاری بە carnet request دروست دەکرێت.
        [credential] ئەمە بەڵگەی Carnet نییە: جۆرێکی تری فایلی Carnetە. دڵنیابە کە ئەو فایلەت هەڵبژاردووە کە ئەو کەسەی بابەتەکانتی پشتڕاست کردەوە پێی داویت.
       *[other] ئەمە جۆرێکی تری فایلی Carnetە. دڵنیابە کە فایلی دروستت هەڵبژاردووە.
    }
error-credential-newer-version = { $what ->
        [request] ئەم داواکارییە بە Carnetی نوێتر دروست کراوە.
        [credential] ئەم بەڵگەیە بە Carnetی نوێتر دروست کراوە.
        [text] ئەم کۆدە بە Carnetی نوێتر دروست کراوە.
       *[other] ئەمە بە Carnetی نوێتر دروست کراوە.
    } Carnet نوێ بکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.
error-credential-invalid-field = نرخێک ناتوانرێت بەکاربهێنرێت ({ $field }): زۆر درێژە یان بە شێوەی دروست نییە. هیچ شتێک نەنووسرا.
error-credential-entry-count = داواکارییەک 1 تا { $max } بابەت لەخۆ دەگرێت، نەک { $found }. بۆ پشتڕاستکردنەوەی زیاتر، دوو داواکاری دروست بکە.
error-credential-invalid-key = ئەمە کلیلێکی گشتیی دروست نییە. دڵنیابە کە بە تەواوی کۆپی کراوە.
error-credential-bad-signature = واژۆی سەر ئەم بەڵگەیە ناگونجێت: دوای واژۆکردن گۆڕدراوە یان تێکچووە. هیچ شتێک هەڵنەگیرا. دووبارە داوای فایلەکە بکە.
error-credential-not-yours = ئەم بەڵگەیە بۆ تۆماری کەسێکی تر دروست کراوە، نەک هی تۆ. هیچ شتێک هەڵنەگیرا. دڵنیابە کە فایلی خۆتت وەرگرتووە.
error-credential-no-such-entry = لەم بەڵگەیەدا بابەتی { $index } نییە.
error-credential-duplicate-entry = بابەتی { $index } دوو جار هەڵبژێردراوە.
error-credential-wrong-prefix = ئەم نووسینە کۆدی Carnet نییە: بە CN1: (کارامەیی بۆ پشکنین) یان CNR1: (داواکاری بۆ پشتڕاستکردنەوە) دەست پێناکات.
error-credential-base45 = نووسینەکە پیتی تێدایە کە کۆدی Carnet ناتوانێت هەیبێت. لەوانەیە بڕابێت یان بە هەڵە نووسرابێت.
error-credential-zlib = کۆدەکە بڕاوە یان تێکچووە.
error-credential-too-large = کۆدەکە زۆر گەورەترە لەوەی کۆدی Carnet بێت.

## QR codes

error-qr-not-alphanumeric = نووسینەکە پیتی تێدایە کە کۆدی QRی Carnet ناتوانێت هەڵیبگرێت. ئەمە هەڵەیەکە لە Carnet؛ تکایە ڕاپۆرتی بکە.
error-qr-too-large = ئەمە زۆرە بۆ یەک کۆدی QR: { $chars } پیت، و کۆدێکی QR کە مۆبایلەکان بە باشی دەیخوێننەوە (وەشانی { $version }، ئاستی { $ec }) { $capacity } هەڵدەگرێت. هیچ شتێک نەنووسرا. { $what ->
        [request] لە یەک جاردا داوای بابەتی کەمتر بکە، یان لەبری ئەوە داواکارییەکە لە فایلێکدا بنووسە کە بە .cbor کۆتایی بێت.
       *[other] بابەتی کەمتر هەڵبژێرە، یان بەشی کەمتر پیشان بدە بە --fields.
    }
error-qr-bad-version = ئەو قەبارەیەی کۆدی QR بوونی نییە.
error-qr-bad-module-size = ئەو قەبارەیەی خاڵ ناگونجێت.
error-qr-not-an-image = فایلەکە وێنەیەک نییە کە Carnet بتوانێت بیخوێنێتەوە. PNG، JPEG یان WebP بەکاربهێنە.
error-qr-image-too-large = وێنەکە زۆر گەورەیە ({ $width } × { $height } پیکسڵ). بچووکتری بکەرەوە و دووبارە هەوڵ بدەرەوە.
error-qr-not-found = هیچ کۆدێکی QR لە وێنەکەدا نەخوێندرایەوە. وێنەیەکی ڕوونتر و نزیکتر بگرە، بە هەموو کۆدەکەوە.
error-qr-render-failed = وێنەی QR دروست نەکرا. ئەمە هەڵەیەکە لە Carnet؛ تکایە ڕاپۆرتی بکە.
