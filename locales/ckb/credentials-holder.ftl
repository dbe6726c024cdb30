# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = فایلێک دروست بکە کە داوا لە ڕاهێنەر، خاوەنکار یان ناوەندێک دەکات بابەتەکان پشتڕاست بکاتەوە.
    .long = داواکارییەک دروست بکە کە داوا لە ڕاهێنەر، خاوەنکار، ناوەند، کۆلێژ یان هاوکارێک دەکات هەندێک لە بابەتەکانت پشتڕاست بکاتەوە (endorse): فایلێک، کۆدێکی QR (ناوێک کە بە .png یان .svg کۆتایی بێت) بۆ پیشاندان لەسەر مۆبایلەکەت یان چاپکردن، یان بە --text نووسینێک بۆ ناردن لە نامەیەکدا. بیدە بەوان. واژۆی دەکەن و فایلێکی بەڵگەت پێ دەدەنەوە، کە بەمە هەڵیدەگریت: carnet receive
cli-cmd-holder-receive = بەڵگەیەک هەڵبگرە کە ڕاهێنەر، خاوەنکار یان ناوەندێک بۆی واژۆ کردوویت.
cli-cmd-holder-credentials = لیستی ئەو بەڵگانەی هەڵتگرتوون، بابەت بە بابەت. هەروەها: carnet wallet
cli-cmd-holder-present = بابەتە هەڵبژێردراوەکان وەک یەک کۆدی QR پیشان بدە کە هەر کەسێک بتوانێت بێ ئینتەرنێت بیپشکنێت.
    .long = بابەتە هەڵبژێردراوەکان وەک یەک کۆدی QR پیشان بدە کە هەر کەسێک بتوانێت بێ ئینتەرنێت بیپشکنێت. بابەتە پشتڕاستکراوەکان لەگەڵ ناوی ئەو کەسەی پشتڕاستی کردوونەتەوە پیشان دەدرێن؛ ئەو بابەتانەی بە --self-declared دراون وەک قسەی تەنها خۆت پیشان دەدرێن. لەسەر شاشە کۆدەکە بۆ 24 کاتژمێر کار دەکات؛ بە --print، بۆ 5 ساڵ.
cli-cmd-holder-export = بابەتێکی پشتڕاستکراو وەک W3C Verifiable Credential (Open Badges 3.0) بنووسە بۆ بەرنامەکانی تر.
    .long = بابەتێکی پشتڕاستکراو وەک W3C Verifiable Credential 2.0 (نیشانەیەکی Open Badges 3.0) بنووسە، واژۆکراو لەلایەن ئەو کەسەی پشتڕاستی کردووەتەوە، بۆ ئەوەی جزدان و بەرنامەکانی تر بتوانن بیپشکنن. بەبێ --out لەسەر شاشە دەنووسرێت.

## Help: arguments

cli-arg-holder-request-ids = ئەو بابەتانەی پشتڕاست دەکرێنەوە: ناسنامەکانیان، یان یەکەم 4 پیت یان زیاتری هەر یەکێک. بۆ بینینی ناسنامەکان، بنووسە: carnet list
cli-arg-holder-request-out = داواکارییەکە لە کوێ بنووسرێت: ناوێک کە بە .png یان .svg کۆتایی بێت وێنەی کۆدی QR دروست دەکات؛ هەر ناوێکی تر، وەک request.cbor، فایلێک.
cli-arg-holder-request-text = نووسینی داواکارییەکە (بە CNR1: دەست پێدەکات) لەسەر شاشە بنووسە، بۆ ناردنی وەک نامە.
cli-arg-holder-receive-file = ئەو فایلی بەڵگەیەی پێت دراوە، بۆ نموونە credential.cbor.
cli-arg-holder-present-select = بابەتە پشتڕاستکراوەکان بۆ پیشاندان: ناسنامەکانیان، یان یەکەم 4 پیت یان زیاتری هەر یەکێک.
cli-arg-holder-present-fields = تەنها ئەم بەشانەی هەر بابەتێک پیشان بدە، بە فاریزە جیاکراونەتەوە، بۆ نموونە title,level. ئەوانی تر شاراوە دەمێننەوە. بەشەکان: kind، title، esco، entry-id، level، from، to، country، context، evidence، eqf. بەبێ ئەمە، هەموو شتێک پیشان دەدرێت.
cli-arg-holder-present-self-declared = ئەو بابەتانەی وەک قسەی تەنها خۆت پیشان دەدرێن، کە کەس پشتڕاستی نەکردوونەتەوە.
cli-arg-holder-present-stage = بۆ چی پیشانی دەدەیت: recruitment، pre-departure، arrival، career یان return. بەبێ ئەمە: recruitment.
cli-arg-holder-present-audience = بە کێ پیشانی دەدەیت، ئەگەر داوایان کرد ناویان بهێنیت، بۆ نموونە ناوی ئاژانسێک.
cli-arg-holder-present-nonce = ئەو کۆدەی کەسی پشکنەر پێی داویت، ئەگەر دابێتی (پیتەکانی 0-9 و a-f).
cli-arg-holder-present-print = بۆ کاغەز دروستی بکە: کۆدەکە باشتر بەرگەی خەت و قەدکردن دەگرێت، و بۆ 5 ساڵ کار دەکات لەبری 24 کاتژمێر.
cli-arg-holder-present-out = ئەو وێنەیەی دەنووسرێت: ناوێک کە بە .png یان .svg کۆتایی بێت.
cli-arg-holder-present-text = هەروەها نووسینی ناو کۆدی QR بنووسە، بۆ ناردنی وەک نامە.
cli-arg-holder-export-id = بابەتە پشتڕاستکراوەکە: ناسنامەکەی، یان یەکەم 4 پیت یان زیاتری.
cli-arg-holder-export-format = ئەو شێوازەی دەنووسرێت. تەنها: vc (W3C Verifiable Credential، Open Badges 3.0).
cli-arg-holder-export-jwt = وەک تۆکنێکی واژۆکراو (VC-JWT) بینووسە لەبری JSON لەگەڵ بەڵگە.
cli-arg-holder-export-out = ئەو فایلەی دەنووسرێت، بۆ نموونە badge.json یان badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] ئەم داواکارییە داوای پشتڕاستکردنەوەی 1 بابەت دەکات.
       *[other] ئەم داواکارییە داوای پشتڕاستکردنەوەی { $count } بابەت دەکات.
    } ئەو کەسەی پشتڕاستی دەکاتەوە ئەم بەشانەی هەر یەکێک دەبینێت:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = داواکارییەکە نووسرا لە { $path }.
holder-request-next = فایلەکە بدە بەو کەسەی پشتڕاستی دەکاتەوە. کاتێک فایلێکی بەڵگەیان پێدایتەوە، بنووسە: carnet receive FILE
holder-receive-done = هەڵگیرا: پشتڕاستکراوە لەلایەن { $issuer }، { $kind }، { $country }. چۆن پشکنییان: { $assessed }.
holder-validity-until = دەرچووە لە { $issued }. دروستە تا { $expires }.
holder-validity-open = دەرچووە لە { $issued }. بەرواری کۆتایی نییە.
holder-wallet-empty = هێشتا هیچ بەڵگەیەکت نییە. بۆ داواکردنی یەکێک، بنووسە: carnet request ID --out request.cbor
holder-wallet-damaged = بەڵگەیەک کە چیتر ناخوێندرێتەوە. داوای یەکێکی نوێ لەو کەسە بکە کە پێی داویت.
holder-wallet-line-until = { $issuer } ({ $kind }، { $country }): دەرچووە { $issued }، دروستە تا { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }، { $country }): دەرچووە { $issued }، بێ بەرواری کۆتایی
holder-wallet-line-expired = { $issuer } ({ $kind }، { $country }): دەرچووە { $issued }، کۆتایی هات لە { $expires }
holder-present-nothing = بڵێ چی پیشان بدرێت: --select ID بۆ بابەتە پشتڕاستکراوەکان، --self-declared ID بۆ ئەوانی تر.
holder-present-done = کۆدی QR نووسرا لە { $path }: { $endorsed } پشتڕاستکراو، { $declared } بە قسەی خۆت.
holder-present-size = قەبارە: وەشانی QR { $version }، ئاستی { $ec }، { $chars } پیت.
holder-present-expires = تا { $when } دەتوانرێت بپشکنرێت ({ $hours } کاتژمێر).
holder-present-by-kid = بۆ ئەوەی جێی ببێتەوە، دەرکەرەکان بە پەنجەمۆرێکی کورت ناویان هاتووە. پشکنەر تەنها ئەو کاتە دەزانێت کێن کە لە لیستی دەرکەرە متمانەپێکراوەکانیدا هەبن.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ڕاهێنەرێک
holder-issuer-kind-employer = خاوەنکارێک
holder-issuer-kind-centre = ناوەندێک
holder-issuer-kind-college = کۆلێژێک
holder-issuer-kind-colleague = هاوکارێک (کەسێک کە لەگەڵت کاری کردووە، نەک دامەزراوەیەک)

## How they checked

holder-assessed-observation = سەیری کارکردنیان کردیت
holder-assessed-test = تاقیکردنەوەیەک
holder-assessed-document = بەڵگەنامەیەکیان پشکنی
holder-assessed-interview = چاوپێکەوتنێک

## Errors

error-holder-no-key = ئەم تۆمارە کلیلی نییە بۆ واژۆکردنی بەڵگە. هیچ شتێک نەگۆڕدرا. تکایە ئەم کێشەیە ڕاپۆرت بکە.
error-holder-write-file = فایلی { $path } نەنووسرا: { $reason }. دڵنیابە کە فۆڵدەرەکە هەیە و شوێنی بەتاڵ هەیە، پاشان دووبارە هەوڵ بدەرەوە.
error-holder-entry-unfit = بابەتی "{ $title }" ناتوانرێت بخرێتە ناو بەڵگەیەکەوە: { $field }ەکەی زۆر درێژە یان بە شێوەی دروست نییە. بە carnet edit بیگۆڕە، پاشان دووبارە هەوڵ بدەرەوە.
error-holder-unknown-field = "{ $value }" بەشێک نییە لە بابەتێک کە بتوانرێت پیشان بدرێت. بەشەکان: { $known }.
error-holder-credential-no-entries = بەڵگەی { $path } نالێت کام لە بابەتەکانت پشتڕاست دەکاتەوە. هیچ شتێک هەڵنەگیرا. داوای یەکێکی نوێ بکە کە لە فایلی داواکارییەوە دروست کرابێت: carnet request
error-holder-credential-entry-gone = بەڵگەی { $path } بابەتێک پشتڕاست دەکاتەوە کە چیتر لە تۆمارەکەتدا نییە ({ $id }). هیچ شتێک هەڵنەگیرا. ئەگەر لەسەر ئەم ئامێرە سڕیوتەوە، لە کۆپییەکی تۆمارەکەوە زیادی بکە، پاشان دووبارە هەوڵ بدەرەوە.
error-holder-credential-damaged = بەڵگەی بابەتی "{ $title }" چیتر ناخوێندرێتەوە. داوای یەکێکی نوێ لەو کەسە بکە کە پشتڕاستی کردەوە.
error-holder-not-endorsed = بابەتی "{ $title }" هێشتا لەلایەن کەسەوە پشتڕاست نەکراوەتەوە. بە --self-declared پیشانی بدە، یان داوای پشتڕاستکردنەوە بکە: carnet request
error-holder-selected-twice = بابەتی "{ $title }" هەم بە --select و هەم بە --self-declared دراوە. یەک جار بیدە.
error-holder-bad-stage = "{ $value }" قۆناغ نییە. قۆناغەکان: recruitment، pre-departure، arrival، career، return.
error-holder-bad-audience = بینەر دەبێت 1 تا 100 پیت بێت، لەسەر یەک دێڕ.
error-holder-bad-nonce = "{ $value }" کۆدێک نییە لە کەسی پشکنەرەوە: دەبێت 2 تا 128 پیت بێت لە 0-9 و a-f.
error-holder-bad-out = وێنەی { $path } دەبێت ناوێکی هەبێت کە بە .png یان .svg کۆتایی بێت.
error-holder-no-vc = پشتڕاستکردنەوەی "{ $title }" لەلایەن { $issuer } پێش ئەوە کراوە کە Carnet بتوانێت وەک بەڵگەی W3C بینووسێت، و تەنها ئەوان دەتوانن یەکێک واژۆ بکەن. داوایان لێ بکە دووبارە پشتڕاستی بکەنەوە: داواکارییەکی نوێ دروست بکە (carnet request ID --out request.cbor)، بیدە بەوان، و ئەو فایلە هەڵبگرە کە دەیدەنەوە (carnet receive FILE).
