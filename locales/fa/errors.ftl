# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = رمز عبور درست نیست. آن را بررسی کنید و دوباره امتحان کنید. حروف بزرگ و کوچک فرق دارند.
error-too-many-attempts = { $minutes ->
   *[other] رمز اشتباه زیاد وارد شد. { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
}
error-passphrase-too-short = این رمز عبور خیلی کوتاه است. دست‌کم { $min } نویسه به کار ببرید.

## The logbook files

error-no-logbook = هنوز در این پوشه دفترچه‌ای نیست. اول یکی بسازید، یا پوشه‌ای را که دفترچه‌تان در آن است انتخاب کنید.
error-already-exists = در این پوشه از قبل دفترچه‌ای هست. چیزی تغییر نکرد.
error-damaged-key-file = کلید دفترچهٔ شما آسیب دیده یا گم شده، پس باز نمی‌شود. یک رونوشت از پشتیبان، یا از دستگاهی که با این دستگاه جفت کرده‌اید، برگردانید.
error-damaged-database = دفترچهٔ شما آسیب دیده، پس باز نمی‌شود. یک رونوشت از پشتیبان، یا از دستگاهی که با این دستگاه جفت کرده‌اید، برگردانید.
error-too-new = { $what ->
    [export-file] این فایل با نسخهٔ جدیدتری از Carnet ساخته شده است. Carnet را به‌روز کنید و دوباره امتحان کنید.
    [taxonomy] دادهٔ ESCO همراه Carnet از نسخهٔ جدیدتری از Carnet است. Carnet را به‌روز کنید و دوباره امتحان کنید.
   *[other] دفترچهٔ شما با نسخهٔ جدیدتری از Carnet ذخیره شده است. Carnet را به‌روز کنید و دوباره امتحان کنید.
}
error-disk-full = دیسک پر است. چیزی از دست نرفت. کمی جا باز کنید، برای مثال با پاک کردن فایل‌های قدیمی، و دوباره امتحان کنید.
error-io = Carnet نتوانست فایل‌های دفترچهٔ شما را بخواند یا بنویسد. ببینید پوشه وجود داشته باشد و اجازهٔ نوشتن در آن را داشته باشید، سپس دوباره امتحان کنید.
error-internal = چیزی درون Carnet خراب شد. این اشتباه Carnet است، نه شما. لطفاً به سازندگان Carnet خبر دهید.

## Entries

error-not-found = هیچ موردی شناسهٔ «{ $id }» را ندارد. شناسه را بررسی کنید و دوباره امتحان کنید.
error-ambiguous-id = بیش از یک مورد با «{ $id }» شروع می‌شود. بخش بیشتری از شناسه را بنویسید.

## Values the person typed

error-invalid-kind = «{ $value }» نوع مورد نیست. skill، qualification، experience، language یا learning به کار ببرید.
error-invalid-date = «{ $value }» تاریخ نیست. یک سال (2019)، یک ماه (2019-05) یا یک روز (2019-05-14) بنویسید.
error-invalid-level = { $kind ->
    [language] «{ $value }» سطح زبان نیست. A1، A2، B1، B2، C1 یا C2 به کار ببرید.
    [qualification] «{ $value }» سطح مدرک نیست. عددی از 1 تا 8 (EQF) به کار ببرید.
    [learning] «{ $value }» سطح دوره نیست. عددی از 1 تا 8 (EQF) به کار ببرید.
    [eqf] «{ $value }» سطح EQF نیست. عددی از 1 تا 8 به کار ببرید.
   *[other] «{ $value }» سطح نیست. basic، intermediate، advanced یا expert به کار ببرید.
}
error-invalid-country = «{ $value }» کد کشور نیست. دو حرف به کار ببرید، برای مثال SY، AF، ER یا DE.
error-invalid-language = «{ $value }» کد زبان نیست. یک کد کوتاه به کار ببرید، برای مثال ar، fa-AF یا en.
error-invalid-esco = «{ $value }» نشانی ESCO نیست. نشانی ESCO با http://data.europa.eu/esco/ شروع می‌شود
error-invalid-isco = «{ $value }» کد شغلی ISCO-08 نیست. ۱ تا ۴ رقم به کار ببرید، برای مثال 7212.
error-invalid-proficiency = «{ $value }» سطح نیست. basic، intermediate، advanced یا expert به کار ببرید.
error-invalid-context = «{ $value }» روش یادگیری نیست. formal، non-formal یا informal به کار ببرید.
error-invalid-stage = «{ $value }» مرحله نیست. recruitment، pre-departure، arrival، career یا return به کار ببرید.
error-invalid-field = «{ $value }» چیزی نیست که بتوانید تغییر دهید. یکی از این‌ها را به کار ببرید: { $expected }.
error-empty-field = { $field ->
    [title] عنوان خالی است. یک عنوان کوتاه بنویسید.
   *[other] { $field } خالی است. چیزی در آن بنویسید.
}
error-date-order = تاریخ پایان { $to } پیش از تاریخ شروع { $from } است. دو تاریخ را بررسی کنید.
error-import-format = این فایل خروجی Carnet نیست، پس خوانده نمی‌شود. فایلی را انتخاب کنید که Carnet ساخته است.

## Photos

error-evidence-not-an-image = این فایل عکس نیست. Carnet عکس‌های JPEG، PNG و WebP را می‌پذیرد.
error-evidence-unsupported-format = این عکس { $format } است و Carnet نمی‌تواند آن را به کار ببرد. آن را به شکل JPEG، PNG یا WebP ذخیره کنید و دوباره امتحان کنید.
error-evidence-damaged = عکس آسیب دیده یا کامل نیست. دوباره عکس بگیرید یا انتخاب کنید.
error-evidence-too-large = عکس خیلی بزرگ است ({ $width } × { $height } پیکسل). با کیفیت پایین‌تر عکس بگیرید، یا نسخهٔ کوچک‌تری انتخاب کنید.
error-evidence-file-too-big = فایل خیلی بزرگ است ({ $megabytes } MB). حد آن 32 MB است. فایل کوچک‌تری انتخاب کنید.
error-evidence-encode-failed = Carnet نتوانست عکس را ذخیره کند. لطفاً دوباره امتحان کنید. اگر باز هم پیش آمد، لطفاً به سازندگان Carnet خبر دهید.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» نشانی سرور نیست. نشانی سرور چیزی مثل http://192.168.1.10:8470 است. آن را از مرکز بپرسید.
error-sync-no-hub = هنوز برای این دفترچه سروری تعیین نشده است. نشانی سرور را از مرکز بپرسید.
error-sync-unreachable = Carnet به سرور در { $url } نمی‌رسد. دفترچهٔ شما روی این دستگاه امن است. وقتی به شبکهٔ مرکز وصل شدید دوباره امتحان کنید.
error-sync-refused = سرور این دستگاه را برای این دفترچه نمی‌پذیرد. اگر این دستگاه را از دفترچه‌تان حذف کرده‌اید، این طبیعی است. وگرنه از مرکز بپرسید.
error-sync-unknown-logbook = سرور هنوز رونوشتی از این دفترچه ندارد. اول دستگاهی را که دفترچهٔ شما را دارد همگام‌سازی کنید، سپس دوباره امتحان کنید.
error-sync-rate-limited = سرور سرش شلوغ است. { $seconds } ثانیه صبر کنید و دوباره امتحان کنید. دفترچهٔ شما روی این دستگاه امن است.
error-sync-hub-full = سرور دیگر جایی برای دفترچهٔ شما ندارد. دفترچهٔ شما روی این دستگاه امن است. از مرکز بپرسید.
error-sync-hub-error = سرور مشکلی داشت ({ $status } { $code }). دفترچهٔ شما روی این دستگاه امن است. بعداً دوباره امتحان کنید، یا از مرکز بپرسید.
error-sync-protocol = سرور چیزی فرستاد که این نسخهٔ Carnet نمی‌تواند بخواند. دفترچهٔ شما روی این دستگاه امن است. Carnet را به‌روز کنید، یا از مرکز بپرسید.
error-sync-forged = سرور تغییری فرستاد که آسیب دیده یا کسی آن را دستکاری کرده است. Carnet آن را به کار نبرد و دفترچهٔ شما تغییر نکرد. به مرکز خبر دهید.
error-sync-incomplete = سرور همهٔ تغییرهایی را که باید، نفرستاد. Carnet آن‌ها را به کار نبرد و دفترچهٔ شما تغییر نکرد. بعداً دوباره امتحان کنید، یا به مرکز خبر دهید.
error-sync-unknown-epoch = این دستگاه تازه‌ترین کلید دفترچهٔ شما را ندارد، پس نمی‌تواند آنچه را سرور دارد بخواند. اگر این دستگاه را حذف کرده‌اید، این طبیعی است. وگرنه دوباره جفتش کنید.
error-sync-rolled-back = سرور بخشی از داده‌ها را از دست داده است. دفترچهٔ شما روی این دستگاه کامل است و تغییر نکرد. به مرکز خبر دهید.
error-sync-pairing-code = این کد جفت‌سازی نیست، یا بخشی از آن کم است. کد را دوباره روی دستگاه دیگرتان نشان دهید و همهٔ آن را اسکن کنید یا بنویسید.
error-sync-pairing-expired = این کد جفت‌سازی خیلی قدیمی است. کد تازه‌ای روی دستگاه دیگرتان نشان دهید.
error-sync-pairing-taken = دستگاه دیگری پیش‌تر به این کد جفت‌سازی پاسخ داده است. چیزی به اشتراک گذاشته نشد. کد تازه‌ای روی دستگاه دیگرتان نشان دهید و دوباره امتحان کنید.
error-sync-pairing-refused = دستگاه دیگر شما به این جفت‌سازی نه گفت. چیزی به اشتراک گذاشته نشد.
error-sync-remove-self = این همان دستگاهی است که با آن کار می‌کنید. برای حذفش، این کار را از یکی دیگر از دستگاه‌هایتان انجام دهید.
error-sync-cancelled = شما دیگر منتظر دستگاه دیگر نماندید. چیزی به اشتراک گذاشته نشد. وقتی هر دو دستگاه آماده بودند دوباره شروع کنید.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = این کد مربعی برگهٔ بازیابی Carnet نیست، یا Carnet نتوانست همهٔ آن را بخواند. عکس واضح‌تری از همهٔ کد بگیرید، یا ۱۲ کلمه را بنویسید.
error-sync-recovery-words = { $problem ->
    [count] برگهٔ بازیابی ۱۲ کلمه دارد؛ شما { $position } کلمه دادید. هر ۱۲ کلمه را به ترتیب بنویسید.
    [unknown] کلمهٔ { $position } از کلمه‌های برگهٔ بازیابی نیست. املای آن را روی برگه بررسی کنید.
   *[other] کلمه‌ها با هم جور نیستند: یکی از آن‌ها اشتباه است، یا دو تا جابه‌جا شده‌اند. هر کلمه را روی برگه بررسی کنید.
}
error-sync-recovery-no-box = سرور چیزی برای این برگهٔ بازیابی ندارد. شاید برگهٔ تازه‌تری جای آن را گرفته، یا برگه برای سرور دیگری است. تازه‌ترین برگهٔ خود را به کار ببرید.
error-sheet-write = Carnet نتوانست برگه را در { $path } بنویسد. پوشه و جای خالی را بررسی کنید. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet فایل دادهٔ ESCO خود را پیدا نمی‌کند ({ $path }). Carnet را دوباره نصب کنید.
error-taxonomy-damaged = فایل دادهٔ ESCO در Carnet آسیب دیده است ({ $reason }). Carnet را دوباره نصب کنید.
error-unknown-concept = هیچ مهارت یا شغل ESCO با «{ $concept }» نیست. نشانی آن را با carnet esco search پیدا کنید.
error-not-an-occupation = «{ $concept }» مهارت ESCO است، نه شغل. شغل را با carnet esco search --kind occupation پیدا کنید.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet در این عکس کد مربعی پیدا نکرد. عکس واضح‌تری از همهٔ کد بگیرید، یا به جای آن کد را بنویسید.
error-save-file = Carnet نتوانست فایل را در { $path } ذخیره کند. جای خالی را بررسی کنید. ({ $reason })

## Voice notes

error-evidence-not-audio = این فایل صدای ضبط‌شده نیست. Carnet فایل‌های صوتی WebM، Ogg، MP4، M4A، AAC، MP3 و WAV را می‌پذیرد.
error-evidence-audio-is-video = این فایل ویدیو است. Carnet فقط صدا نگه می‌دارد. یک پیام صوتی ضبط کنید، یا فایل صوتی انتخاب کنید.
error-evidence-audio-too-big = فایل صوتی خیلی بزرگ است ({ $megabytes } MB). حد آن 5 MB است. پیام صوتی کوتاه‌تری ضبط کنید.
error-evidence-audio-damaged = فایل صوتی آسیب دیده یا کامل نیست. دوباره ضبط یا انتخابش کنید.
error-evidence-not-evidence = این فایل نه عکس است نه صدای ضبط‌شده. Carnet عکس (JPEG، PNG، WebP) و فایل صوتی (WebM، Ogg، MP4، M4A، AAC، MP3، WAV) می‌پذیرد.
error-microphone-denied = Carnet اجازهٔ استفاده از میکروفون را ندارد. در تنظیمات گوشی اجازه دهید، یا یک فایل صوتی پیوست کنید.
error-microphone-failed = Carnet نتوانست ضبط کند. دوباره امتحان کنید، یا یک فایل صوتی پیوست کنید.
error-recording-empty = چیزی ضبط نشد. دوباره امتحان کنید و پس از زدن دکمه حرف بزنید.
error-evidence-missing = این عکس یا پیام صوتی هنوز روی این دستگاه نیست ({ $sha }). برای گرفتنش همگام‌سازی کنید.
