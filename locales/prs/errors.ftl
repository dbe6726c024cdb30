# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = رمز درست نیست. آن را بررسی کنید و دوباره کوشش کنید. حروف کلان و خورد فرق دارند.
error-too-many-attempts = { $minutes ->
   *[other] رمز غلط بسیار زیاد نوشته شد. { $minutes } دقیقه صبر کنید، بعد دوباره کوشش کنید.
}
error-passphrase-too-short = این رمز بسیار کوتاه است. اقلاً { $min } حرف استفاده کنید.

## The logbook files

error-no-logbook = هنوز در این فولدر کتابچه‌ای نیست. اول یکی بسازید، یا فولدری را که کتابچهٔ شما در آن است انتخاب کنید.
error-already-exists = در این فولدر از قبل یک کتابچه هست. چیزی تغییر نکرد.
error-damaged-key-file = کلید کتابچهٔ شما خراب شده یا گم است، پس باز نمی‌شود. یک کاپی را از نسخهٔ احتیاطی، یا از دستگاهی که با این دستگاه وصل کرده‌اید، پس بگذارید.
error-damaged-database = کتابچهٔ شما خراب شده، پس باز نمی‌شود. یک کاپی را از نسخهٔ احتیاطی، یا از دستگاهی که با این دستگاه وصل کرده‌اید، پس بگذارید.
error-too-new = { $what ->
    [export-file] این فایل با یک نسخهٔ جدیدتر Carnet ساخته شده است. Carnet را تازه کنید، بعد دوباره کوشش کنید.
    [taxonomy] معلومات ESCO که همراه Carnet آمده از یک نسخهٔ جدیدتر Carnet است. Carnet را تازه کنید، بعد دوباره کوشش کنید.
   *[other] کتابچهٔ شما با یک نسخهٔ جدیدتر Carnet ذخیره شده است. Carnet را تازه کنید، بعد دوباره کوشش کنید.
}
error-disk-full = دیسک پر است. چیزی از بین نرفت. کمی جای خالی کنید، مثلاً با پاک کردن فایل‌های کهنه، بعد دوباره کوشش کنید.
error-io = Carnet نتوانست فایل‌های کتابچهٔ شما را بخواند یا بنویسد. ببینید که فولدر وجود داشته باشد و اجازهٔ نوشتن در آن را داشته باشید، بعد دوباره کوشش کنید.
error-internal = در داخل Carnet چیزی خراب شد. این اشتباه Carnet است، نه از شما. لطفاً به سازندگان Carnet خبر بدهید.

## Entries

error-not-found = هیچ موردی شناسهٔ «{ $id }» را ندارد. شناسه را بررسی کنید و دوباره کوشش کنید.
error-ambiguous-id = بیشتر از یک مورد با «{ $id }» شروع می‌شود. بخش بیشتری از شناسه را بنویسید.

## Values the person typed

error-invalid-kind = «{ $value }» نوع مورد نیست. skill، qualification، experience، language یا learning استفاده کنید.
error-invalid-date = «{ $value }» تاریخ نیست. یک سال (2019)، یک ماه (2019-05) یا یک روز (2019-05-14) بنویسید.
error-invalid-level = { $kind ->
    [language] «{ $value }» سطح زبان نیست. A1، A2، B1، B2، C1 یا C2 استفاده کنید.
    [qualification] «{ $value }» سطح سند تحصیلی نیست. عددی از 1 تا 8 (EQF) استفاده کنید.
    [learning] «{ $value }» سطح کورس نیست. عددی از 1 تا 8 (EQF) استفاده کنید.
    [eqf] «{ $value }» سطح EQF نیست. عددی از 1 تا 8 استفاده کنید.
   *[other] «{ $value }» سطح نیست. basic، intermediate، advanced یا expert استفاده کنید.
}
error-invalid-country = «{ $value }» کود کشور نیست. دو حرف استفاده کنید، مثلاً SY، AF، ER یا DE.
error-invalid-language = «{ $value }» کود زبان نیست. یک کود کوتاه استفاده کنید، مثلاً ar، fa-AF یا en.
error-invalid-esco = «{ $value }» آدرس ESCO نیست. آدرس ESCO با http://data.europa.eu/esco/ شروع می‌شود
error-invalid-isco = «{ $value }» کود وظیفهٔ ISCO-08 نیست. ۱ تا ۴ عدد استفاده کنید، مثلاً 7212.
error-invalid-proficiency = «{ $value }» سطح نیست. basic، intermediate، advanced یا expert استفاده کنید.
error-invalid-context = «{ $value }» طریقهٔ آموختن نیست. formal، non-formal یا informal استفاده کنید.
error-invalid-stage = «{ $value }» مرحله نیست. recruitment، pre-departure، arrival، career یا return استفاده کنید.
error-invalid-field = «{ $value }» چیزی نیست که تغییر داده شود. یکی از این‌ها را استفاده کنید: { $expected }.
error-empty-field = { $field ->
    [title] عنوان خالی است. یک عنوان کوتاه بنویسید.
   *[other] { $field } خالی است. چیزی در آن بنویسید.
}
error-date-order = تاریخ ختم { $to } پیش از تاریخ شروع { $from } است. هر دو تاریخ را بررسی کنید.
error-import-format = این فایل صادرشدهٔ Carnet نیست، پس خوانده نمی‌شود. فایلی را انتخاب کنید که Carnet صادر کرده است.

## Photos

error-evidence-not-an-image = این فایل عکس نیست. Carnet عکس‌های JPEG، PNG و WebP را می‌پذیرد.
error-evidence-unsupported-format = این یک عکس { $format } است، و Carnet آن را استفاده کرده نمی‌تواند. آن را به شکل JPEG، PNG یا WebP ذخیره کنید، بعد دوباره کوشش کنید.
error-evidence-damaged = عکس خراب شده یا کامل نیست. عکس را دوباره بگیرید یا انتخاب کنید.
error-evidence-too-large = عکس بسیار کلان است ({ $width } × { $height } پیکسل). عکس را با کیفیت پایین‌تر بگیرید، یا یک کاپی کوچک‌تر انتخاب کنید.
error-evidence-file-too-big = فایل بسیار کلان است ({ $megabytes } MB). حد آن 32 MB است. یک فایل کوچک‌تر انتخاب کنید.
error-evidence-encode-failed = Carnet نتوانست عکس را ذخیره کند. لطفاً دوباره کوشش کنید. اگر باز هم شد، لطفاً به سازندگان Carnet خبر بدهید.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» آدرس سرور نیست. آدرس سرور چیزی مانند http://192.168.1.10:8470 است. آن را از مرکز بپرسید.
error-sync-no-hub = هنوز برای این کتابچه سروری تعیین نشده است. آدرس سرور را از مرکز بپرسید.
error-sync-unreachable = Carnet به سرور در { $url } رسیده نمی‌تواند. کتابچهٔ شما در این دستگاه مصئون است. وقتی به شبکهٔ مرکز وصل شدید، دوباره کوشش کنید.
error-sync-refused = سرور این دستگاه را برای این کتابچه نمی‌پذیرد. اگر این دستگاه را از کتابچهٔ خود حذف کرده‌اید، این عادی است. در غیر آن، از مرکز بپرسید.
error-sync-unknown-logbook = سرور هنوز کاپی این کتابچه را ندارد. اول دستگاهی را که کتابچهٔ شما را دارد همگام‌سازی کنید، بعد دوباره کوشش کنید.
error-sync-rate-limited = سرور مصروف است. { $seconds } ثانیه صبر کنید، بعد دوباره کوشش کنید. کتابچهٔ شما در این دستگاه مصئون است.
error-sync-hub-full = سرور دیگر برای کتابچهٔ شما جای ندارد. کتابچهٔ شما در این دستگاه مصئون است. از مرکز بپرسید.
error-sync-hub-error = سرور یک مشکل داشت ({ $status } { $code }). کتابچهٔ شما در این دستگاه مصئون است. بعداً دوباره کوشش کنید، یا از مرکز بپرسید.
error-sync-protocol = سرور چیزی فرستاد که این نسخهٔ Carnet خوانده نمی‌تواند. کتابچهٔ شما در این دستگاه مصئون است. Carnet را تازه کنید، یا از مرکز بپرسید.
error-sync-forged = سرور تغییری فرستاد که خراب شده یا کسی آن را تغییر داده است. Carnet آن را استفاده نکرد، و کتابچهٔ شما تغییر نکرد. به مرکز خبر بدهید.
error-sync-incomplete = سرور تمام تغییرهایی را که باید می‌فرستاد، نفرستاد. Carnet آن‌ها را استفاده نکرد، و کتابچهٔ شما تغییر نکرد. بعداً دوباره کوشش کنید، یا به مرکز خبر بدهید.
error-sync-unknown-epoch = این دستگاه جدیدترین کلید کتابچهٔ شما را ندارد، پس آنچه را سرور دارد خوانده نمی‌تواند. اگر این دستگاه را حذف کرده‌اید، این عادی است. در غیر آن، آن را دوباره وصل کنید.
error-sync-rolled-back = سرور بعضی معلومات را از دست داده است. کتابچهٔ شما در این دستگاه کامل است و تغییر نکرد. به مرکز خبر بدهید.
error-sync-pairing-code = این کود وصل کردن نیست، یا بخشی از آن کم است. کود را دوباره در دستگاه دیگر خود نشان بدهید، و تمام آن را سکن کنید یا بنویسید.
error-sync-pairing-expired = این کود وصل کردن بسیار کهنه است. یک کود جدید در دستگاه دیگر خود نشان بدهید.
error-sync-pairing-taken = دستگاه دیگری قبلاً به این کود وصل کردن جواب داده است. چیزی شریک نشد. یک کود جدید در دستگاه دیگر خود نشان بدهید و دوباره کوشش کنید.
error-sync-pairing-refused = دستگاه دیگر شما به این وصل کردن نخیر گفت. چیزی شریک نشد.
error-sync-remove-self = این همان دستگاهی است که از آن استفاده می‌کنید. برای حذف آن، این کار را از یکی از دستگاه‌های دیگر خود انجام بدهید.
error-sync-cancelled = شما دیگر منتظر دستگاه دیگر نماندید. چیزی شریک نشد. وقتی هر دو دستگاه آماده بودند، دوباره شروع کنید.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = این کود مربع ورق بازیابی Carnet نیست، یا Carnet نتوانست تمام آن را بخواند. یک عکس واضح‌تر از تمام کود بگیرید، یا ۱۲ کلمه را بنویسید.
error-sync-recovery-words = { $problem ->
    [count] ورق بازیابی ۱۲ کلمه دارد؛ شما { $position } کلمه دادید. هر ۱۲ کلمه را به ترتیب بنویسید.
    [unknown] کلمهٔ { $position } از کلمه‌های ورق بازیابی نیست. املای آن را در ورق بررسی کنید.
   *[other] کلمه‌ها با هم جور نمی‌آیند: یکی از آن‌ها غلط است، یا دو تا جابجا شده‌اند. هر کلمه را در ورق بررسی کنید.
}
error-sync-recovery-no-box = سرور برای این ورق بازیابی چیزی ندارد. شاید یک ورق جدیدتر جای آن را گرفته، یا ورق برای سرور دیگری است. جدیدترین ورق خود را استفاده کنید.
error-sheet-write = Carnet نتوانست ورق را در { $path } بنویسد. فولدر و جای خالی را بررسی کنید. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet فایل معلومات ESCO خود را پیدا کرده نمی‌تواند ({ $path }). Carnet را دوباره نصب کنید.
error-taxonomy-damaged = فایل معلومات ESCO در Carnet خراب شده است ({ $reason }). Carnet را دوباره نصب کنید.
error-unknown-concept = هیچ مهارت یا وظیفهٔ ESCO با نام «{ $concept }» نیست. آدرس آن را با carnet esco search پیدا کنید.
error-not-an-occupation = «{ $concept }» یک مهارت ESCO است، نه وظیفه. وظیفه را با carnet esco search --kind occupation پیدا کنید.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet در این عکس کود مربع پیدا نکرد. یک عکس واضح‌تر از تمام کود بگیرید، یا به جای آن کود را بنویسید.
error-save-file = Carnet نتوانست فایل را در { $path } ذخیره کند. جای خالی را بررسی کنید. ({ $reason })

## Voice notes

error-evidence-not-audio = این فایل صدای ثبت‌شده نیست. Carnet فایل‌های صوتی WebM، Ogg، MP4، M4A، AAC، MP3 و WAV را می‌پذیرد.
error-evidence-audio-is-video = این فایل ویدیو است. Carnet تنها صدا را نگه می‌دارد. یک پیام صوتی ثبت کنید، یا یک فایل صوتی انتخاب کنید.
error-evidence-audio-too-big = فایل صوتی بسیار کلان است ({ $megabytes } MB). حد آن 5 MB است. یک پیام صوتی کوتاه‌تر ثبت کنید.
error-evidence-audio-damaged = فایل صوتی خراب شده یا کامل نیست. آن را دوباره ثبت یا انتخاب کنید.
error-evidence-not-evidence = این فایل نه عکس است و نه صدای ثبت‌شده. Carnet عکس (JPEG، PNG، WebP) و فایل صوتی (WebM، Ogg، MP4، M4A، AAC، MP3، WAV) می‌پذیرد.
error-microphone-denied = Carnet اجازهٔ استفاده از مایکروفون را ندارد. در تنظیمات موبایل خود اجازه بدهید، یا یک فایل صوتی ضمیمه کنید.
error-microphone-failed = Carnet نتوانست ثبت کند. دوباره کوشش کنید، یا یک فایل صوتی ضمیمه کنید.
error-recording-empty = چیزی ثبت نشد. دوباره کوشش کنید و بعد از زدن دکمه گپ بزنید.
error-evidence-missing = این عکس یا پیام صوتی هنوز در این دستگاه نیست ({ $sha }). برای گرفتن آن همگام‌سازی کنید.
