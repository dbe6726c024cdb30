# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = تأییدهای من
app-present = نشان دادن مهارت‌هایم
app-verify = بررسی یک کد

## Wallet

app-wallet-title = تأییدهای من
app-wallet-intro = این‌ها مهارت‌هایی است که کسی برای شما امضا کرده است. می‌توانید آن‌ها را با یک کد QR نشان دهید.
app-wallet-empty = هنوز کسی مهارتی برای شما امضا نکرده است. از یک مربی، کارفرما یا مرکز بخواهید کاری را که بلدید تأیید کند.
app-wallet-by = امضاشده توسط { $name } ({ $kind }، { $country })
app-wallet-issued = امضا در { $date }
app-wallet-expires = معتبر تا { $date }
app-wallet-expired = در { $date } تمام شد
app-wallet-no-expiry = تاریخ پایان ندارد
app-wallet-damaged = این تأیید آسیب دیده و قابل نمایش نیست. از کسی که آن را امضا کرده تأیید تازه‌ای بخواهید.
app-standing-valid = بررسی‌شده: امضا توسط کسی در فهرست اعتماد شما
app-standing-unknown-issuer = امضاشده، اما امضاکننده در فهرست اعتماد شما نیست
app-standing-expired = تاریخ گذشته
app-standing-revoked = امضاکننده آن را پس گرفته است
app-standing-malformed = آسیب‌دیده

## Present: choosing what to show

app-present-title = نشان دادن مهارت‌هایم
app-present-endorsed = امضاشده توسط کسی
app-present-self = فقط به گفتهٔ خودم
app-present-self-hint = بررسی‌کننده این‌ها را حرف خود شما می‌بیند، نه امضاشده.
app-present-details = از هر کدام چه نشان داده شود
app-present-details-all = همه‌چیز
app-present-details-short = فقط نام و سطح
app-present-stage = برای چه کسی است؟
app-present-print = برای چاپ روی کاغذ (۵ سال معتبر)
app-present-make = نشان دادن کد QR
app-present-none = دست‌کم یک چیز برای نشان دادن انتخاب کنید.
app-present-nothing-yet = دفترچهٔ شما خالی است. اول چیزی اضافه کنید.

## Present: the QR code

app-qr-title = بگذارید این کد را اسکن کنند
app-qr-expires = این کد تا { $date } کار می‌کند.
app-qr-preview = آنچه بررسی‌کننده می‌بیند
app-qr-preview-hide = پنهان کردن آنچه بررسی‌کننده می‌بیند
app-qr-done = تمام
app-qr-preview-note = این همان چیزی است که بررسی‌کننده‌ای با همین فهرست‌های اعتمادِ این گوشی می‌بیند.

## Verify

app-verify-title = بررسی یک کد
app-verify-intro = از کد QR یک Carnet عکس بگیرید یا عکسی انتخاب کنید. چیزی به جایی فرستاده نمی‌شود: بررسی روی همین دستگاه انجام می‌شود.
app-verify-picture = گرفتن یا انتخاب عکس
app-verify-text = یا نوشتهٔ کد را بچسبانید (با CN1: شروع می‌شود)
app-verify-check = بررسی
app-verify-checking = در حال بررسی…
app-verify-again = بررسی کد دیگر

## The verdict

app-verdict-title = نتیجه
app-verdict-made = ساخته‌شده برای { $stage } در { $date }.
app-verdict-expires = این کد تا { $date } کار می‌کند.
app-verdict-newer = این کد با Carnet جدیدتری ساخته شده است. برای بررسی آن Carnet را به‌روز کنید.
app-item-endorsed = امضاشده
app-item-self = حرف خودشان
app-item-assessed = بررسی‌شده با { $how }
app-item-hidden = { $count ->
   *[other] { $count } جزئیات را صاحبش پنهان کرده است.
}

## Errors of these screens

error-wallet-no-key = این دفترچه کلیدی برای امضا ندارد. چیزی نشان داده نشد. لطفاً این مشکل را گزارش دهید.
error-wallet-not-endorsed = «{ $title }» هنوز توسط کسی امضا نشده است. آن را «فقط به گفتهٔ خودم» نشان دهید، یا از کسی بخواهید تأییدش کند.
error-wallet-credential-damaged = تأیید «{ $title }» آسیب دیده است. آن را «فقط به گفتهٔ خودم» نشان دهید، یا تأیید تازه‌ای بخواهید.
error-wallet-entry-unfit = «{ $title }» نمی‌تواند در کد بیاید: { $field } آن خیلی بلند است یا شکل درستی ندارد. مورد را تغییر دهید و دوباره امتحان کنید.
error-wallet-selected-twice = «{ $title }» دو بار انتخاب شده است. یک بار انتخابش کنید.
error-wallet-nothing-chosen = دست‌کم یک چیز برای نشان دادن انتخاب کنید.
error-wallet-too-large = این برای یک کد QR زیاد است ({ $chars } نویسه). چیزهای کمتری انتخاب کنید، یا فقط نام و سطح را نشان دهید.
error-wallet-credential = کد ساخته نشد. چیزی نشان داده نشد. لطفاً این مشکل را گزارش دهید. (برای کمک‌کننده: { $reason })
error-wallet-no-code = در این عکس کد QR از Carnet پیدا نشد. دوباره عکس بگیرید، نزدیک‌تر و واضح‌تر، با همهٔ کد در عکس.
error-wallet-not-a-picture = این فایل عکسی نیست که Carnet بتواند بخواند. یک عکس (JPEG یا PNG) به کار ببرید.
error-wallet-picture-too-large = عکس خیلی بزرگ است ({ $width } × { $height } پیکسل). عکس کوچک‌تری بگیرید و دوباره امتحان کنید.
error-wallet-got-request = این درخواستی برای امضای مهارت‌های کسی است، نه کدی که مهارت‌ها را نشان می‌دهد. چیزی بررسی نشد.
error-wallet-trust-damaged = فهرست‌های اعتماد شما آسیب دیده یا تغییر کرده‌اند. دوباره واردشان کنید. تا آن وقت، هیچ امضاکننده‌ای مورد اعتماد حساب نمی‌شود.
error-wallet-trust-unreadable = Carnet نتوانست فهرست‌های اعتماد شما را در { $path } بخواند. ببینید دستگاه جای خالی داشته باشد. (برای کمک‌کننده: { $reason })
error-wallet-not-yours = این تأیید برای دفترچهٔ کس دیگری ساخته شده، نه شما. چیزی نگه داشته نشد. مطمئن شوید فایل خودتان را گرفته‌اید.
error-wallet-bad-signature = امضای این فایل درست نیست: تغییر کرده یا آسیب دیده است. چیزی نگه داشته نشد. فایل را دوباره بخواهید.
error-wallet-not-a-credential = این فایل تأیید امضاشدهٔ Carnet نیست. چیزی نگه داشته نشد. از کسی که امضا کرده فایلی را که ساخته بخواهید.
error-wallet-too-many = در هر بار حداکثر { $max } چیز بخواهید. کمتر انتخاب کنید.
error-wallet-not-from-request = این تأیید نمی‌گوید کدام مورد شما را تأیید می‌کند. چیزی نگه داشته نشد. تأیید تازه‌ای بخواهید که از کد درخواست شما ساخته شده باشد.
error-wallet-entry-gone = این تأیید موردی را تأیید می‌کند که دیگر در دفترچهٔ شما نیست. چیزی نگه داشته نشد. اگر آن را حذف کرده‌اید، از یک رونوشت دوباره اضافه‌اش کنید و سپس تأیید تازه بخواهید.

## Asking for a signature, and keeping it

app-request = درخواست امضا
app-request-title = درخواست امضا
app-request-intro = این کد را به مربی، کارفرما یا مرکزی نشان دهید که کار شما را تأیید می‌کند. آن‌ها آن را با Carnet اسکن می‌کنند و یک فایل امضاشده به شما پس می‌دهند.
app-request-key = کلید شما: { $kid }. امضاکننده همین کد را می‌بیند.
app-request-text = همین کد به صورت نوشته، برای فرستادن در پیام
app-request-next = وقتی فایل امضاشده را گرفتید، «تأییدهای من» را باز کنید و «افزودن فایل امضاشده» را بزنید.
app-receive = افزودن فایل امضاشده
app-received = نگه داشته شد: { $name } ({ $kind }) این‌ها را امضا کرد: { $titles }.
