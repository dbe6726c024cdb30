# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = طریقهٔ نوشتن:
cli-help-commands = دستورها:
cli-help-arguments = چه باید داد:
cli-help-options = گزینه‌ها:
cli-help-examples = مثال‌ها:

## Help: the whole program

cli-about = Carnet ثبتی از کارهایی که بلد هستید نگه می‌دارد: مهارت‌ها، کار، زبان‌ها، دیپلوم‌ها و کورس‌ها. این ثبت در دستگاه شما می‌ماند و با رمز شما قفل است.

cli-examples =
    شروع یک کتابچه:         carnet init
    اضافه کردن مهارت:       carnet add skill --title "Welding" --level advanced
    دیدن موردهای شما:       carnet list
    دیدن یک مورد:           carnet show 3f2a
    رهنمایی یک دستور:       carnet add --help

cli-opt-data-dir = فولدری که کتابچهٔ شما در آن نگه داشته می‌شود. می‌توانید CARNET_DATA_DIR را هم تعیین کنید.
cli-opt-json = جواب به شکل JSON، برای برنامه‌های دیگر.
cli-opt-lang = زبان پیام‌های Carnet، مثلاً ar، fa، fr، uk یا en.
cli-opt-help = نشان دادن این رهنمایی.
cli-opt-version = نشان دادن نسخهٔ Carnet.

## Help: commands

cli-cmd-init = ساختن یک کتابچهٔ جدید، قفل‌شده با رمز.
cli-cmd-passphrase = تغییر رمز کتابچهٔ شما.
cli-cmd-passphrase-change = رمز خود را تغییر بدهید. اول رمز کهنه را می‌نویسید، بعد رمز جدید را دو بار.
cli-cmd-profile = دیدن یا تغییر پروفایل شما: نام، کشورها و زبان‌های شما.
cli-cmd-profile-show = نشان دادن پروفایل شما.
cli-cmd-profile-set = تغییر پروفایل شما. برای پاک کردن چیزی، یک قیمت خالی به آن بدهید، مثلاً --contact "".
cli-cmd-add = اضافه کردن یک مورد: مهارت، سند تحصیلی، تجربهٔ کاری، زبان یا کورس.
cli-cmd-list = فهرست موردهای شما.
cli-cmd-show = نشان دادن همه چیز دربارهٔ یک مورد.
cli-cmd-edit = تغییر یک مورد.
cli-cmd-rm = پاک کردن یک مورد.
cli-cmd-search = پیدا کردن موردهایی که کلمه‌هایی را دارند.
cli-cmd-detach = برداشتن عکس یا پیام صوتی از یک مورد. از این دستگاه هم پاک می‌شود، مگر اینکه مورد دیگری آن را نشان بدهد.
cli-cmd-attach = اضافه کردن عکس یک کاغذ به یک مورد، مثلاً دیپلوم، تصدیق‌نامه یا ورق کار. یا اضافه کردن پیام صوتی: فایل صوتی که در آن دربارهٔ مهارت گپ می‌زنید.
cli-cmd-export = نوشتن تمام کتابچهٔ شما در فایلی که برنامه‌های دیگر خوانده بتوانند.
cli-cmd-import = خواندن یک فایل صادرشدهٔ Carnet در کتابچهٔ شما. از کتابچهٔ شما چیزی پاک نمی‌شود.
cli-cmd-devices = دستگاه‌هایی که کتابچهٔ شما را دارند.
cli-cmd-devices-list = نشان دادن دستگاه‌هایی که کتابچهٔ شما را دارند.
cli-cmd-devices-remove = گرفتن کتابچهٔ شما از یک دستگاه، مثلاً موبایل گم‌شده. از این به بعد چیزی را که اضافه می‌کنید خوانده نمی‌تواند.
cli-cmd-pair = گذاشتن کتابچهٔ شما در دستگاه دیگر خود شما، مانند یک موبایل جدید.
cli-cmd-pair-show = در دستگاهی که کتابچهٔ شما را دارد: یک کود برای دستگاه جدید نشان بده، بعد به آن اجازه بده.
cli-cmd-pair-join = در دستگاه جدید: کتابچهٔ شما را با کودی که دستگاه دیگر شما نشان می‌دهد بگیر.
cli-cmd-sync = فرستادن تغییرهای شما به سرور مرکز و گرفتن تغییرهایی که در دستگاه‌های دیگر خود داده‌اید. سرور تنها یک کاپی قفل‌شده نگه می‌دارد که خوانده نمی‌تواند.

## Help: what to give to the commands

cli-arg-kind = نوع مورد: skill، qualification، experience (کار)، language یا learning (کورس).
cli-arg-title = یک نام کوتاه، مثلاً "Welding" یا "Driving licence B".
cli-arg-description = کلمه‌های بیشتر دربارهٔ آن، اگر بخواهید.
cli-arg-level = چقدر خوب هستید. برای مهارت یا کار: basic، intermediate، advanced یا expert. برای زبان: A1 (مبتدی) تا C2 (بسیار خوب). برای سند تحصیلی یا کورس: سطح EQF آن، از 1 تا 8.
cli-arg-eqf = سطح EQF یک دیپلوم یا کورس، از 1 تا 8، اگر می‌دانید.
cli-arg-from = کی شروع شد: یک سال (2019)، یک ماه (2019-05) یا یک روز (2019-05-14).
cli-arg-to = کی ختم شد، به همان شکل. اگر هنوز ادامه دارد، آن را ننویسید.
cli-arg-organisation = کارفرما، مکتب یا مرکز آموزشی.
cli-arg-place = شهر یا جای.
cli-arg-country = کشور، با دو حرف، مثلاً SY، AF، DE.
cli-arg-context = آن را چطور آموختید: formal (مکتب، دیپلوم)، non-formal (کورس) یا informal (با انجام دادن).
cli-arg-written-in = زبانی که این مورد را به آن نوشتید، با یک کود کوتاه، مثلاً ar یا en.
cli-arg-esco = آدرس ESCO مهارت یا وظیفه، اگر می‌دانید.
cli-arg-isco = کود وظیفهٔ ISCO-08 (۱ تا ۴ عدد)، اگر می‌دانید.
cli-arg-stage = در کدام مرحلهٔ سفر شما این مهم است: recruitment، pre-departure، arrival، career یا return. می‌توانید بیشتر از یکی بدهید.

cli-arg-list-kind = تنها موردهای این نوع را نشان بده: skill، qualification، experience، language یا learning.
cli-arg-list-stage = تنها موردهای این مرحله را نشان بده: recruitment، pre-departure، arrival، career یا return.

cli-arg-id = شناسهٔ مورد. ۴ حرف اول یا بیشتر کافی است. برای دیدن شناسه‌ها بنویسید: carnet list
cli-arg-set = یک تغییر، به شکل FIELD=VALUE، مثلاً level=advanced. برای تغییرهای بیشتر دوباره بدهید. قیمت خالی آن بخش را پاک می‌کند. بخش‌ها: title، description، level، eqf، from، to، organisation، place، country، context، stages، written_in، esco، isco.
cli-arg-text = کلمه‌هایی که باید جستجو شوند.
cli-arg-evidence = عکس یا پیام صوتی که باید برداشته شود: شناسهٔ آن، طوری که carnet show و carnet attach نشان می‌دهند (۸ حرف اول یا بیشتر کافی است).
cli-arg-photo = یک عکس (JPEG، PNG یا WebP) یا یک فایل صوتی (WebM، Ogg، MP4، M4A، AAC، MP3 یا WAV، تا 5 MB). Carnet داخل فایل را می‌بیند تا بداند کدام است. معلومات پنهان را پاک می‌کند، مانند جایی که عکس گرفته شده.
cli-arg-format = نوع فایل. فعلاً تنها json.
cli-arg-file = فایل صادرشده که باید خوانده شود.

cli-arg-name = نام شما، طوری که می‌خواهید دیگران ببینند.
cli-arg-birth-date = تاریخ تولد شما: 1990، 1990-05 یا 1990-05-14.
cli-arg-origin = کشوری که از آن آمده‌اید، با دو حرف، مثلاً SY، AF، ER.
cli-arg-current = کشوری که حالا در آن زندگی می‌کنید، با دو حرف، مثلاً DE، FR.
cli-arg-contact = راه تماس با شما، مثلاً شمارهٔ تیلفون یا ایمیل.
cli-arg-language = زبانی که می‌دانید، با یک کود کوتاه، مثلاً ar، fa-AF یا en. گزینه‌های زیر دربارهٔ همین زبان است.
cli-arg-mother-tongue = این زبان، زبان مادری شما است.
cli-arg-not-mother-tongue = این زبان، زبان مادری شما نیست.
cli-arg-listening = گپ دیگران را چقدر خوب می‌فهمید: A1 (مبتدی) تا C2 (بسیار خوب).
cli-arg-reading = چقدر خوب می‌خوانید: A1 تا C2.
cli-arg-spoken-interaction = چقدر خوب در گفتگو شریک می‌شوید: A1 تا C2.
cli-arg-spoken-production = چقدر خوب به تنهایی گپ می‌زنید: A1 تا C2.
cli-arg-writing = چقدر خوب می‌نویسید: A1 تا C2.
cli-arg-remove-language = برداشتن یک زبان از پروفایل شما.
cli-arg-hub = آدرس سرور مرکز، مثلاً http://192.168.1.10:8470. Carnet آن را به یاد نگه می‌دارد.
cli-arg-device-id = شناسهٔ دستگاه، طوری که carnet devices list نشان می‌دهد (۴ حرف اول یا بیشتر کافی است).
cli-arg-pair-approve = بدون پرسیدن به دستگاه جدید اجازه بده، اگر این کود را نشان بدهد (برای کمک‌کنندگان و سکریپت‌ها).
cli-arg-pair-code = کودی که دستگاه دیگر شما نشان می‌دهد. با CNP1: شروع می‌شود
cli-arg-pair-name = یک نام برای این دستگاه، تا آن را در دستگاه دیگر بشناسید (مثلاً "Amal's phone").
cli-arg-sync-status = تنها نشان بده آخرین بار کی همگام‌سازی شد و چند تغییر منتظر است. چیزی فرستاده نمی‌شود.
cli-arg-sync-watch = همگام‌سازی را ادامه بده. وقتی سرور در دسترس نیست، بعداً دوباره کوشش کن، و هر بار بیشتر صبر کن.
cli-arg-sync-every = با --watch: چند ثانیه بین همگام‌سازی‌ها صبر شود (اگر داده نشود 300).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = یک رمز با اقلاً { $min } حرف انتخاب کنید. هر بار که کتابچهٔ خود را باز می‌کنید به آن ضرورت دارید. هیچ کس نمی‌تواند آن را برای شما پس بیاورد.
cli-passphrase-prompt = رمز:
cli-passphrase-new-prompt = رمز جدید:
cli-passphrase-repeat-prompt = رمز جدید را دوباره بنویسید:
cli-passphrase-changed = رمز شما تغییر کرد. از این به بعد رمز جدید را استفاده کنید.

## Answers

cli-init-done = کتابچهٔ شما آماده است. در این فولدر است: { $dir }
cli-init-next = رمز خود را مصئون نگه دارید. بدون آن هیچ کس، حتی خود شما، کتابچه را باز کرده نمی‌تواند. حالا کارهایی را که بلد هستید اضافه کنید، مثلاً: carnet add skill --title "Cooking"

cli-list-empty = کتابچهٔ شما هنوز هیچ موردی ندارد. برای اضافه کردن یکی، بنویسید: carnet add skill --title "Cooking"
cli-list-none-match = هیچ موردی با آنچه خواستید جور نمی‌آید.
cli-search-none = هیچ موردی این کلمه‌ها را ندارد. کلمه‌های دیگر را امتحان کنید، یا بنویسید: carnet list

cli-edit-saved = تغییر شما ذخیره شد.
cli-rm-done = پاک شد: { $title }
cli-detached = عکس یا پیام صوتی از مورد برداشته شد.

cli-profile-saved = پروفایل شما ذخیره شد.
cli-profile-empty = پروفایل شما خالی است. برای اضافه کردن نام خود، بنویسید: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } مورد اضافه شد.
}
cli-import-updated = { $count ->
   *[other] { $count } مورد تازه شد.
}
cli-import-unchanged = { $count ->
   *[other] { $count } مورد از قبل یکسان بود.
}
cli-import-profile-updated = پروفایل شما هم تازه شد.
cli-import-missing-photos = { $count ->
   *[other] { $count } عکس در این دستگاه نیست. فایل‌های صادرشده عکس ندارند. آن‌ها را دوباره با این دستور اضافه کنید: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = شناسه
cli-show-kind = نوع
cli-show-added = اضافه‌شده
cli-show-changed = تغییرکرده
cli-show-evidence = عکس‌ها و پیام‌های صوتی
cli-show-photo = { $sha }  { $width } × { $height } پیکسل، { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } پیکسل، در این دستگاه نیست
cli-show-voice = { $sha }  پیام صوتی، { $kilobytes } KB
cli-show-voice-missing = { $sha }  پیام صوتی، در این دستگاه نیست
cli-show-conflicts = یک دستگاه دیگر هم این را نوشت:
cli-show-conflicts-hint = برای نگه داشتن یکی از این‌ها، بنویسید: carnet edit { $id } --set FIELD=VALUE

cli-field-title = عنوان
cli-field-description = شرح
cli-field-written-in = نوشته‌شده به
cli-field-esco = ESCO
cli-field-isco = کود وظیفهٔ ISCO-08
cli-field-level = سطح
cli-field-eqf = سطح EQF
cli-field-organisation = اداره
cli-field-place = جای
cli-field-country = کشور
cli-field-from = از
cli-field-to = تا
cli-field-context = چطور آموختید
cli-field-stages = مرحله‌ها

cli-kind-skill = مهارت
cli-kind-qualification = سند تحصیلی
cli-kind-experience = تجربه
cli-kind-language = زبان
cli-kind-learning = کورس

cli-context-formal = رسمی (مکتب، دیپلوم)
cli-context-non-formal = نیمه‌رسمی (یک کورس)
cli-context-informal = غیررسمی (با انجام دادن)

cli-stage-recruitment = استخدام
cli-stage-pre-departure = پیش از رفتن
cli-stage-arrival = رسیدن
cli-stage-career = کار
cli-stage-return = بازگشت

cli-proficiency-basic = ابتدایی
cli-proficiency-intermediate = متوسط
cli-proficiency-advanced = پیشرفته
cli-proficiency-expert = ماهر

cli-level-eqf = سطح EQF { $level }

cli-profile-name = نام
cli-profile-birth-date = تاریخ تولد
cli-profile-origin = از کجا
cli-profile-current = جای زندگی
cli-profile-contact = تماس
cli-profile-languages = زبان‌ها
cli-profile-mother-tongue = { $language } (زبان مادری)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = شنیدن { $level }
cli-cefr-reading = خواندن { $level }
cli-cefr-spoken-interaction = گپ زدن با دیگران { $level }
cli-cefr-spoken-production = گپ زدن { $level }
cli-cefr-writing = نوشتن { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet اینجا «{ $arg }» را نمی‌شناسد.
cli-error-unknown-command = دستوری به نام «{ $command }» نیست.
cli-error-invalid-value = «{ $value }» برای { $arg } استفاده شده نمی‌تواند.
cli-error-missing-value = { $arg } بعد از خود به یک قیمت ضرورت دارد.
cli-error-valid-values = این‌ها را استفاده کرده می‌توانید: { $values }
cli-error-missing-argument = چیزی کم است: { $arg }
cli-error-missing-command = بگویید Carnet بعد از «{ $command }» چه کند.
cli-error-valid-commands = دستورها: { $commands }
cli-error-conflict = { $arg } با { $other } یکجا استفاده شده نمی‌تواند.
cli-error-no-equals = { $arg } را با علامت مساوی و قیمت درست بعد از آن بنویسید.
cli-error-too-many-values = { $arg } قیمت‌های کمتر می‌گیرد. «{ $value }» یکی زیاد است.
cli-error-wrong-number-of-values = تعداد قیمت‌های { $arg } درست نیست.
cli-error-invalid-utf8 = Carnet بعضی از حروفی را که نوشتید خوانده نمی‌تواند. آن‌ها را دوباره بنویسید.
cli-error-did-you-mean = مقصد شما { $suggestion } بود؟
cli-error-usage = Carnet این دستور را نفهمید.
cli-error-usage-hint = برای دیدن آنچه نوشته می‌توانید، { $command } --help را بنویسید.
cli-error-set-format = «{ $value }» یک تغییر نیست. FIELD=VALUE بنویسید، مثلاً --set level=advanced
cli-error-nothing-to-change = چیزی برای تغییر نیست. اقلاً یک گزینه بدهید، مثلاً --name "Your name".

cli-error-passphrase-unavailable = Carnet به رمز ضرورت دارد اما اینجا آن را پرسیده نمی‌تواند. Carnet را در ترمینال اجرا کنید، یا { $variable } را تعیین کنید.
cli-error-passphrase-mismatch = دو رمز یکسان نیستند. چیزی تغییر نکرد. لطفاً دوباره کوشش کنید.
cli-error-read-file = Carnet فایل { $path } را خوانده نمی‌تواند. نام فایل و فولدر را بررسی کنید، بعد دوباره کوشش کنید.
cli-error-no-data-dir = Carnet برای کتابچهٔ شما فولدری پیدا کرده نمی‌تواند. با --data-dir یکی انتخاب کنید، مثلاً --data-dir ./carnet
cli-error-output = Carnet نتوانست جواب خود را بنویسد. ببینید که دیسک پر نباشد، بعد دوباره کوشش کنید.
cli-error-details = جزئیات برای کمک‌کننده: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = برای ساختن یکی، بنویسید: carnet init
cli-hint-already-exists = برای دیدن آنچه در آن است، بنویسید: carnet list. برای کتابچهٔ دوم، با --data-dir فولدر دیگری انتخاب کنید.
cli-hint-not-found = برای دیدن شناسه‌ها، بنویسید: carnet list
cli-hint-ambiguous-id = برای دیدن شناسه‌ها، بنویسید: carnet list
cli-hint-import-format = فایلی را انتخاب کنید که با این دستور ساخته شده: carnet export --format json
cli-hint-invalid-field = برای فهرست بخش‌ها، بنویسید: carnet edit --help

## carnet sync

cli-sync-phase-sending = در حال فرستادن
cli-sync-phase-receiving = در حال گرفتن
cli-sync-phase-photos = عکس‌ها
cli-sync-done = همگام‌سازی با { $hub } انجام شد.
cli-sync-changes = { $sent ->
   *[other] { $sent } تغییر فرستاده شد
}، { $received ->
   *[other] { $received } تغییر گرفته شد.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } عکس فرستاده شد
}، { $received ->
   *[other] { $received } عکس گرفته شد.
}
cli-sync-bytes = معلومات مصرف‌شده: { $up } KB فرستاده، { $down } KB گرفته.
cli-sync-retry = کوشش دوباره بعد از { $seconds ->
   *[other] { $seconds } ثانیه.
}
cli-sync-status-hub = سرور: { $hub }
cli-sync-status-last = آخرین همگام‌سازی: { $when }
cli-sync-status-pending = { $count ->
    [0] هیچ تغییری منتظر نیست.
   *[other] { $count } تغییر منتظر فرستادن است.
}
cli-sync-no-hub = هنوز هیچ
cli-sync-never = هرگز
cli-hint-sync-no-hub = برای تعیین آن، بنویسید: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = تغییرهای شما نگه داشته شد. برای کوشش دوباره در آینده، بنویسید: carnet sync

## carnet pair

cli-pair-show-scan = این کود را با دستگاه جدید خود سکن کنید، یا نوشتهٔ زیر را در آنجا بنویسید.
cli-pair-show-expires = این کود ۱۰ دقیقه کار می‌کند.
cli-pair-show-request = دستگاه «{ $name }» کتابچهٔ شما را می‌خواهد. کود آن { $fingerprint } است.
cli-pair-show-ask = آیا دستگاه جدید شما همین کود را نشان می‌دهد؟ برای اجازه دادن بلی بنویسید، در غیر آن نخیر.
cli-pair-yes = بلی
cli-pair-show-approved = حالا «{ $name }» کتابچهٔ شما را دارد.
cli-pair-show-refused = شما نخیر گفتید. «{ $name }» چیزی نگرفت.
cli-pair-default-name = دستگاه جدید
cli-pair-join-check = دستگاه دیگر شما باید این کود را نشان بدهد: { $fingerprint }. در آنجا اجازه بدهید.
cli-pair-join-done = { $count ->
   *[other] حالا این دستگاه کتابچهٔ شما را دارد، با { $count } مورد.
}

## carnet devices

cli-devices-none = هنوز هیچ دستگاهی این کتابچه را همگام‌سازی نکرده است.
cli-devices-line = { $id }  { $name }  (از { $added })
cli-devices-this = ← این دستگاه
cli-devices-removed = (حذف‌شده در { $when })
cli-devices-removed-done = «{ $name }» حذف شد. کتابچهٔ شما حالا یک کلید جدید دارد که آن دستگاه ندارد.
cli-devices-new-sheet = ورق بازیابی شما کلید کهنه را دارد. همین حالا یک ورق جدید چاپ کنید و ورق کهنه را از بین ببرید: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = چاپ ورق بازیابی: با آن و رمز خود، اگر این موبایل را گم کنید، کتابچهٔ خود را در موبایل جدید پس گرفته می‌توانید.
cli-cmd-recover = در دستگاه جدید: کتابچهٔ خود را با ورق بازیابی و رمز خود پس بگیرید.
cli-arg-recovery-out = فایلی که ورق در آن نوشته می‌شود. باید به .png یا .pdf ختم شود.
cli-arg-recover-sheet = عکس یا سکن ورق بازیابی شما (PNG یا JPEG). Carnet کود مربع آن را می‌خواند.
cli-arg-recover-words = ۱۲ کلمهٔ ورق بازیابی شما، به ترتیب، در بین ناخنک. --hub را هم بدهید.
cli-arg-recover-hub = آدرس سرور که در ورق بازیابی شما چاپ شده، مثلاً http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ورق را به شکل فایل .png یا .pdf نوشته می‌تواند، نه به شکل «{ $path }».
cli-recovery-sheet-done = ورق بازیابی شما در { $path } است. آن را چاپ کنید و کاغذ را در یک جای مصئون، دور از موبایل خود، نگه دارید.
cli-recovery-sheet-english = ورق به زبان انگلیسی است: Carnet هنوز حروف زبان شما را درست در آن کشیده نمی‌تواند.
cli-recovery-sheet-replaced = هر ورقی که قبلاً چاپ کرده بودید دیگر کار نمی‌کند. آن را از بین ببرید.
cli-recover-done = { $count ->
   *[other] کتابچهٔ شما به این دستگاه برگشت: { $count } مورد.
}
cli-passphrase-sheet-updated = ورق بازیابی شما با رمز جدید هنوز کار می‌کند.
cli-passphrase-sheet-not-updated = ورق بازیابی شما در سرور تازه نشد. تا وقتی یک ورق جدید چاپ نکنید، به رمز کهنه ضرورت دارد. وقتی وصل شدید، یک ورق جدید چاپ کنید: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = ورق بازیابی Carnet
cli-sheet-made = ساخته‌شده در { $date }
cli-sheet-hub = سرور: { $hub }
cli-sheet-words = ۱۲ کلمهٔ شما
cli-sheet-instructions =
    این کاغذ را مصئون نگه دارید. با آن و رمز خود، کتابچهٔ خود را در موبایل جدید پس گرفته می‌توانید:
    ۱. Carnet را در موبایل جدید نصب کنید و پس گرفتن کتابچه را انتخاب کنید.
    ۲. کود مربع را سکن کنید، یا ۱۲ کلمه و آدرس سرور را بنویسید.
    ۳. رمز خود را بنویسید. کتابچه از سرور پس می‌آید.
    در کمپیوتر: carnet recover --sheet photo.jpg
cli-sheet-warning = این کاغذ به تنهایی کتابچهٔ شما را باز نمی‌کند: رمز هم ضرورت است. آن‌ها را یکجا نگه ندارید. اگر یک ورق جدید چاپ کنید، این ورق دیگر کار نمی‌کند.
