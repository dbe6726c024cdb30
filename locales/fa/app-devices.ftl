# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = افزودن دستگاه دیگر
app-pair-intro = دفترچهٔ خود را روی گوشی یا رایانهٔ دیگرِ خودتان بگذارید. هر دو دستگاه به سرور نیاز دارند.
app-pair-start = افزودن دستگاه دیگر
app-pair-passphrase = برای افزودن دستگاه، رمز عبور خود را بنویسید.
app-pair-show = نشان دادن کد
app-pair-scan = روی دستگاه تازه «پیوستن به یک دفترچه» را انتخاب کنید، سپس این کد مربعی را اسکن کنید یا نوشتهٔ زیر آن را بنویسید.
app-pair-qr-alt = کد مربعی برای اسکن با دستگاه تازه
app-pair-code-label = کد به صورت نوشته
app-pair-expires = این کد تا { $time } دیگر کار می‌کند.
app-pair-waiting = در انتظار دستگاه تازه…
app-pair-request = «{ $name }» دفترچهٔ شما را می‌خواهد.
app-pair-compare = آیا دستگاه تازه همین کد را نشان می‌دهد؟
app-pair-approve = بله، اجازه بده
app-pair-refuse = نه
app-pair-approved = اکنون «{ $name }» دفترچهٔ شما را دارد. پس از همگام‌سازی در فهرست دستگاه‌ها دیده می‌شود.
app-pair-refused = شما نه گفتید. «{ $name }» چیزی دریافت نکرد.
app-pair-again = نشان دادن کد تازه

## Sync screen: the devices of this logbook

app-devices-title = دستگاه‌های شما
app-devices-none = هنوز هیچ دستگاهی این دفترچه را همگام‌سازی نکرده است. همگام‌سازی کنید تا این دستگاه اینجا دیده شود.
app-devices-this = این دستگاه
app-devices-added = افزوده در { $date }
app-devices-removed = حذف‌شده در { $date }
app-devices-remove = حذف
app-devices-remove-confirm = «{ $name }» حذف شود؟ این کار برای وقتی است که گوشی گم شده، فروخته شده یا به کسی داده شده است.
app-devices-remove-consequences = آنچه را که دارد نگه می‌دارد، اما از این پس چیزی از آنچه اضافه می‌کنید به دستش نمی‌رسد. دفترچهٔ شما کلید تازه‌ای می‌گیرد و دستگاه‌های دیگرتان هنگام همگام‌سازی آن را می‌گیرند. برای استفادهٔ دوباره از آن دستگاه، دوباره اضافه‌اش کنید.
app-devices-remove-yes = بله، حذف شود
app-devices-removed-done = «{ $name }» حذف شد. دفترچهٔ شما اکنون کلید تازه‌ای دارد که آن دستگاه ندارد.
app-devices-new-sheet = برگهٔ بازیابی شما کلید قدیمی را دارد. همین حالا در تنظیمات یک برگهٔ تازه بسازید و برگهٔ قدیمی را از بین ببرید.

## First run: another way to start

app-start-other = آیا از قبل دفترچه دارید؟
app-start-join = پیوستن از دستگاه دیگر
app-start-recover = بازیابی با برگه

## First run: joining a logbook from another device

app-join-title = پیوستن به یک دفترچه
app-join-intro = روی دستگاه دیگرتان، همگام‌سازی را باز کنید و «افزودن دستگاه دیگر» را انتخاب کنید. یک کد نشان می‌دهد.
app-join-code = کد (با CNP1: شروع می‌شود)
app-join-code-hint = کد را اینجا بچسبانید یا بنویسید
app-join-picture = باز کردن عکسی از کد
app-join-name = نامی برای این دستگاه
app-join-name-default = دستگاه تازهٔ من
app-join-passphrase = برای این دستگاه رمز عبور انتخاب کنید
app-join-send = ادامه
app-join-check = دستگاه دیگرتان باید همین کد را نشان دهد. آنجا اجازه دهید.
app-join-waiting = در انتظار اجازهٔ دستگاه دیگرتان…
app-join-copying = در حال رونوشت‌برداری از دفترچهٔ شما…

## First run: recovering a logbook with a recovery sheet

app-recover-title = بازیابی دفترچه
app-recover-intro = برگهٔ بازیابی و رمز عبور خود را به کار ببرید. Carnet دفترچهٔ شما را از سرور پس می‌گیرد.
app-recover-by-words = نوشتن ۱۲ کلمه
app-recover-by-code = استفاده از کد مربعی
app-recover-words = ۱۲ کلمه، به ترتیب
app-recover-words-hint = کلمه۱ کلمه۲ کلمه۳ …
app-recover-hub = نشانی سرور که روی برگه است
app-recover-code = نوشتهٔ کد مربعی (با CNS1: شروع می‌شود)
app-recover-picture = باز کردن عکسی از برگه
app-recover-passphrase = رمز عبور شما (همانی که پیش‌تر به کار بردید)
app-recover-start = بازیابی دفترچهٔ من

## Reading a square code from a picture

app-picture-read = کد از روی عکس خوانده شد.
app-scan-camera = اسکن با دوربین
error-camera-scan = هیچ کدی خوانده نشد. اگر Carnet اجازهٔ استفاده از دوربین را ندارد، در تنظیمات گوشی اجازه دهید. می‌توانید عکسی از کد را هم باز کنید.

## Settings: the recovery sheet

app-sheet-title = برگهٔ بازیابی
app-sheet-intro = برگهٔ بازیابی کاغذی است با ۱۲ کلمه و یک کد مربعی. اگر این گوشی را گم کنید، این برگه و رمز عبورتان دفترچه را روی گوشی تازه برمی‌گردانند. برگه را جای امن و دور از گوشی نگه دارید. رمز عبور را کنار آن نگذارید.
app-sheet-replaces = برگهٔ تازه جای برگهٔ قدیمی را می‌گیرد: برگهٔ قدیمی دیگر کار نمی‌کند.
app-sheet-needs-hub = این برگه از سرور استفاده می‌کند. اول نشانی سرور را در صفحهٔ همگام‌سازی وارد کنید.
app-sheet-passphrase = برای ساختن برگه، رمز عبور خود را بنویسید
app-sheet-format = ذخیره به صورت
app-sheet-pdf = PDF، برای چاپ
app-sheet-png = عکس
app-sheet-make = ساختن برگهٔ بازیابی
app-sheet-saved = برگهٔ بازیابی شما در { $path } ذخیره شد. آن را چاپ کنید یا کلمه‌های زیر را یادداشت کنید و کاغذ را جای امن نگه دارید.
app-sheet-english = برگه به زبان انگلیسی است: Carnet هنوز نمی‌تواند حروف زبان شما را روی آن بکشد.
app-sheet-words = ۱۲ کلمهٔ شما

## Settings: export and import

app-export-title = خروجی و ورودی
app-export-intro = «خروجی» همهٔ دفترچهٔ شما را در یک فایل ذخیره می‌کند، برای نگه داشتن یا دادن به کسی که خودتان انتخاب می‌کنید.
app-export-consent = این فایل دفترچهٔ شما را به شکل خواندنی دارد: با رمز عبور شما قفل نیست. هر کس فایل را داشته باشد می‌تواند همه‌چیز آن را بخواند. عکس‌ها در فایل نیستند.
app-export-agree = متوجه شدم. فایل را ذخیره کن
app-export = خروجی
app-export-saved = { $count ->
   *[other] { $count } مورد در { $path } ذخیره شد.
}
app-import-intro = «ورودی» آنچه را در یک فایل خروجی هست به این دفترچه اضافه می‌کند. چیزی از دفترچهٔ شما پاک نمی‌شود.
app-import = وارد کردن فایل
app-import-added = { $count ->
    [0] مورد تازه‌ای نیست.
   *[other] { $count } مورد تازه اضافه شد.
}
app-import-updated = { $count ->
    [0] هیچ موردی تغییر نکرد.
   *[other] { $count } مورد تغییر کرد.
}
app-import-unchanged = { $count ->
    [0] هیچ موردی از قبل یکسان نبود.
   *[other] { $count } مورد از قبل یکسان بود.
}
app-import-profile = نمایهٔ شما به‌روز شد.
app-import-missing-photos = { $count ->
   *[other] { $count } عکس که نامشان در فایل آمده روی این دستگاه نیست.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = برگهٔ بازیابی شما با رمز عبور تازه هنوز کار می‌کند.
app-passphrase-sheet-not-updated = برگهٔ بازیابی شما در سرور به‌روز نشد. تا وقتی برگهٔ تازه‌ای نسازید، به رمز عبور قدیمی نیاز دارد. وقتی وصل شدید، برگهٔ تازه بسازید.

## This device's name

app-device-name = نام این دستگاه
app-device-name-hint = نامی که دستگاه‌های دیگرتان برای این دستگاه نشان می‌دهند، برای مثال «گوشی آمنه».
app-device-name-saved = ذخیره شد. دستگاه‌های دیگرتان پس از همگام‌سازی این دستگاه آن را نشان می‌دهند.
