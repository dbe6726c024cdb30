# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] این درخواست آسیب دیده، یا درخواست Carnet نیست. دوباره آن را بخواهید.
        [credential] این فایل تأییدیه آسیب دیده، یا تأییدیهٔ Carnet نیست. از کسی که موردهای شما را تأیید کرده بخواهید دوباره آن را بفرستد.
       *[other] این آسیب دیده، یا فایل Carnet نیست.
    }
error-credential-wrong-file = { $expected ->
        [request] این درخواست Carnet نیست: نوع دیگری از فایل Carnet است. درخواست با carnet request ساخته می‌شود.
        [credential] این تأییدیهٔ Carnet نیست: نوع دیگری از فایل Carnet است. ببینید فایلی را برداشته‌اید که تأییدکنندهٔ موردهایتان به شما داده است.
       *[other] این نوع دیگری از فایل Carnet است. ببینید فایل درست را برداشته باشید.
    }
error-credential-newer-version = { $what ->
        [request] این درخواست با Carnet جدیدتری ساخته شده است.
        [credential] این تأییدیه با Carnet جدیدتری ساخته شده است.
        [text] این کد با Carnet جدیدتری ساخته شده است.
       *[other] این با Carnet جدیدتری ساخته شده است.
    } Carnet را به‌روز کنید و دوباره امتحان کنید.
error-credential-invalid-field = یک مقدار قابل استفاده نیست ({ $field }): خیلی بلند است یا شکل درستی ندارد. چیزی نوشته نشد.
error-credential-entry-count = هر درخواست ۱ تا { $max } مورد دارد، نه { $found }. برای تأیید موردهای بیشتر، دو درخواست بسازید.
error-credential-invalid-key = این کلید عمومی معتبری نیست. ببینید کامل رونوشت شده باشد.
error-credential-bad-signature = امضای این تأییدیه درست نیست: پس از امضا تغییر کرده یا آسیب دیده است. چیزی نگه داشته نشد. فایل را دوباره بخواهید.
error-credential-not-yours = این تأییدیه برای دفترچهٔ کس دیگری ساخته شده، نه شما. چیزی نگه داشته نشد. مطمئن شوید فایل خودتان را گرفته‌اید.
error-credential-no-such-entry = در این تأییدیه مورد { $index } وجود ندارد.
error-credential-duplicate-entry = مورد { $index } دو بار انتخاب شده است.
error-credential-wrong-prefix = این نوشته کد Carnet نیست: با CN1: (مهارت‌ها برای بررسی) یا CNR1: (درخواست تأیید) شروع نمی‌شود.
error-credential-base45 = این نوشته حروفی دارد که کد Carnet نمی‌تواند داشته باشد. شاید بریده شده یا اشتباه نوشته شده است.
error-credential-zlib = کد بریده شده یا آسیب دیده است.
error-credential-too-large = این کد برای کد Carnet بسیار بزرگ است.

## QR codes

error-qr-not-alphanumeric = این نوشته نویسه‌هایی دارد که کد QR برای Carnet نمی‌تواند نگه دارد. این اشکالی در Carnet است؛ لطفاً گزارشش دهید.
error-qr-too-large = این برای یک کد QR زیاد است: { $chars } نویسه، در حالی که کد QR که گوشی‌ها خوب می‌خوانند (نسخهٔ { $version }، سطح { $ec }) { $capacity } نویسه جا دارد. چیزی نوشته نشد. { $what ->
        [request] در هر بار موردهای کمتری بخواهید، یا درخواست را در فایلی با پایان .cbor بنویسید.
       *[other] موردهای کمتری انتخاب کنید، یا با --fields بخش‌های کمتری نشان دهید.
    }
error-qr-bad-version = چنین اندازه‌ای برای کد QR وجود ندارد.
error-qr-bad-module-size = این اندازهٔ نقطه ممکن نیست.
error-qr-not-an-image = این فایل عکسی نیست که Carnet بتواند بخواند. PNG، JPEG یا WebP به کار ببرید.
error-qr-image-too-large = عکس خیلی بزرگ است ({ $width } × { $height } پیکسل). کوچک‌ترش کنید و دوباره امتحان کنید.
error-qr-not-found = در این عکس هیچ کد QR خوانده نشد. عکس واضح‌تر و نزدیک‌تری بگیرید، با همهٔ کد در آن.
error-qr-render-failed = عکس کد QR ساخته نشد. این اشکالی در Carnet است؛ لطفاً گزارشش دهید.
