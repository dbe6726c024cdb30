# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = ساختن فایلی که از مربی، کارفرما یا مرکز می‌خواهد موردهایی را تأیید کند.
    .long = درخواستی بسازید که از مربی، کارفرما، مرکز، انستیتوت یا همکار می‌خواهد بعضی از موردهای شما را تأیید کند: یک فایل، یک کود QR (نامی که به .png یا .svg ختم شود) برای نشان دادن در موبایل یا چاپ، یا با --text یک نوشته برای فرستادن در پیام. آن را به آن‌ها بدهید. آن‌ها امضایش می‌کنند و یک فایل تأییدنامه به شما پس می‌دهند که با این دستور نگهش می‌دارید: carnet receive
cli-cmd-holder-receive = نگه داشتن تأییدنامه‌ای که مربی، کارفرما یا مرکز برای شما امضا کرده است.
cli-cmd-holder-credentials = فهرست تأییدنامه‌هایی که دارید، مورد به مورد. همچنان: carnet wallet
cli-cmd-holder-present = نشان دادن موردهای انتخاب‌شده در یک کود QR که هر کسی بدون انترنت بررسی کرده می‌تواند.
    .long = موردهای انتخاب‌شده را در یک کود QR نشان می‌دهد که هر کسی بدون انترنت بررسی کرده می‌تواند. موردهای تأییدشده با نام تأییدکننده نشان داده می‌شوند؛ موردهایی که با --self-declared داده شوند «تنها به گفتهٔ خود شما» نشان داده می‌شوند. در صفحه، کود ۲۴ ساعت کار می‌کند؛ با --print، ۵ سال.
cli-cmd-holder-export = نوشتن یک مورد تأییدشده به شکل W3C Verifiable Credential (Open Badges 3.0) برای برنامه‌های دیگر.
    .long = یک مورد تأییدشده را به شکل W3C Verifiable Credential 2.0 (یک نشان Open Badges 3.0) می‌نویسد، با امضای کسی که آن را تأیید کرده، تا کیف‌ها و برنامه‌های دیگر بتوانند آن را بررسی کنند. بدون --out در صفحه نوشته می‌شود.

## Help: arguments

cli-arg-holder-request-ids = موردهایی که باید تأیید شوند: شناسه‌های آن‌ها، یا ۴ حرف اول یا بیشترِ هر کدام. برای دیدن شناسه‌ها بنویسید: carnet list
cli-arg-holder-request-out = درخواست کجا نوشته شود: نامی که به .png یا .svg ختم شود عکس کود QR می‌سازد؛ هر نام دیگر، مانند request.cbor، یک فایل.
cli-arg-holder-request-text = نوشتهٔ درخواست (با CNR1: شروع می‌شود) را در صفحه بنویس، برای فرستادن در پیام.
cli-arg-holder-receive-file = فایل تأییدنامه‌ای که به شما داده شده، مثلاً credential.cbor.
cli-arg-holder-present-select = موردهای تأییدشده برای نشان دادن: شناسه‌های آن‌ها، یا ۴ حرف اول یا بیشترِ هر کدام.
cli-arg-holder-present-fields = تنها این بخش‌های هر مورد را نشان بده، جدا شده با کامه، مثلاً title,level. باقی پنهان می‌مانند. بخش‌ها: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. بدون آن، همه چیز نشان داده می‌شود.
cli-arg-holder-present-self-declared = موردهایی که «تنها به گفتهٔ خود شما» نشان داده می‌شوند، بدون تأیید کسی.
cli-arg-holder-present-stage = برای چه نشان می‌دهید: recruitment، pre-departure، arrival، career یا return. بدون آن: recruitment.
cli-arg-holder-present-audience = به کی نشان می‌دهید، اگر از شما خواسته‌اند نام شان را بگویید، مثلاً نام یک اداره.
cli-arg-holder-present-nonce = کودی که بررسی‌کننده به شما داده، اگر داده باشد (حروف 0-9 و a-f).
cli-arg-holder-present-print = برای کاغذ بساز: کود در برابر خراشیدن و قات شدن مقاوم‌تر است و به جای ۲۴ ساعت، ۵ سال کار می‌کند.
cli-arg-holder-present-out = عکسی که نوشته می‌شود: نامی که به .png یا .svg ختم شود.
cli-arg-holder-present-text = نوشتهٔ داخل کود QR را هم بنویس، برای فرستادن در پیام.
cli-arg-holder-export-id = مورد تأییدشده: شناسهٔ آن، یا ۴ حرف اول یا بیشترِ آن.
cli-arg-holder-export-format = شکلی که نوشته می‌شود. تنها: vc (W3C Verifiable Credential، Open Badges 3.0).
cli-arg-holder-export-jwt = آن را به شکل یک توکن امضاشده (VC-JWT) بنویس، به جای JSON همراه با ثبوت.
cli-arg-holder-export-out = فایلی که نوشته می‌شود، مثلاً badge.json یا badge.jwt.

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
holder-request-next = فایل را به تأییدکننده بدهید. وقتی فایل تأییدنامه را به شما پس داد، بنویسید: carnet receive FILE
holder-receive-done = نگه داشته شد: تأییدشده توسط { $issuer }، { $kind }، { $country }. طریقهٔ بررسی: { $assessed }.
holder-validity-until = صادرشده در { $issued }. معتبر تا { $expires }.
holder-validity-open = صادرشده در { $issued }. بدون تاریخ ختم.
holder-wallet-empty = هنوز هیچ تأییدنامه‌ای ندارید. برای درخواست یکی، بنویسید: carnet request ID --out request.cbor
holder-wallet-damaged = تأییدنامه‌ای که دیگر خوانده نمی‌شود. از کسی که آن را داده، تأییدنامهٔ جدید بخواهید.
holder-wallet-line-until = { $issuer } ({ $kind }، { $country }): صادرشده { $issued }، معتبر تا { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }، { $country }): صادرشده { $issued }، بدون تاریخ ختم
holder-wallet-line-expired = { $issuer } ({ $kind }، { $country }): صادرشده { $issued }، ختم‌شده در { $expires }
holder-present-nothing = بگویید چه نشان داده شود: --select ID برای موردهای تأییدشده، --self-declared ID برای دیگران.
holder-present-done = کود QR در { $path } نوشته شد: { $endorsed } تأییدشده، { $declared } به گفتهٔ خود شما.
holder-present-size = اندازه: کود QR نسخهٔ { $version }، سطح { $ec }، { $chars } حرف.
holder-present-expires = تا { $when } ({ $hours } ساعت) بررسی شده می‌تواند.
holder-present-by-kid = برای اینکه جای شود، صادرکنندگان با یک نشان انگشت کوتاه نام برده شده‌اند. بررسی‌کننده تنها وقتی می‌بیند آن‌ها کی هستند که در فهرست صادرکنندگان مورد اعتماد او باشند.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = یک مربی
holder-issuer-kind-employer = یک کارفرما
holder-issuer-kind-centre = یک مرکز
holder-issuer-kind-college = یک انستیتوت
holder-issuer-kind-colleague = یک همکار (کسی که با شما کار کرده، نه یک اداره)

## How they checked

holder-assessed-observation = کار کردن شما را دیدند
holder-assessed-test = یک امتحان
holder-assessed-document = یک سند را بررسی کردند
holder-assessed-interview = یک مصاحبه

## Errors

error-holder-no-key = این کتابچه کلیدی برای امضای تأییدنامه‌ها ندارد. چیزی تغییر نکرد. لطفاً این مشکل را گزارش بدهید.
error-holder-write-file = فایل { $path } نوشته نشد: { $reason }. ببینید که فولدر وجود داشته باشد و جای خالی باشد، بعد دوباره کوشش کنید.
error-holder-entry-unfit = مورد «{ $title }» در تأییدنامه گذاشته نمی‌شود: { $field } آن بسیار دراز است یا شکل درست ندارد. آن را با carnet edit تغییر بدهید، بعد دوباره کوشش کنید.
error-holder-unknown-field = «{ $value }» بخشی از مورد نیست که نشان داده شود. بخش‌ها: { $known }.
error-holder-credential-no-entries = تأییدنامهٔ { $path } نمی‌گوید کدام مورد شما را تأیید می‌کند. چیزی نگه داشته نشد. تأییدنامهٔ جدیدی بخواهید که از یک فایل درخواست ساخته شده باشد: carnet request
error-holder-credential-entry-gone = تأییدنامهٔ { $path } موردی را تأیید می‌کند که دیگر در کتابچهٔ شما نیست ({ $id }). چیزی نگه داشته نشد. اگر آن را در این دستگاه پاک کرده‌اید، از یک کاپی کتابچه اضافه‌اش کنید، بعد دوباره کوشش کنید.
error-holder-credential-damaged = تأییدنامهٔ مورد «{ $title }» دیگر خوانده نمی‌شود. از کسی که آن را تأیید کرده، تأییدنامهٔ جدید بخواهید.
error-holder-not-endorsed = مورد «{ $title }» هنوز توسط کسی تأیید نشده است. آن را با --self-declared نشان بدهید، یا تأیید بخواهید: carnet request
error-holder-selected-twice = مورد «{ $title }» هم با --select و هم با --self-declared داده شده است. یک بار بدهید.
error-holder-bad-stage = «{ $value }» مرحله نیست. مرحله‌ها: recruitment، pre-departure، arrival، career، return.
error-holder-bad-audience = مخاطب باید ۱ تا ۱۰۰ حرف و در یک سطر باشد.
error-holder-bad-nonce = «{ $value }» کودی از بررسی‌کننده نیست: باید ۲ تا ۱۲۸ حرف از 0-9 و a-f باشد.
error-holder-bad-out = نام عکس { $path } باید به .png یا .svg ختم شود.
error-holder-no-vc = تأیید «{ $title }» توسط { $issuer } پیش از آن ساخته شده که Carnet بتواند آن را به شکل تأییدنامهٔ W3C بنویسد، و تنها خود شان می‌توانند آن را امضا کنند. از آن‌ها بخواهید دوباره تأییدش کنند: یک درخواست جدید بسازید (carnet request ID --out request.cbor)، به آن‌ها بدهید، و فایلی را که پس می‌دهند نگه دارید (carnet receive FILE).
