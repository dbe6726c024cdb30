# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Чӣ тавр навиштан:
cli-help-commands = Фармонҳо:
cli-help-arguments = Чӣ бояд дод:
cli-help-options = Имконот:
cli-help-examples = Мисолҳо:

## Help: the whole program

cli-about = Carnet сабти он чиро, ки аз дастатон меояд, нигоҳ медорад: маҳоратҳо, кор, забонҳо, дипломҳо ва курсҳо. Сабт дар дастгоҳи шумо мемонад ва бо рамзи шумо қулф аст.

cli-examples =
    Оғози дафтарча:          carnet init
    Илова кардани маҳорат:   carnet add skill --title "Welding" --level advanced
    Дидани сабтҳоятон:       carnet list
    Дидани як сабт:          carnet show 3f2a
    Кӯмак барои фармон:      carnet add --help

cli-opt-data-dir = Папкае, ки дафтарчаи шумо дар он нигоҳ дошта мешавад. Инчунин метавонед CARNET_DATA_DIR-ро муқаррар кунед.
cli-opt-json = Ҷавоб бо JSON, барои барномаҳои дигар.
cli-opt-lang = Забони паёмҳои Carnet, масалан ar, fa, fr, uk ё en.
cli-opt-help = Нишон додани ин кӯмак.
cli-opt-version = Нишон додани версияи Carnet.

## Help: commands

cli-cmd-init = Сохтани дафтарчаи нав, ки бо рамз қулф аст.
cli-cmd-passphrase = Тағйир додани рамзи дафтарчаи шумо.
cli-cmd-passphrase-change = Рамзи худро тағйир диҳед. Шумо рамзи кӯҳнаро менависед, баъд рамзи навро ду бор.
cli-cmd-profile = Дидан ё тағйир додани профили шумо: номатон, кишварҳоятон, забонҳоятон.
cli-cmd-profile-show = Нишон додани профили шумо.
cli-cmd-profile-set = Тағйир додани профили шумо. Барои тоза кардани чизе, ба он қимати холӣ диҳед, масалан --contact "".
cli-cmd-add = Илова кардани сабт: маҳорат, ихтисос, таҷрибаи корӣ, забон ё курс.
cli-cmd-list = Рӯйхати сабтҳои шумо.
cli-cmd-show = Нишон додани ҳама чиз дар бораи як сабт.
cli-cmd-edit = Тағйир додани сабт.
cli-cmd-rm = Нест кардани сабт.
cli-cmd-search = Ёфтани сабтҳое, ки калимаҳои муайян доранд.
cli-cmd-detach = Хориҷ кардани акс ё паёми овозӣ аз сабт. Он аз ин дастгоҳ ҳам нест карда мешавад, агар сабти дигар онро нишон надиҳад.
cli-cmd-attach = Илова кардани акси ҳуҷҷат ба сабт, масалан диплом, шаҳодатнома ё ҳуҷҷати корӣ. Ё илова кардани паёми овозӣ: файли овозӣ, ки дар он дар бораи маҳорат нақл мекунед.
cli-cmd-export = Навиштани тамоми дафтарчаи шумо ба файле, ки барномаҳои дигар хонда метавонанд.
cli-cmd-import = Хондани файли содироти Carnet ба дафтарчаи шумо. Аз дафтарчаи шумо ҳеҷ чиз нест карда намешавад.
cli-cmd-devices = Дастгоҳҳое, ки дафтарчаи шуморо доранд.
cli-cmd-devices-list = Нишон додани дастгоҳҳое, ки дафтарчаи шуморо доранд.
cli-cmd-devices-remove = Гирифтани дафтарчаи шумо аз дастгоҳ, масалан телефони гумшуда. Аз ин пас он чизеро, ки шумо илова мекунед, хонда наметавонад.
cli-cmd-pair = Гузоштани дафтарчаи шумо ба дастгоҳи дигари худатон, масалан телефони нав.
cli-cmd-pair-show = Дар дастгоҳе, ки дафтарчаи шуморо дорад: барои дастгоҳи нав код нишон диҳед, баъд ба он иҷозат диҳед.
cli-cmd-pair-join = Дар дастгоҳи нав: дафтарчаи худро бо коде, ки дастгоҳи дигаратон нишон медиҳад, гиред.
cli-cmd-sync = Фиристодани тағйироти шумо ба сервери марказ ва гирифтани тағйироте, ки дар дастгоҳҳои дигаратон кардаед. Сервер танҳо нусхаи қулфшударо нигоҳ медорад, ки онро хонда наметавонад.

## Help: what to give to the commands

cli-arg-kind = Навъи сабт: skill, qualification, experience (кор), language ё learning (курс).
cli-arg-title = Номи кӯтоҳ, масалан "Welding" ё "Driving licence B".
cli-arg-description = Калимаҳои бештар дар бораи он, агар хоҳед.
cli-arg-level = Шумо чӣ қадар хуб медонед. Барои маҳорат ё кор: basic, intermediate, advanced ё expert. Барои забон: A1 (навомӯз) то C2 (хеле хуб). Барои ихтисос ё курс: сатҳи EQF-и он, аз 1 то 8.
cli-arg-eqf = Сатҳи EQF-и диплом ё курс, аз 1 то 8, агар донед.
cli-arg-from = Кай сар шуд: сол (2019), моҳ (2019-05) ё рӯз (2019-05-14).
cli-arg-to = Кай тамом шуд, ба ҳамон тарз. Агар ҳанӯз идома дорад, онро нанависед.
cli-arg-organisation = Корфармо, мактаб ё маркази омӯзишӣ.
cli-arg-place = Шаҳр ё ҷой.
cli-arg-country = Кишвар, бо ду ҳарф, масалан SY, AF, DE.
cli-arg-context = Онро чӣ тавр омӯхтед: formal (мактаб, диплом), non-formal (курс) ё informal (дар амал).
cli-arg-written-in = Забоне, ки ин сабтро бо он навиштед, бо коди кӯтоҳ, масалан ar ё en.
cli-arg-esco = Суроғаи ESCO-и маҳорат ё касб, агар донед.
cli-arg-isco = Коди касбии ISCO-08 (аз 1 то 4 рақам), агар донед.
cli-arg-stage = Дар кадом марҳилаи сафаратон ин муҳим аст: recruitment, pre-departure, arrival, career ё return. Метавонед якчандто диҳед.

cli-arg-list-kind = Танҳо сабтҳои ин навъро нишон диҳед: skill, qualification, experience, language ё learning.
cli-arg-list-stage = Танҳо сабтҳои ин марҳиларо нишон диҳед: recruitment, pre-departure, arrival, career ё return.

cli-arg-id = Шиносаи сабт. 4 ё бештар аломати аввал кифоя аст. Барои дидани шиносаҳо нависед: carnet list
cli-arg-set = Тағйирот, ки ҳамчун FIELD=VALUE навишта мешавад, масалан level=advanced. Барои тағйири бештар боз диҳед. Қимати холӣ майдонро тоза мекунад. Майдонҳо: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = Калимаҳо барои ҷустуҷӯ.
cli-arg-evidence = Акс ё паёми овозие, ки бояд хориҷ шавад: шиносаи он, чуноне ки carnet show ва carnet attach нишон медиҳанд (8 ё бештар аломати аввал кифоя аст).
cli-arg-photo = Акс (JPEG, PNG ё WebP) ё файли овозӣ (WebM, Ogg, MP4, M4A, AAC, MP3 ё WAV, то 5 MB). Carnet ба дохили файл менигарад, то бидонад, ки кадом аст. Он маълумоти пинҳонро тоза мекунад, масалан ҷое, ки акс гирифта шудааст.
cli-arg-format = Навъи файл. Ҳоло танҳо json.
cli-arg-file = Файли содирот барои хондан.

cli-arg-name = Номи шумо, чуноне ки мехоҳед дигарон бубинанд.
cli-arg-birth-date = Санаи таваллуди шумо: 1990, 1990-05 ё 1990-05-14.
cli-arg-origin = Кишваре, ки аз он омадаед, бо ду ҳарф, масалан SY, AF, ER.
cli-arg-current = Кишваре, ки ҳоло дар он зиндагӣ мекунед, бо ду ҳарф, масалан DE, FR.
cli-arg-contact = Чӣ тавр бо шумо тамос гирифтан мумкин аст, масалан рақами телефон ё почтаи электронӣ.
cli-arg-language = Забоне, ки медонед, бо коди кӯтоҳ, масалан ar, fa-AF ё en. Имконоти зерин дар бораи ҳамин забон аст.
cli-arg-mother-tongue = Ин забон забони модарии шумост.
cli-arg-not-mother-tongue = Ин забон забони модарии шумо нест.
cli-arg-listening = Гапи дигаронро чӣ қадар хуб мефаҳмед: A1 (навомӯз) то C2 (хеле хуб).
cli-arg-reading = Чӣ қадар хуб мехонед: A1 то C2.
cli-arg-spoken-interaction = Дар суҳбат чӣ қадар хуб иштирок мекунед: A1 то C2.
cli-arg-spoken-production = Худатон чӣ қадар хуб гап мезанед: A1 то C2.
cli-arg-writing = Чӣ қадар хуб менависед: A1 то C2.
cli-arg-remove-language = Хориҷ кардани забон аз профили шумо.
cli-arg-hub = Суроғаи сервери марказ, масалан http://192.168.1.10:8470. Carnet онро дар ёд нигоҳ медорад.
cli-arg-device-id = Шиносаи дастгоҳ, чуноне ки carnet devices list нишон медиҳад (4 ё бештар аломати аввал кифоя аст).
cli-arg-pair-approve = Ба дастгоҳи нав бе пурсиш иҷозат диҳед, агар он ин кодро нишон диҳад (барои ёрдамчиён ва скриптҳо).
cli-arg-pair-code = Коде, ки дастгоҳи дигаратон нишон медиҳад. Он бо CNP1: сар мешавад
cli-arg-pair-name = Номи ин дастгоҳ, то онро дар дастгоҳи дигар шиносед (масалан "Amal's phone").
cli-arg-sync-status = Танҳо нишон диҳед, ки охирин бор кай ҳамоҳанг шуд ва чанд тағйирот интизор аст. Ҳеҷ чиз фиристода намешавад.
cli-arg-sync-watch = Ҳамоҳангсозиро идома диҳед. Вақте сервер дастнорас аст, баъдтар боз кӯшиш кунед ва ҳар дафъа бештар интизор шавед.
cli-arg-sync-every = Бо --watch: байни ҳамоҳангсозиҳо чанд сония интизор шудан (агар дода нашавад, 300).

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

cli-passphrase-new-intro = Рамзе интихоб кунед, ки ақаллан { $min } аломат дошта бошад. Ҳар дафъае, ки дафтарчаатонро мекушоед, ба он ниёз доред. Ҳеҷ кас онро барои шумо барқарор карда наметавонад.
cli-passphrase-prompt = Рамз:
cli-passphrase-new-prompt = Рамзи нав:
cli-passphrase-repeat-prompt = Рамзи навро боз нависед:
cli-passphrase-changed = Рамзи шумо тағйир ёфт. Аз ин пас рамзи навро истифода баред.

## Answers

cli-init-done = Дафтарчаи шумо тайёр аст. Он дар ин папка аст: { $dir }
cli-init-next = Рамзи худро бехатар нигоҳ доред. Бе он ҳеҷ кас, ҳатто худатон, дафтарчаро кушода наметавонад. Баъд, он чиро, ки аз дастатон меояд, илова кунед, масалан: carnet add skill --title "Cooking"

cli-list-empty = Дафтарчаи шумо ҳоло сабт надорад. Барои илова кардан нависед: carnet add skill --title "Cooking"
cli-list-none-match = Ягон сабт ба он чи шумо пурсидед мувофиқ нест.
cli-search-none = Ягон сабт ин калимаҳоро надорад. Калимаҳои дигарро санҷед, ё нависед: carnet list

cli-edit-saved = Тағйироти шумо нигоҳ дошта шуд.
cli-rm-done = Нест карда шуд: { $title }
cli-detached = Акс ё паёми овозӣ аз сабт хориҷ карда шуд.

cli-profile-saved = Профили шумо нигоҳ дошта шуд.
cli-profile-empty = Профили шумо холӣ аст. Барои илова кардани номатон нависед: carnet profile set --name "Your name"

cli-import-added = { $count ->
   *[other] { $count } сабт илова шуд.
}
cli-import-updated = { $count ->
   *[other] { $count } сабт навсозӣ шуд.
}
cli-import-unchanged = { $count ->
   *[other] { $count } сабт аллакай якхела буд.
}
cli-import-profile-updated = Профили шумо ҳам навсозӣ шуд.
cli-import-missing-photos = { $count ->
   *[other] { $count } акс дар ин дастгоҳ нест. Файлҳои содирот аксҳоро нигоҳ намедоранд. Онҳоро боз бо ин илова кунед: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Шиноса
cli-show-kind = Навъ
cli-show-added = Илова шуд
cli-show-changed = Тағйир ёфт
cli-show-evidence = Аксҳо ва паёмҳои овозӣ
cli-show-photo = { $sha }  { $width } × { $height } пиксел, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } пиксел, дар ин дастгоҳ нест
cli-show-voice = { $sha }  паёми овозӣ, { $kilobytes } KB
cli-show-voice-missing = { $sha }  паёми овозӣ, дар ин дастгоҳ нест
cli-show-conflicts = Дастгоҳи дигар ҳам навишт:
cli-show-conflicts-hint = Барои нигоҳ доштани яке аз инҳо нависед: carnet edit { $id } --set FIELD=VALUE

cli-field-title = Ном
cli-field-description = Тавсиф
cli-field-written-in = Забони навишт
cli-field-esco = ESCO
cli-field-isco = Коди касбии ISCO-08
cli-field-level = Сатҳ
cli-field-eqf = Сатҳи EQF
cli-field-organisation = Ташкилот
cli-field-place = Ҷой
cli-field-country = Кишвар
cli-field-from = Аз
cli-field-to = То
cli-field-context = Чӣ тавр омӯхтед
cli-field-stages = Марҳилаҳо

cli-kind-skill = маҳорат
cli-kind-qualification = ихтисос
cli-kind-experience = таҷриба
cli-kind-language = забон
cli-kind-learning = курс

cli-context-formal = расмӣ (мактаб, диплом)
cli-context-non-formal = ғайрирасмӣ (курс)
cli-context-informal = дар амал (бо иҷро кардан)

cli-stage-recruitment = ба кор қабул
cli-stage-pre-departure = пеш аз сафар
cli-stage-arrival = расидан
cli-stage-career = кор
cli-stage-return = бозгашт

cli-proficiency-basic = ибтидоӣ
cli-proficiency-intermediate = миёна
cli-proficiency-advanced = пешрафта
cli-proficiency-expert = устод

cli-level-eqf = Сатҳи EQF { $level }

cli-profile-name = Ном
cli-profile-birth-date = Санаи таваллуд
cli-profile-origin = Аз куҷо
cli-profile-current = Ҷои зиндагӣ
cli-profile-contact = Тамос
cli-profile-languages = Забонҳо
cli-profile-mother-tongue = { $language } (забони модарӣ)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = шунидан { $level }
cli-cefr-reading = хондан { $level }
cli-cefr-spoken-interaction = суҳбат бо дигарон { $level }
cli-cefr-spoken-production = гап задан { $level }
cli-cefr-writing = навиштан { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet дар ин ҷо «{ $arg }»-ро намедонад.
cli-error-unknown-command = Фармони «{ $command }» вуҷуд надорад.
cli-error-invalid-value = «{ $value }»-ро барои { $arg } истифода бурдан мумкин нест.
cli-error-missing-value = Пас аз { $arg } қимат лозим аст.
cli-error-valid-values = Шумо метавонед инҳоро истифода баред: { $values }
cli-error-missing-argument = Чизе намерасад: { $arg }
cli-error-missing-command = Гӯед, ки Carnet пас аз «{ $command }» чӣ кунад.
cli-error-valid-commands = Фармонҳо: { $commands }
cli-error-conflict = { $arg }-ро бо { $other } якҷоя истифода бурдан мумкин нест.
cli-error-no-equals = { $arg }-ро бо аломати баробар ва қимат фавран пас аз он нависед.
cli-error-too-many-values = { $arg } қиматҳои камтар мегирад. «{ $value }» як зиёдатӣ аст.
cli-error-wrong-number-of-values = { $arg } шумораи нодурусти қиматҳо дорад.
cli-error-invalid-utf8 = Carnet баъзе ҳарфҳоеро, ки навиштед, хонда наметавонад. Онҳоро боз нависед.
cli-error-did-you-mean = Шояд шумо { $suggestion }-ро дар назар доштед?
cli-error-usage = Carnet ин фармонро нафаҳмид.
cli-error-usage-hint = Барои дидани он чи навишта метавонед, { $command } --help нависед.
cli-error-set-format = «{ $value }» тағйирот нест. FIELD=VALUE нависед, масалан --set level=advanced
cli-error-nothing-to-change = Чизе барои тағйир нест. Ақаллан як имконот диҳед, масалан --name "Your name".

cli-error-passphrase-unavailable = Carnet ба рамз ниёз дорад, аммо дар ин ҷо онро пурсида наметавонад. Carnet-ро дар терминал иҷро кунед, ё { $variable }-ро муқаррар кунед.
cli-error-passphrase-mismatch = Ду рамз якхела нестанд. Ҳеҷ чиз тағйир наёфт. Лутфан, боз кӯшиш кунед.
cli-error-read-file = Carnet файли { $path }-ро хонда наметавонад. Номи файл ва папкаро санҷед, баъд боз кӯшиш кунед.
cli-error-no-data-dir = Carnet барои дафтарчаи шумо папка ёфта наметавонад. Онро бо --data-dir интихоб кунед, масалан --data-dir ./carnet
cli-error-output = Carnet ҷавоби худро навишта натавонист. Санҷед, ки диск пур нест, баъд боз кӯшиш кунед.
cli-error-details = Тафсилот барои ёрдамчӣ: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Барои сохтани он нависед: carnet init
cli-hint-already-exists = Барои дидани он чи дар он аст, нависед: carnet list. Барои дафтарчаи дуюм, бо --data-dir папкаи дигар интихоб кунед.
cli-hint-not-found = Барои дидани шиносаҳо нависед: carnet list
cli-hint-ambiguous-id = Барои дидани шиносаҳо нависед: carnet list
cli-hint-import-format = Файлеро интихоб кунед, ки бо ин сохта шудааст: carnet export --format json
cli-hint-invalid-field = Барои рӯйхати майдонҳо нависед: carnet edit --help

## carnet sync

cli-sync-phase-sending = Фиристодан
cli-sync-phase-receiving = Гирифтан
cli-sync-phase-photos = Аксҳо
cli-sync-done = Бо { $hub } ҳамоҳанг шуд.
cli-sync-changes = { $sent ->
   *[other] { $sent } тағйирот фиристода шуд
}, { $received ->
   *[other] { $received } тағйирот гирифта шуд.
}
cli-sync-photos = { $sent ->
   *[other] { $sent } акс фиристода шуд
}, { $received ->
   *[other] { $received } акс гирифта шуд.
}
cli-sync-bytes = Маълумоти истифодашуда: { $up } KB фиристода, { $down } KB гирифта.
cli-sync-retry = Кӯшиши нав пас аз { $seconds ->
   *[other] { $seconds } сония.
}
cli-sync-status-hub = Сервер: { $hub }
cli-sync-status-last = Ҳамоҳангсозии охирин: { $when }
cli-sync-status-pending = { $count ->
    [0] Ҳеҷ тағйирот интизор нест.
   *[other] { $count } тағйирот интизори фиристодан аст.
}
cli-sync-no-hub = ҳоло нест
cli-sync-never = ҳеҷ гоҳ
cli-hint-sync-no-hub = Барои муқаррар кардани он нависед: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Тағйироти шумо нигоҳ дошта шуд. Барои баъдтар боз кӯшиш кардан нависед: carnet sync

## carnet pair

cli-pair-show-scan = Ин кодро бо дастгоҳи нави худ скан кунед, ё матни зеринро дар он ҷо нависед.
cli-pair-show-expires = Код 10 дақиқа кор мекунад.
cli-pair-show-request = Дастгоҳи «{ $name }» дафтарчаи шуморо мехоҳад. Коди он { $fingerprint } аст.
cli-pair-show-ask = Оё дастгоҳи нави шумо ҳамин кодро нишон медиҳад? Барои иҷозат ҳа нависед, вагарна не.
cli-pair-yes = ҳа
cli-pair-show-approved = Акнун «{ $name }» дафтарчаи шуморо дорад.
cli-pair-show-refused = Шумо «не» гуфтед. «{ $name }» ҳеҷ чиз нагирифт.
cli-pair-default-name = Дастгоҳи нав
cli-pair-join-check = Дастгоҳи дигари шумо бояд ин кодро нишон диҳад: { $fingerprint }. Дар он ҷо иҷозат диҳед.
cli-pair-join-done = { $count ->
   *[other] Акнун ин дастгоҳ дафтарчаи шуморо дорад, бо { $count } сабт.
}

## carnet devices

cli-devices-none = Ҳоло ягон дастгоҳ ин дафтарчаро ҳамоҳанг накардааст.
cli-devices-line = { $id }  { $name }  (аз { $added })
cli-devices-this = ← ин дастгоҳ
cli-devices-removed = (хориҷ шуд { $when })
cli-devices-removed-done = «{ $name }» хориҷ шуд. Акнун дафтарчаи шумо калиди нав дорад, ки он дастгоҳ надорад.
cli-devices-new-sheet = Варақаи барқарорсозии шумо калиди кӯҳна дорад. Ҳозир варақаи нав чоп кунед ва кӯҳнаро нобуд кунед: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Чопи варақаи барқарорсозӣ: бо он ва рамзи худ, агар ин телефонро гум кунед, метавонед дафтарчаатонро дар телефони нав баргардонед.
cli-cmd-recover = Дар дастгоҳи нав: дафтарчаи худро бо варақаи барқарорсозӣ ва рамзи худ баргардонед.
cli-arg-recovery-out = Файле, ки варақа ба он навишта мешавад. Он бояд бо .png ё .pdf тамом шавад.
cli-arg-recover-sheet = Акс ё скани варақаи барқарорсозии шумо (PNG ё JPEG). Carnet коди квадратии онро мехонад.
cli-arg-recover-words = 12 калимаи варақаи барқарорсозии шумо, бо тартиб, дар нохунак. --hub-ро ҳам диҳед.
cli-arg-recover-hub = Суроғаи сервер, ки дар варақаи барқарорсозии шумо чоп шудааст, масалан http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet варақаро ҳамчун файли .png ё .pdf навишта метавонад, на ҳамчун «{ $path }».
cli-recovery-sheet-done = Варақаи барқарорсозии шумо дар { $path } аст. Онро чоп кунед ва коғазро дар ҷои бехатар, дур аз телефонатон нигоҳ доред.
cli-recovery-sheet-english = Варақа бо забони англисӣ аст: Carnet ҳоло ҳарфҳои забони шуморо дар он дуруст кашида наметавонад.
cli-recovery-sheet-replaced = Ҳар варақае, ки пештар чоп карда будед, дигар кор намекунад. Онро нобуд кунед.
cli-recover-done = { $count ->
   *[other] Дафтарчаи шумо ба ин дастгоҳ баргашт: { $count } сабт.
}
cli-passphrase-sheet-updated = Варақаи барқарорсозии шумо бо рамзи нав ҳанӯз кор мекунад.
cli-passphrase-sheet-not-updated = Варақаи барқарорсозии шумо дар сервер навсозӣ нашуд. То вақте ки варақаи нав чоп накунед, ба он рамзи кӯҳна лозим аст. Вақте пайваст шудед, варақаи нав чоп кунед: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Варақаи барқарорсозии Carnet
cli-sheet-made = Сохта шуд { $date }
cli-sheet-hub = Сервер: { $hub }
cli-sheet-words = 12 калимаи шумо
cli-sheet-instructions =
    Ин коғазро бехатар нигоҳ доред. Бо он ва рамзи худ дафтарчаатонро дар телефони нав баргардонда метавонед:
    1. Carnet-ро дар телефони нав насб кунед ва барқарор кардани дафтарчаро интихоб кунед.
    2. Коди квадратиро скан кунед, ё 12 калима ва суроғаи серверро нависед.
    3. Рамзи худро нависед. Дафтарча аз сервер бармегардад.
    Дар компютер: carnet recover --sheet photo.jpg
cli-sheet-warning = Ин коғаз худ ба худ дафтарчаи шуморо намекушояд: рамзи шумо ҳам лозим аст. Онҳоро якҷо нигоҳ надоред. Агар варақаи нав чоп кунед, ин варақа дигар кор намекунад.
