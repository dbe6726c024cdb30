# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = Ինչպես մուտքագրել:
cli-help-commands = Հրամաններ:
cli-help-arguments = Ինչ տալ:
cli-help-options = Ընտրանքներ:
cli-help-examples = Օրինակներ:

## Help: the whole program

cli-about = Carnet-ը պահում է գրառում այն մասին, թե ինչ կարող եք անել՝ հմտություններ, աշխատանք, լեզուներ, դիպլոմներ և դասընթացներ։ Գրառումը մնում է ձեր սարքում՝ կողպված ձեր գաղտնաբառով։

cli-examples =
    Սկսել մատյան․              carnet init
    Ավելացնել հմտություն․      carnet add skill --title "Welding" --level advanced
    Տեսնել գրառումները․        carnet list
    Տեսնել մեկ գրառում․        carnet show 3f2a
    Օգնություն հրամանի համար․  carnet add --help

cli-opt-data-dir = Թղթապանակը, որտեղ պահվում է ձեր մատյանը։ Կարող եք նաև նշել CARNET_DATA_DIR։
cli-opt-json = Պատասխանել JSON-ով՝ այլ ծրագրերի համար։
cli-opt-lang = Carnet-ի հաղորդագրությունների լեզուն, օրինակ՝ ar, fa, fr, uk կամ en։
cli-opt-help = Ցույց տալ այս օգնությունը։
cli-opt-version = Ցույց տալ Carnet-ի տարբերակը։

## Help: commands

cli-cmd-init = Ստեղծել նոր մատյան՝ կողպված գաղտնաբառով։
cli-cmd-passphrase = Փոխել ձեր մատյանի գաղտնաբառը։
cli-cmd-passphrase-change = Փոխել գաղտնաբառը։ Մուտքագրում եք հինը, ապա նորը երկու անգամ։
cli-cmd-profile = Տեսնել կամ փոխել ձեր պրոֆիլը՝ անունը, երկրները, լեզուները։
cli-cmd-profile-show = Ցույց տալ ձեր պրոֆիլը։
cli-cmd-profile-set = Փոխել ձեր պրոֆիլը։ Ինչ-որ բան մաքրելու համար տվեք դատարկ արժեք, օրինակ՝ --contact ""։
cli-cmd-add = Ավելացնել գրառում՝ հմտություն, որակավորում, աշխատանքային փորձ, լեզու կամ դասընթաց։
cli-cmd-list = Ձեր գրառումների ցուցակը։
cli-cmd-show = Ցույց տալ ամեն ինչ մեկ գրառման մասին։
cli-cmd-edit = Փոխել գրառումը։
cli-cmd-rm = Ջնջել գրառումը։
cli-cmd-search = Գտնել որոշ բառեր պարունակող գրառումներ։
cli-cmd-detach = Հանել լուսանկարը կամ ձայնային նշումը գրառումից։ Այն կջնջվի նաև այս սարքից, եթե այլ գրառում այն ցույց չի տալիս։
cli-cmd-attach = Ավելացնել փաստաթղթի լուսանկար գրառմանը, օրինակ՝ դիպլոմ, վկայական կամ աշխատանքային թուղթ։ Կամ ավելացնել ձայնային նշում՝ ձայնային ֆայլ, որտեղ պատմում եք հմտության մասին։
cli-cmd-export = Գրել ձեր ամբողջ մատյանը որպես ֆայլ, որը այլ ծրագրեր կարող են կարդալ։
cli-cmd-import = Կարդալ Carnet-ի արտահանման ֆայլը ձեր մատյանում։ Ձեր մատյանից ոչինչ չի ջնջվում։
cli-cmd-devices = Սարքերը, որոնք ունեն ձեր մատյանը։
cli-cmd-devices-list = Ցույց տալ սարքերը, որոնք ունեն ձեր մատյանը։
cli-cmd-devices-remove = Վերցնել ձեր մատյանը սարքից, օրինակ՝ կորած հեռախոսից։ Այն չի կարող կարդալ ոչինչ, ինչ այսուհետ կավելացնեք։
cli-cmd-pair = Տեղադրել ձեր մատյանը ձեր մեկ այլ սարքում, օրինակ՝ նոր հեռախոսում։
cli-cmd-pair-show = Այն սարքում, որն ունի ձեր մատյանը․ ցույց տվեք կոդ նոր սարքի համար, ապա թույլ տվեք։
cli-cmd-pair-join = Նոր սարքում․ ստացեք ձեր մատյանը այն կոդով, որը ցույց է տալիս ձեր մյուս սարքը։
cli-cmd-sync = Ուղարկել ձեր փոփոխությունները կենտրոնի սերվեր և ստանալ ձեր մյուս սարքերում արված փոփոխությունները։ Սերվերը պահում է միայն կողպված պատճեն, որը չի կարող կարդալ։

## Help: what to give to the commands

cli-arg-kind = Գրառման տեսակը՝ skill (հմտություն), qualification (որակավորում), experience (աշխատանք), language (լեզու) կամ learning (դասընթաց)։
cli-arg-title = Կարճ անուն, օրինակ՝ "Եռակցում" կամ "B կարգի վարորդական իրավունք"։
cli-arg-description = Ավելի շատ բառեր դրա մասին, եթե ցանկանում եք։
cli-arg-level = Որքան լավ գիտեք։ Հմտության կամ աշխատանքի համար՝ basic, intermediate, advanced կամ expert։ Լեզվի համար՝ A1 (սկսնակ) մինչև C2 (շատ լավ)։ Որակավորման կամ դասընթացի համար՝ դրա EQF մակարդակը, 1-ից 8։
cli-arg-eqf = Դիպլոմի կամ դասընթացի EQF մակարդակը, 1-ից 8, եթե գիտեք։
cli-arg-from = Երբ է սկսվել՝ տարի (2019), ամիս (2019-05) կամ օր (2019-05-14)։
cli-arg-to = Երբ է ավարտվել՝ նույն ձևով գրված։ Բաց թողեք, եթե դեռ շարունակվում է։
cli-arg-organisation = Գործատուն, դպրոցը կամ ուսումնական կենտրոնը։
cli-arg-place = Քաղաքը կամ վայրը։
cli-arg-country = Երկիրը՝ երկու տառով, օրինակ՝ SY, AF, DE։
cli-arg-context = Ինչպես եք սովորել՝ formal (դպրոց, դիպլոմ), non-formal (դասընթաց) կամ informal (անելով)։
cli-arg-written-in = Լեզուն, որով գրել եք այս գրառումը, կարճ կոդով, օրինակ՝ ar կամ en։
cli-arg-esco = Հմտության կամ աշխատանքի ESCO հասցեն, եթե գիտեք։
cli-arg-isco = ISCO-08 աշխատանքի կոդը (1-ից 4 թվանշան), եթե գիտեք։
cli-arg-stage = Ձեր ճանապարհի որ փուլում է սա կարևոր՝ recruitment, pre-departure, arrival, career կամ return։ Կարող եք տալ մեկից ավելի։

cli-arg-list-kind = Ցույց տալ միայն այս տեսակի գրառումները՝ skill, qualification, experience, language կամ learning։
cli-arg-list-stage = Ցույց տալ միայն այս փուլի գրառումները՝ recruitment, pre-departure, arrival, career կամ return։

cli-arg-id = Գրառման id-ն։ Առաջին 4 կամ ավելի նիշը բավական է։ id-ները տեսնելու համար մուտքագրեք՝ carnet list
cli-arg-set = Փոփոխություն՝ գրված FIELD=VALUE ձևով, օրինակ՝ level=advanced։ Տվեք կրկին՝ ավելին փոխելու համար։ Դատարկ արժեքը մաքրում է դաշտը։ Դաշտերն են՝ title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco։
cli-arg-text = Որոնվող բառերը։
cli-arg-evidence = Հանվող լուսանկարը կամ ձայնային նշումը՝ դրա id-ն, ինչպես տպում են carnet show-ը և carnet attach-ը (առաջին 8 կամ ավելի նիշը բավական է)։
cli-arg-photo = Լուսանկար (JPEG, PNG կամ WebP) կամ ձայնային ֆայլ (WebM, Ogg, MP4, M4A, AAC, MP3 կամ WAV, մինչև 5 MB)։ Carnet-ը նայում է ֆայլի ներսը՝ իմանալու, թե որն է։ Այն հեռացնում է թաքնված տվյալները, օրինակ՝ լուսանկարման վայրը։
cli-arg-format = Ֆայլի տեսակը։ Առայժմ միայն json։
cli-arg-file = Կարդալու արտահանման ֆայլը։

cli-arg-name = Ձեր անունը, ինչպես ուզում եք, որ ուրիշները տեսնեն։
cli-arg-birth-date = Ձեր ծննդյան ամսաթիվը՝ 1990, 1990-05 կամ 1990-05-14։
cli-arg-origin = Երկիրը, որտեղից եք, երկու տառով, օրինակ՝ SY, AF, ER։
cli-arg-current = Երկիրը, որտեղ հիմա ապրում եք, երկու տառով, օրինակ՝ DE, FR։
cli-arg-contact = Ինչպես կարող են կապվել ձեզ հետ, օրինակ՝ հեռախոսահամար կամ էլ. փոստ։
cli-arg-language = Լեզու, որը գիտեք, կարճ կոդով, օրինակ՝ ar, fa-AF կամ en։ Ստորև բերված ընտրանքները վերաբերում են այս լեզվին։
cli-arg-mother-tongue = Այս լեզուն ձեր մայրենին է։
cli-arg-not-mother-tongue = Այս լեզուն ձեր մայրենին չէ։
cli-arg-listening = Որքան լավ եք հասկանում խոսողներին՝ A1 (սկսնակ) մինչև C2 (շատ լավ)։
cli-arg-reading = Որքան լավ եք կարդում՝ A1-ից C2։
cli-arg-spoken-interaction = Որքան լավ եք մասնակցում զրույցին՝ A1-ից C2։
cli-arg-spoken-production = Որքան լավ եք խոսում ինքնուրույն՝ A1-ից C2։
cli-arg-writing = Որքան լավ եք գրում՝ A1-ից C2։
cli-arg-remove-language = Հանել լեզուն ձեր պրոֆիլից։
cli-arg-hub = Կենտրոնի սերվերի հասցեն, օրինակ՝ http://192.168.1.10:8470։ Carnet-ը այն կհիշի։
cli-arg-device-id = Սարքի id-ն, ինչպես ցույց է տալիս carnet devices list-ը (առաջին 4 կամ ավելի նիշը բավական է)։
cli-arg-pair-approve = Թույլ տալ նոր սարքին առանց հարցնելու, եթե այն ցույց է տալիս այս կոդը (օգնականների և սկրիպտների համար)։
cli-arg-pair-code = Կոդը, որը ցույց է տալիս ձեր մյուս սարքը։ Սկսվում է CNP1:-ով
cli-arg-pair-name = Այս սարքի անունը, որպեսզի այն ճանաչեք մյուսում (օրինակ՝ "Ամալի հեռախոսը")։
cli-arg-sync-status = Ցույց տալ միայն, թե երբ եք վերջին անգամ համաժամեցրել և քանի փոփոխություն է սպասում։ Ոչինչ չի ուղարկվում։
cli-arg-sync-watch = Շարունակել համաժամեցումը։ Երբ սերվերը հասանելի չէ, նորից փորձել ավելի ուշ՝ ամեն անգամ ավելի երկար սպասելով։
cli-arg-sync-every = --watch-ի հետ․ քանի վայրկյան սպասել համաժամեցումների միջև (300, եթե տրված չէ)։

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

cli-passphrase-new-intro = Ընտրեք առնվազն { $min } նիշանոց գաղտնաբառ։ Այն պետք կլինի ամեն անգամ, երբ բացեք ձեր մատյանը։ Ոչ ոք չի կարող այն վերականգնել ձեզ համար։
cli-passphrase-prompt = Գաղտնաբառ:
cli-passphrase-new-prompt = Նոր գաղտնաբառ:
cli-passphrase-repeat-prompt = Մուտքագրեք նոր գաղտնաբառը կրկին:
cli-passphrase-changed = Ձեր գաղտնաբառը փոխված է։ Այսուհետ օգտագործեք նորը։

## Answers

cli-init-done = Ձեր մատյանը պատրաստ է։ Այն այս թղթապանակում է՝ { $dir }
cli-init-next = Ապահով պահեք ձեր գաղտնաբառը։ Առանց դրա ոչ ոք չի կարող բացել ձեր մատյանը, նույնիսկ դուք։ Հետո ավելացրեք, թե ինչ կարող եք անել, օրինակ՝ carnet add skill --title "Cooking"

cli-list-empty = Ձեր մատյանում դեռ գրառումներ չկան։ Ավելացնելու համար մուտքագրեք՝ carnet add skill --title "Cooking"
cli-list-none-match = Ոչ մի գրառում չի համապատասխանում ձեր խնդրածին։
cli-search-none = Ոչ մի գրառում չունի այս բառերը։ Փորձեք այլ բառեր կամ մուտքագրեք՝ carnet list

cli-edit-saved = Ձեր փոփոխությունը պահված է։
cli-rm-done = Ջնջված է՝ { $title }
cli-detached = Լուսանկարը կամ ձայնային նշումը հանվեց գրառումից։

cli-profile-saved = Ձեր պրոֆիլը պահված է։
cli-profile-empty = Ձեր պրոֆիլը դատարկ է։ Անունն ավելացնելու համար մուտքագրեք՝ carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] Ավելացվեց 1 գրառում։
   *[other] Ավելացվեց { $count } գրառում։
}
cli-import-updated = { $count ->
    [one] Թարմացվեց 1 գրառում։
   *[other] Թարմացվեց { $count } գրառում։
}
cli-import-unchanged = { $count ->
    [one] 1 գրառում արդեն նույնն էր։
   *[other] { $count } գրառում արդեն նույնն էր։
}
cli-import-profile-updated = Ձեր պրոֆիլը նույնպես թարմացվեց։
cli-import-missing-photos = { $count ->
    [one] 1 լուսանկար այս սարքում չէ։ Արտահանման ֆայլերը լուսանկարներ չեն պարունակում։ Ավելացրեք այն կրկին՝ carnet attach
   *[other] { $count } լուսանկար այս սարքում չեն։ Արտահանման ֆայլերը լուսանկարներ չեն պարունակում։ Ավելացրեք դրանք կրկին՝ carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = Տեսակ
cli-show-added = Ավելացված
cli-show-changed = Փոխված
cli-show-evidence = Լուսանկարներ և ձայնային նշումներ
cli-show-photo = { $sha }  { $width } × { $height } պիքսել, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } պիքսել, այս սարքում չէ
cli-show-voice = { $sha }  ձայնային նշում, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ձայնային նշում, այս սարքում չէ
cli-show-conflicts = Մեկ այլ սարք նույնպես գրել է:
cli-show-conflicts-hint = Դրանցից մեկը պահելու համար մուտքագրեք՝ carnet edit { $id } --set FIELD=VALUE

cli-field-title = Վերնագիր
cli-field-description = Նկարագրություն
cli-field-written-in = Գրված է
cli-field-esco = ESCO
cli-field-isco = ISCO-08 աշխատանքի կոդ
cli-field-level = Մակարդակ
cli-field-eqf = EQF մակարդակ
cli-field-organisation = Կազմակերպություն
cli-field-place = Վայր
cli-field-country = Երկիր
cli-field-from = Սկսած
cli-field-to = Մինչև
cli-field-context = Ինչպես եք սովորել
cli-field-stages = Փուլեր

cli-kind-skill = հմտություն
cli-kind-qualification = որակավորում
cli-kind-experience = փորձ
cli-kind-language = լեզու
cli-kind-learning = դասընթաց

cli-context-formal = ֆորմալ (դպրոց, դիպլոմ)
cli-context-non-formal = ոչ ֆորմալ (դասընթաց)
cli-context-informal = գործնականում (անելով)

cli-stage-recruitment = աշխատանքի ընդունում
cli-stage-pre-departure = մեկնելուց առաջ
cli-stage-arrival = ժամանում
cli-stage-career = աշխատանք
cli-stage-return = վերադարձ

cli-proficiency-basic = սկզբնական
cli-proficiency-intermediate = միջին
cli-proficiency-advanced = բարձր
cli-proficiency-expert = փորձագետ

cli-level-eqf = EQF մակարդակ { $level }

cli-profile-name = Անուն
cli-profile-birth-date = Ծննդյան ամսաթիվ
cli-profile-origin = Ծագում
cli-profile-current = Ապրում է
cli-profile-contact = Կապ
cli-profile-languages = Լեզուներ
cli-profile-mother-tongue = { $language } (մայրենի)
cli-profile-language-levels = { $language }՝ { $levels }
cli-cefr-listening = լսել { $level }
cli-cefr-reading = կարդալ { $level }
cli-cefr-spoken-interaction = զրուցել ուրիշների հետ { $level }
cli-cefr-spoken-production = խոսել { $level }
cli-cefr-writing = գրել { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet-ը այստեղ չգիտի «{ $arg }»-ը։
cli-error-unknown-command = «{ $command }» հրաման չկա։
cli-error-invalid-value = «{ $value }»-ը չի կարող օգտագործվել { $arg }-ի համար։
cli-error-missing-value = { $arg }-ից հետո արժեք է պետք։
cli-error-valid-values = Կարող եք օգտագործել՝ { $values }
cli-error-missing-argument = Ինչ-որ բան պակասում է՝ { $arg }
cli-error-missing-command = Նշեք, թե ինչ պետք է անի Carnet-ը «{ $command }»-ից հետո։
cli-error-valid-commands = Հրամաններն են՝ { $commands }
cli-error-conflict = { $arg }-ը չի կարող օգտագործվել { $other }-ի հետ միասին։
cli-error-no-equals = Գրեք { $arg }-ը հավասարության նշանով և արժեքն անմիջապես դրանից հետո։
cli-error-too-many-values = { $arg }-ն ավելի քիչ արժեք է ընդունում։ «{ $value }»-ը ավելորդ է։
cli-error-wrong-number-of-values = { $arg }-ն ունի սխալ քանակությամբ արժեքներ։
cli-error-invalid-utf8 = Carnet-ը չի կարող կարդալ ձեր մուտքագրած որոշ տառեր։ Մուտքագրեք դրանք կրկին։
cli-error-did-you-mean = Նկատի ունեի՞ք { $suggestion }
cli-error-usage = Carnet-ը չհասկացավ այս հրամանը։
cli-error-usage-hint = Մուտքագրեք { $command } --help՝ տեսնելու, թե ինչ կարող եք մուտքագրել։
cli-error-set-format = «{ $value }»-ը փոփոխություն չէ։ Գրեք FIELD=VALUE, օրինակ՝ --set level=advanced
cli-error-nothing-to-change = Փոխելու ոչինչ չկա։ Տվեք առնվազն մեկ ընտրանք, օրինակ՝ --name "Your name"։

cli-error-passphrase-unavailable = Carnet-ին գաղտնաբառ է պետք, բայց այստեղ չի կարող այն հարցնել։ Գործարկեք Carnet-ը տերմինալում կամ նշեք { $variable }։
cli-error-passphrase-mismatch = Երկու գաղտնաբառերը նույնը չեն։ Ոչինչ չփոխվեց։ Խնդրում ենք նորից փորձել։
cli-error-read-file = Carnet-ը չի կարող կարդալ { $path } ֆայլը։ Ստուգեք ֆայլի անունը և թղթապանակը, ապա նորից փորձեք։
cli-error-no-data-dir = Carnet-ը չի կարող գտնել թղթապանակ ձեր մատյանի համար։ Ընտրեք մեկը --data-dir-ով, օրինակ՝ --data-dir ./carnet
cli-error-output = Carnet-ը չկարողացավ գրել իր պատասխանը։ Ստուգեք, որ սկավառակը լիքը չէ, ապա նորից փորձեք։
cli-error-details = Մանրամասներ օգնականի համար՝ { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = Ստեղծելու համար մուտքագրեք՝ carnet init
cli-hint-already-exists = Բովանդակությունը տեսնելու համար մուտքագրեք՝ carnet list։ Երկրորդ մատյանի համար ընտրեք այլ թղթապանակ --data-dir-ով։
cli-hint-not-found = id-ները տեսնելու համար մուտքագրեք՝ carnet list
cli-hint-ambiguous-id = id-ները տեսնելու համար մուտքագրեք՝ carnet list
cli-hint-import-format = Ընտրեք ֆայլ, որը ստեղծվել է այս հրամանով՝ carnet export --format json
cli-hint-invalid-field = Դաշտերի ցուցակի համար մուտքագրեք՝ carnet edit --help

## carnet sync

cli-sync-phase-sending = Ուղարկվում է
cli-sync-phase-receiving = Ստացվում է
cli-sync-phase-photos = Լուսանկարներ
cli-sync-done = Համաժամեցված է { $hub }-ի հետ։
cli-sync-changes = { $sent ->
    [one] ուղարկվեց 1 փոփոխություն
   *[other] ուղարկվեց { $sent } փոփոխություն
}, { $received ->
    [one] ստացվեց 1 փոփոխություն։
   *[other] ստացվեց { $received } փոփոխություն։
}
cli-sync-photos = { $sent ->
    [one] ուղարկվեց 1 լուսանկար
   *[other] ուղարկվեց { $sent } լուսանկար
}, { $received ->
    [one] ստացվեց 1 լուսանկար։
   *[other] ստացվեց { $received } լուսանկար։
}
cli-sync-bytes = Օգտագործված տվյալներ՝ { $up } KB ուղարկված, { $down } KB ստացված։
cli-sync-retry = Նոր փորձ { $seconds ->
    [one] 1 վայրկյանից։
   *[other] { $seconds } վայրկյանից։
}
cli-sync-status-hub = Սերվեր՝ { $hub }
cli-sync-status-last = Վերջին համաժամեցումը՝ { $when }
cli-sync-status-pending = { $count ->
    [0] Սպասող փոփոխություններ չկան։
    [one] 1 փոփոխություն սպասում է ուղարկման։
   *[other] { $count } փոփոխություն սպասում է ուղարկման։
}
cli-sync-no-hub = դեռ չկա
cli-sync-never = երբեք
cli-hint-sync-no-hub = Նշելու համար մուտքագրեք՝ carnet sync --hub ADDRESS
cli-hint-sync-unreachable = Ձեր փոփոխությունները պահված են։ Ավելի ուշ նորից փորձելու համար մուտքագրեք՝ carnet sync

## carnet pair

cli-pair-show-scan = Սկանավորեք այս կոդը ձեր նոր սարքով, կամ մուտքագրեք ստորև բերված տեքստը այնտեղ։
cli-pair-show-expires = Կոդը գործում է 10 րոպե։
cli-pair-show-request = «{ $name }» սարքը ցանկանում է ձեր մատյանը։ Դրա կոդն է՝ { $fingerprint }։
cli-pair-show-ask = Ձեր նոր սարքը ցույց տալի՞ս է նույն կոդը։ Մուտքագրեք այո՝ թույլ տալու համար, կամ ոչ։
cli-pair-yes = այո
cli-pair-show-approved = «{ $name }»-ն այժմ ունի ձեր մատյանը։
cli-pair-show-refused = Դուք մերժեցիք։ «{ $name }»-ը ոչինչ չստացավ։
cli-pair-default-name = Նոր սարք
cli-pair-join-check = Ձեր մյուս սարքը պետք է ցույց տա այս կոդը՝ { $fingerprint }։ Թույլ տվեք այնտեղ։
cli-pair-join-done = { $count ->
    [one] Այս սարքն այժմ ունի ձեր մատյանը՝ 1 գրառումով։
   *[other] Այս սարքն այժմ ունի ձեր մատյանը՝ { $count } գրառումով։
}

## carnet devices

cli-devices-none = Ոչ մի սարք դեռ չի համաժամեցրել այս մատյանը։
cli-devices-line = { $id }  { $name }  ({ $added }-ից)
cli-devices-this = ← այս սարքը
cli-devices-removed = (հեռացված է { $when })
cli-devices-removed-done = «{ $name }»-ը հեռացվեց։ Ձեր մատյանն այժմ ունի նոր բանալի, որը այդ սարքը չունի։
cli-devices-new-sheet = Ձեր վերականգնման թերթիկում հին բանալին է։ Տպեք նորը հիմա և ոչնչացրեք հինը՝ carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = Տպել վերականգնման թերթիկ․ դրանով և ձեր գաղտնաբառով կարող եք վերադարձնել ձեր մատյանը նոր հեռախոսում, եթե կորցնեք այս մեկը։
cli-cmd-recover = Նոր սարքում․ վերադարձրեք ձեր մատյանը վերականգնման թերթիկով և գաղտնաբառով։
cli-arg-recovery-out = Ֆայլը, որում կգրվի թերթիկը։ Պետք է ավարտվի .png-ով կամ .pdf-ով։
cli-arg-recover-sheet = Ձեր վերականգնման թերթիկի լուսանկարը կամ սկանը (PNG կամ JPEG)։ Carnet-ը կկարդա դրա քառակուսի կոդը։
cli-arg-recover-words = Ձեր վերականգնման թերթիկի 12 բառերը՝ հերթականությամբ, չակերտների մեջ։ Տվեք նաև --hub։
cli-arg-recover-hub = Ձեր վերականգնման թերթիկի վրա տպված սերվերի հասցեն, օրինակ՝ http://192.168.1.10:8470։
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet-ը կարող է գրել թերթիկը որպես .png կամ .pdf ֆայլ, ոչ թե որպես «{ $path }»։
cli-recovery-sheet-done = Ձեր վերականգնման թերթիկն այստեղ է՝ { $path }։ Տպեք այն և պահեք թուղթը ապահով տեղում՝ հեռախոսից հեռու։
cli-recovery-sheet-english = Թերթիկը անգլերեն է․ Carnet-ը դեռ չի կարող դրա վրա ճիշտ գրել ձեր լեզվի տառերը։
cli-recovery-sheet-replaced = Նախկինում տպված ցանկացած թերթիկ այլևս չի աշխատում։ Ոչնչացրեք այն։
cli-recover-done = { $count ->
    [one] Ձեր մատյանը վերադարձավ այս սարք՝ { $count } գրառում։
   *[other] Ձեր մատյանը վերադարձավ այս սարք՝ { $count } գրառում։
}
cli-passphrase-sheet-updated = Ձեր վերականգնման թերթիկը դեռ աշխատում է՝ ձեր նոր գաղտնաբառով։
cli-passphrase-sheet-not-updated = Ձեր վերականգնման թերթիկը չհաջողվեց թարմացնել սերվերում։ Մինչև նորը տպելը դրան պետք է ձեր հին գաղտնաբառը։ Տպեք նոր թերթիկ, երբ միացված լինեք՝ carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet-ի վերականգնման թերթիկ
cli-sheet-made = Ստեղծված է { $date }
cli-sheet-hub = Սերվեր՝ { $hub }
cli-sheet-words = Ձեր 12 բառերը
cli-sheet-instructions =
    Ապահով պահեք այս թուղթը։ Դրանով և ձեր գաղտնաբառով կարող եք վերադարձնել ձեր մատյանը նոր հեռախոսում․
    1. Տեղադրեք Carnet-ը նոր հեռախոսում և ընտրեք մատյանի վերականգնումը։
    2. Սկանավորեք քառակուսի կոդը կամ մուտքագրեք 12 բառերը և սերվերի հասցեն։
    3. Մուտքագրեք ձեր գաղտնաբառը։ Մատյանը կվերադառնա սերվերից։
    Համակարգչում՝ carnet recover --sheet photo.jpg
cli-sheet-warning = Միայն այս թուղթը չի բացում ձեր մատյանը․ գաղտնաբառն էլ է պետք։ Մի պահեք դրանք միասին։ Եթե նոր թերթիկ տպեք, այս մեկն այլևս չի աշխատի։
