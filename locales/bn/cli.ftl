# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = কীভাবে লিখবেন:
cli-help-commands = কমান্ড:
cli-help-arguments = কী দিতে হবে:
cli-help-options = বিকল্প:
cli-help-examples = উদাহরণ:

## Help: the whole program

cli-about = Carnet আপনি কী পারেন তার রেকর্ড রাখে: দক্ষতা, কাজ, ভাষা, ডিপ্লোমা ও কোর্স। রেকর্ডটি আপনার ডিভাইসেই থাকে, আপনার পাসফ্রেজ দিয়ে বন্ধ।

cli-examples =
    লগবুক শুরু করুন:       carnet init
    দক্ষতা যোগ করুন:       carnet add skill --title "Welding" --level advanced
    আপনার এন্ট্রি দেখুন:    carnet list
    একটি এন্ট্রি দেখুন:     carnet show 3f2a
    কমান্ডের সাহায্য:       carnet add --help

cli-opt-data-dir = যে ফোল্ডারে আপনার লগবুক রাখা আছে। আপনি CARNET_DATA_DIR-ও সেট করতে পারেন।
cli-opt-json = অন্য প্রোগ্রামের জন্য JSON-এ উত্তর দিন।
cli-opt-lang = Carnet-এর বার্তার ভাষা, যেমন ar, fa, fr, uk বা en।
cli-opt-help = এই সাহায্য দেখান।
cli-opt-version = Carnet-এর সংস্করণ দেখান।

## Help: commands

cli-cmd-init = পাসফ্রেজ দিয়ে বন্ধ একটি নতুন লগবুক তৈরি করুন।
cli-cmd-passphrase = আপনার লগবুকের পাসফ্রেজ বদলান।
cli-cmd-passphrase-change = আপনার পাসফ্রেজ বদলান। আগে পুরোনোটি লিখুন, তারপর নতুনটি দুবার।
cli-cmd-profile = আপনার প্রোফাইল দেখুন বা বদলান: আপনার নাম, দেশ, ভাষা।
cli-cmd-profile-show = আপনার প্রোফাইল দেখান।
cli-cmd-profile-set = আপনার প্রোফাইল বদলান। কিছু মুছতে খালি মান দিন, যেমন --contact ""।
cli-cmd-add = একটি এন্ট্রি যোগ করুন: দক্ষতা, যোগ্যতা, কাজের অভিজ্ঞতা, ভাষা বা কোর্স।
cli-cmd-list = আপনার এন্ট্রিগুলোর তালিকা দেখান।
cli-cmd-show = একটি এন্ট্রির সবকিছু দেখান।
cli-cmd-edit = একটি এন্ট্রি বদলান।
cli-cmd-rm = একটি এন্ট্রি মুছুন।
cli-cmd-search = কিছু শব্দ আছে এমন এন্ট্রি খুঁজুন।
cli-cmd-detach = একটি এন্ট্রি থেকে ছবি বা ভয়েস নোট সরান। অন্য কোনো এন্ট্রি এটি না দেখালে এটি এই ডিভাইস থেকেও মুছে যায়।
cli-cmd-attach = একটি এন্ট্রিতে কাগজের ছবি যোগ করুন, যেমন ডিপ্লোমা, সনদ বা কাজের কাগজ। অথবা ভয়েস নোট যোগ করুন: একটি অডিও ফাইল যেখানে আপনি দক্ষতা নিয়ে বলছেন।
cli-cmd-export = আপনার পুরো লগবুক এমন একটি ফাইলে লিখুন যা অন্য প্রোগ্রাম পড়তে পারে।
cli-cmd-import = Carnet-এর এক্সপোর্ট ফাইল আপনার লগবুকে পড়ুন। আপনার লগবুক থেকে কিছুই মোছে না।
cli-cmd-devices = যে ডিভাইসগুলোতে আপনার লগবুক আছে।
cli-cmd-devices-list = যে ডিভাইসগুলোতে আপনার লগবুক আছে সেগুলো দেখান।
cli-cmd-devices-remove = কোনো ডিভাইস থেকে আপনার লগবুক সরিয়ে নিন, যেমন হারানো ফোন। এখন থেকে আপনি যা যোগ করবেন তা এটি পড়তে পারবে না।
cli-cmd-pair = আপনার লগবুক আপনার আরেকটি ডিভাইসে রাখুন, যেমন নতুন ফোন।
cli-cmd-pair-show = যে ডিভাইসে আপনার লগবুক আছে সেখানে: নতুন ডিভাইসের জন্য কোড দেখান, তারপর অনুমতি দিন।
cli-cmd-pair-join = নতুন ডিভাইসে: আপনার অন্য ডিভাইসের দেখানো কোড দিয়ে লগবুক পান।
cli-cmd-sync = আপনার পরিবর্তনগুলো কেন্দ্রের হাবে পাঠান এবং অন্য ডিভাইসে করা পরিবর্তন পান। হাব শুধু একটি বন্ধ কপি রাখে যা সে পড়তে পারে না।

## Help: what to give to the commands

cli-arg-kind = এন্ট্রির ধরন: skill (দক্ষতা), qualification (যোগ্যতা), experience (কাজ), language (ভাষা) বা learning (কোর্স)।
cli-arg-title = একটি ছোট নাম, যেমন "Welding" বা "Driving licence B"।
cli-arg-description = এ সম্পর্কে আরও কিছু কথা, চাইলে।
cli-arg-level = আপনি কতটা ভালো। দক্ষতা বা কাজের জন্য: basic, intermediate, advanced বা expert। ভাষার জন্য: A1 (শুরু) থেকে C2 (খুব ভালো)। যোগ্যতা বা কোর্সের জন্য: এর EQF স্তর, 1 থেকে 8।
cli-arg-eqf = ডিপ্লোমা বা কোর্সের EQF স্তর, 1 থেকে 8, জানা থাকলে।
cli-arg-from = কখন শুরু: বছর (2019), মাস (2019-05) বা দিন (2019-05-14)।
cli-arg-to = কখন শেষ, একইভাবে লেখা। এখনও চললে বাদ দিন।
cli-arg-organisation = নিয়োগকর্তা, স্কুল বা প্রশিক্ষণ কেন্দ্র।
cli-arg-place = শহর বা জায়গা।
cli-arg-country = দেশ, দুই অক্ষরে, যেমন SY, AF, DE।
cli-arg-context = আপনি কীভাবে শিখেছেন: formal (স্কুল, ডিপ্লোমা), non-formal (কোর্স) বা informal (করে করে)।
cli-arg-written-in = যে ভাষায় আপনি এই এন্ট্রি লিখেছেন, ছোট কোডে, যেমন ar বা en।
cli-arg-esco = দক্ষতা বা চাকরির ESCO ঠিকানা, জানা থাকলে।
cli-arg-isco = ISCO-08 চাকরির কোড (1 থেকে 4 অঙ্ক), জানা থাকলে।
cli-arg-stage = আপনার যাত্রায় কখন এটি কাজে লাগে: recruitment, pre-departure, arrival, career বা return। একাধিক দিতে পারেন।

cli-arg-list-kind = শুধু এই ধরনের এন্ট্রি দেখান: skill, qualification, experience, language বা learning।
cli-arg-list-stage = শুধু এই ধাপের এন্ট্রি দেখান: recruitment, pre-departure, arrival, career বা return।

cli-arg-id = এন্ট্রির id। প্রথম 4 বা তার বেশি অক্ষরই যথেষ্ট। id দেখতে লিখুন: carnet list
cli-arg-set = একটি পরিবর্তন, FIELD=VALUE আকারে, যেমন level=advanced। আরও বদলাতে আবার দিন। খালি মান ঘরটি মুছে দেয়। ঘরগুলো: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco।
cli-arg-text = খোঁজার শব্দ।
cli-arg-evidence = যে ছবি বা ভয়েস নোট সরাবেন: এর id, যেমন carnet show আর carnet attach দেখায় (প্রথম 8 বা তার বেশি অক্ষরই যথেষ্ট)।
cli-arg-photo = একটি ছবি (JPEG, PNG বা WebP) বা অডিও ফাইল (WebM, Ogg, MP4, M4A, AAC, MP3 বা WAV, 5 MB পর্যন্ত)। Carnet ফাইলের ভেতরে দেখে বোঝে এটি কী। এটি লুকানো তথ্য সরিয়ে দেয়, যেমন ছবি তোলার জায়গা।
cli-arg-format = ফাইলের ধরন। এখন শুধু json।
cli-arg-file = যে এক্সপোর্ট ফাইল পড়বেন।

cli-arg-name = আপনার নাম, অন্যরা যেভাবে দেখুক চান।
cli-arg-birth-date = আপনার জন্ম তারিখ: 1990, 1990-05 বা 1990-05-14।
cli-arg-origin = আপনি যে দেশ থেকে এসেছেন, দুই অক্ষরে, যেমন SY, AF, ER।
cli-arg-current = আপনি এখন যে দেশে থাকেন, দুই অক্ষরে, যেমন DE, FR।
cli-arg-contact = মানুষ কীভাবে আপনার সাথে যোগাযোগ করবে, যেমন ফোন নম্বর বা ইমেল।
cli-arg-language = আপনি জানেন এমন একটি ভাষা, ছোট কোডে, যেমন ar, fa-AF বা en। নিচের বিকল্পগুলো এই ভাষা নিয়ে।
cli-arg-mother-tongue = এই ভাষা আপনার মাতৃভাষা।
cli-arg-not-mother-tongue = এই ভাষা আপনার মাতৃভাষা নয়।
cli-arg-listening = কেউ কথা বললে আপনি কতটা ভালো বোঝেন: A1 (শুরু) থেকে C2 (খুব ভালো)।
cli-arg-reading = আপনি কতটা ভালো পড়েন: A1 থেকে C2।
cli-arg-spoken-interaction = আলাপে আপনি কতটা ভালো অংশ নেন: A1 থেকে C2।
cli-arg-spoken-production = আপনি নিজে কতটা ভালো বলেন: A1 থেকে C2।
cli-arg-writing = আপনি কতটা ভালো লেখেন: A1 থেকে C2।
cli-arg-remove-language = প্রোফাইল থেকে একটি ভাষা সরান।
cli-arg-hub = কেন্দ্রের হাবের ঠিকানা, যেমন http://192.168.1.10:8470। Carnet এটি মনে রাখে।
cli-arg-device-id = ডিভাইসের id, যেমন এটি দেখায়: carnet devices list (প্রথম 4 বা তার বেশি অক্ষরই যথেষ্ট)।
cli-arg-pair-approve = নতুন ডিভাইস এই কোড দেখালে না জিজ্ঞেস করেই অনুমতি দিন (সাহায্যকারী ও স্ক্রিপ্টের জন্য)।
cli-arg-pair-code = আপনার অন্য ডিভাইসে দেখানো কোড। এটি CNP1: দিয়ে শুরু হয়
cli-arg-pair-name = এই ডিভাইসের একটি নাম, যাতে অন্যটিতে চিনতে পারেন (যেমন "Amal's phone")।
cli-arg-sync-status = শুধু দেখান শেষ কখন সিঙ্ক হয়েছে আর কতগুলো পরিবর্তন অপেক্ষায় আছে। কিছুই পাঠানো হয় না।
cli-arg-sync-watch = সিঙ্ক চালিয়ে যান। হাবে পৌঁছানো না গেলে পরে আবার চেষ্টা করুন, প্রতিবার আরও বেশি অপেক্ষা করে।
cli-arg-sync-every = --watch-এর সাথে: দুই সিঙ্কের মাঝে কত সেকেন্ড অপেক্ষা (না দিলে 300)।

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

cli-passphrase-new-intro = অন্তত { $min } অক্ষরের একটি পাসফ্রেজ বেছে নিন। প্রতিবার লগবুক খুলতে এটি লাগবে। কেউ এটি আপনাকে ফিরিয়ে দিতে পারবে না।
cli-passphrase-prompt = পাসফ্রেজ:
cli-passphrase-new-prompt = নতুন পাসফ্রেজ:
cli-passphrase-repeat-prompt = নতুন পাসফ্রেজ আবার লিখুন:
cli-passphrase-changed = আপনার পাসফ্রেজ বদলানো হয়েছে। এখন থেকে নতুনটি ব্যবহার করুন।

## Answers

cli-init-done = আপনার লগবুক তৈরি। এটি এই ফোল্ডারে আছে: { $dir }
cli-init-next = আপনার পাসফ্রেজ নিরাপদে রাখুন। এটি ছাড়া কেউ আপনার লগবুক খুলতে পারবে না, আপনিও না। এরপর আপনি কী পারেন তা যোগ করুন, যেমন: carnet add skill --title "Cooking"

cli-list-empty = আপনার লগবুকে এখনও কোনো এন্ট্রি নেই। যোগ করতে লিখুন: carnet add skill --title "Cooking"
cli-list-none-match = আপনি যা চেয়েছেন তার সাথে কোনো এন্ট্রি মেলে না।
cli-search-none = কোনো এন্ট্রিতে এই শব্দগুলো নেই। অন্য শব্দ চেষ্টা করুন, বা লিখুন: carnet list

cli-edit-saved = আপনার পরিবর্তন সংরক্ষিত হয়েছে।
cli-rm-done = মুছে ফেলা হয়েছে: { $title }
cli-detached = ছবি বা ভয়েস নোটটি এন্ট্রি থেকে সরানো হয়েছে।

cli-profile-saved = আপনার প্রোফাইল সংরক্ষিত হয়েছে।
cli-profile-empty = আপনার প্রোফাইল খালি। নাম যোগ করতে লিখুন: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1টি এন্ট্রি যোগ হয়েছে।
   *[other] { $count }টি এন্ট্রি যোগ হয়েছে।
}
cli-import-updated = { $count ->
    [one] 1টি এন্ট্রি হালনাগাদ হয়েছে।
   *[other] { $count }টি এন্ট্রি হালনাগাদ হয়েছে।
}
cli-import-unchanged = { $count ->
    [one] 1টি এন্ট্রি আগে থেকেই একই ছিল।
   *[other] { $count }টি এন্ট্রি আগে থেকেই একই ছিল।
}
cli-import-profile-updated = আপনার প্রোফাইলও হালনাগাদ হয়েছে।
cli-import-missing-photos = { $count ->
    [one] 1টি ছবি এই ডিভাইসে নেই। এক্সপোর্ট ফাইলে ছবি থাকে না। এটি আবার যোগ করুন: carnet attach
   *[other] { $count }টি ছবি এই ডিভাইসে নেই। এক্সপোর্ট ফাইলে ছবি থাকে না। এগুলো আবার যোগ করুন: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = ধরন
cli-show-added = যোগ হয়েছে
cli-show-changed = বদলেছে
cli-show-evidence = ছবি ও ভয়েস নোট
cli-show-photo = { $sha }  { $width } × { $height } পিক্সেল, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } পিক্সেল, এই ডিভাইসে নেই
cli-show-voice = { $sha }  ভয়েস নোট, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ভয়েস নোট, এই ডিভাইসে নেই
cli-show-conflicts = আরেকটি ডিভাইসও লিখেছে:
cli-show-conflicts-hint = এর একটি রাখতে লিখুন: carnet edit { $id } --set FIELD=VALUE

cli-field-title = শিরোনাম
cli-field-description = বিবরণ
cli-field-written-in = লেখার ভাষা
cli-field-esco = ESCO
cli-field-isco = ISCO-08 চাকরির কোড
cli-field-level = স্তর
cli-field-eqf = EQF স্তর
cli-field-organisation = প্রতিষ্ঠান
cli-field-place = জায়গা
cli-field-country = দেশ
cli-field-from = থেকে
cli-field-to = পর্যন্ত
cli-field-context = কীভাবে শিখেছেন
cli-field-stages = ধাপ

cli-kind-skill = দক্ষতা
cli-kind-qualification = যোগ্যতা
cli-kind-experience = অভিজ্ঞতা
cli-kind-language = ভাষা
cli-kind-learning = কোর্স

cli-context-formal = প্রাতিষ্ঠানিক (স্কুল, ডিপ্লোমা)
cli-context-non-formal = উপানুষ্ঠানিক (কোর্স)
cli-context-informal = অনানুষ্ঠানিক (করে করে)

cli-stage-recruitment = নিয়োগ
cli-stage-pre-departure = যাওয়ার আগে
cli-stage-arrival = পৌঁছানো
cli-stage-career = কাজ
cli-stage-return = ফেরা

cli-proficiency-basic = প্রাথমিক
cli-proficiency-intermediate = মাঝারি
cli-proficiency-advanced = ভালো
cli-proficiency-expert = দক্ষ

cli-level-eqf = EQF স্তর { $level }

cli-profile-name = নাম
cli-profile-birth-date = জন্ম তারিখ
cli-profile-origin = কোথা থেকে
cli-profile-current = কোথায় থাকেন
cli-profile-contact = যোগাযোগ
cli-profile-languages = ভাষা
cli-profile-mother-tongue = { $language } (মাতৃভাষা)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = শোনা { $level }
cli-cefr-reading = পড়া { $level }
cli-cefr-spoken-interaction = অন্যদের সাথে কথা { $level }
cli-cefr-spoken-production = বলা { $level }
cli-cefr-writing = লেখা { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet এখানে «{ $arg }» চেনে না।
cli-error-unknown-command = «{ $command }» নামে কোনো কমান্ড নেই।
cli-error-invalid-value = «{ $value }» { $arg }-এর জন্য ব্যবহার করা যায় না।
cli-error-missing-value = { $arg }-এর পরে একটি মান দরকার।
cli-error-valid-values = আপনি এগুলো ব্যবহার করতে পারেন: { $values }
cli-error-missing-argument = কিছু বাদ পড়েছে: { $arg }
cli-error-missing-command = «{ $command }»-এর পরে Carnet কী করবে বলুন।
cli-error-valid-commands = কমান্ডগুলো হলো: { $commands }
cli-error-conflict = { $arg } আর { $other } একসাথে ব্যবহার করা যায় না।
cli-error-no-equals = { $arg } সমান চিহ্ন দিয়ে লিখুন, আর মানটি ঠিক তার পরেই।
cli-error-too-many-values = { $arg } কম মান নেয়। «{ $value }» একটি বেশি।
cli-error-wrong-number-of-values = { $arg }-এর মানের সংখ্যা ভুল।
cli-error-invalid-utf8 = আপনার লেখা কিছু অক্ষর Carnet পড়তে পারছে না। আবার লিখুন।
cli-error-did-you-mean = আপনি কি { $suggestion } বোঝাতে চেয়েছেন?
cli-error-usage = Carnet এই কমান্ডটি বোঝেনি।
cli-error-usage-hint = কী লিখতে পারেন দেখতে { $command } --help লিখুন।
cli-error-set-format = «{ $value }» কোনো পরিবর্তন নয়। FIELD=VALUE লিখুন, যেমন --set level=advanced
cli-error-nothing-to-change = বদলানোর কিছু নেই। অন্তত একটি বিকল্প দিন, যেমন --name "Your name"।

cli-error-passphrase-unavailable = Carnet-এর পাসফ্রেজ দরকার কিন্তু এখানে জিজ্ঞেস করতে পারছে না। Carnet টার্মিনালে চালান, বা { $variable } সেট করুন।
cli-error-passphrase-mismatch = দুটি পাসফ্রেজ এক নয়। কিছুই বদলায়নি। অনুগ্রহ করে আবার চেষ্টা করুন।
cli-error-read-file = Carnet { $path } ফাইলটি পড়তে পারছে না। ফাইলের নাম আর ফোল্ডার দেখুন, তারপর আবার চেষ্টা করুন।
cli-error-no-data-dir = Carnet আপনার লগবুকের জন্য ফোল্ডার খুঁজে পাচ্ছে না। --data-dir দিয়ে একটি বেছে নিন, যেমন --data-dir ./carnet
cli-error-output = Carnet তার উত্তর লিখতে পারেনি। ডিস্ক ভরা কিনা দেখুন, তারপর আবার চেষ্টা করুন।
cli-error-details = সাহায্যকারীর জন্য বিস্তারিত: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = তৈরি করতে লিখুন: carnet init
cli-hint-already-exists = এতে কী আছে দেখতে লিখুন: carnet list। দ্বিতীয় লগবুকের জন্য --data-dir দিয়ে অন্য ফোল্ডার বেছে নিন।
cli-hint-not-found = id দেখতে লিখুন: carnet list
cli-hint-ambiguous-id = id দেখতে লিখুন: carnet list
cli-hint-import-format = এটি দিয়ে তৈরি একটি ফাইল বেছে নিন: carnet export --format json
cli-hint-invalid-field = ঘরগুলোর তালিকার জন্য লিখুন: carnet edit --help

## carnet sync

cli-sync-phase-sending = পাঠানো হচ্ছে
cli-sync-phase-receiving = আনা হচ্ছে
cli-sync-phase-photos = ছবি
cli-sync-done = { $hub }-এর সাথে সিঙ্ক হয়েছে।
cli-sync-changes = { $sent ->
    [one] 1টি পরিবর্তন পাঠানো হয়েছে
   *[other] { $sent }টি পরিবর্তন পাঠানো হয়েছে
}, { $received ->
    [one] 1টি পরিবর্তন পাওয়া গেছে।
   *[other] { $received }টি পরিবর্তন পাওয়া গেছে।
}
cli-sync-photos = { $sent ->
    [one] 1টি ছবি পাঠানো হয়েছে
   *[other] { $sent }টি ছবি পাঠানো হয়েছে
}, { $received ->
    [one] 1টি ছবি পাওয়া গেছে।
   *[other] { $received }টি ছবি পাওয়া গেছে।
}
cli-sync-bytes = ব্যবহৃত ডেটা: { $up } KB ওপরে, { $down } KB নিচে।
cli-sync-retry = আবার চেষ্টা { $seconds ->
    [one] 1 সেকেন্ডে।
   *[other] { $seconds } সেকেন্ডে।
}
cli-sync-status-hub = হাব: { $hub }
cli-sync-status-last = শেষ সিঙ্ক: { $when }
cli-sync-status-pending = { $count ->
    [0] কোনো পরিবর্তন অপেক্ষায় নেই।
    [one] 1টি পরিবর্তন পাঠানোর অপেক্ষায়।
   *[other] { $count }টি পরিবর্তন পাঠানোর অপেক্ষায়।
}
cli-sync-no-hub = এখনও নেই
cli-sync-never = কখনও না
cli-hint-sync-no-hub = সেট করতে লিখুন: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = আপনার পরিবর্তনগুলো রাখা আছে। পরে আবার চেষ্টা করতে লিখুন: carnet sync

## carnet pair

cli-pair-show-scan = নতুন ডিভাইস দিয়ে এই কোডটি স্ক্যান করুন, বা সেখানে নিচের লেখাটি লিখুন।
cli-pair-show-expires = কোডটি 10 মিনিট কাজ করে।
cli-pair-show-request = «{ $name }» ডিভাইসটি আপনার লগবুক চাইছে। এর কোড { $fingerprint }।
cli-pair-show-ask = আপনার নতুন ডিভাইস কি একই কোড দেখাচ্ছে? অনুমতি দিতে yes লিখুন, বা no।
cli-pair-yes = yes
cli-pair-show-approved = «{ $name }»-এ এখন আপনার লগবুক আছে।
cli-pair-show-refused = আপনি না বলেছেন। «{ $name }» কিছুই পায়নি।
cli-pair-default-name = নতুন ডিভাইস
cli-pair-join-check = আপনার অন্য ডিভাইসে এই কোড দেখাতে হবে: { $fingerprint }। সেখানে অনুমতি দিন।
cli-pair-join-done = { $count ->
    [one] এই ডিভাইসে এখন আপনার লগবুক আছে, 1টি এন্ট্রিসহ।
   *[other] এই ডিভাইসে এখন আপনার লগবুক আছে, { $count }টি এন্ট্রিসহ।
}

## carnet devices

cli-devices-none = এখনও কোনো ডিভাইস এই লগবুক সিঙ্ক করেনি।
cli-devices-line = { $id }  { $name }  ({ $added } থেকে)
cli-devices-this = ← এই ডিভাইস
cli-devices-removed = (সরানো হয়েছে { $when })
cli-devices-removed-done = «{ $name }» সরানো হয়েছে। আপনার লগবুকের এখন নতুন চাবি আছে, যা ওই ডিভাইসের কাছে নেই।
cli-devices-new-sheet = আপনার রিকভারি শিটে পুরোনো চাবি আছে। এখনই নতুন একটি ছাপুন আর পুরোনোটি নষ্ট করুন: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = একটি রিকভারি শিট ছাপুন: এটি আর আপনার পাসফ্রেজ দিয়ে, এই ফোন হারালে নতুন ফোনে লগবুক ফিরে পাবেন।
cli-cmd-recover = নতুন ডিভাইসে: রিকভারি শিট আর পাসফ্রেজ দিয়ে আপনার লগবুক ফিরিয়ে আনুন।
cli-arg-recovery-out = যে ফাইলে শিট লেখা হবে। এর নাম .png বা .pdf দিয়ে শেষ হতে হবে।
cli-arg-recover-sheet = আপনার রিকভারি শিটের ছবি বা স্ক্যান (PNG বা JPEG)। Carnet এর চৌকো কোড পড়ে।
cli-arg-recover-words = আপনার রিকভারি শিটের 12টি শব্দ, ক্রম অনুযায়ী, উদ্ধৃতিচিহ্নের ভেতরে। --hub-ও দিন।
cli-arg-recover-hub = আপনার রিকভারি শিটে ছাপা হাবের ঠিকানা, যেমন http://192.168.1.10:8470।
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet শিটটি .png বা .pdf ফাইল হিসেবে লিখতে পারে, «{ $path }» হিসেবে নয়।
cli-recovery-sheet-done = আপনার রিকভারি শিট { $path }-এ আছে। এটি ছাপুন আর কাগজটি নিরাপদ জায়গায় রাখুন, ফোন থেকে দূরে।
cli-recovery-sheet-english = শিটটি ইংরেজিতে: Carnet এখনও এতে আপনার ভাষার অক্ষর ঠিকমতো আঁকতে পারে না।
cli-recovery-sheet-replaced = আগে ছাপা কোনো শিট আর কাজ করে না। সেটি নষ্ট করুন।
cli-recover-done = { $count ->
    [one] আপনার লগবুক এই ডিভাইসে ফিরে এসেছে: { $count }টি এন্ট্রি।
   *[other] আপনার লগবুক এই ডিভাইসে ফিরে এসেছে: { $count }টি এন্ট্রি।
}
cli-passphrase-sheet-updated = আপনার রিকভারি শিট এখনও কাজ করে, আপনার নতুন পাসফ্রেজ দিয়ে।
cli-passphrase-sheet-not-updated = আপনার রিকভারি শিট হাবে হালনাগাদ করা যায়নি। নতুন না ছাপা পর্যন্ত এর জন্য পুরোনো পাসফ্রেজ লাগবে। সংযুক্ত থাকলে নতুন শিট ছাপুন: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet রিকভারি শিট
cli-sheet-made = তৈরির তারিখ { $date }
cli-sheet-hub = হাব: { $hub }
cli-sheet-words = আপনার 12টি শব্দ
cli-sheet-instructions =
    এই কাগজটি নিরাপদে রাখুন। এটি আর আপনার পাসফ্রেজ দিয়ে নতুন ফোনে লগবুক ফিরে পাবেন:
    1. নতুন ফোনে Carnet নিন এবং লগবুক ফিরিয়ে আনা বেছে নিন।
    2. চৌকো কোড স্ক্যান করুন, বা 12টি শব্দ আর হাবের ঠিকানা লিখুন।
    3. আপনার পাসফ্রেজ লিখুন। হাব থেকে লগবুক ফিরে আসে।
    কম্পিউটারে: carnet recover --sheet photo.jpg
cli-sheet-warning = শুধু এই কাগজ দিয়ে আপনার লগবুক খোলে না: আপনার পাসফ্রেজও লাগে। দুটো একসাথে রাখবেন না। নতুন শিট ছাপলে এটি আর কাজ করবে না।
