# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = طرز نوشتن:
cli-help-commands = دستورها:
cli-help-arguments = چه باید داد:
cli-help-options = گزینه‌ها:
cli-help-examples = نمونه‌ها:

## Help: the whole program

cli-about = Carnet فهرستی از کارهایی که بلدید نگه می‌دارد: مهارت‌ها، کار، زبان‌ها، مدرک‌ها و دوره‌ها. این فهرست روی دستگاه شما می‌ماند و با رمز عبورتان قفل است.

cli-examples =
    شروع یک دفترچه:        carnet init
    افزودن یک مهارت:       carnet add skill --title "Welding" --level advanced
    دیدن موردهایتان:       carnet list
    دیدن یک مورد:          carnet show 3f2a
    راهنمای یک دستور:      carnet add --help

cli-opt-data-dir = پوشه‌ای که دفترچهٔ شما در آن نگه داشته می‌شود. می‌توانید CARNET_DATA_DIR را هم تعیین کنید.
cli-opt-json = پاسخ به شکل JSON، برای برنامه‌های دیگر.
cli-opt-lang = زبان پیام‌های Carnet، برای مثال ar، fa، fr، uk یا en.
cli-opt-help = نشان دادن این راهنما.
cli-opt-version = نشان دادن نسخهٔ Carnet.

## Help: commands

cli-cmd-init = ساختن دفترچهٔ تازه، قفل‌شده با رمز عبور.
cli-cmd-passphrase = تغییر رمز عبور دفترچهٔ شما.
cli-cmd-passphrase-change = رمز عبور خود را تغییر دهید. اول رمز قدیمی را می‌نویسید، سپس رمز تازه را دو بار.
cli-cmd-profile = دیدن یا تغییر نمایهٔ شما: نامتان، کشورهایتان، زبان‌هایتان.
cli-cmd-profile-show = نشان دادن نمایهٔ شما.
cli-cmd-profile-set = تغییر نمایهٔ شما. برای پاک کردن چیزی، مقدار خالی به آن بدهید، برای مثال --contact "".
cli-cmd-add = افزودن یک مورد: مهارت، مدرک، سابقهٔ کار، زبان یا دوره.
cli-cmd-list = فهرست موردهای شما.
cli-cmd-show = نشان دادن همه‌چیز دربارهٔ یک مورد.
cli-cmd-edit = تغییر یک مورد.
cli-cmd-rm = پاک کردن یک مورد.
cli-cmd-search = پیدا کردن موردهایی که کلمه‌هایی را دارند.
cli-cmd-detach = برداشتن عکس یا پیام صوتی از یک مورد. از این دستگاه هم پاک می‌شود، مگر اینکه مورد دیگری آن را نشان دهد.
cli-cmd-attach = افزودن عکسی از یک کاغذ به یک مورد، برای مثال مدرک، گواهی‌نامه یا برگهٔ کار. یا افزودن پیام صوتی: فایل صوتی که در آن دربارهٔ مهارت می‌گویید.
cli-cmd-export = نوشتن همهٔ دفترچهٔ شما در فایلی که برنامه‌های دیگر بتوانند بخوانند.
cli-cmd-import = خواندن فایل خروجی Carnet در دفترچهٔ شما. چیزی از دفترچه‌تان پاک نمی‌شود.
cli-cmd-devices = دستگاه‌هایی که دفترچهٔ شما را دارند.
cli-cmd-devices-list = نشان دادن دستگاه‌هایی که دفترچهٔ شما را دارند.
cli-cmd-devices-remove = گرفتن دفترچهٔ شما از یک دستگاه، برای مثال گوشی گم‌شده. از این پس چیزی از آنچه اضافه می‌کنید را نمی‌تواند بخواند.
cli-cmd-pair = گذاشتن دفترچهٔ شما روی دستگاه دیگرِ خودتان، مثل گوشی تازه.
cli-cmd-pair-show = روی دستگاهی که دفترچهٔ شما را دارد: نشان دادن کد برای دستگاه تازه، سپس اجازه دادن به آن.
cli-cmd-pair-join = روی دستگاه تازه: گرفتن دفترچهٔ شما با کدی که دستگاه دیگرتان نشان می‌دهد.
cli-cmd-sync = فرستادن تغییرهای شما به سرور مرکز و گرفتن تغییرهایی که روی دستگاه‌های دیگرتان داده‌اید. سرور فقط یک رونوشت قفل‌شده نگه می‌دارد که نمی‌تواند بخواند.

## Help: what to give to the commands

cli-arg-kind = نوع مورد: skill، qualification، experience (کار)، language یا learning (دوره).
cli-arg-title = یک نام کوتاه، برای مثال "Welding" یا "Driving licence B".
cli-arg-description = کلمه‌های بیشتر دربارهٔ آن، اگر بخواهید.
cli-arg-level = چقدر واردید. برای مهارت یا کار: basic، intermediate، advanced یا expert. برای زبان: A1 (مبتدی) تا C2 (خیلی خوب). برای مدرک یا دوره: سطح EQF آن، از 1 تا 8.
cli-arg-eqf = سطح EQF یک مدرک یا دوره، از 1 تا 8، اگر می‌دانید.
cli-arg-from = کی شروع شد: یک سال (2019)، یک ماه (2019-05) یا یک روز (2019-05-14).
cli-arg-to = کی تمام شد، به همان شکل. اگر هنوز ادامه دارد، آن را ننویسید.
cli-arg-organisation = کارفرما، مدرسه یا مرکز آموزشی.
cli-arg-place = شهر یا محل.
cli-arg-country = کشور، با دو حرف، برای مثال SY، AF، DE.
cli-arg-context = چطور آن را یاد گرفتید: formal (مدرسه، مدرک)، non-formal (دوره) یا informal (با انجام دادن).
cli-arg-written-in = زبانی که این مورد را به آن نوشتید، با یک کد کوتاه، برای مثال ar یا en.
cli-arg-esco = نشانی ESCO مهارت یا شغل، اگر می‌دانید.
cli-arg-isco = کد شغلی ISCO-08 (۱ تا ۴ رقم)، اگر می‌دانید.
cli-arg-stage = در کدام مرحلهٔ سفرتان این مهم است: recruitment، pre-departure، arrival، career یا return. می‌توانید بیش از یکی بدهید.

cli-arg-list-kind = فقط موردهای این نوع را نشان بده: skill، qualification، experience، language یا learning.
cli-arg-list-stage = فقط موردهای این مرحله را نشان بده: recruitment، pre-departure، arrival، career یا return.

cli-arg-id = شناسهٔ مورد. ۴ نویسهٔ اول یا بیشتر کافی است. برای دیدن شناسه‌ها بنویسید: carnet list
cli-arg-set = یک تغییر، به شکل FIELD=VALUE، برای مثال level=advanced. برای تغییرهای بیشتر دوباره بدهید. مقدار خالی آن بخش را پاک می‌کند. بخش‌ها: title، description، level، eqf، from، to، organisation، place، country، context، stages، written_in، esco، isco.
cli-arg-text = کلمه‌هایی که باید جستجو شوند.
cli-arg-evidence = عکس یا پیام صوتی که باید برداشته شود: شناسه‌اش، همان‌طور که carnet show و carnet attach نشان می‌دهند (۸ نویسهٔ اول یا بیشتر کافی است).
cli-arg-photo = یک عکس (JPEG، PNG یا WebP) یا یک فایل صوتی (WebM، Ogg، MP4، M4A، AAC، MP3 یا WAV، تا 5 MB). Carnet درون فایل را نگاه می‌کند تا بفهمد کدام است. داده‌های پنهان را پاک می‌کند، مثل جایی که عکس گرفته شده است.
cli-arg-format = نوع فایل. فعلاً فقط json.
cli-arg-file = فایل خروجی که باید خوانده شود.

cli-arg-name = نام شما، همان‌طور که می‌خواهید دیگران ببینند.
cli-arg-birth-date = تاریخ تولد شما: 1990، 1990-05 یا 1990-05-14.
cli-arg-origin = کشوری که از آن می‌آیید، با دو حرف، برای مثال SY، AF، ER.
cli-arg-current = کشوری که اکنون در آن زندگی می‌کنید، با دو حرف، برای مثال DE، FR.
cli-arg-contact = راه تماس با شما، برای مثال شمارهٔ تلفن یا ایمیل.
cli-arg-language = زبانی که می‌دانید، با یک کد کوتاه، برای مثال ar، fa-AF یا en. گزینه‌های زیر دربارهٔ همین زبان است.
cli-arg-mother-tongue = این زبان، زبان مادری شماست.
cli-arg-not-mother-tongue = این زبان، زبان مادری شما نیست.
cli-arg-listening = حرف دیگران را چقدر خوب می‌فهمید: A1 (مبتدی) تا C2 (خیلی خوب).
cli-arg-reading = چقدر خوب می‌خوانید: A1 تا C2.
cli-arg-spoken-interaction = چقدر خوب در گفتگو شرکت می‌کنید: A1 تا C2.
cli-arg-spoken-production = چقدر خوب به تنهایی حرف می‌زنید: A1 تا C2.
cli-arg-writing = چقدر خوب می‌نویسید: A1 تا C2.
cli-arg-remove-language = برداشتن یک زبان از نمایهٔ شما.
cli-arg-hub = نشانی سرور مرکز، برای مثال http://192.168.1.10:8470. Carnet آن را به یاد می‌سپارد.
cli-arg-device-id = شناسهٔ دستگاه، همان‌طور که carnet devices list نشان می‌دهد (۴ نویسهٔ اول یا بیشتر کافی است).
cli-arg-pair-approve = بدون پرسیدن به دستگاه تازه اجازه بده، اگر این کد را نشان دهد (برای کمک‌کنندگان و اسکریپت‌ها).
cli-arg-pair-code = کدی که دستگاه دیگرتان نشان می‌دهد. با CNP1: شروع می‌شود
cli-arg-pair-name = نامی برای این دستگاه، تا آن را روی دستگاه دیگر بشناسید (برای مثال "Amal's phone").
cli-arg-sync-status = فقط نشان بده آخرین بار کی همگام‌سازی شد و چند تغییر در انتظار است. چیزی فرستاده نمی‌شود.
cli-arg-sync-watch = همگام‌سازی را ادامه بده. وقتی به سرور دسترسی نیست، بعداً دوباره امتحان کن و هر بار بیشتر صبر کن.
cli-arg-sync-every = با --watch: چند ثانیه میان همگام‌سازی‌ها صبر شود (اگر داده نشود 300).

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

cli-passphrase-new-intro = یک رمز عبور با دست‌کم { $min } نویسه انتخاب کنید. هر بار که دفترچه‌تان را باز می‌کنید به آن نیاز دارید. هیچ کس نمی‌تواند آن را برایتان پس بگیرد.
cli-passphrase-prompt = رمز عبور:
cli-passphrase-new-prompt = رمز عبور تازه:
cli-passphrase-repeat-prompt = رمز عبور تازه را دوباره بنویسید:
cli-passphrase-changed = رمز عبور شما تغییر کرد. از این پس رمز تازه را به کار ببرید.

## Answers

cli-init-done = دفترچهٔ شما آماده است. در این پوشه است: { $dir }
cli-init-next = رمز عبور خود را امن نگه دارید. بدون آن هیچ کس، حتی خود شما، نمی‌تواند دفترچه را باز کند. حالا کارهایی را که بلدید اضافه کنید، برای مثال: carnet add skill --title "Cooking"

cli-list-empty = دفترچهٔ شما هنوز موردی ندارد. برای افزودن یکی بنویسید: carnet add skill --title "Cooking"
cli-list-none-match = هیچ موردی با آنچه خواستید جور نیست.
cli-search-none = هیچ موردی این کلمه‌ها را ندارد. کلمه‌های دیگری امتحان کنید، یا بنویسید: carnet list

cli-edit-saved = تغییر شما ذخیره شد.
cli-rm-done = پاک شد: { $title }
cli-detached = عکس یا پیام صوتی از مورد برداشته شد.

cli-profile-saved = نمایهٔ شما ذخیره شد.
cli-profile-empty = نمایهٔ شما خالی است. برای افزودن نامتان بنویسید: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } مورد اضافه شد.
}
cli-import-updated = { $count ->
   *[other] { $count } مورد به‌روز شد.
}
cli-import-unchanged = { $count ->
   *[other] { $count } مورد از قبل یکسان بود.
}
cli-import-profile-updated = نمایهٔ شما هم به‌روز شد.
cli-import-missing-photos = { $count ->
   *[other] { $count } عکس روی این دستگاه نیست. فایل‌های خروجی عکس ندارند. با این دستور دوباره اضافه کنید: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = شناسه
cli-show-kind = نوع
cli-show-added = افزوده‌شده
cli-show-changed = تغییرکرده
cli-show-evidence = عکس‌ها و پیام‌های صوتی
cli-show-photo = { $sha }  { $width } × { $height } پیکسل، { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } پیکسل، روی این دستگاه نیست
cli-show-voice = { $sha }  پیام صوتی، { $kilobytes } KB
cli-show-voice-missing = { $sha }  پیام صوتی، روی این دستگاه نیست
cli-show-conflicts = دستگاه دیگری هم این را نوشت:
cli-show-conflicts-hint = برای نگه داشتن یکی از این‌ها بنویسید: carnet edit { $id } --set FIELD=VALUE

cli-field-title = عنوان
cli-field-description = توضیح
cli-field-written-in = نوشته‌شده به
cli-field-esco = ESCO
cli-field-isco = کد شغلی ISCO-08
cli-field-level = سطح
cli-field-eqf = سطح EQF
cli-field-organisation = سازمان
cli-field-place = محل
cli-field-country = کشور
cli-field-from = از
cli-field-to = تا
cli-field-context = چطور یاد گرفتید
cli-field-stages = مرحله‌ها

cli-kind-skill = مهارت
cli-kind-qualification = مدرک
cli-kind-experience = سابقهٔ کار
cli-kind-language = زبان
cli-kind-learning = دوره

cli-context-formal = رسمی (مدرسه، مدرک)
cli-context-non-formal = غیررسمی (یک دوره)
cli-context-informal = تجربی (با انجام دادن)

cli-stage-recruitment = استخدام
cli-stage-pre-departure = پیش از رفتن
cli-stage-arrival = رسیدن
cli-stage-career = کار
cli-stage-return = بازگشت

cli-proficiency-basic = مقدماتی
cli-proficiency-intermediate = متوسط
cli-proficiency-advanced = پیشرفته
cli-proficiency-expert = استاد

cli-level-eqf = سطح EQF { $level }

cli-profile-name = نام
cli-profile-birth-date = تاریخ تولد
cli-profile-origin = اهل
cli-profile-current = محل زندگی
cli-profile-contact = تماس
cli-profile-languages = زبان‌ها
cli-profile-mother-tongue = { $language } (زبان مادری)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = شنیدن { $level }
cli-cefr-reading = خواندن { $level }
cli-cefr-spoken-interaction = گفتگو با دیگران { $level }
cli-cefr-spoken-production = صحبت کردن { $level }
cli-cefr-writing = نوشتن { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet اینجا «{ $arg }» را نمی‌شناسد.
cli-error-unknown-command = دستوری به نام «{ $command }» نیست.
cli-error-invalid-value = «{ $value }» را نمی‌شود برای { $arg } به کار برد.
cli-error-missing-value = { $arg } پس از خود به یک مقدار نیاز دارد.
cli-error-valid-values = می‌توانید این‌ها را به کار ببرید: { $values }
cli-error-missing-argument = چیزی کم است: { $arg }
cli-error-missing-command = بگویید Carnet پس از «{ $command }» چه کند.
cli-error-valid-commands = دستورها: { $commands }
cli-error-conflict = { $arg } را نمی‌شود همراه با { $other } به کار برد.
cli-error-no-equals = { $arg } را با علامت مساوی و مقدار درست پس از آن بنویسید.
cli-error-too-many-values = { $arg } مقدارهای کمتری می‌گیرد. «{ $value }» یکی زیادی است.
cli-error-wrong-number-of-values = تعداد مقدارهای { $arg } درست نیست.
cli-error-invalid-utf8 = Carnet بعضی از حروفی را که نوشتید نمی‌تواند بخواند. دوباره بنویسید.
cli-error-did-you-mean = منظورتان { $suggestion } بود؟
cli-error-usage = Carnet این دستور را نفهمید.
cli-error-usage-hint = برای دیدن آنچه می‌توانید بنویسید، { $command } --help را بنویسید.
cli-error-set-format = «{ $value }» یک تغییر نیست. FIELD=VALUE بنویسید، برای مثال --set level=advanced
cli-error-nothing-to-change = چیزی برای تغییر نیست. دست‌کم یک گزینه بدهید، برای مثال --name "Your name".

cli-error-passphrase-unavailable = Carnet به رمز عبور نیاز دارد اما اینجا نمی‌تواند آن را بپرسد. Carnet را در ترمینال اجرا کنید، یا { $variable } را تعیین کنید.
cli-error-passphrase-mismatch = دو رمز عبور یکی نیستند. چیزی تغییر نکرد. لطفاً دوباره امتحان کنید.
cli-error-read-file = Carnet نمی‌تواند فایل { $path } را بخواند. نام فایل و پوشه را بررسی کنید و دوباره امتحان کنید.
cli-error-no-data-dir = Carnet پوشه‌ای برای دفترچهٔ شما پیدا نمی‌کند. با --data-dir یکی انتخاب کنید، برای مثال --data-dir ./carnet
cli-error-output = Carnet نتوانست پاسخش را بنویسد. ببینید دیسک پر نباشد و دوباره امتحان کنید.
cli-error-details = جزئیات برای کمک‌کننده: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = برای ساختن یکی بنویسید: carnet init
cli-hint-already-exists = برای دیدن محتوای آن بنویسید: carnet list. برای دفترچهٔ دوم، با --data-dir پوشهٔ دیگری انتخاب کنید.
cli-hint-not-found = برای دیدن شناسه‌ها بنویسید: carnet list
cli-hint-ambiguous-id = برای دیدن شناسه‌ها بنویسید: carnet list
cli-hint-import-format = فایلی را انتخاب کنید که با این دستور ساخته شده: carnet export --format json
cli-hint-invalid-field = برای فهرست بخش‌ها بنویسید: carnet edit --help

## carnet sync

cli-sync-phase-sending = در حال فرستادن
cli-sync-phase-receiving = در حال دریافت
cli-sync-phase-photos = عکس‌ها
cli-sync-done = همگام‌سازی با { $hub } انجام شد.
cli-sync-changes = { $sent ->
   *[other] { $sent } تغییر فرستاده شد
}، { $received ->
   *[other] { $received } تغییر دریافت شد.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } عکس فرستاده شد
}، { $received ->
   *[other] { $received } عکس دریافت شد.
}
cli-sync-bytes = دادهٔ مصرف‌شده: { $up } KB فرستاده، { $down } KB دریافت.
cli-sync-retry = تلاش دوباره تا { $seconds ->
   *[other] { $seconds } ثانیهٔ دیگر.
}
cli-sync-status-hub = سرور: { $hub }
cli-sync-status-last = آخرین همگام‌سازی: { $when }
cli-sync-status-pending = { $count ->
    [0] هیچ تغییری در انتظار نیست.
   *[other] { $count } تغییر در انتظار فرستادن است.
}
cli-sync-no-hub = هنوز هیچ
cli-sync-never = هرگز
cli-hint-sync-no-hub = برای تعیین آن بنویسید: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = تغییرهای شما نگه داشته شد. برای تلاش دوباره در آینده بنویسید: carnet sync

## carnet pair

cli-pair-show-scan = این کد را با دستگاه تازه‌تان اسکن کنید، یا نوشتهٔ زیر را آنجا بنویسید.
cli-pair-show-expires = این کد ۱۰ دقیقه کار می‌کند.
cli-pair-show-request = دستگاه «{ $name }» دفترچهٔ شما را می‌خواهد. کد آن { $fingerprint } است.
cli-pair-show-ask = آیا دستگاه تازه‌تان همین کد را نشان می‌دهد؟ برای اجازه دادن بله بنویسید، وگرنه نه.
cli-pair-yes = بله
cli-pair-show-approved = اکنون «{ $name }» دفترچهٔ شما را دارد.
cli-pair-show-refused = شما نه گفتید. «{ $name }» چیزی دریافت نکرد.
cli-pair-default-name = دستگاه تازه
cli-pair-join-check = دستگاه دیگرتان باید این کد را نشان دهد: { $fingerprint }. آنجا اجازه دهید.
cli-pair-join-done = { $count ->
   *[other] اکنون این دستگاه دفترچهٔ شما را دارد، با { $count } مورد.
}

## carnet devices

cli-devices-none = هنوز هیچ دستگاهی این دفترچه را همگام‌سازی نکرده است.
cli-devices-line = { $id }  { $name }  (از { $added })
cli-devices-this = ← این دستگاه
cli-devices-removed = (حذف‌شده در { $when })
cli-devices-removed-done = «{ $name }» حذف شد. دفترچهٔ شما اکنون کلید تازه‌ای دارد که آن دستگاه ندارد.
cli-devices-new-sheet = برگهٔ بازیابی شما کلید قدیمی را دارد. همین حالا برگهٔ تازه‌ای چاپ کنید و قدیمی را از بین ببرید: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = چاپ برگهٔ بازیابی: با آن و رمز عبورتان، اگر این گوشی را گم کنید، می‌توانید دفترچه را روی گوشی تازه پس بگیرید.
cli-cmd-recover = روی دستگاه تازه: پس گرفتن دفترچهٔ شما با برگهٔ بازیابی و رمز عبور.
cli-arg-recovery-out = فایلی که برگه در آن نوشته می‌شود. باید با .png یا .pdf تمام شود.
cli-arg-recover-sheet = عکس یا اسکن برگهٔ بازیابی شما (PNG یا JPEG). Carnet کد مربعی آن را می‌خواند.
cli-arg-recover-words = ۱۲ کلمهٔ برگهٔ بازیابی شما، به ترتیب، درون گیومه. --hub را هم بدهید.
cli-arg-recover-hub = نشانی سرور که روی برگهٔ بازیابی چاپ شده، برای مثال http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet می‌تواند برگه را به شکل فایل .png یا .pdf بنویسد، نه به شکل «{ $path }».
cli-recovery-sheet-done = برگهٔ بازیابی شما در { $path } است. آن را چاپ کنید و کاغذ را جای امن و دور از گوشی نگه دارید.
cli-recovery-sheet-english = برگه به زبان انگلیسی است: Carnet هنوز نمی‌تواند حروف زبان شما را درست روی آن بکشد.
cli-recovery-sheet-replaced = هر برگه‌ای که پیش‌تر چاپ کرده بودید دیگر کار نمی‌کند. آن را از بین ببرید.
cli-recover-done = { $count ->
   *[other] دفترچهٔ شما به این دستگاه برگشت: { $count } مورد.
}
cli-passphrase-sheet-updated = برگهٔ بازیابی شما با رمز عبور تازه هنوز کار می‌کند.
cli-passphrase-sheet-not-updated = برگهٔ بازیابی شما در سرور به‌روز نشد. تا وقتی برگهٔ تازه‌ای چاپ نکنید، به رمز عبور قدیمی نیاز دارد. وقتی وصل شدید برگهٔ تازه چاپ کنید: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = برگهٔ بازیابی Carnet
cli-sheet-made = ساخته‌شده در { $date }
cli-sheet-hub = سرور: { $hub }
cli-sheet-words = ۱۲ کلمهٔ شما
cli-sheet-instructions =
    این کاغذ را امن نگه دارید. با آن و رمز عبورتان می‌توانید دفترچه را روی گوشی تازه پس بگیرید:
    ۱. Carnet را روی گوشی تازه نصب کنید و پس گرفتن دفترچه را انتخاب کنید.
    ۲. کد مربعی را اسکن کنید، یا ۱۲ کلمه و نشانی سرور را بنویسید.
    ۳. رمز عبور خود را بنویسید. دفترچه از سرور برمی‌گردد.
    روی رایانه: carnet recover --sheet photo.jpg
cli-sheet-warning = این کاغذ به تنهایی دفترچهٔ شما را باز نمی‌کند: رمز عبور هم لازم است. آن‌ها را کنار هم نگه ندارید. اگر برگهٔ تازه‌ای چاپ کنید، این یکی دیگر کار نمی‌کند.
