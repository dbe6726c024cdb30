# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = چۆن بینووسیت:
cli-help-commands = فەرمانەکان:
cli-help-arguments = چی بدەیت:
cli-help-options = هەڵبژاردەکان:
cli-help-examples = نموونەکان:

## Help: the whole program

cli-about = Carnet تۆمارێک لەوەی دەتوانیت بیکەیت هەڵدەگرێت: کارامەیی، کار، زمان، بڕوانامە و خول. تۆمارەکە لەسەر ئامێرەکەت دەمێنێتەوە، بە وشەی نهێنییەکەت داخراوە.

cli-examples =
    دەستپێکردنی تۆمار:       carnet init
    زیادکردنی کارامەیی:      carnet add skill --title "Welding" --level advanced
    بینینی بابەتەکانت:       carnet list
    بینینی یەک بابەت:        carnet show 3f2a
    یارمەتی بۆ فەرمانێک:     carnet add --help

cli-opt-data-dir = ئەو فۆڵدەرەی تۆمارەکەتی تێدا هەڵدەگیرێت. دەتوانیت CARNET_DATA_DIR یش دابنێیت.
cli-opt-json = وەڵام بە JSON، بۆ بەرنامەکانی تر.
cli-opt-lang = زمانی نامەکانی Carnet، بۆ نموونە ar، fa، fr، uk یان en.
cli-opt-help = ئەم یارمەتییە پیشان بدە.
cli-opt-version = وەشانی Carnet پیشان بدە.

## Help: commands

cli-cmd-init = تۆمارێکی نوێ دروست بکە، داخراو بە وشەی نهێنی.
cli-cmd-passphrase = وشەی نهێنیی تۆمارەکەت بگۆڕە.
cli-cmd-passphrase-change = وشەی نهێنییەکەت بگۆڕە. کۆنەکە دەنووسیت، پاشان نوێیەکە دوو جار.
cli-cmd-profile = پرۆفایلەکەت ببینە یان بگۆڕە: ناوت، وڵاتەکانت، زمانەکانت.
cli-cmd-profile-show = پرۆفایلەکەت پیشان بدە.
cli-cmd-profile-set = پرۆفایلەکەت بگۆڕە. بۆ سڕینەوەی شتێک، نرخێکی بەتاڵی پێ بدە، بۆ نموونە --contact "".
cli-cmd-add = بابەتێک زیاد بکە: کارامەیی، بڕوانامە، ئەزموونی کار، زمان یان خول.
cli-cmd-list = لیستی بابەتەکانت.
cli-cmd-show = هەموو شتێک دەربارەی یەک بابەت پیشان بدە.
cli-cmd-edit = بابەتێک بگۆڕە.
cli-cmd-rm = بابەتێک بسڕەوە.
cli-cmd-search = ئەو بابەتانە بدۆزەرەوە کە هەندێک وشەیان تێدایە.
cli-cmd-detach = وێنەیەک یان تێبینییەکی دەنگی لە بابەتێک لاببە. لەم ئامێرەش دەسڕدرێتەوە، مەگەر بابەتێکی تر پیشانی بدات.
cli-cmd-attach = وێنەی کاغەزێک بۆ بابەتێک زیاد بکە، بۆ نموونە بڕوانامە، بەڵگەنامە یان کاغەزی کار. یان تێبینییەکی دەنگی زیاد بکە: فایلێکی دەنگ کە تێیدا باسی کارامەییەکە دەکەیت.
cli-cmd-export = هەموو تۆمارەکەت وەک فایلێک بنووسە کە بەرنامەکانی تر بتوانن بیخوێننەوە.
cli-cmd-import = فایلێکی هەناردەی Carnet بخوێنەرەوە بۆ ناو تۆمارەکەت. هیچ شتێک لە تۆمارەکەت ناسڕدرێتەوە.
cli-cmd-devices = ئەو ئامێرانەی تۆمارەکەتیان هەیە.
cli-cmd-devices-list = ئەو ئامێرانە پیشان بدە کە تۆمارەکەتیان هەیە.
cli-cmd-devices-remove = تۆمارەکەت لە ئامێرێک وەربگرەوە، بۆ نموونە مۆبایلێکی ونبوو. ناتوانێت هیچ شتێک بخوێنێتەوە کە لە ئێستاوە زیادی دەکەیت.
cli-cmd-pair = تۆمارەکەت بخە سەر ئامێرێکی تری خۆت، وەک مۆبایلێکی نوێ.
cli-cmd-pair-show = لەسەر ئەو ئامێرەی تۆمارەکەتی هەیە: کۆدێک بۆ ئامێرە نوێیەکە پیشان بدە، پاشان ڕێگەی پێ بدە.
cli-cmd-pair-join = لەسەر ئامێرە نوێیەکە: تۆمارەکەت وەربگرە بەو کۆدەی ئامێرەکەی ترت پیشانی دەدات.
cli-cmd-sync = گۆڕانکارییەکانت بنێرە بۆ سێرڤەری ناوەندەکە و ئەو گۆڕانکارییانە وەربگرە کە لەسەر ئامێرەکانی ترت کراون. سێرڤەر تەنها کۆپییەکی داخراو هەڵدەگرێت کە ناتوانێت بیخوێنێتەوە.

## Help: what to give to the commands

cli-arg-kind = جۆری بابەت: skill (کارامەیی)، qualification (بڕوانامە)، experience (کار)، language (زمان) یان learning (خول).
cli-arg-title = ناوێکی کورت، بۆ نموونە "لەحیمکردن" یان "مۆڵەتی شۆفێری B".
cli-arg-description = وشەی زیاتر دەربارەی، ئەگەر بتەوێت.
cli-arg-level = چەند باشیت. بۆ کارامەیی یان کار: basic، intermediate، advanced یان expert. بۆ زمان: A1 (سەرەتا) تا C2 (زۆر باش). بۆ بڕوانامە یان خول: ئاستی EQFی، لە 1 تا 8.
cli-arg-eqf = ئاستی EQFی بڕوانامە یان خول، لە 1 تا 8، ئەگەر دەیزانیت.
cli-arg-from = کەی دەستی پێکرد: ساڵێک (2019)، مانگێک (2019-05) یان ڕۆژێک (2019-05-14).
cli-arg-to = کەی کۆتایی هات، بە هەمان شێوە نووسراو. ئەگەر هێشتا بەردەوامە، بەجێی بهێڵە.
cli-arg-organisation = خاوەنکار، قوتابخانە یان ناوەندی ڕاهێنان.
cli-arg-place = شار یان شوێن.
cli-arg-country = وڵات، بە دوو پیت، بۆ نموونە SY، AF، DE.
cli-arg-context = چۆن فێری بوویت: formal (قوتابخانە، بڕوانامە)، non-formal (خول) یان informal (بە کردن).
cli-arg-written-in = ئەو زمانەی ئەم بابەتەت پێ نووسیوە، بە کۆدێکی کورت، بۆ نموونە ar یان en.
cli-arg-esco = ناونیشانی ESCOی کارامەیی یان کارەکە، ئەگەر دەیزانیت.
cli-arg-isco = کۆدی کاری ISCO-08 (1 تا 4 ژمارە)، ئەگەر دەیزانیت.
cli-arg-stage = کەی لە گەشتەکەتدا ئەمە گرنگە: recruitment، pre-departure، arrival، career یان return. دەتوانیت زیاتر لە یەکێک بدەیت.

cli-arg-list-kind = تەنها بابەتەکانی ئەم جۆرە پیشان بدە: skill، qualification، experience، language یان learning.
cli-arg-list-stage = تەنها بابەتەکانی ئەم قۆناغە پیشان بدە: recruitment، pre-departure، arrival، career یان return.

cli-arg-id = ناسنامەی بابەتەکە (id). یەکەم 4 پیت یان زیاتر بەسە. بۆ بینینی ناسنامەکان، بنووسە: carnet list
cli-arg-set = گۆڕانکارییەک، بە شێوەی FIELD=VALUE، بۆ نموونە level=advanced. بۆ گۆڕینی زیاتر دووبارە بیدە. نرخی بەتاڵ خانەکە پاک دەکاتەوە. خانەکان: title، description، level، eqf، from، to، organisation، place، country، context، stages، written_in، esco، isco.
cli-arg-text = ئەو وشانەی بەدوایاندا دەگەڕێیت.
cli-arg-evidence = ئەو وێنە یان تێبینییە دەنگییەی لادەبرێت: ناسنامەکەی، وەک carnet show و carnet attach چاپی دەکەن (یەکەم 8 پیت یان زیاتر بەسە).
cli-arg-photo = وێنەیەک (JPEG، PNG یان WebP) یان فایلێکی دەنگ (WebM، Ogg، MP4، M4A، AAC، MP3 یان WAV، تا 5 MB). Carnet سەیری ناو فایلەکە دەکات بۆ ئەوەی بزانێت کامیانە. زانیاریی شاراوە لادەبات، وەک ئەو شوێنەی وێنەکەی لێ گیراوە.
cli-arg-format = جۆری فایل. ئێستا تەنها json.
cli-arg-file = ئەو فایلی هەناردەیەی دەخوێندرێتەوە.

cli-arg-name = ناوت، وەک دەتەوێت کەسانی تر بیبینن.
cli-arg-birth-date = ڕۆژی لەدایکبوونت: 1990، 1990-05 یان 1990-05-14.
cli-arg-origin = ئەو وڵاتەی لێیەوە هاتوویت، بە دوو پیت، بۆ نموونە SY، AF، ER.
cli-arg-current = ئەو وڵاتەی ئێستا تێیدا دەژیت، بە دوو پیت، بۆ نموونە DE، FR.
cli-arg-contact = خەڵک چۆن دەتوانن پەیوەندیت پێوە بکەن، بۆ نموونە ژمارەی تەلەفۆن یان ئیمەیڵ.
cli-arg-language = زمانێک کە دەیزانیت، بە کۆدێکی کورت، بۆ نموونە ar، fa-AF یان en. هەڵبژاردەکانی خوارەوە دەربارەی ئەم زمانەن.
cli-arg-mother-tongue = ئەم زمانە زمانی دایکتە.
cli-arg-not-mother-tongue = ئەم زمانە زمانی دایکت نییە.
cli-arg-listening = چەند باش لە قسەی خەڵک تێدەگەیت: A1 (سەرەتا) تا C2 (زۆر باش).
cli-arg-reading = چەند باش دەخوێنیتەوە: A1 تا C2.
cli-arg-spoken-interaction = چەند باش بەشداری لە گفتوگۆدا دەکەیت: A1 تا C2.
cli-arg-spoken-production = چەند باش بە تەنها قسە دەکەیت: A1 تا C2.
cli-arg-writing = چەند باش دەنووسیت: A1 تا C2.
cli-arg-remove-language = زمانێک لە پرۆفایلەکەت لاببە.
cli-arg-hub = ناونیشانی سێرڤەری ناوەندەکە، بۆ نموونە http://192.168.1.10:8470. Carnet لەبیری دەمێنێت.
cli-arg-device-id = ناسنامەی ئامێرەکە، وەک carnet devices list پیشانی دەدات (یەکەم 4 پیت یان زیاتر بەسە).
cli-arg-pair-approve = ڕێگە بە ئامێرە نوێیەکە بدە بێ پرسیار، ئەگەر ئەم کۆدە پیشان بدات (بۆ یارمەتیدەران و سکریپتەکان).
cli-arg-pair-code = ئەو کۆدەی ئامێرەکەی ترت پیشانی دەدات. بە CNP1: دەست پێدەکات
cli-arg-pair-name = ناوێک بۆ ئەم ئامێرە، بۆ ئەوەی لەسەر ئەوی تر بیناسیتەوە (بۆ نموونە "مۆبایلی ئامال").
cli-arg-sync-status = تەنها پیشان بدە کەی دوایین جار هاوکاتت کرد و چەند گۆڕانکاری چاوەڕێن. هیچ شتێک نانێردرێت.
cli-arg-sync-watch = بەردەوام هاوکات بکە. کاتێک ناگەیتە سێرڤەر، دواتر دووبارە هەوڵ بدەرەوە، هەر جارە زیاتر چاوەڕێ بکە.
cli-arg-sync-every = لەگەڵ --watch: چەند چرکە لە نێوان هاوکاتکردنەکاندا چاوەڕێ بکرێت (300 ئەگەر نەدرابێت).

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

cli-passphrase-new-intro = وشەیەکی نهێنی هەڵبژێرە کە لانیکەم { $min } پیت بێت. هەر جارێک تۆمارەکەت دەکەیتەوە پێویستت پێیەتی. کەس ناتوانێت بۆت بگەڕێنێتەوە.
cli-passphrase-prompt = وشەی نهێنی:
cli-passphrase-new-prompt = وشەی نهێنیی نوێ:
cli-passphrase-repeat-prompt = وشەی نهێنیی نوێ دووبارە بنووسەوە:
cli-passphrase-changed = وشەی نهێنییەکەت گۆڕدرا. لە ئێستاوە نوێیەکە بەکاربهێنە.

## Answers

cli-init-done = تۆمارەکەت ئامادەیە. لەم فۆڵدەرەدایە: { $dir }
cli-init-next = وشەی نهێنییەکەت بە سەلامەتی بپارێزە. بەبێ ئەو، کەس ناتوانێت تۆمارەکەت بکاتەوە، تەنانەت خۆشت. دواتر، ئەوەی دەتوانیت بیکەیت زیاد بکە، بۆ نموونە: carnet add skill --title "Cooking"

cli-list-empty = تۆمارەکەت هێشتا هیچ بابەتێکی نییە. بۆ زیادکردنی یەکێک، بنووسە: carnet add skill --title "Cooking"
cli-list-none-match = هیچ بابەتێک لەگەڵ داواکارییەکەت ناگونجێت.
cli-search-none = هیچ بابەتێک ئەم وشانەی تێدا نییە. وشەی تر تاقی بکەرەوە، یان بنووسە: carnet list

cli-edit-saved = گۆڕانکارییەکەت پاشەکەوت کرا.
cli-rm-done = سڕایەوە: { $title }
cli-detached = وێنە یان تێبینییە دەنگییەکە لە بابەتەکە لابرا.

cli-profile-saved = پرۆفایلەکەت پاشەکەوت کرا.
cli-profile-empty = پرۆفایلەکەت بەتاڵە. بۆ زیادکردنی ناوت، بنووسە: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 بابەت زیاد کرا.
   *[other] { $count } بابەت زیاد کران.
}
cli-import-updated = { $count ->
    [one] 1 بابەت نوێ کرایەوە.
   *[other] { $count } بابەت نوێ کرانەوە.
}
cli-import-unchanged = { $count ->
    [one] 1 بابەت پێشتر وەک خۆی بوو.
   *[other] { $count } بابەت پێشتر وەک خۆیان بوون.
}
cli-import-profile-updated = پرۆفایلەکەشت نوێ کرایەوە.
cli-import-missing-photos = { $count ->
    [one] 1 وێنە لەسەر ئەم ئامێرە نییە. فایلەکانی هەناردە وێنەیان تێدا نییە. دووبارە زیادی بکە بە: carnet attach
   *[other] { $count } وێنە لەسەر ئەم ئامێرە نین. فایلەکانی هەناردە وێنەیان تێدا نییە. دووبارە زیادیان بکە بە: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = ناسنامە
cli-show-kind = جۆر
cli-show-added = زیادکراو
cli-show-changed = گۆڕدراو
cli-show-evidence = وێنە و تێبینیی دەنگی
cli-show-photo = { $sha }  { $width } × { $height } پیکسڵ، { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } پیکسڵ، لەسەر ئەم ئامێرە نییە
cli-show-voice = { $sha }  تێبینیی دەنگی، { $kilobytes } KB
cli-show-voice-missing = { $sha }  تێبینیی دەنگی، لەسەر ئەم ئامێرە نییە
cli-show-conflicts = ئامێرێکی تریش نووسی:
cli-show-conflicts-hint = بۆ هێشتنەوەی یەکێک لەمانە، بنووسە: carnet edit { $id } --set FIELD=VALUE

cli-field-title = ناونیشان
cli-field-description = وەسف
cli-field-written-in = نووسراو بە
cli-field-esco = ESCO
cli-field-isco = کۆدی کاری ISCO-08
cli-field-level = ئاست
cli-field-eqf = ئاستی EQF
cli-field-organisation = دامەزراوە
cli-field-place = شوێن
cli-field-country = وڵات
cli-field-from = لە
cli-field-to = تا
cli-field-context = چۆن فێر بوویت
cli-field-stages = قۆناغەکان

cli-kind-skill = کارامەیی
cli-kind-qualification = بڕوانامە
cli-kind-experience = ئەزموون
cli-kind-language = زمان
cli-kind-learning = خول

cli-context-formal = فەرمی (قوتابخانە، بڕوانامە)
cli-context-non-formal = نافەرمی (خول)
cli-context-informal = بە کردن (لە کاتی کارکردندا)

cli-stage-recruitment = دامەزراندن
cli-stage-pre-departure = پێش ڕۆیشتن
cli-stage-arrival = گەیشتن
cli-stage-career = کارکردن
cli-stage-return = گەڕانەوە

cli-proficiency-basic = سەرەتایی
cli-proficiency-intermediate = ناوەند
cli-proficiency-advanced = پێشکەوتوو
cli-proficiency-expert = شارەزا

cli-level-eqf = ئاستی EQF { $level }

cli-profile-name = ناو
cli-profile-birth-date = ڕۆژی لەدایکبوون
cli-profile-origin = خەڵکی
cli-profile-current = دەژی لە
cli-profile-contact = پەیوەندی
cli-profile-languages = زمانەکان
cli-profile-mother-tongue = { $language } (زمانی دایک)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = گوێگرتن { $level }
cli-cefr-reading = خوێندنەوە { $level }
cli-cefr-spoken-interaction = گفتوگۆ لەگەڵ کەسانی تر { $level }
cli-cefr-spoken-production = قسەکردن { $level }
cli-cefr-writing = نووسین { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet لێرە «{ $arg }» ناناسێت.
cli-error-unknown-command = هیچ فەرمانێکی «{ $command }» نییە.
cli-error-invalid-value = «{ $value }» ناتوانرێت بۆ { $arg } بەکاربهێنرێت.
cli-error-missing-value = { $arg } پێویستی بە نرخێکە لە دوایەوە.
cli-error-valid-values = دەتوانیت ئەمانە بەکاربهێنیت: { $values }
cli-error-missing-argument = شتێک کەمە: { $arg }
cli-error-missing-command = بڵێ Carnet دوای «{ $command }» چی بکات.
cli-error-valid-commands = فەرمانەکان ئەمانەن: { $commands }
cli-error-conflict = { $arg } ناتوانرێت لەگەڵ { $other } پێکەوە بەکاربهێنرێت.
cli-error-no-equals = { $arg } بە نیشانەی یەکسان (=) بنووسە و نرخەکە ڕاستەوخۆ لە دوایەوە.
cli-error-too-many-values = { $arg } نرخی کەمتر وەردەگرێت. «{ $value }» یەکێکی زیادە.
cli-error-wrong-number-of-values = ژمارەی نرخەکانی { $arg } هەڵەیە.
cli-error-invalid-utf8 = Carnet ناتوانێت هەندێک لەو پیتانە بخوێنێتەوە کە نووسیوتن. دووبارە بیاننووسەوە.
cli-error-did-you-mean = مەبەستت { $suggestion } بوو؟
cli-error-usage = Carnet لەم فەرمانە تێنەگەیشت.
cli-error-usage-hint = بنووسە { $command } --help بۆ بینینی ئەوەی دەتوانیت بینووسیت.
cli-error-set-format = «{ $value }» گۆڕانکاری نییە. بنووسە FIELD=VALUE، بۆ نموونە --set level=advanced
cli-error-nothing-to-change = هیچ شتێک نییە بۆ گۆڕین. لانیکەم یەک هەڵبژاردە بدە، بۆ نموونە --name "Your name".

cli-error-passphrase-unavailable = Carnet پێویستی بە وشەی نهێنییە بەڵام لێرە ناتوانێت داوای بکات. Carnet لە تێرمیناڵێکدا کار پێ بکە، یان { $variable } دابنێ.
cli-error-passphrase-mismatch = دوو وشە نهێنییەکە وەک یەک نین. هیچ شتێک نەگۆڕدرا. تکایە دووبارە هەوڵ بدەرەوە.
cli-error-read-file = Carnet ناتوانێت فایلی { $path } بخوێنێتەوە. ناوی فایل و فۆڵدەرەکە بپشکنە، پاشان دووبارە هەوڵ بدەرەوە.
cli-error-no-data-dir = Carnet ناتوانێت فۆڵدەرێک بۆ تۆمارەکەت بدۆزێتەوە. یەکێک هەڵبژێرە بە --data-dir، بۆ نموونە --data-dir ./carnet
cli-error-output = Carnet نەیتوانی وەڵامەکەی بنووسێت. دڵنیابە کە دیسکەکە پڕ نییە، پاشان دووبارە هەوڵ بدەرەوە.
cli-error-details = وردەکاری بۆ یارمەتیدەر: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = بۆ دروستکردنی یەکێک، بنووسە: carnet init
cli-hint-already-exists = بۆ بینینی ناوەڕۆکەکەی، بنووسە: carnet list. بۆ تۆمارێکی دووەم، فۆڵدەرێکی تر هەڵبژێرە بە --data-dir.
cli-hint-not-found = بۆ بینینی ناسنامەکان، بنووسە: carnet list
cli-hint-ambiguous-id = بۆ بینینی ناسنامەکان، بنووسە: carnet list
cli-hint-import-format = فایلێک هەڵبژێرە کە بەمە دروست کرابێت: carnet export --format json
cli-hint-invalid-field = بۆ لیستی خانەکان، بنووسە: carnet edit --help

## carnet sync

cli-sync-phase-sending = ناردن
cli-sync-phase-receiving = وەرگرتن
cli-sync-phase-photos = وێنەکان
cli-sync-done = لەگەڵ { $hub } هاوکات کرا.
cli-sync-changes = { $sent ->
    [one] 1 گۆڕانکاری نێردرا
   *[other] { $sent } گۆڕانکاری نێردران
}، { $received ->
    [one] 1 گۆڕانکاری وەرگیرا.
   *[other] { $received } گۆڕانکاری وەرگیران.
}
cli-sync-photos = { $sent ->
    [one] 1 وێنە نێردرا
   *[other] { $sent } وێنە نێردران
}، { $received ->
    [one] 1 وێنە وەرگیرا.
   *[other] { $received } وێنە وەرگیران.
}
cli-sync-bytes = داتای بەکارهاتوو: { $up } KB ناردن، { $down } KB وەرگرتن.
cli-sync-retry = دووبارە هەوڵدانەوە لە { $seconds ->
    [one] 1 چرکەدا.
   *[other] { $seconds } چرکەدا.
}
cli-sync-status-hub = سێرڤەر: { $hub }
cli-sync-status-last = دوایین هاوکاتکردن: { $when }
cli-sync-status-pending = { $count ->
    [0] هیچ گۆڕانکارییەک چاوەڕێ نییە.
    [one] 1 گۆڕانکاری چاوەڕێی ناردنە.
   *[other] { $count } گۆڕانکاری چاوەڕێی ناردنن.
}
cli-sync-no-hub = هێشتا هیچ
cli-sync-never = هەرگیز
cli-hint-sync-no-hub = بۆ دانانی، بنووسە: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = گۆڕانکارییەکانت هەڵگیراون. بۆ هەوڵدانەوە دواتر، بنووسە: carnet sync

## carnet pair

cli-pair-show-scan = ئەم کۆدە بە ئامێرە نوێیەکەت سکان بکە، یان نووسینی خوارەوە لەوێ بنووسە.
cli-pair-show-expires = کۆدەکە بۆ 10 خولەک کار دەکات.
cli-pair-show-request = ئامێری «{ $name }» تۆمارەکەتی دەوێت. کۆدەکەی { $fingerprint }ە.
cli-pair-show-ask = ئایا ئامێرە نوێیەکەت هەمان کۆد پیشان دەدات؟ بنووسە بەڵێ بۆ ڕێگەدان، یان نەخێر.
cli-pair-yes = بەڵێ
cli-pair-show-approved = ئێستا «{ $name }» تۆمارەکەتی هەیە.
cli-pair-show-refused = تۆ وتت نەخێر. «{ $name }» هیچی وەرنەگرت.
cli-pair-default-name = ئامێری نوێ
cli-pair-join-check = ئامێرەکەی ترت دەبێت ئەم کۆدە پیشان بدات: { $fingerprint }. لەوێ ڕێگەی پێ بدە.
cli-pair-join-done = { $count ->
    [one] ئێستا ئەم ئامێرە تۆمارەکەتی هەیە، بە 1 بابەتەوە.
   *[other] ئێستا ئەم ئامێرە تۆمارەکەتی هەیە، بە { $count } بابەتەوە.
}

## carnet devices

cli-devices-none = هێشتا هیچ ئامێرێک ئەم تۆمارەی هاوکات نەکردووە.
cli-devices-line = { $id }  { $name }  (لە { $added }ەوە)
cli-devices-this = ← ئەم ئامێرە
cli-devices-removed = (لابرا لە { $when })
cli-devices-removed-done = «{ $name }» لابرا. ئێستا تۆمارەکەت کلیلێکی نوێی هەیە کە ئەو ئامێرە نییەتی.
cli-devices-new-sheet = پەڕەی گەڕاندنەوەکەت کلیلە کۆنەکەی تێدایە. ئێستا یەکێکی نوێ چاپ بکە و کۆنەکە لەناو ببە: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = پەڕەی گەڕاندنەوە چاپ بکە: بەو و وشەی نهێنییەکەت، ئەگەر ئەم مۆبایلە ون بکەیت دەتوانیت تۆمارەکەت لەسەر مۆبایلێکی نوێ بگەڕێنیتەوە.
cli-cmd-recover = لەسەر ئامێرێکی نوێ: تۆمارەکەت بگەڕێنەوە بە پەڕەی گەڕاندنەوە و وشەی نهێنییەکەت.
cli-arg-recovery-out = ئەو فایلەی پەڕەکەی تێدا دەنووسرێت. دەبێت بە .png یان .pdf کۆتایی بێت.
cli-arg-recover-sheet = وێنە یان سکانی پەڕەی گەڕاندنەوەکەت (PNG یان JPEG). Carnet کۆدە چوارگۆشەکەی دەخوێنێتەوە.
cli-arg-recover-words = 12 وشەی پەڕەی گەڕاندنەوەکەت، بە ڕیز، لە ناو کەوانەی دووانەدا. --hub یش بدە.
cli-arg-recover-hub = ناونیشانی سێرڤەر کە لەسەر پەڕەی گەڕاندنەوەکەت چاپ کراوە، بۆ نموونە http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet دەتوانێت پەڕەکە وەک فایلی .png یان .pdf بنووسێت، نەک وەک «{ $path }».
cli-recovery-sheet-done = پەڕەی گەڕاندنەوەکەت لە { $path }دایە. چاپی بکە و کاغەزەکە لە شوێنێکی سەلامەت، دوور لە مۆبایلەکەت، دابنێ.
cli-recovery-sheet-english = پەڕەکە بە ئینگلیزییە: Carnet هێشتا ناتوانێت پیتەکانی زمانەکەت بە دروستی لەسەری بنووسێت.
cli-recovery-sheet-replaced = هەر پەڕەیەک کە پێشتر چاپت کردبێت چیتر کار ناکات. لەناوی ببە.
cli-recover-done = { $count ->
    [one] تۆمارەکەت گەڕایەوە سەر ئەم ئامێرە: { $count } بابەت.
   *[other] تۆمارەکەت گەڕایەوە سەر ئەم ئامێرە: { $count } بابەت.
}
cli-passphrase-sheet-updated = پەڕەی گەڕاندنەوەکەت هێشتا کار دەکات، بە وشەی نهێنیی نوێکەت.
cli-passphrase-sheet-not-updated = پەڕەی گەڕاندنەوەکەت لە سێرڤەر نوێ نەکرایەوە. تا یەکێکی نوێ چاپ دەکەیت، وشەی نهێنیی کۆنەکەتی پێویستە. کاتێک پەیوەندیت هەیە پەڕەیەکی نوێ چاپ بکە: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = پەڕەی گەڕاندنەوەی Carnet
cli-sheet-made = دروستکراوە لە { $date }
cli-sheet-hub = سێرڤەر: { $hub }
cli-sheet-words = 12 وشەکەت
cli-sheet-instructions =
    ئەم کاغەزە بە سەلامەتی بپارێزە. بەم کاغەزە و وشەی نهێنییەکەت دەتوانیت تۆمارەکەت لەسەر مۆبایلێکی نوێ بگەڕێنیتەوە:
    1. Carnet لەسەر مۆبایلە نوێیەکە دابمەزرێنە و گەڕاندنەوەی تۆمار هەڵبژێرە.
    2. کۆدە چوارگۆشەکە سکان بکە، یان 12 وشەکە و ناونیشانی سێرڤەر بنووسە.
    3. وشەی نهێنییەکەت بنووسە. تۆمارەکە لە سێرڤەرەوە دەگەڕێتەوە.
    لەسەر کۆمپیوتەر: carnet recover --sheet photo.jpg
cli-sheet-warning = ئەم کاغەزە بە تەنها تۆمارەکەت ناکاتەوە: وشەی نهێنییەکەشت پێویستە. پێکەوە دایان مەنێ. ئەگەر پەڕەیەکی نوێ چاپ بکەیت، ئەمە چیتر کار ناکات.
