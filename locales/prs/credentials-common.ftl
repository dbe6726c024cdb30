# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] این درخواست خراب شده، یا درخواست Carnet نیست. آن را دوباره بخواهید.
        [credential] این فایل تأییدنامه خراب شده، یا تأییدنامهٔ Carnet نیست. از کسی که موردهای شما را تأیید کرده بخواهید آن را دوباره بفرستد.
       *[other] این خراب شده، یا فایل Carnet نیست.
    }
error-credential-wrong-file = { $expected ->
        [request] این درخواست Carnet نیست: نوع دیگری از فایل Carnet است. درخواست با carnet request ساخته می‌شود.
        [credential] این تأییدنامهٔ Carnet نیست: نوع دیگری از فایل Carnet است. ببینید فایلی را گرفته‌اید که تأییدکنندهٔ موردهای شما داده است.
       *[other] این نوع دیگری از فایل Carnet است. ببینید که فایل درست را گرفته باشید.
    }
error-credential-newer-version = { $what ->
        [request] این درخواست با یک Carnet جدیدتر ساخته شده است.
        [credential] این تأییدنامه با یک Carnet جدیدتر ساخته شده است.
        [text] این کود با یک Carnet جدیدتر ساخته شده است.
       *[other] این با یک Carnet جدیدتر ساخته شده است.
    } Carnet را تازه کنید، بعد دوباره کوشش کنید.
error-credential-invalid-field = یک قیمت قابل استفاده نیست ({ $field }): بسیار دراز است یا شکل درست ندارد. چیزی نوشته نشد.
error-credential-entry-count = یک درخواست ۱ تا { $max } مورد دارد، نه { $found }. برای تأیید موردهای بیشتر، دو درخواست بسازید.
error-credential-invalid-key = این یک کلید عمومی درست نیست. ببینید که کامل کاپی شده باشد.
error-credential-bad-signature = امضای این تأییدنامه درست نیست: بعد از امضا تغییر کرده یا خراب شده است. چیزی نگه داشته نشد. فایل را دوباره بخواهید.
error-credential-not-yours = این تأییدنامه برای کتابچهٔ کس دیگری ساخته شده، نه از شما. چیزی نگه داشته نشد. مطمئن شوید که فایل خود را گرفته‌اید.
error-credential-no-such-entry = در این تأییدنامه مورد { $index } وجود ندارد.
error-credential-duplicate-entry = مورد { $index } دو بار انتخاب شده است.
error-credential-wrong-prefix = این نوشته کود Carnet نیست: با CN1: (مهارت‌ها برای بررسی) یا CNR1: (درخواست تأیید) شروع نمی‌شود.
error-credential-base45 = این نوشته حروفی دارد که کود Carnet نمی‌تواند داشته باشد. شاید بریده شده یا غلط نوشته شده باشد.
error-credential-zlib = کود بریده شده یا خراب شده است.
error-credential-too-large = این کود برای یک کود Carnet بسیار کلان است.

## QR codes

error-qr-not-alphanumeric = این نوشته حروفی دارد که کود QR برای Carnet گنجانده نمی‌تواند. این یک خطا در Carnet است؛ لطفاً آن را گزارش بدهید.
error-qr-too-large = این برای یک کود QR زیاد است: { $chars } حرف، در حالی که کود QR که موبایل‌ها خوب می‌خوانند (نسخهٔ { $version }، سطح { $ec }) { $capacity } حرف جای دارد. چیزی نوشته نشد. { $what ->
        [request] در یک بار موردهای کمتر بخواهید، یا درخواست را در فایلی بنویسید که به .cbor ختم شود.
       *[other] موردهای کمتر انتخاب کنید، یا با --fields بخش‌های کمتر نشان بدهید.
    }
error-qr-bad-version = این اندازهٔ کود QR وجود ندارد.
error-qr-bad-module-size = این اندازهٔ نقطه ممکن نیست.
error-qr-not-an-image = این فایل عکسی نیست که Carnet بتواند بخواند. PNG، JPEG یا WebP استفاده کنید.
error-qr-image-too-large = عکس بسیار کلان است ({ $width } × { $height } پیکسل). آن را کوچک‌تر کنید و دوباره کوشش کنید.
error-qr-not-found = در این عکس هیچ کود QR خوانده نشد. یک عکس واضح‌تر و نزدیک‌تر بگیرید که تمام کود در آن باشد.
error-qr-render-failed = عکس کود QR ساخته نشد. این یک خطا در Carnet است؛ لطفاً آن را گزارش بدهید.
