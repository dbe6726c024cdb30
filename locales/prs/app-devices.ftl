# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = اضافه کردن دستگاه دیگر
app-pair-intro = کتابچهٔ خود را در موبایل یا کمپیوتر دیگرِ خود بگذارید. هر دو دستگاه به سرور ضرورت دارند.
app-pair-start = اضافه کردن دستگاه دیگر
app-pair-passphrase = برای اضافه کردن دستگاه، رمز خود را بنویسید.
app-pair-show = کود را نشان بده
app-pair-scan = در دستگاه جدید «پیوستن به یک کتابچه» را انتخاب کنید، بعد این کود مربع را سکن کنید یا نوشتهٔ زیر آن را بنویسید.
app-pair-qr-alt = کود مربع برای سکن با دستگاه جدید
app-pair-code-label = کود به شکل نوشته
app-pair-expires = این کود تا { $time } دیگر کار می‌کند.
app-pair-waiting = منتظر دستگاه جدید…
app-pair-request = «{ $name }» کتابچهٔ شما را می‌خواهد.
app-pair-compare = آیا دستگاه جدید همین کود را نشان می‌دهد؟
app-pair-approve = بلی، اجازه بده
app-pair-refuse = نخیر
app-pair-approved = حالا «{ $name }» کتابچهٔ شما را دارد. بعد از همگام‌سازی در فهرست دستگاه‌ها دیده می‌شود.
app-pair-refused = شما نخیر گفتید. «{ $name }» چیزی نگرفت.
app-pair-again = کود جدید نشان بده

## Sync screen: the devices of this logbook

app-devices-title = دستگاه‌های شما
app-devices-none = هنوز هیچ دستگاهی این کتابچه را همگام‌سازی نکرده است. همگام‌سازی کنید تا این دستگاه اینجا دیده شود.
app-devices-this = این دستگاه
app-devices-added = اضافه‌شده در { $date }
app-devices-removed = حذف‌شده در { $date }
app-devices-remove = حذف
app-devices-remove-confirm = «{ $name }» حذف شود؟ این را وقتی استفاده کنید که موبایل گم شده، فروخته شده یا به کسی داده شده است.
app-devices-remove-consequences = آنچه را که دارد نگه می‌دارد، اما از این به بعد چیزی را که اضافه می‌کنید گرفته نمی‌تواند. کتابچهٔ شما یک کلید جدید می‌گیرد و دستگاه‌های دیگر شما وقت همگام‌سازی آن را می‌گیرند. برای استفادهٔ دوباره از آن دستگاه، دوباره اضافه‌اش کنید.
app-devices-remove-yes = بلی، حذف شود
app-devices-removed-done = «{ $name }» حذف شد. کتابچهٔ شما حالا یک کلید جدید دارد که آن دستگاه ندارد.
app-devices-new-sheet = ورق بازیابی شما کلید کهنه را دارد. همین حالا در تنظیمات یک ورق جدید بسازید و ورق کهنه را از بین ببرید.

## First run: another way to start

app-start-other = آیا از قبل کتابچه دارید؟
app-start-join = پیوستن از دستگاه دیگر
app-start-recover = بازیابی با ورق

## First run: joining a logbook from another device

app-join-title = پیوستن به یک کتابچه
app-join-intro = در دستگاه دیگر خود، همگام‌سازی را باز کنید و «اضافه کردن دستگاه دیگر» را انتخاب کنید. یک کود نشان می‌دهد.
app-join-code = کود (با CNP1: شروع می‌شود)
app-join-code-hint = کود را اینجا پیست کنید یا بنویسید
app-join-picture = باز کردن عکس کود
app-join-name = یک نام برای این دستگاه
app-join-name-default = دستگاه جدید من
app-join-passphrase = برای این دستگاه یک رمز انتخاب کنید
app-join-send = ادامه
app-join-check = دستگاه دیگر شما باید همین کود را نشان دهد. در آنجا اجازه بدهید.
app-join-waiting = منتظر اجازهٔ دستگاه دیگر شما…
app-join-copying = در حال کاپی کردن کتابچهٔ شما…

## First run: recovering a logbook with a recovery sheet

app-recover-title = بازیابی کتابچهٔ شما
app-recover-intro = ورق بازیابی و رمز خود را استفاده کنید. Carnet کتابچهٔ شما را از سرور پس می‌گیرد.
app-recover-by-words = نوشتن ۱۲ کلمه
app-recover-by-code = استفاده از کود مربع
app-recover-words = ۱۲ کلمه، به ترتیب
app-recover-words-hint = کلمه۱ کلمه۲ کلمه۳ …
app-recover-hub = آدرس سرور که در ورق است
app-recover-code = نوشتهٔ کود مربع (با CNS1: شروع می‌شود)
app-recover-picture = باز کردن عکس ورق
app-recover-passphrase = رمز شما (همان که قبلاً استفاده کردید)
app-recover-start = بازیابی کتابچهٔ من

## Reading a square code from a picture

app-picture-read = کود از عکس خوانده شد.
app-scan-camera = سکن با کمره
error-camera-scan = هیچ کودی خوانده نشد. اگر Carnet اجازهٔ استفاده از کمره را ندارد، در تنظیمات موبایل خود اجازه بدهید. می‌توانید عکس کود را هم باز کنید.

## Settings: the recovery sheet

app-sheet-title = ورق بازیابی
app-sheet-intro = ورق بازیابی کاغذی است با ۱۲ کلمه و یک کود مربع. اگر این موبایل را گم کنید، این ورق و رمز شما کتابچه را در موبایل جدید پس می‌آورند. ورق را در جای مصئون و دور از موبایل نگه دارید. رمز خود را همراه آن نگذارید.
app-sheet-replaces = ورق جدید جای ورق کهنه را می‌گیرد: ورق کهنه دیگر کار نمی‌کند.
app-sheet-needs-hub = این ورق از سرور استفاده می‌کند. اول آدرس سرور را در صفحهٔ همگام‌سازی بنویسید.
app-sheet-passphrase = برای ساختن ورق، رمز خود را بنویسید
app-sheet-format = ذخیره به شکل
app-sheet-pdf = PDF، برای چاپ
app-sheet-png = عکس
app-sheet-make = ساختن ورق بازیابی
app-sheet-saved = ورق بازیابی شما در { $path } ذخیره شد. آن را چاپ کنید یا کلمه‌های زیر را یادداشت کنید، و کاغذ را مصئون نگه دارید.
app-sheet-english = ورق به زبان انگلیسی است: Carnet هنوز حروف زبان شما را در آن کشیده نمی‌تواند.
app-sheet-words = ۱۲ کلمهٔ شما

## Settings: export and import

app-export-title = صادر و وارد کردن
app-export-intro = «صادر کردن» تمام کتابچهٔ شما را در یک فایل ذخیره می‌کند، برای نگه داشتن یا دادن به کسی که خود شما انتخاب می‌کنید.
app-export-consent = این فایل کتابچهٔ شما را به شکل خواندنی دارد: با رمز شما قفل نیست. هر کسی که فایل را داشته باشد، همه چیز آن را خوانده می‌تواند. عکس‌ها در فایل نیستند.
app-export-agree = فهمیدم. فایل را ذخیره کن
app-export = صادر کردن
app-export-saved = { $count ->
   *[other] { $count } مورد در { $path } ذخیره شد.
}
app-import-intro = «وارد کردن» آنچه را که در یک فایل صادرشده است به این کتابچه اضافه می‌کند. از کتابچهٔ شما چیزی پاک نمی‌شود.
app-import = وارد کردن فایل
app-import-added = { $count ->
    [0] مورد جدیدی نیست.
   *[other] { $count } مورد جدید اضافه شد.
}
app-import-updated = { $count ->
    [0] هیچ موردی تغییر نکرد.
   *[other] { $count } مورد تغییر کرد.
}
app-import-unchanged = { $count ->
    [0] هیچ موردی از قبل یکسان نبود.
   *[other] { $count } مورد از قبل یکسان بود.
}
app-import-profile = پروفایل شما تازه شد.
app-import-missing-photos = { $count ->
   *[other] { $count } عکس که نام آن در فایل آمده، در این دستگاه نیست.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ورق بازیابی شما با رمز جدید هنوز کار می‌کند.
app-passphrase-sheet-not-updated = ورق بازیابی شما در سرور تازه نشد. تا وقتی ورق جدید نسازید، به رمز کهنه ضرورت دارد. وقتی وصل شدید، ورق جدید بسازید.

## This device's name

app-device-name = نام این دستگاه
app-device-name-hint = نامی که دستگاه‌های دیگر شما برای این دستگاه نشان می‌دهند، مثلاً «موبایل آمنه».
app-device-name-saved = ذخیره شد. دستگاه‌های دیگر شما بعد از همگام‌سازی این دستگاه آن را نشان می‌دهند.
