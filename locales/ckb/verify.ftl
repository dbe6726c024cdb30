# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ڕاهێنەرێک
issuer-kind-employer = خاوەنکارێک
issuer-kind-centre = ناوەندێک
issuer-kind-college = کۆلێژێک
issuer-kind-colleague = هاوکارێک

## verify: verdicts, one per code

verdict-valid = دروستە: واژۆکراوە لەلایەن دەرکەرێک کە متمانەت پێی هەیە، هێشتا کارایە، نەکشێنراوەتەوە.
verdict-self-declared = تەنها کەسەکە خۆی وتوویەتی: کەس واژۆی نەکردووە.
verdict-unknown-issuer = واژۆکراوە، بەڵام نەک لەلایەن دەرکەرێک کە متمانەت پێی هەیە.
verdict-expired = بەسەرچووە.
verdict-revoked = ئەو دەرکەرەی واژۆی کردبوو کشاندوویەتیەوە.
verdict-tampered = گۆڕدراوە یان کۆپی کراوە: پشتی پێ مەبەستە.
verdict-malformed = ئەمە کۆدێکی Carnet نییە کە بخوێندرێتەوە.

## verify: reasons, one per code

reason-wrong-prefix = نووسینەکە بە CN1: دەست پێناکات، بۆیە کۆدی Carnet نییە.
reason-bad-base45 = نووسینەکە پیتی تێدایە کە کۆدی Carnet ناتوانێت هەیبێت. لەوانەیە بڕابێت یان بە هەڵە نووسرابێت.
reason-bad-zlib = کۆدەکە بڕاوە یان تێکچووە.
reason-too-large = کۆدەکە زۆر گەورەترە لەوەی کۆدی Carnet بێت.
reason-bad-cose = کۆدەکە تێکچووە یان کۆدی Carnet نییە.
reason-unsupported-header = کۆدەکە واژۆیەک بەکاردەهێنێت کە Carnet نایناسێت. لەوانەیە Carnetی نوێتر بیخوێنێتەوە.
reason-bad-payload = ناوەڕۆکی کۆدەکە تێکچووە.
reason-holder-signature-invalid = واژۆی کەسەکە ناگونجێت: کۆدەکە گۆڕدراوە.
reason-nonce-mismatch = کۆدەکە بۆ داواکارییەکی تر دروست کراوە (ژمارە { $found }، نەک { $expected }). لەوانەیە کۆپی بێت.
reason-audience-mismatch = کۆدەکە بۆ «{ $found }» دروست کراوە، نەک بۆ «{ $expected }».
reason-presentation-expired = خودی کۆدەکە لە { $exp } بەسەرچوو. داوا لە کەسەکە بکە یەکێکی نوێ دروست بکات.
reason-presentation-not-yet-valid = کۆدەکە دەڵێت لە { $iat } دروست کراوە، کە هێشتا نەهاتووە. کاتژمێری ئەم ئامێرە بپشکنە.
reason-endorsement-signature-invalid = واژۆی دەرکەر ناگونجێت: کارامەییەکە گۆڕدراوە.
reason-issuer-key-not-sent = دەرکەرەکە تەنها بە پەنجەمۆری { $kid } ناوی هاتووە، و تۆ نایناسیت.
reason-endorsement-expired = واژۆی کارامەییەکە لە { $exp } بەسەرچوو.
reason-endorsement-not-yet-valid = کارامەییەکە دەڵێت لە { $iat } واژۆ کراوە، کە هێشتا نەهاتووە. کاتژمێری ئەم ئامێرە بپشکنە.
reason-issuer-unknown = «{ $name }» (پەنجەمۆری کلیل { $kid }) لە لیستەکانی متمانەتدا نییە. هەر کەسێک دەتوانێت ناوێک لە خۆی بنێت.
reason-issuer-not-trusted-at-issue = «{ $name }» (پەنجەمۆری کلیل { $kid }) لەو ڕۆژەی واژۆی کرد متمانەی پێ نەدرابوو.
reason-issuer-trusted = دەرکەرەکە لە لیستی متمانەتدایە (پەنجەمۆری کلیل { $kid }).
reason-issuer-claims-differ = لیستی متمانەت دەڵێت ئەم دەرکەرە { $kind }ە لە { $country }؛ واژۆکە شتێکی تر دەڵێت. پشت بە لیستی متمانە ببەستە.
reason-revoked = دەرکەرەکە بەڵگەی ژمارە { $index }ی کشاندەوە.
reason-no-revocation-list = هیچ لیستێکت لەم دەرکەرەوە نییە دەربارەی ئەوەی کشاندوویەتیەوە.
reason-self-declared = کەسەکە ئەمە دەڵێت؛ کەس واژۆی نەکردووە.

## verify: the rest of the report

verify-presentation = پیشاندراوە بۆ { $stage }، دروستکراوە لە { $date }، لەلایەن ئەو کەسەی کلیلی { $kid }ی هەیە.
verify-audience = دروستکراوە بۆ: { $audience }
verify-stage-recruitment = دامەزراندن
verify-stage-pre-departure = ئامادەبوون بۆ ڕۆیشتن
verify-stage-arrival = گەیشتن
verify-stage-career = کار و ڕاهێنان
verify-stage-return = گەڕانەوە بۆ وڵات
verify-endorsed-by = واژۆکراوە لەلایەن { $name }، { $kind } لە { $country }.
verify-endorsed-by-unchecked = واژۆکراوە لەلایەن کەسێک کە خۆی ناو دەنێت «{ $name }»، { $kind } لە { $country } (نەپشکنراوە؛ پەنجەمۆری کلیل { $kid }).
verify-colleague-note = ئەمە قسەی هاوکارێکە: کەسێک کە لە تەنیشت کەسەکە کاری کردووە، نەک قوتابخانە یان خاوەنکار.
verify-endorsed-on = واژۆکراوە لە { $date }؛ پشکنراوە بە { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}دروستە تا { $expires }.
}
verify-how-observation = سەیرکردنی کارکردنیان
verify-how-test = تاقیکردنەوەیەک
verify-how-document = بەڵگەنامەیەک
verify-how-interview = چاوپێکەوتنێک
verify-hidden = { $count ->
    [one] 1 وردەکاری لەلایەن کەسەکەوە شاردراوەتەوە.
   *[other] { $count } وردەکاری لەلایەن کەسەکەوە شاردراونەتەوە.
}
verify-trust-age = { $days ->
    [0] لیستی متمانە هی ئەمڕۆیە.
    [one] لیستی متمانە هی 1 ڕۆژ لەمەوبەرە ({ $date }).
   *[other] لیستی متمانە هی { $days } ڕۆژ لەمەوبەرە ({ $date }).
}
verify-newer-code = ئەم کۆدە بە Carnetی نوێتر دروست کراوە. Carnet نوێ بکەرەوە بۆ پشکنینی.
verify-status-age = { $days ->
    [0] لیستی بەڵگە کشێنراوەکان: هی ئەمڕۆ.
    [one] لیستی بەڵگە کشێنراوەکان: هی 1 ڕۆژ لەمەوبەر ({ $date }).
   *[other] لیستی بەڵگە کشێنراوەکان: هی { $days } ڕۆژ لەمەوبەر ({ $date }).
}
verify-field-kind = چی:
verify-field-title = ناونیشان:
verify-field-esco = ESCO:
verify-field-entry-id = بابەت:
verify-field-level = ئاست:
verify-field-from = لە:
verify-field-to = تا:
verify-field-country = وڵات:
verify-field-context = فێربوون:
verify-field-evidence = بەڵگە (hash):
verify-field-eqf = ئاستی EQF:
verify-entry-kind-skill = کارامەییەک
verify-entry-kind-qualification = بڕوانامە یان شیاوی
verify-entry-kind-experience = ئەزموونی کار
verify-entry-kind-language = زمانێک
verify-entry-kind-learning = خولێک
verify-context-formal = لە قوتابخانە یان کۆلێژ
verify-context-non-formal = لە خولێکدا
verify-context-informal = لە کاتی کارکردندا یان بە خۆی
verify-esco-skill = کارامەیی
verify-esco-occupation = پیشە
verify-esco-qualification = بڕوانامە
