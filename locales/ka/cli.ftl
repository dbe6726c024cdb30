# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = როგორ აკრიფოთ:
cli-help-commands = ბრძანებები:
cli-help-arguments = რა უნდა მიუთითოთ:
cli-help-options = პარამეტრები:
cli-help-examples = მაგალითები:

## Help: the whole program

cli-about = Carnet ინახავს ჩანაწერს იმის შესახებ, რა შეგიძლიათ: უნარები, სამუშაო, ენები, დიპლომები და კურსები. ჩანაწერი თქვენს მოწყობილობაზე რჩება, თქვენი პაროლით ჩაკეტილი.

cli-examples =
    ჟურნალის დაწყება:          carnet init
    უნარის დამატება:           carnet add skill --title "Welding" --level advanced
    ჩანაწერების ნახვა:         carnet list
    ერთი ჩანაწერის ნახვა:      carnet show 3f2a
    დახმარება ბრძანებაზე:      carnet add --help

cli-opt-data-dir = საქაღალდე, სადაც თქვენი ჟურნალი ინახება. შეგიძლიათ ასევე მიუთითოთ CARNET_DATA_DIR.
cli-opt-json = პასუხი JSON ფორმატში, სხვა პროგრამებისთვის.
cli-opt-lang = Carnet-ის შეტყობინებების ენა, მაგალითად ar, fa, fr, uk ან en.
cli-opt-help = ამ დახმარების ჩვენება.
cli-opt-version = Carnet-ის ვერსიის ჩვენება.

## Help: commands

cli-cmd-init = ახალი ჟურნალის შექმნა, პაროლით ჩაკეტილი.
cli-cmd-passphrase = ჟურნალის პაროლის შეცვლა.
cli-cmd-passphrase-change = პაროლის შეცვლა. აკრიფავთ ძველს, შემდეგ ახალს ორჯერ.
cli-cmd-profile = პროფილის ნახვა ან შეცვლა: სახელი, ქვეყნები, ენები.
cli-cmd-profile-show = პროფილის ჩვენება.
cli-cmd-profile-set = პროფილის შეცვლა. რამის გასასუფთავებლად მიეცით ცარიელი მნიშვნელობა, მაგალითად --contact "".
cli-cmd-add = ჩანაწერის დამატება: უნარი, კვალიფიკაცია, სამუშაო გამოცდილება, ენა ან კურსი.
cli-cmd-list = ჩანაწერების სია.
cli-cmd-show = ყველაფრის ჩვენება ერთი ჩანაწერის შესახებ.
cli-cmd-edit = ჩანაწერის შეცვლა.
cli-cmd-rm = ჩანაწერის წაშლა.
cli-cmd-search = ჩანაწერების პოვნა, რომლებიც გარკვეულ სიტყვებს შეიცავს.
cli-cmd-detach = ფოტოს ან ხმოვანი ჩანაწერის მოხსნა ჩანაწერიდან. ის ამ მოწყობილობიდანაც წაიშლება, თუ სხვა ჩანაწერი მას არ აჩვენებს.
cli-cmd-attach = საბუთის ფოტოს დამატება ჩანაწერზე, მაგალითად დიპლომის, სერტიფიკატის ან სამუშაო საბუთის. ან ხმოვანი ჩანაწერის დამატება: ხმოვანი ფაილი, სადაც უნარზე მოგვითხრობთ.
cli-cmd-export = მთელი ჟურნალის ჩაწერა ფაილად, რომელსაც სხვა პროგრამები წაიკითხავენ.
cli-cmd-import = Carnet-ის ექსპორტის ფაილის წაკითხვა ჟურნალში. ჟურნალიდან არაფერი წაიშლება.
cli-cmd-devices = მოწყობილობები, რომლებზეც თქვენი ჟურნალია.
cli-cmd-devices-list = მოწყობილობების ჩვენება, რომლებზეც თქვენი ჟურნალია.
cli-cmd-devices-remove = ჟურნალის წართმევა მოწყობილობისთვის, მაგალითად დაკარგული ტელეფონისთვის. ის ვერ წაიკითხავს ვერაფერს, რასაც ამიერიდან დაამატებთ.
cli-cmd-pair = ჟურნალის გადატანა თქვენს სხვა მოწყობილობაზე, მაგალითად ახალ ტელეფონზე.
cli-cmd-pair-show = მოწყობილობაზე, რომელზეც ჟურნალია: აჩვენეთ კოდი ახალი მოწყობილობისთვის, შემდეგ დაუშვით.
cli-cmd-pair-join = ახალ მოწყობილობაზე: მიიღეთ ჟურნალი იმ კოდით, რომელსაც თქვენი სხვა მოწყობილობა აჩვენებს.
cli-cmd-sync = გაგზავნეთ ცვლილებები ცენტრის სერვერზე და მიიღეთ სხვა მოწყობილობებზე გაკეთებული ცვლილებები. სერვერი ინახავს მხოლოდ ჩაკეტილ ასლს, რომლის წაკითხვაც არ შეუძლია.

## Help: what to give to the commands

cli-arg-kind = ჩანაწერის ტიპი: skill (უნარი), qualification (კვალიფიკაცია), experience (სამუშაო), language (ენა) ან learning (კურსი).
cli-arg-title = მოკლე სახელი, მაგალითად "შედუღება" ან "მართვის მოწმობა B".
cli-arg-description = მეტი სიტყვა ამის შესახებ, თუ გსურთ.
cli-arg-level = რამდენად კარგად იცით. უნარისთვის ან სამუშაოსთვის: basic, intermediate, advanced ან expert. ენისთვის: A1 (დამწყები) - C2 (ძალიან კარგი). კვალიფიკაციისთვის ან კურსისთვის: მისი EQF დონე, 1-დან 8-მდე.
cli-arg-eqf = დიპლომის ან კურსის EQF დონე, 1-დან 8-მდე, თუ იცით.
cli-arg-from = როდის დაიწყო: წელი (2019), თვე (2019-05) ან დღე (2019-05-14).
cli-arg-to = როდის დასრულდა, იმავე ფორმით. გამოტოვეთ, თუ ჯერ კიდევ გრძელდება.
cli-arg-organisation = დამსაქმებელი, სკოლა ან სასწავლო ცენტრი.
cli-arg-place = ქალაქი ან ადგილი.
cli-arg-country = ქვეყანა, ორი ასოთი, მაგალითად SY, AF, DE.
cli-arg-context = როგორ ისწავლეთ: formal (სკოლა, დიპლომი), non-formal (კურსი) ან informal (კეთებით).
cli-arg-written-in = ენა, რომელზეც ეს ჩანაწერი დაწერეთ, მოკლე კოდით, მაგალითად ar ან en.
cli-arg-esco = უნარის ან სამუშაოს ESCO მისამართი, თუ იცით.
cli-arg-isco = ISCO-08 სამუშაოს კოდი (1-დან 4 ციფრამდე), თუ იცით.
cli-arg-stage = თქვენი გზის რომელ ეტაპზეა ეს მნიშვნელოვანი: recruitment, pre-departure, arrival, career ან return. შეგიძლიათ რამდენიმე მიუთითოთ.

cli-arg-list-kind = მხოლოდ ამ ტიპის ჩანაწერების ჩვენება: skill, qualification, experience, language ან learning.
cli-arg-list-stage = მხოლოდ ამ ეტაპის ჩანაწერების ჩვენება: recruitment, pre-departure, arrival, career ან return.

cli-arg-id = ჩანაწერის id. საკმარისია პირველი 4 ან მეტი სიმბოლო. id-ების სანახავად აკრიფეთ: carnet list
cli-arg-set = ცვლილება, ჩაწერილი როგორც FIELD=VALUE, მაგალითად level=advanced. მეტის შესაცვლელად გაიმეორეთ. ცარიელი მნიშვნელობა ველს ასუფთავებს. ველებია: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = საძიებო სიტყვები.
cli-arg-evidence = მოსახსნელი ფოტო ან ხმოვანი ჩანაწერი: მისი id, როგორც carnet show და carnet attach ბეჭდავენ (საკმარისია პირველი 8 ან მეტი სიმბოლო).
cli-arg-photo = ფოტო (JPEG, PNG ან WebP) ან ხმოვანი ფაილი (WebM, Ogg, MP4, M4A, AAC, MP3 ან WAV, 5 MB-მდე). Carnet ფაილის შიგთავსს ამოწმებს, რომ გაიგოს რომელია. ის შლის დამალულ მონაცემებს, მაგალითად ფოტოს გადაღების ადგილს.
cli-arg-format = ფაილის ტიპი. ჯერჯერობით მხოლოდ json.
cli-arg-file = წასაკითხი ექსპორტის ფაილი.

cli-arg-name = თქვენი სახელი, როგორც გსურთ, რომ სხვებმა დაინახონ.
cli-arg-birth-date = დაბადების თარიღი: 1990, 1990-05 ან 1990-05-14.
cli-arg-origin = ქვეყანა, საიდანაც ხართ, ორი ასოთი, მაგალითად SY, AF, ER.
cli-arg-current = ქვეყანა, სადაც ახლა ცხოვრობთ, ორი ასოთი, მაგალითად DE, FR.
cli-arg-contact = როგორ დაგიკავშირდნენ, მაგალითად ტელეფონის ნომერი ან ელფოსტა.
cli-arg-language = ენა, რომელიც იცით, მოკლე კოდით, მაგალითად ar, fa-AF ან en. ქვემოთ მოცემული პარამეტრები ამ ენას ეხება.
cli-arg-mother-tongue = ეს ენა თქვენი მშობლიური ენაა.
cli-arg-not-mother-tongue = ეს ენა თქვენი მშობლიური ენა არ არის.
cli-arg-listening = რამდენად კარგად გესმით მოლაპარაკე ადამიანების: A1 (დამწყები) - C2 (ძალიან კარგი).
cli-arg-reading = რამდენად კარგად კითხულობთ: A1 - C2.
cli-arg-spoken-interaction = რამდენად კარგად მონაწილეობთ საუბარში: A1 - C2.
cli-arg-spoken-production = რამდენად კარგად ლაპარაკობთ დამოუკიდებლად: A1 - C2.
cli-arg-writing = რამდენად კარგად წერთ: A1 - C2.
cli-arg-remove-language = ენის მოხსნა პროფილიდან.
cli-arg-hub = ცენტრის სერვერის მისამართი, მაგალითად http://192.168.1.10:8470. Carnet მას დაიმახსოვრებს.
cli-arg-device-id = მოწყობილობის id, როგორც აჩვენებს carnet devices list (საკმარისია პირველი 4 ან მეტი სიმბოლო).
cli-arg-pair-approve = ახალი მოწყობილობის დაშვება კითხვის გარეშე, თუ ის ამ კოდს აჩვენებს (დამხმარეებისა და სკრიპტებისთვის).
cli-arg-pair-code = კოდი, რომელსაც თქვენი სხვა მოწყობილობა აჩვენებს. იწყება CNP1:-ით
cli-arg-pair-name = ამ მოწყობილობის სახელი, რომ მეორეზე იცნოთ (მაგალითად "ამალის ტელეფონი").
cli-arg-sync-status = მხოლოდ აჩვენეთ, როდის იყო ბოლო სინქრონიზაცია და რამდენი ცვლილება ელოდება. არაფერი იგზავნება.
cli-arg-sync-watch = სინქრონიზაციის გაგრძელება. როცა სერვერი მიუწვდომელია, სცადეთ მოგვიანებით, ყოველ ჯერზე უფრო დიდხანს ლოდინით.
cli-arg-sync-every = --watch-თან ერთად: რამდენი წამი დაელოდოს სინქრონიზაციებს შორის (300, თუ არ არის მითითებული).

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

cli-passphrase-new-intro = აირჩიეთ პაროლი მინიმუმ { $min } სიმბოლოთი. ის ყოველ ჯერზე დაგჭირდებათ ჟურნალის გასახსნელად. მის აღდგენას ვერავინ შეძლებს.
cli-passphrase-prompt = პაროლი:
cli-passphrase-new-prompt = ახალი პაროლი:
cli-passphrase-repeat-prompt = აკრიფეთ ახალი პაროლი ხელახლა:
cli-passphrase-changed = თქვენი პაროლი შეიცვალა. ამიერიდან გამოიყენეთ ახალი.

## Answers

cli-init-done = თქვენი ჟურნალი მზადაა. ის ამ საქაღალდეშია: { $dir }
cli-init-next = შეინახეთ პაროლი უსაფრთხოდ. მის გარეშე ჟურნალს ვერავინ გახსნის, თქვენც კი. შემდეგ დაამატეთ, რა შეგიძლიათ, მაგალითად: carnet add skill --title "Cooking"

cli-list-empty = თქვენს ჟურნალში ჯერ ჩანაწერები არ არის. დასამატებლად აკრიფეთ: carnet add skill --title "Cooking"
cli-list-none-match = არცერთი ჩანაწერი არ შეესაბამება თქვენს მოთხოვნას.
cli-search-none = არცერთ ჩანაწერში ეს სიტყვები არ არის. სცადეთ სხვა სიტყვები ან აკრიფეთ: carnet list

cli-edit-saved = ცვლილება შენახულია.
cli-rm-done = წაიშალა: { $title }
cli-detached = ფოტო ან ხმოვანი ჩანაწერი მოიხსნა ჩანაწერიდან.

cli-profile-saved = პროფილი შენახულია.
cli-profile-empty = თქვენი პროფილი ცარიელია. სახელის დასამატებლად აკრიფეთ: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] დაემატა 1 ჩანაწერი.
   *[other] დაემატა { $count } ჩანაწერი.
}
cli-import-updated = { $count ->
    [one] განახლდა 1 ჩანაწერი.
   *[other] განახლდა { $count } ჩანაწერი.
}
cli-import-unchanged = { $count ->
    [one] 1 ჩანაწერი უკვე იგივე იყო.
   *[other] { $count } ჩანაწერი უკვე იგივე იყო.
}
cli-import-profile-updated = თქვენი პროფილიც განახლდა.
cli-import-missing-photos = { $count ->
    [one] 1 ფოტო ამ მოწყობილობაზე არ არის. ექსპორტის ფაილები ფოტოებს არ შეიცავს. დაამატეთ ხელახლა: carnet attach
   *[other] { $count } ფოტო ამ მოწყობილობაზე არ არის. ექსპორტის ფაილები ფოტოებს არ შეიცავს. დაამატეთ ხელახლა: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = ტიპი
cli-show-added = დამატებულია
cli-show-changed = შეცვლილია
cli-show-evidence = ფოტოები და ხმოვანი ჩანაწერები
cli-show-photo = { $sha }  { $width } × { $height } პიქსელი, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } პიქსელი, არ არის ამ მოწყობილობაზე
cli-show-voice = { $sha }  ხმოვანი ჩანაწერი, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ხმოვანი ჩანაწერი, არ არის ამ მოწყობილობაზე
cli-show-conflicts = სხვა მოწყობილობამაც დაწერა:
cli-show-conflicts-hint = ერთ-ერთის შესანარჩუნებლად აკრიფეთ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = სათაური
cli-field-description = აღწერა
cli-field-written-in = დაწერილია ენაზე
cli-field-esco = ESCO
cli-field-isco = ISCO-08 სამუშაოს კოდი
cli-field-level = დონე
cli-field-eqf = EQF დონე
cli-field-organisation = ორგანიზაცია
cli-field-place = ადგილი
cli-field-country = ქვეყანა
cli-field-from = დან
cli-field-to = მდე
cli-field-context = როგორ ისწავლეთ
cli-field-stages = ეტაპები

cli-kind-skill = უნარი
cli-kind-qualification = კვალიფიკაცია
cli-kind-experience = გამოცდილება
cli-kind-language = ენა
cli-kind-learning = კურსი

cli-context-formal = ფორმალური (სკოლა, დიპლომი)
cli-context-non-formal = არაფორმალური (კურსი)
cli-context-informal = პრაქტიკით (საქმის კეთებით)

cli-stage-recruitment = დასაქმება
cli-stage-pre-departure = გამგზავრებამდე
cli-stage-arrival = ჩასვლა
cli-stage-career = მუშაობა
cli-stage-return = დაბრუნება

cli-proficiency-basic = საბაზისო
cli-proficiency-intermediate = საშუალო
cli-proficiency-advanced = მაღალი
cli-proficiency-expert = ექსპერტი

cli-level-eqf = EQF დონე { $level }

cli-profile-name = სახელი
cli-profile-birth-date = დაბადების თარიღი
cli-profile-origin = წარმოშობა
cli-profile-current = ცხოვრობს
cli-profile-contact = კონტაქტი
cli-profile-languages = ენები
cli-profile-mother-tongue = { $language } (მშობლიური ენა)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = მოსმენა { $level }
cli-cefr-reading = კითხვა { $level }
cli-cefr-spoken-interaction = საუბარი სხვებთან { $level }
cli-cefr-spoken-production = ლაპარაკი { $level }
cli-cefr-writing = წერა { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet აქ ვერ ცნობს „{ $arg }“-ს.
cli-error-unknown-command = ბრძანება „{ $command }“ არ არსებობს.
cli-error-invalid-value = „{ $value }“ ვერ გამოიყენება { $arg }-სთვის.
cli-error-missing-value = { $arg }-ს შემდეგ მნიშვნელობა სჭირდება.
cli-error-valid-values = შეგიძლიათ გამოიყენოთ: { $values }
cli-error-missing-argument = რაღაც აკლია: { $arg }
cli-error-missing-command = მიუთითეთ, რა უნდა გააკეთოს Carnet-მა „{ $command }“-ის შემდეგ.
cli-error-valid-commands = ბრძანებებია: { $commands }
cli-error-conflict = { $arg } ვერ გამოიყენება { $other }-თან ერთად.
cli-error-no-equals = დაწერეთ { $arg } ტოლობის ნიშნით და მნიშვნელობით მაშინვე მის შემდეგ.
cli-error-too-many-values = { $arg } ნაკლებ მნიშვნელობას იღებს. „{ $value }“ ზედმეტია.
cli-error-wrong-number-of-values = { $arg }-ს მნიშვნელობების არასწორი რაოდენობა აქვს.
cli-error-invalid-utf8 = Carnet ვერ კითხულობს ზოგიერთ აკრეფილ ასოს. აკრიფეთ ხელახლა.
cli-error-did-you-mean = ხომ არ გულისხმობდით { $suggestion }?
cli-error-usage = Carnet-მა ეს ბრძანება ვერ გაიგო.
cli-error-usage-hint = აკრიფეთ { $command } --help, რომ ნახოთ, რისი აკრეფა შეგიძლიათ.
cli-error-set-format = „{ $value }“ ცვლილება არ არის. დაწერეთ FIELD=VALUE, მაგალითად --set level=advanced
cli-error-nothing-to-change = შესაცვლელი არაფერია. მიუთითეთ ერთი პარამეტრი მაინც, მაგალითად --name "Your name".

cli-error-passphrase-unavailable = Carnet-ს პაროლი სჭირდება, მაგრამ აქ მისი მოთხოვნა არ შეუძლია. გაუშვით Carnet ტერმინალში ან მიუთითეთ { $variable }.
cli-error-passphrase-mismatch = ორი პაროლი ერთნაირი არ არის. არაფერი შეცვლილა. გთხოვთ, სცადოთ ხელახლა.
cli-error-read-file = Carnet ვერ კითხულობს ფაილს { $path }. შეამოწმეთ ფაილის სახელი და საქაღალდე, შემდეგ სცადეთ ხელახლა.
cli-error-no-data-dir = Carnet ვერ პოულობს საქაღალდეს თქვენი ჟურნალისთვის. აირჩიეთ --data-dir-ით, მაგალითად --data-dir ./carnet
cli-error-output = Carnet-მა პასუხი ვერ ჩაწერა. შეამოწმეთ, რომ დისკი სავსე არ არის, შემდეგ სცადეთ ხელახლა.
cli-error-details = დეტალები დამხმარისთვის: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = შესაქმნელად აკრიფეთ: carnet init
cli-hint-already-exists = შიგთავსის სანახავად აკრიფეთ: carnet list. მეორე ჟურნალისთვის აირჩიეთ სხვა საქაღალდე --data-dir-ით.
cli-hint-not-found = id-ების სანახავად აკრიფეთ: carnet list
cli-hint-ambiguous-id = id-ების სანახავად აკრიფეთ: carnet list
cli-hint-import-format = აირჩიეთ ფაილი, რომელიც შექმნილია ბრძანებით: carnet export --format json
cli-hint-invalid-field = ველების სიისთვის აკრიფეთ: carnet edit --help

## carnet sync

cli-sync-phase-sending = იგზავნება
cli-sync-phase-receiving = მიიღება
cli-sync-phase-photos = ფოტოები
cli-sync-done = სინქრონიზებულია { $hub }-თან.
cli-sync-changes = { $sent ->
    [one] გაიგზავნა 1 ცვლილება
   *[other] გაიგზავნა { $sent } ცვლილება
}, { $received ->
    [one] მიღებულია 1 ცვლილება.
   *[other] მიღებულია { $received } ცვლილება.
}
cli-sync-photos = { $sent ->
    [one] გაიგზავნა 1 ფოტო
   *[other] გაიგზავნა { $sent } ფოტო
}, { $received ->
    [one] მიღებულია 1 ფოტო.
   *[other] მიღებულია { $received } ფოტო.
}
cli-sync-bytes = გამოყენებული მონაცემები: { $up } KB გაგზავნილი, { $down } KB მიღებული.
cli-sync-retry = ხელახლა ვცდით { $seconds ->
    [one] 1 წამში.
   *[other] { $seconds } წამში.
}
cli-sync-status-hub = სერვერი: { $hub }
cli-sync-status-last = ბოლო სინქრონიზაცია: { $when }
cli-sync-status-pending = { $count ->
    [0] არცერთი ცვლილება არ ელოდება.
    [one] 1 ცვლილება ელოდება გაგზავნას.
   *[other] { $count } ცვლილება ელოდება გაგზავნას.
}
cli-sync-no-hub = ჯერ არცერთი
cli-sync-never = არასდროს
cli-hint-sync-no-hub = მისათითებლად აკრიფეთ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = თქვენი ცვლილებები შენახულია. მოგვიანებით სცადეთ, აკრიფეთ: carnet sync

## carnet pair

cli-pair-show-scan = დაასკანერეთ ეს კოდი ახალი მოწყობილობით, ან აკრიფეთ ქვემოთ მოცემული ტექსტი იქ.
cli-pair-show-expires = კოდი მოქმედებს 10 წუთი.
cli-pair-show-request = მოწყობილობა „{ $name }“ ითხოვს თქვენს ჟურნალს. მისი კოდია { $fingerprint }.
cli-pair-show-ask = ახალი მოწყობილობა იგივე კოდს აჩვენებს? აკრიფეთ დიახ დასაშვებად, ან არა.
cli-pair-yes = დიახ
cli-pair-show-approved = „{ $name }“-ს ახლა აქვს თქვენი ჟურნალი.
cli-pair-show-refused = თქვენ უარი თქვით. „{ $name }“-მა ვერაფერი მიიღო.
cli-pair-default-name = ახალი მოწყობილობა
cli-pair-join-check = თქვენმა სხვა მოწყობილობამ უნდა აჩვენოს ეს კოდი: { $fingerprint }. დაუშვით იქ.
cli-pair-join-done = { $count ->
    [one] ამ მოწყობილობას ახლა აქვს თქვენი ჟურნალი, 1 ჩანაწერით.
   *[other] ამ მოწყობილობას ახლა აქვს თქვენი ჟურნალი, { $count } ჩანაწერით.
}

## carnet devices

cli-devices-none = ამ ჟურნალის სინქრონიზაცია ჯერ არცერთ მოწყობილობას არ გაუკეთებია.
cli-devices-line = { $id }  { $name }  ({ $added }-დან)
cli-devices-this = ← ეს მოწყობილობა
cli-devices-removed = (წაშლილია { $when })
cli-devices-removed-done = „{ $name }“ წაიშალა. თქვენს ჟურნალს ახლა ახალი გასაღები აქვს, რომელიც იმ მოწყობილობას არ აქვს.
cli-devices-new-sheet = თქვენს აღდგენის ფურცელზე ძველი გასაღებია. დაბეჭდეთ ახალი ახლავე და გაანადგურეთ ძველი: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = აღდგენის ფურცლის დაბეჭდვა: მისი და პაროლის დახმარებით, ამ ტელეფონის დაკარგვის შემთხვევაში, ჟურნალს ახალ ტელეფონზე დააბრუნებთ.
cli-cmd-recover = ახალ მოწყობილობაზე: დააბრუნეთ ჟურნალი აღდგენის ფურცლით და პაროლით.
cli-arg-recovery-out = ფაილი, რომელშიც ფურცელი ჩაიწერება. უნდა მთავრდებოდეს .png-ით ან .pdf-ით.
cli-arg-recover-sheet = აღდგენის ფურცლის ფოტო ან სკანი (PNG ან JPEG). Carnet მის კვადრატულ კოდს წაიკითხავს.
cli-arg-recover-words = აღდგენის ფურცლის 12 სიტყვა, თანმიმდევრობით, ბრჭყალებში. მიუთითეთ --hub-იც.
cli-arg-recover-hub = აღდგენის ფურცელზე დაბეჭდილი სერვერის მისამართი, მაგალითად http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet-ს შეუძლია ფურცლის ჩაწერა .png ან .pdf ფაილად და არა როგორც „{ $path }“.
cli-recovery-sheet-done = თქვენი აღდგენის ფურცელი აქაა: { $path }. დაბეჭდეთ და შეინახეთ ქაღალდი უსაფრთხო ადგილას, ტელეფონისგან მოშორებით.
cli-recovery-sheet-english = ფურცელი ინგლისურადაა: Carnet ჯერ ვერ ხატავს თქვენი ენის ასოებს მასზე სწორად.
cli-recovery-sheet-replaced = ადრე დაბეჭდილი ნებისმიერი ფურცელი აღარ მუშაობს. გაანადგურეთ.
cli-recover-done = { $count ->
    [one] თქვენი ჟურნალი დაბრუნდა ამ მოწყობილობაზე: { $count } ჩანაწერი.
   *[other] თქვენი ჟურნალი დაბრუნდა ამ მოწყობილობაზე: { $count } ჩანაწერი.
}
cli-passphrase-sheet-updated = თქვენი აღდგენის ფურცელი კვლავ მუშაობს, ახალი პაროლით.
cli-passphrase-sheet-not-updated = თქვენი აღდგენის ფურცელი სერვერზე ვერ განახლდა. სანამ ახალს არ დაბეჭდავთ, მას ძველი პაროლი სჭირდება. დაბეჭდეთ ახალი ფურცელი, როცა დაკავშირებული იქნებით: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet-ის აღდგენის ფურცელი
cli-sheet-made = შექმნილია { $date }
cli-sheet-hub = სერვერი: { $hub }
cli-sheet-words = თქვენი 12 სიტყვა
cli-sheet-instructions =
    შეინახეთ ეს ქაღალდი უსაფრთხოდ. მისი და პაროლის დახმარებით ჟურნალს ახალ ტელეფონზე დააბრუნებთ:
    1. დააყენეთ Carnet ახალ ტელეფონზე და აირჩიეთ ჟურნალის აღდგენა.
    2. დაასკანერეთ კვადრატული კოდი, ან აკრიფეთ 12 სიტყვა და სერვერის მისამართი.
    3. აკრიფეთ პაროლი. ჟურნალი სერვერიდან დაბრუნდება.
    კომპიუტერზე: carnet recover --sheet photo.jpg
cli-sheet-warning = მხოლოდ ეს ქაღალდი ჟურნალს ვერ გახსნის: პაროლიც საჭიროა. ნუ შეინახავთ მათ ერთად. თუ ახალ ფურცელს დაბეჭდავთ, ეს აღარ იმუშავებს.
