# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = څنګه یې ولیکئ:
cli-help-commands = امرونه:
cli-help-arguments = څه ورکړئ:
cli-help-options = انتخابونه:
cli-help-examples = بېلګې:

## Help: the whole program

cli-about = Carnet د هغه څه ریکارډ ساتي چې تاسو یې کولای شئ: مهارتونه، کار، ژبې، ډیپلومونه او کورسونه. ریکارډ ستاسو په وسیله کې پاتې کېږي، ستاسو په پټه جمله قلف.

cli-examples =
    کتابچه پیل کړئ:        carnet init
    مهارت زیات کړئ:        carnet add skill --title "Welding" --level advanced
    خپل ثبتونه وګورئ:      carnet list
    یو ثبت وګورئ:          carnet show 3f2a
    د امر مرسته:           carnet add --help

cli-opt-data-dir = هغه فولډر چې ستاسو کتابچه پکې ساتل کېږي. تاسو CARNET_DATA_DIR هم ټاکلای شئ.
cli-opt-json = په JSON ځواب ورکړه، د نورو پروګرامونو لپاره.
cli-opt-lang = د Carnet د پیغامونو ژبه، د بېلګې په توګه ar، fa، fr، uk یا en.
cli-opt-help = دا مرسته وښیه.
cli-opt-version = د Carnet نسخه وښیه.

## Help: commands

cli-cmd-init = نوې کتابچه جوړه کړئ، په پټه جمله قلف.
cli-cmd-passphrase = د خپلې کتابچې پټه جمله بدله کړئ.
cli-cmd-passphrase-change = خپله پټه جمله بدله کړئ. زړه ولیکئ، بیا نوې دوه ځله.
cli-cmd-profile = خپل پروفایل وګورئ یا بدل کړئ: ستاسو نوم، هېوادونه، ژبې.
cli-cmd-profile-show = خپل پروفایل وښیئ.
cli-cmd-profile-set = خپل پروفایل بدل کړئ. د یو شي د پاکولو لپاره، خالي ارزښت ورکړئ، د بېلګې په توګه --contact "".
cli-cmd-add = یو ثبت زیات کړئ: مهارت، سند، د کار تجربه، ژبه یا کورس.
cli-cmd-list = خپل ثبتونه لېست کړئ.
cli-cmd-show = د یو ثبت په اړه هر څه وښیئ.
cli-cmd-edit = یو ثبت بدل کړئ.
cli-cmd-rm = یو ثبت ړنګ کړئ.
cli-cmd-search = هغه ثبتونه ومومئ چې ځینې کلمې لري.
cli-cmd-detach = انځور یا غږیز یادښت له ثبت څخه لرې کړئ. له دې وسیلې هم ړنګېږي، مګر دا چې بل ثبت یې ښیي.
cli-cmd-attach = یو ثبت ته د کاغذ انځور زیات کړئ، د بېلګې په توګه ډیپلوم، سند یا د کار کاغذ. یا غږیز یادښت زیات کړئ: غږیز فایل چې تاسو پکې د مهارت په اړه خبرې کوئ.
cli-cmd-export = خپله ټوله کتابچه د داسې فایل په توګه ولیکئ چې نور پروګرامونه یې لوستلای شي.
cli-cmd-import = د Carnet صادر شوی فایل خپلې کتابچې ته ولولئ. ستاسو له کتابچې هېڅ نه ړنګېږي.
cli-cmd-devices = هغه وسیلې چې ستاسو کتابچه لري.
cli-cmd-devices-list = هغه وسیلې وښیئ چې ستاسو کتابچه لري.
cli-cmd-devices-remove = خپله کتابچه له یوې وسیلې واخلئ، د بېلګې په توګه له ورک شوي موبایل. هغه به هېڅ هغه څه ونشي لوستلای چې تاسو له اوس وروسته زیاتوئ.
cli-cmd-pair = خپله کتابچه په خپله بله وسیله کې واچوئ، لکه نوی موبایل.
cli-cmd-pair-show = په هغه وسیله کې چې ستاسو کتابچه لري: د نوې وسیلې لپاره کوډ وښیئ، بیا اجازه ورکړئ.
cli-cmd-pair-join = په نوې وسیله کې: خپله کتابچه د هغه کوډ په مرسته ترلاسه کړئ چې ستاسو بله وسیله یې ښیي.
cli-cmd-sync = خپل بدلونونه د مرکز هب ته ولېږئ او هغه بدلونونه ترلاسه کړئ چې په نورو وسیلو کې شوي. هب یوازې قلف شوې کاپي ساتي چې نشي یې لوستلای.

## Help: what to give to the commands

cli-arg-kind = د ثبت ډول: skill (مهارت)، qualification (سند)، experience (کار)، language (ژبه) یا learning (کورس).
cli-arg-title = لنډ نوم، د بېلګې په توګه "Welding" یا "Driving licence B".
cli-arg-description = د هغه په اړه نورې کلمې، که وغواړئ.
cli-arg-level = تاسو څومره ښه یاست. د مهارت یا کار لپاره: basic، intermediate، advanced یا expert. د ژبې لپاره: A1 (پیلونکی) تر C2 (ډېر ښه). د سند یا کورس لپاره: د هغه EQF کچه، له 1 تر 8.
cli-arg-eqf = د ډیپلوم یا کورس EQF کچه، له 1 تر 8، که یې پېژنئ.
cli-arg-from = کله پیل شو: کال (2019)، میاشت (2019-05) یا ورځ (2019-05-14).
cli-arg-to = کله پای ته ورسېد، په همدې ډول لیکل شوی. که لا روان وي، پرېږدئ یې.
cli-arg-organisation = کارګمارونکی، ښوونځی یا روزنیز مرکز.
cli-arg-place = ښار یا ځای.
cli-arg-country = هېواد، په دوو تورو، د بېلګې په توګه SY، AF، DE.
cli-arg-context = تاسو څنګه زده کړ: formal (ښوونځی، ډیپلوم)، non-formal (کورس) یا informal (په کولو سره).
cli-arg-written-in = هغه ژبه چې دا ثبت مو پکې لیکلی، د لنډ کوډ په توګه، د بېلګې په توګه ar یا en.
cli-arg-esco = د مهارت یا دندې ESCO پته، که یې پېژنئ.
cli-arg-isco = د ISCO-08 د دندې کوډ (1 تر 4 عددونه)، که یې پېژنئ.
cli-arg-stage = ستاسو د سفر په کوم وخت کې دا مهم دی: recruitment، pre-departure، arrival، career یا return. له یوه زیات ورکولای شئ.

cli-arg-list-kind = یوازې د دې ډول ثبتونه وښیه: skill، qualification، experience، language یا learning.
cli-arg-list-stage = یوازې د دې پړاو ثبتونه وښیه: recruitment، pre-departure، arrival، career یا return.

cli-arg-id = د ثبت id. لومړي 4 یا زیات توري بس دي. د idګانو د لیدلو لپاره، ولیکئ: carnet list
cli-arg-set = یو بدلون، د FIELD=VALUE په بڼه لیکل شوی، د بېلګې په توګه level=advanced. د نورو بدلونونو لپاره یې بیا ورکړئ. خالي ارزښت ساحه پاکوي. ساحې دا دي: title، description، level، eqf، from، to، organisation، place، country، context، stages، written_in، esco، isco.
cli-arg-text = هغه کلمې چې لټول کېږي.
cli-arg-evidence = هغه انځور یا غږیز یادښت چې لرې کېږي: د هغه id، لکه څنګه چې carnet show او carnet attach یې چاپوي (لومړي 8 یا زیات توري بس دي).
cli-arg-photo = انځور (JPEG، PNG یا WebP) یا غږیز فایل (WebM، Ogg، MP4، M4A، AAC، MP3 یا WAV، تر 5 MB). Carnet د فایل دننه ګوري څو پوه شي چې کوم دی. پټ معلومات لرې کوي، لکه هغه ځای چې انځور پکې اخیستل شوی.
cli-arg-format = د فایل ډول. اوس یوازې json.
cli-arg-file = هغه صادر شوی فایل چې لوستل کېږي.

cli-arg-name = ستاسو نوم، لکه څنګه چې غواړئ نور یې وویني.
cli-arg-birth-date = ستاسو د زېږېدو نېټه: 1990، 1990-05 یا 1990-05-14.
cli-arg-origin = هغه هېواد چې تاسو ترې راغلي یاست، په دوو تورو، د بېلګې په توګه SY، AF، ER.
cli-arg-current = هغه هېواد چې اوس پکې اوسېږئ، په دوو تورو، د بېلګې په توګه DE، FR.
cli-arg-contact = خلک څنګه له تاسو سره اړیکه نیولای شي، د بېلګې په توګه د تلیفون شمېره یا برېښنالیک.
cli-arg-language = یوه ژبه چې پېژنئ یې، د لنډ کوډ په توګه، د بېلګې په توګه ar، fa-AF یا en. لاندې انتخابونه د همدې ژبې په اړه دي.
cli-arg-mother-tongue = دا ژبه ستاسو مورنۍ ژبه ده.
cli-arg-not-mother-tongue = دا ژبه ستاسو مورنۍ ژبه نه ده.
cli-arg-listening = تاسو د خبرې کوونکو خلکو خبرې څومره ښه پوهېږئ: A1 (پیلونکی) تر C2 (ډېر ښه).
cli-arg-reading = تاسو څومره ښه لولئ: A1 تر C2.
cli-arg-spoken-interaction = تاسو په خبرو اترو کې څومره ښه برخه اخلئ: A1 تر C2.
cli-arg-spoken-production = تاسو پخپله څومره ښه خبرې کوئ: A1 تر C2.
cli-arg-writing = تاسو څومره ښه لیکئ: A1 تر C2.
cli-arg-remove-language = یوه ژبه له خپل پروفایل لرې کړئ.
cli-arg-hub = د مرکز د هب پته، د بېلګې په توګه http://192.168.1.10:8470. Carnet یې په یاد ساتي.
cli-arg-device-id = د وسیلې id، لکه څنګه چې دا یې ښیي: carnet devices list (لومړي 4 یا زیات توري بس دي).
cli-arg-pair-approve = نوې وسیلې ته پرته له پوښتنې اجازه ورکړه، که دا کوډ وښیي (د مرستندویانو او سکریپټونو لپاره).
cli-arg-pair-code = هغه کوډ چې ستاسو بله وسیله یې ښیي. په CNP1: پیلېږي
cli-arg-pair-name = د دې وسیلې لپاره یو نوم، څو یې په بله کې وپېژنئ (د بېلګې په توګه "Amal's phone").
cli-arg-sync-status = یوازې وښیه چې وروستی ځل مو کله همغږي کړې او څو بدلونونه انتظار باسي. هېڅ نه لېږل کېږي.
cli-arg-sync-watch = همغږي ته دوام ورکړه. کله چې هب ته رسېدل نه کېږي، وروسته بیا هڅه وکړه، هر ځل ډېر انتظار.
cli-arg-sync-every = له --watch سره: د همغږیو ترمنځ څو ثانیې انتظار (300 که ورنه کړل شي).

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

cli-passphrase-new-intro = لږ تر لږه د { $min } تورو پټه جمله وټاکئ. هر ځل چې خپله کتابچه پرانیزئ، ورته اړتیا لرئ. هېڅوک یې تاسو ته بېرته نشي درکولای.
cli-passphrase-prompt = پټه جمله:
cli-passphrase-new-prompt = نوې پټه جمله:
cli-passphrase-repeat-prompt = نوې پټه جمله بیا ولیکئ:
cli-passphrase-changed = ستاسو پټه جمله بدله شوه. له اوس وروسته نوې وکاروئ.

## Answers

cli-init-done = ستاسو کتابچه چمتو ده. په دې فولډر کې ده: { $dir }
cli-init-next = خپله پټه جمله خوندي وساتئ. پرته له هغې، هېڅوک ستاسو کتابچه نشي پرانیستلای، حتی تاسو هم. بیا، هغه څه زیات کړئ چې کولای یې شئ، د بېلګې په توګه: carnet add skill --title "Cooking"

cli-list-empty = ستاسو کتابچه تر اوسه ثبتونه نه لري. د یو ثبت د زیاتولو لپاره، ولیکئ: carnet add skill --title "Cooking"
cli-list-none-match = هېڅ ثبت له هغه څه سره سمون نه خوري چې تاسو غوښتي.
cli-search-none = هېڅ ثبت دا کلمې نه لري. نورې کلمې وازمویئ، یا ولیکئ: carnet list

cli-edit-saved = ستاسو بدلون وساتل شو.
cli-rm-done = ړنګ شو: { $title }
cli-detached = انځور یا غږیز یادښت له ثبت څخه لرې شو.

cli-profile-saved = ستاسو پروفایل وساتل شو.
cli-profile-empty = ستاسو پروفایل خالي دی. د خپل نوم د زیاتولو لپاره، ولیکئ: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] ۱ ثبت زیات شو.
   *[other] { $count } ثبتونه زیات شول.
}
cli-import-updated = { $count ->
    [one] ۱ ثبت تازه شو.
   *[other] { $count } ثبتونه تازه شول.
}
cli-import-unchanged = { $count ->
    [one] ۱ ثبت دمخه همداسې و.
   *[other] { $count } ثبتونه دمخه همداسې وو.
}
cli-import-profile-updated = ستاسو پروفایل هم تازه شو.
cli-import-missing-photos = { $count ->
    [one] ۱ انځور په دې وسیله کې نشته. صادر شوي فایلونه انځورونه نه لري. بیا یې زیات کړئ د دې په مرسته: carnet attach
   *[other] { $count } انځورونه په دې وسیله کې نشته. صادر شوي فایلونه انځورونه نه لري. بیا یې زیات کړئ د دې په مرسته: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = ډول
cli-show-added = زیات شوی
cli-show-changed = بدل شوی
cli-show-evidence = انځورونه او غږیز یادښتونه
cli-show-photo = { $sha }  { $width } × { $height } پکسله، { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } پکسله، په دې وسیله کې نشته
cli-show-voice = { $sha }  غږیز یادښت، { $kilobytes } KB
cli-show-voice-missing = { $sha }  غږیز یادښت، په دې وسیله کې نشته
cli-show-conflicts = بلې وسیلې هم لیکلي:
cli-show-conflicts-hint = د دې له منځه د یوه د ساتلو لپاره، ولیکئ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = سرلیک
cli-field-description = تشریح
cli-field-written-in = لیکل شوی په
cli-field-esco = ESCO
cli-field-isco = د ISCO-08 د دندې کوډ
cli-field-level = کچه
cli-field-eqf = EQF کچه
cli-field-organisation = اداره
cli-field-place = ځای
cli-field-country = هېواد
cli-field-from = له
cli-field-to = تر
cli-field-context = څنګه مو زده کړ
cli-field-stages = پړاوونه

cli-kind-skill = مهارت
cli-kind-qualification = سند
cli-kind-experience = تجربه
cli-kind-language = ژبه
cli-kind-learning = کورس

cli-context-formal = رسمي (ښوونځی، ډیپلوم)
cli-context-non-formal = نارسمي (کورس)
cli-context-informal = غیر رسمي (په کولو سره)

cli-stage-recruitment = استخدام
cli-stage-pre-departure = له تګ مخکې
cli-stage-arrival = رسېدل
cli-stage-career = کار
cli-stage-return = بېرته ستنېدل

cli-proficiency-basic = لومړنۍ
cli-proficiency-intermediate = منځنۍ
cli-proficiency-advanced = پرمختللې
cli-proficiency-expert = ماهر

cli-level-eqf = EQF کچه { $level }

cli-profile-name = نوم
cli-profile-birth-date = د زېږېدو نېټه
cli-profile-origin = له کوم ځای راغلی
cli-profile-current = اوسېږي په
cli-profile-contact = اړیکه
cli-profile-languages = ژبې
cli-profile-mother-tongue = { $language } (مورنۍ ژبه)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = اورېدل { $level }
cli-cefr-reading = لوستل { $level }
cli-cefr-spoken-interaction = له نورو سره خبرې { $level }
cli-cefr-spoken-production = خبرې کول { $level }
cli-cefr-writing = لیکل { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet دلته «{ $arg }» نه پېژني.
cli-error-unknown-command = «{ $command }» امر نشته.
cli-error-invalid-value = «{ $value }» د { $arg } لپاره نشي کارېدای.
cli-error-missing-value = { $arg } وروسته ارزښت ته اړتیا لري.
cli-error-valid-values = تاسو کارولای شئ: { $values }
cli-error-missing-argument = یو څه کم دي: { $arg }
cli-error-missing-command = ووایئ چې Carnet باید له «{ $command }» وروسته څه وکړي.
cli-error-valid-commands = امرونه دا دي: { $commands }
cli-error-conflict = { $arg } له { $other } سره یوځای نشي کارېدای.
cli-error-no-equals = { $arg } د مساوي نښې سره ولیکئ او ارزښت سمدستي ورپسې.
cli-error-too-many-values = { $arg } لږ ارزښتونه اخلي. «{ $value }» یو زیات دی.
cli-error-wrong-number-of-values = { $arg } د ارزښتونو ناسم شمېر لري.
cli-error-invalid-utf8 = Carnet ځینې هغه توري نشي لوستلای چې تاسو لیکلي. بیا یې ولیکئ.
cli-error-did-you-mean = ایا مطلب مو { $suggestion } و؟
cli-error-usage = Carnet دا امر ونه پوهېد.
cli-error-usage-hint = { $command } --help ولیکئ څو وګورئ چې څه لیکلای شئ.
cli-error-set-format = «{ $value }» بدلون نه دی. FIELD=VALUE ولیکئ، د بېلګې په توګه --set level=advanced
cli-error-nothing-to-change = د بدلولو لپاره هېڅ نشته. لږ تر لږه یو انتخاب ورکړئ، د بېلګې په توګه --name "Your name".

cli-error-passphrase-unavailable = Carnet پټې جملې ته اړتیا لري خو دلته یې نشي پوښتلای. Carnet په ترمینل کې وچلوئ، یا { $variable } وټاکئ.
cli-error-passphrase-mismatch = دواړه پټې جملې یو شان نه دي. هېڅ بدل نه شو. لطفاً بیا هڅه وکړئ.
cli-error-read-file = Carnet د { $path } فایل نشي لوستلای. د فایل نوم او فولډر وګورئ، بیا هڅه وکړئ.
cli-error-no-data-dir = Carnet ستاسو د کتابچې لپاره فولډر نشي موندلای. یو یې د --data-dir په مرسته وټاکئ، د بېلګې په توګه --data-dir ./carnet
cli-error-output = Carnet خپل ځواب ونشو لیکلای. وګورئ چې ډیسک ډک نه وي، بیا هڅه وکړئ.
cli-error-details = د مرستندوی لپاره جزئیات: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = د جوړولو لپاره، ولیکئ: carnet init
cli-hint-already-exists = د دې لپاره چې وګورئ پکې څه دي، ولیکئ: carnet list. د دویمې کتابچې لپاره، د --data-dir په مرسته بل فولډر وټاکئ.
cli-hint-not-found = د idګانو د لیدلو لپاره، ولیکئ: carnet list
cli-hint-ambiguous-id = د idګانو د لیدلو لپاره، ولیکئ: carnet list
cli-hint-import-format = هغه فایل وټاکئ چې په دې جوړ شوی: carnet export --format json
cli-hint-invalid-field = د ساحو د لېست لپاره، ولیکئ: carnet edit --help

## carnet sync

cli-sync-phase-sending = لېږل
cli-sync-phase-receiving = ترلاسه کول
cli-sync-phase-photos = انځورونه
cli-sync-done = له { $hub } سره همغږي شوه.
cli-sync-changes = { $sent ->
    [one] ۱ بدلون ولېږل شو
   *[other] { $sent } بدلونونه ولېږل شول
}، { $received ->
    [one] ۱ بدلون ترلاسه شو.
   *[other] { $received } بدلونونه ترلاسه شول.
}
cli-sync-photos = { $sent ->
    [one] ۱ انځور ولېږل شو
   *[other] { $sent } انځورونه ولېږل شول
}، { $received ->
    [one] ۱ انځور ترلاسه شو.
   *[other] { $received } انځورونه ترلاسه شول.
}
cli-sync-bytes = کارول شوي معلومات: { $up } KB پورته، { $down } KB ښکته.
cli-sync-retry = بیا هڅه په { $seconds ->
    [one] ۱ ثانیه کې.
   *[other] { $seconds } ثانیو کې.
}
cli-sync-status-hub = هب: { $hub }
cli-sync-status-last = وروستۍ همغږي: { $when }
cli-sync-status-pending = { $count ->
    [0] هېڅ بدلون انتظار نه باسي.
    [one] ۱ بدلون د لېږلو انتظار باسي.
   *[other] { $count } بدلونونه د لېږلو انتظار باسي.
}
cli-sync-no-hub = تر اوسه نشته
cli-sync-never = هېڅکله
cli-hint-sync-no-hub = د ټاکلو لپاره، ولیکئ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ستاسو بدلونونه ساتل شوي. وروسته د بیا هڅې لپاره، ولیکئ: carnet sync

## carnet pair

cli-pair-show-scan = دا کوډ په خپله نوې وسیله سکن کړئ، یا هلته لاندې متن ولیکئ.
cli-pair-show-expires = کوډ ۱۰ دقیقې کار کوي.
cli-pair-show-request = «{ $name }» وسیله ستاسو کتابچه غواړي. د هغې کوډ { $fingerprint } دی.
cli-pair-show-ask = ایا ستاسو نوې وسیله همدا کوډ ښیي؟ د اجازې لپاره yes ولیکئ، یا no.
cli-pair-yes = yes
cli-pair-show-approved = «{ $name }» اوس ستاسو کتابچه لري.
cli-pair-show-refused = تاسو نه وویل. «{ $name }» هېڅ ترلاسه نه کړل.
cli-pair-default-name = نوې وسیله
cli-pair-join-check = ستاسو بله وسیله باید دا کوډ وښیي: { $fingerprint }. هلته اجازه ورکړئ.
cli-pair-join-done = { $count ->
    [one] دا وسیله اوس ستاسو کتابچه لري، د ۱ ثبت سره.
   *[other] دا وسیله اوس ستاسو کتابچه لري، د { $count } ثبتونو سره.
}

## carnet devices

cli-devices-none = تر اوسه هېڅ وسیلې دا کتابچه همغږي کړې نه ده.
cli-devices-line = { $id }  { $name }  (له { $added } راهیسې)
cli-devices-this = ← دا وسیله
cli-devices-removed = (لرې شوې { $when })
cli-devices-removed-done = «{ $name }» لرې شوه. ستاسو کتابچه اوس نوې کیلي لري، چې هغه وسیله یې نه لري.
cli-devices-new-sheet = ستاسو د بیا راګرځولو پاڼه زړه کیلي لري. همدا اوس نوې چاپ کړئ او زړه له منځه یوسئ: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = د بیا راګرځولو پاڼه چاپ کړئ: د هغې او خپلې پټې جملې په مرسته، که دا موبایل ورک کړئ، خپله کتابچه په نوي موبایل کې بېرته ترلاسه کولای شئ.
cli-cmd-recover = په نوې وسیله کې: خپله کتابچه د بیا راګرځولو پاڼې او پټې جملې په مرسته بېرته ترلاسه کړئ.
cli-arg-recovery-out = هغه فایل چې پاڼه پکې لیکل کېږي. باید په .png یا .pdf پای ته ورسېږي.
cli-arg-recover-sheet = ستاسو د بیا راګرځولو پاڼې انځور یا سکن (PNG یا JPEG). Carnet د هغې مربع کوډ لولي.
cli-arg-recover-words = ستاسو د بیا راګرځولو پاڼې ۱۲ کلمې، په ترتیب، په قوسونو کې. --hub هم ورکړئ.
cli-arg-recover-hub = د هب پته چې ستاسو د بیا راګرځولو پاڼې پر مخ چاپ شوې، د بېلګې په توګه http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet پاڼه د .png یا .pdf فایل په توګه لیکلای شي، نه د «{ $path }» په توګه.
cli-recovery-sheet-done = ستاسو د بیا راګرځولو پاڼه په { $path } کې ده. چاپ یې کړئ او کاغذ په خوندي ځای کې وساتئ، له خپل موبایل څخه لرې.
cli-recovery-sheet-english = پاڼه په انګرېزي ده: Carnet لا نشي کولای ستاسو د ژبې توري پرې په سمه توګه ولیکي.
cli-recovery-sheet-replaced = هره پاڼه چې مخکې مو چاپ کړې، نور کار نه کوي. له منځه یې یوسئ.
cli-recover-done = { $count ->
    [one] ستاسو کتابچه بېرته پر دې وسیله ده: { $count } ثبت.
   *[other] ستاسو کتابچه بېرته پر دې وسیله ده: { $count } ثبتونه.
}
cli-passphrase-sheet-updated = ستاسو د بیا راګرځولو پاڼه لا هم کار کوي، ستاسو د نوې پټې جملې سره.
cli-passphrase-sheet-not-updated = ستاسو د بیا راګرځولو پاڼه په هب کې تازه نه شوه. تر هغه چې نوې چاپ کړئ، زړې پټې جملې ته اړتیا لري. کله چې وصل شوئ نوې پاڼه چاپ کړئ: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = د Carnet د بیا راګرځولو پاڼه
cli-sheet-made = جوړه شوې په { $date }
cli-sheet-hub = هب: { $hub }
cli-sheet-words = ستاسو ۱۲ کلمې
cli-sheet-instructions =
    دا کاغذ خوندي وساتئ. د دې او خپلې پټې جملې په مرسته کولای شئ خپله کتابچه په نوي موبایل کې بېرته ترلاسه کړئ:
    1. Carnet په نوي موبایل کې واچوئ او د کتابچې بېرته ترلاسه کول وټاکئ.
    2. مربع کوډ سکن کړئ، یا ۱۲ کلمې او د هب پته ولیکئ.
    3. خپله پټه جمله ولیکئ. کتابچه له هب څخه بېرته راځي.
    په کمپیوټر کې: carnet recover --sheet photo.jpg
cli-sheet-warning = یوازې دا کاغذ ستاسو کتابچه نه پرانیزي: ستاسو پټه جمله هم اړینه ده. دواړه یو ځای مه ساتئ. که نوې پاڼه چاپ کړئ، دا به نور کار ونه کړي.
