# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = فایلی بسازید که از مربی، کارفرما یا مرکز می‌خواهد موردهایی را تأیید کند.
    .long = درخواستی بسازید که از مربی، کارفرما، مرکز، دانشکده یا همکار می‌خواهد بعضی از موردهای شما را تأیید کند: یک فایل، یک کد QR (نامی با پایان .png یا .svg) برای نشان دادن روی گوشی یا چاپ، یا با --text نوشته‌ای برای فرستادن در پیام. آن را به آن‌ها بدهید. آن‌ها امضایش می‌کنند و یک فایل تأییدیه به شما پس می‌دهند که با این دستور نگهش می‌دارید: carnet receive
cli-cmd-holder-receive = نگه داشتن تأییدیه‌ای که مربی، کارفرما یا مرکز برای شما امضا کرده است.
cli-cmd-holder-credentials = فهرست تأییدیه‌هایی که دارید، مورد به مورد. همچنین: carnet wallet
cli-cmd-holder-present = نشان دادن موردهای انتخاب‌شده در یک کد QR که هر کس بدون اینترنت می‌تواند بررسی کند.
    .long = موردهای انتخاب‌شده را در یک کد QR نشان می‌دهد که هر کس بدون اینترنت می‌تواند بررسی کند. موردهای تأییدشده با نام تأییدکننده نشان داده می‌شوند؛ موردهایی که با --self-declared داده شوند «فقط به گفتهٔ خودتان» نشان داده می‌شوند. روی صفحه، کد ۲۴ ساعت کار می‌کند؛ با --print، ۵ سال.
cli-cmd-holder-export = نوشتن یک مورد تأییدشده به شکل W3C Verifiable Credential (Open Badges 3.0) برای برنامه‌های دیگر.
    .long = یک مورد تأییدشده را به شکل W3C Verifiable Credential 2.0 (یک نشان Open Badges 3.0) می‌نویسد، با امضای کسی که آن را تأیید کرده، تا کیف‌پول‌ها و برنامه‌های دیگر بتوانند بررسی‌اش کنند. بدون --out روی صفحه نوشته می‌شود.

## Help: arguments

cli-arg-holder-request-ids = موردهایی که باید تأیید شوند: شناسه‌هایشان، یا ۴ نویسهٔ اول یا بیشترِ هر کدام. برای دیدن شناسه‌ها بنویسید: carnet list
cli-arg-holder-request-out = درخواست کجا نوشته شود: نامی با پایان .png یا .svg عکس کد QR می‌سازد؛ هر نام دیگری، مثل request.cbor، یک فایل.
cli-arg-holder-request-text = نوشتهٔ درخواست (با CNR1: شروع می‌شود) را روی صفحه بنویس، برای فرستادن در پیام.
cli-arg-holder-receive-file = فایل تأییدیه‌ای که به شما داده‌اند، برای مثال credential.cbor.
cli-arg-holder-present-select = موردهای تأییدشده برای نشان دادن: شناسه‌هایشان، یا ۴ نویسهٔ اول یا بیشترِ هر کدام.
cli-arg-holder-present-fields = فقط این بخش‌های هر مورد را نشان بده، جداشده با ویرگول، برای مثال title,level. بقیه پنهان می‌مانند. بخش‌ها: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. بدون آن، همه‌چیز نشان داده می‌شود.
cli-arg-holder-present-self-declared = موردهایی که «فقط به گفتهٔ خودتان» نشان داده می‌شوند، بی‌آنکه کسی تأییدشان کرده باشد.
cli-arg-holder-present-stage = برای چه نشان می‌دهید: recruitment، pre-departure، arrival، career یا return. بدون آن: recruitment.
cli-arg-holder-present-audience = به چه کسی نشان می‌دهید، اگر از شما خواسته‌اند نامشان را بیاورید، برای مثال نام یک آژانس.
cli-arg-holder-present-nonce = کدی که بررسی‌کننده به شما داده، اگر داده باشد (نویسه‌های 0-9 و a-f).
cli-arg-holder-present-print = برای کاغذ بساز: کد در برابر خراش و تا شدن مقاوم‌تر است و به جای ۲۴ ساعت، ۵ سال کار می‌کند.
cli-arg-holder-present-out = عکسی که نوشته می‌شود: نامی با پایان .png یا .svg.
cli-arg-holder-present-text = نوشتهٔ درون کد QR را هم بنویس، برای فرستادن در پیام.
cli-arg-holder-export-id = مورد تأییدشده: شناسه‌اش، یا ۴ نویسهٔ اول یا بیشترِ آن.
cli-arg-holder-export-format = قالبی که نوشته می‌شود. فقط: vc (W3C Verifiable Credential، Open Badges 3.0).
cli-arg-holder-export-jwt = آن را به شکل یک توکن امضاشده (VC-JWT) بنویس، به جای JSON همراه با اثبات.
cli-arg-holder-export-out = فایلی که نوشته می‌شود، برای مثال badge.json یا badge.jwt.

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
       *[other] این درخواست تأیید { $count } مورد را می‌خواهد.
    } تأییدکننده این بخش‌های هر مورد را می‌بیند:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = درخواست در { $path } نوشته شد.
holder-request-next = فایل را به تأییدکننده بدهید. وقتی فایل تأییدیه را به شما پس داد، بنویسید: carnet receive FILE
holder-receive-done = نگه داشته شد: تأییدشده توسط { $issuer }، { $kind }، { $country }. روش بررسی: { $assessed }.
holder-validity-until = صادرشده در { $issued }. معتبر تا { $expires }.
holder-validity-open = صادرشده در { $issued }. بدون تاریخ پایان.
holder-wallet-empty = هنوز هیچ تأییدیه‌ای ندارید. برای درخواست یکی، بنویسید: carnet request ID --out request.cbor
holder-wallet-damaged = تأییدیه‌ای که دیگر خوانده نمی‌شود. از کسی که آن را داده تأییدیهٔ تازه بخواهید.
holder-wallet-line-until = { $issuer } ({ $kind }، { $country }): صادرشده { $issued }، معتبر تا { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }، { $country }): صادرشده { $issued }، بدون تاریخ پایان
holder-wallet-line-expired = { $issuer } ({ $kind }، { $country }): صادرشده { $issued }، تمام‌شده در { $expires }
holder-present-nothing = بگویید چه نشان داده شود: --select ID برای موردهای تأییدشده، --self-declared ID برای بقیه.
holder-present-done = کد QR در { $path } نوشته شد: { $endorsed } تأییدشده، { $declared } به گفتهٔ خودتان.
holder-present-size = اندازه: کد QR نسخهٔ { $version }، سطح { $ec }، { $chars } نویسه.
holder-present-expires = تا { $when } ({ $hours } ساعت) قابل بررسی است.
holder-present-by-kid = برای اینکه جا شود، صادرکنندگان با یک اثر انگشت کوتاه نام برده شده‌اند. بررسی‌کننده فقط وقتی می‌بیند آن‌ها چه کسانی‌اند که در فهرست صادرکنندگان مورد اعتمادش باشند.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = یک مربی
holder-issuer-kind-employer = یک کارفرما
holder-issuer-kind-centre = یک مرکز
holder-issuer-kind-college = یک دانشکده
holder-issuer-kind-colleague = یک همکار (کسی که با شما کار کرده، نه یک سازمان)

## How they checked

holder-assessed-observation = کار کردن شما را دیدند
holder-assessed-test = یک آزمون
holder-assessed-document = یک مدرک را بررسی کردند
holder-assessed-interview = یک مصاحبه

## Errors

error-holder-no-key = این دفترچه کلیدی برای امضای تأییدیه ندارد. چیزی تغییر نکرد. لطفاً این مشکل را گزارش دهید.
error-holder-write-file = فایل { $path } نوشته نشد: { $reason }. ببینید پوشه وجود داشته باشد و جای خالی باشد، سپس دوباره امتحان کنید.
error-holder-entry-unfit = مورد «{ $title }» نمی‌تواند در تأییدیه بیاید: { $field } آن خیلی بلند است یا شکل درستی ندارد. آن را با carnet edit تغییر دهید و دوباره امتحان کنید.
error-holder-unknown-field = «{ $value }» بخشی از مورد نیست که بشود نشان داد. بخش‌ها: { $known }.
error-holder-credential-no-entries = تأییدیهٔ { $path } نمی‌گوید کدام مورد شما را تأیید می‌کند. چیزی نگه داشته نشد. تأییدیهٔ تازه‌ای بخواهید که از یک فایل درخواست ساخته شده باشد: carnet request
error-holder-credential-entry-gone = تأییدیهٔ { $path } موردی را تأیید می‌کند که دیگر در دفترچهٔ شما نیست ({ $id }). چیزی نگه داشته نشد. اگر آن را روی این دستگاه پاک کرده‌اید، از یک رونوشت دفترچه اضافه‌اش کنید و دوباره امتحان کنید.
error-holder-credential-damaged = تأییدیهٔ مورد «{ $title }» دیگر خوانده نمی‌شود. از کسی که آن را تأیید کرده تأییدیهٔ تازه بخواهید.
error-holder-not-endorsed = مورد «{ $title }» هنوز توسط کسی تأیید نشده است. آن را با --self-declared نشان دهید، یا تأیید بخواهید: carnet request
error-holder-selected-twice = مورد «{ $title }» هم با --select و هم با --self-declared داده شده است. یک بار بدهید.
error-holder-bad-stage = «{ $value }» مرحله نیست. مرحله‌ها: recruitment، pre-departure، arrival، career، return.
error-holder-bad-audience = مخاطب باید ۱ تا ۱۰۰ نویسه و در یک خط باشد.
error-holder-bad-nonce = «{ $value }» کدی از بررسی‌کننده نیست: باید ۲ تا ۱۲۸ نویسه از 0-9 و a-f باشد.
error-holder-bad-out = نام عکس { $path } باید با .png یا .svg تمام شود.
error-holder-no-vc = تأیید «{ $title }» توسط { $issuer } پیش از آن ساخته شده که Carnet بتواند آن را به شکل تأییدیهٔ W3C بنویسد، و فقط خودشان می‌توانند آن را امضا کنند. از آن‌ها بخواهید دوباره تأییدش کنند: درخواست تازه بسازید (carnet request ID --out request.cbor)، به آن‌ها بدهید، و فایلی را که پس می‌دهند نگه دارید (carnet receive FILE).
