# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = تأییدهای من
app-present = نشان دادن مهارت‌هایم
app-verify = بررسی یک کود

## Wallet

app-wallet-title = تأییدهای من
app-wallet-intro = این‌ها مهارت‌هایی است که کسی برای شما امضا کرده است. می‌توانید آن‌ها را با یک کود QR نشان بدهید.
app-wallet-empty = هنوز کسی مهارتی را برای شما امضا نکرده است. از یک مربی، کارفرما یا مرکز بخواهید کاری را که بلد هستید تأیید کند.
app-wallet-by = امضاشده توسط { $name } ({ $kind }، { $country })
app-wallet-issued = امضا در { $date }
app-wallet-expires = معتبر تا { $date }
app-wallet-expired = در { $date } ختم شد
app-wallet-no-expiry = ختم نمی‌شود
app-wallet-damaged = این تأیید خراب شده و نشان داده نمی‌شود. از کسی که آن را امضا کرده، تأیید جدید بخواهید.
app-standing-valid = بررسی‌شده: امضا توسط کسی در فهرست اعتماد شما
app-standing-unknown-issuer = امضاشده، اما امضاکننده در فهرست اعتماد شما نیست
app-standing-expired = تاریخ آن گذشته
app-standing-revoked = امضاکننده آن را پس گرفته است
app-standing-malformed = خراب

## Present: choosing what to show

app-present-title = نشان دادن مهارت‌هایم
app-present-endorsed = امضاشده توسط کسی
app-present-self = تنها به گفتهٔ خودم
app-present-self-hint = بررسی‌کننده این‌ها را گفتهٔ خود شما می‌بیند، نه امضاشده.
app-present-details = از هر کدام چه نشان داده شود
app-present-details-all = همه چیز
app-present-details-short = تنها نام و سطح
app-present-stage = برای کیست؟
app-present-print = برای چاپ روی کاغذ (۵ سال معتبر)
app-present-make = نشان دادن کود QR
app-present-none = اقلاً یک چیز را برای نشان دادن انتخاب کنید.
app-present-nothing-yet = کتابچهٔ شما خالی است. اول چیزی اضافه کنید.

## Present: the QR code

app-qr-title = بگذارید این کود را سکن کنند
app-qr-expires = این کود تا { $date } کار می‌کند.
app-qr-preview = آنچه بررسی‌کننده می‌بیند
app-qr-preview-hide = پنهان کردن آنچه بررسی‌کننده می‌بیند
app-qr-done = تمام
app-qr-preview-note = این همان چیزی است که بررسی‌کننده‌ای با همین فهرست‌های اعتماد این موبایل می‌بیند.

## Verify

app-verify-title = بررسی یک کود
app-verify-intro = از یک کود QR ‏Carnet عکس بگیرید یا عکسی را انتخاب کنید. چیزی به جایی فرستاده نمی‌شود: بررسی در همین دستگاه انجام می‌شود.
app-verify-picture = گرفتن یا انتخاب عکس
app-verify-text = یا نوشتهٔ کود را پیست کنید (با CN1: شروع می‌شود)
app-verify-check = بررسی
app-verify-checking = در حال بررسی…
app-verify-again = بررسی کود دیگر

## The verdict

app-verdict-title = نتیجه
app-verdict-made = ساخته‌شده برای { $stage } در { $date }.
app-verdict-expires = این کود تا { $date } کار می‌کند.
app-verdict-newer = این کود با یک Carnet جدیدتر ساخته شده است. برای بررسی آن Carnet را تازه کنید.
app-item-endorsed = امضاشده
app-item-self = گفتهٔ خود شان
app-item-assessed = بررسی‌شده با { $how }
app-item-hidden = { $count ->
   *[other] { $count } جزئیات را خود شخص پنهان کرده است.
}

## Errors of these screens

error-wallet-no-key = این کتابچه کلیدی برای امضا ندارد. چیزی نشان داده نشد. لطفاً این مشکل را گزارش بدهید.
error-wallet-not-endorsed = «{ $title }» هنوز توسط کسی امضا نشده است. آن را «تنها به گفتهٔ خودم» نشان بدهید، یا از کسی بخواهید تأییدش کند.
error-wallet-credential-damaged = تأیید «{ $title }» خراب شده است. آن را «تنها به گفتهٔ خودم» نشان بدهید، یا تأیید جدید بخواهید.
error-wallet-entry-unfit = «{ $title }» در کود جای نمی‌گیرد: { $field } آن بسیار دراز است یا شکل درست ندارد. مورد را تغییر بدهید و دوباره کوشش کنید.
error-wallet-selected-twice = «{ $title }» دو بار انتخاب شده است. یک بار انتخابش کنید.
error-wallet-nothing-chosen = اقلاً یک چیز را برای نشان دادن انتخاب کنید.
error-wallet-too-large = این برای یک کود QR زیاد است ({ $chars } حرف). چیزهای کمتر انتخاب کنید، یا تنها نام و سطح را نشان بدهید.
error-wallet-credential = کود ساخته نشد. چیزی نشان داده نشد. لطفاً این مشکل را گزارش بدهید. (برای کمک‌کننده: { $reason })
error-wallet-no-code = در این عکس کود QR ‏Carnet پیدا نشد. دوباره عکس بگیرید، نزدیک‌تر و واضح‌تر، طوری که تمام کود در آن باشد.
error-wallet-not-a-picture = این فایل عکسی نیست که Carnet بتواند بخواند. یک عکس (JPEG یا PNG) استفاده کنید.
error-wallet-picture-too-large = عکس بسیار کلان است ({ $width } × { $height } پیکسل). عکس کوچک‌تر بگیرید و دوباره کوشش کنید.
error-wallet-got-request = این یک درخواست برای امضای مهارت‌های کسی است، نه کودی که مهارت‌ها را نشان می‌دهد. چیزی بررسی نشد.
error-wallet-trust-damaged = فهرست‌های اعتماد شما خراب شده یا تغییر کرده‌اند. آن‌ها را دوباره وارد کنید. تا آن وقت، هیچ امضاکننده‌ای قابل اعتماد حساب نمی‌شود.
error-wallet-trust-unreadable = Carnet نتوانست فهرست‌های اعتماد شما را در { $path } بخواند. ببینید که دستگاه جای خالی داشته باشد. (برای کمک‌کننده: { $reason })
error-wallet-not-yours = این تأیید برای کتابچهٔ کس دیگری ساخته شده، نه از شما. چیزی نگه داشته نشد. مطمئن شوید که فایل خود را گرفته‌اید.
error-wallet-bad-signature = امضای این فایل درست نیست: تغییر کرده یا خراب شده است. چیزی نگه داشته نشد. فایل را دوباره بخواهید.
error-wallet-not-a-credential = این فایل یک تأیید امضاشدهٔ Carnet نیست. چیزی نگه داشته نشد. از کسی که امضا کرده، فایلی را که ساخته بخواهید.
error-wallet-too-many = در یک بار بیشتر از { $max } چیز نخواهید. کمتر انتخاب کنید.
error-wallet-not-from-request = این تأیید نمی‌گوید کدام مورد شما را تأیید می‌کند. چیزی نگه داشته نشد. تأیید جدیدی بخواهید که از کود درخواست شما ساخته شده باشد.
error-wallet-entry-gone = این تأیید موردی را تأیید می‌کند که دیگر در کتابچهٔ شما نیست. چیزی نگه داشته نشد. اگر آن را حذف کرده‌اید، از یک کاپی دوباره اضافه‌اش کنید، بعد تأیید جدید بخواهید.

## Asking for a signature, and keeping it

app-request = درخواست امضا
app-request-title = درخواست امضا
app-request-intro = این کود را به مربی، کارفرما یا مرکزی نشان بدهید که کار شما را تأیید می‌کند. آن‌ها آن را با Carnet سکن می‌کنند و یک فایل امضاشده به شما پس می‌دهند.
app-request-key = کلید شما: { $kid }. کسی که امضا می‌کند همین کود را می‌بیند.
app-request-text = همین کود به شکل نوشته، برای فرستادن در پیام
app-request-next = وقتی فایل امضاشده را گرفتید، «تأییدهای من» را باز کنید و «اضافه کردن فایل امضاشده» را بزنید.
app-receive = اضافه کردن فایل امضاشده
app-received = نگه داشته شد: { $name } ({ $kind }) این‌ها را امضا کرد: { $titles }.
