# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = របៀបវាយ៖
cli-help-commands = ពាក្យបញ្ជា៖
cli-help-arguments = អ្វីដែលត្រូវផ្ដល់៖
cli-help-options = ជម្រើស៖
cli-help-examples = ឧទាហរណ៍៖

## Help: the whole program

cli-about = Carnet រក្សាកំណត់ត្រានៃអ្វីដែលអ្នកធ្វើបាន៖ ជំនាញ ការងារ ភាសា សញ្ញាបត្រ និងវគ្គសិក្សា។ កំណត់ត្រានៅលើឧបករណ៍របស់អ្នក ចាក់សោដោយពាក្យសម្ងាត់របស់អ្នក។

cli-examples =
    ចាប់ផ្ដើមសៀវភៅកំណត់ត្រា៖    carnet init
    បន្ថែមជំនាញ៖               carnet add skill --title "Welding" --level advanced
    មើលធាតុរបស់អ្នក៖            carnet list
    មើលធាតុមួយ៖                carnet show 3f2a
    ជំនួយសម្រាប់ពាក្យបញ្ជា៖      carnet add --help

cli-opt-data-dir = ថតដែលរក្សាទុកសៀវភៅកំណត់ត្រារបស់អ្នក។ អ្នកក៏អាចកំណត់ CARNET_DATA_DIR បានដែរ។
cli-opt-json = ឆ្លើយជា JSON សម្រាប់កម្មវិធីផ្សេង។
cli-opt-lang = ភាសានៃសាររបស់ Carnet ឧទាហរណ៍ ar, fa, fr, uk ឬ en។
cli-opt-help = បង្ហាញជំនួយនេះ។
cli-opt-version = បង្ហាញកំណែរបស់ Carnet។

## Help: commands

cli-cmd-init = បង្កើតសៀវភៅកំណត់ត្រាថ្មី ចាក់សោដោយពាក្យសម្ងាត់។
cli-cmd-passphrase = ប្ដូរពាក្យសម្ងាត់នៃសៀវភៅកំណត់ត្រារបស់អ្នក។
cli-cmd-passphrase-change = ប្ដូរពាក្យសម្ងាត់របស់អ្នក។ អ្នកវាយពាក្យចាស់ បន្ទាប់មកពាក្យថ្មីពីរដង។
cli-cmd-profile = មើល ឬប្ដូរប្រវត្តិរូបរបស់អ្នក៖ ឈ្មោះ ប្រទេស និងភាសារបស់អ្នក។
cli-cmd-profile-show = បង្ហាញប្រវត្តិរូបរបស់អ្នក។
cli-cmd-profile-set = ប្ដូរប្រវត្តិរូបរបស់អ្នក។ ដើម្បីលុបអ្វីមួយ សូមផ្ដល់តម្លៃទទេ ឧទាហរណ៍ --contact ""។
cli-cmd-add = បន្ថែមធាតុ៖ ជំនាញ គុណវុឌ្ឍិ បទពិសោធន៍ការងារ ភាសា ឬវគ្គសិក្សា។
cli-cmd-list = រាយធាតុរបស់អ្នក។
cli-cmd-show = បង្ហាញអ្វីៗទាំងអស់អំពីធាតុមួយ។
cli-cmd-edit = កែប្រែធាតុ។
cli-cmd-rm = លុបធាតុ។
cli-cmd-search = ស្វែងរកធាតុដែលមានពាក្យខ្លះ។
cli-cmd-detach = ដករូបថត ឬកំណត់ចំណាំសំឡេងចេញពីធាតុ។ វាក៏ត្រូវលុបពីឧបករណ៍នេះដែរ លុះត្រាតែធាតុផ្សេងបង្ហាញវា។
cli-cmd-attach = បន្ថែមរូបថតក្រដាសស្នាមទៅធាតុ ឧទាហរណ៍ សញ្ញាបត្រ វិញ្ញាបនបត្រ ឬក្រដាសការងារ។ ឬបន្ថែមកំណត់ចំណាំសំឡេង៖ ឯកសារសំឡេងដែលអ្នកប្រាប់អំពីជំនាញ។
cli-cmd-export = សរសេរសៀវភៅកំណត់ត្រាទាំងមូលរបស់អ្នកជាឯកសារដែលកម្មវិធីផ្សេងអាចអានបាន។
cli-cmd-import = អានឯកសារនាំចេញរបស់ Carnet ចូលទៅក្នុងសៀវភៅកំណត់ត្រារបស់អ្នក។ គ្មានអ្វីក្នុងសៀវភៅកំណត់ត្រារបស់អ្នកត្រូវបានលុបទេ។
cli-cmd-devices = ឧបករណ៍ដែលមានសៀវភៅកំណត់ត្រារបស់អ្នក។
cli-cmd-devices-list = បង្ហាញឧបករណ៍ដែលមានសៀវភៅកំណត់ត្រារបស់អ្នក។
cli-cmd-devices-remove = ដកសៀវភៅកំណត់ត្រារបស់អ្នកចេញពីឧបករណ៍មួយ ឧទាហរណ៍ ទូរស័ព្ទដែលបាត់។ វាមិនអាចអានអ្វីដែលអ្នកបន្ថែមចាប់ពីពេលនេះទៅបានទេ។
cli-cmd-pair = ដាក់សៀវភៅកំណត់ត្រារបស់អ្នកនៅលើឧបករណ៍មួយទៀតរបស់អ្នក ដូចជាទូរស័ព្ទថ្មី។
cli-cmd-pair-show = នៅលើឧបករណ៍ដែលមានសៀវភៅកំណត់ត្រារបស់អ្នក៖ បង្ហាញកូដសម្រាប់ឧបករណ៍ថ្មី រួចអនុញ្ញាតវា។
cli-cmd-pair-join = នៅលើឧបករណ៍ថ្មី៖ ទទួលសៀវភៅកំណត់ត្រារបស់អ្នកដោយកូដដែលឧបករណ៍ផ្សេងរបស់អ្នកបង្ហាញ។
cli-cmd-sync = ផ្ញើការផ្លាស់ប្ដូររបស់អ្នកទៅហាប់របស់មជ្ឈមណ្ឌល ហើយទទួលការផ្លាស់ប្ដូរដែលធ្វើនៅលើឧបករណ៍ផ្សេងទៀតរបស់អ្នក។ ហាប់រក្សាទុកតែច្បាប់ចម្លងដែលបានចាក់សោ ដែលវាមិនអាចអានបាន។

## Help: what to give to the commands

cli-arg-kind = ប្រភេទធាតុ៖ skill (ជំនាញ), qualification (គុណវុឌ្ឍិ), experience (ការងារ), language (ភាសា) ឬ learning (វគ្គសិក្សា)។
cli-arg-title = ឈ្មោះខ្លី ឧទាហរណ៍ "ការផ្សារដែក" ឬ "ប័ណ្ណបើកបរ B"។
cli-arg-description = ពាក្យបន្ថែមអំពីវា បើអ្នកចង់។
cli-arg-level = តើអ្នកពូកែប៉ុណ្ណា។ សម្រាប់ជំនាញ ឬការងារ៖ basic, intermediate, advanced ឬ expert។ សម្រាប់ភាសា៖ A1 (អ្នកចាប់ផ្ដើម) ដល់ C2 (ល្អណាស់)។ សម្រាប់គុណវុឌ្ឍិ ឬវគ្គសិក្សា៖ កម្រិត EQF របស់វា ពី 1 ដល់ 8។
cli-arg-eqf = កម្រិត EQF នៃសញ្ញាបត្រ ឬវគ្គសិក្សា ពី 1 ដល់ 8 បើអ្នកដឹង។
cli-arg-from = ពេលវាចាប់ផ្ដើម៖ ឆ្នាំ (2019) ខែ (2019-05) ឬថ្ងៃ (2019-05-14)។
cli-arg-to = ពេលវាបញ្ចប់ សរសេរតាមរបៀបដដែល។ កុំដាក់ បើវានៅតែបន្ត។
cli-arg-organisation = និយោជក សាលា ឬមជ្ឈមណ្ឌលបណ្ដុះបណ្ដាល។
cli-arg-place = ទីក្រុង ឬទីកន្លែង។
cli-arg-country = ប្រទេស ជាអក្សរពីរ ឧទាហរណ៍ SY, AF, DE។
cli-arg-context = របៀបដែលអ្នករៀនវា៖ formal (សាលា សញ្ញាបត្រ), non-formal (វគ្គសិក្សា) ឬ informal (ដោយការធ្វើផ្ទាល់)។
cli-arg-written-in = ភាសាដែលអ្នកសរសេរធាតុនេះ ជាកូដខ្លី ឧទាហរណ៍ ar ឬ en។
cli-arg-esco = អាសយដ្ឋាន ESCO នៃជំនាញ ឬការងារ បើអ្នកដឹង។
cli-arg-isco = កូដការងារ ISCO-08 (1 ដល់ 4 ខ្ទង់) បើអ្នកដឹង។
cli-arg-stage = ពេលណាក្នុងដំណើររបស់អ្នកដែលរឿងនេះសំខាន់៖ recruitment, pre-departure, arrival, career ឬ return។ អ្នកអាចផ្ដល់ច្រើនជាងមួយ។

cli-arg-list-kind = បង្ហាញតែធាតុប្រភេទនេះ៖ skill, qualification, experience, language ឬ learning។
cli-arg-list-stage = បង្ហាញតែធាតុសម្រាប់ដំណាក់កាលនេះ៖ recruitment, pre-departure, arrival, career ឬ return។

cli-arg-id = id នៃធាតុ។ តួអក្សរ 4 ដំបូង ឬច្រើនជាងនេះគឺគ្រប់គ្រាន់។ ដើម្បីមើល id សូមវាយ៖ carnet list
cli-arg-set = ការផ្លាស់ប្ដូរ សរសេរជា FIELD=VALUE ឧទាហរណ៍ level=advanced។ ផ្ដល់វាម្ដងទៀតដើម្បីប្ដូរច្រើនទៀត។ តម្លៃទទេលុបវាល។ វាលមាន៖ title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco។
cli-arg-text = ពាក្យដែលត្រូវស្វែងរក។
cli-arg-evidence = រូបថត ឬកំណត់ចំណាំសំឡេងដែលត្រូវដកចេញ៖ id របស់វា ដូចដែល carnet show និង carnet attach បង្ហាញ (តួអក្សរ 8 ដំបូង ឬច្រើនជាងនេះគឺគ្រប់គ្រាន់)។
cli-arg-photo = រូបថត (JPEG, PNG ឬ WebP) ឬឯកសារសំឡេង (WebM, Ogg, MP4, M4A, AAC, MP3 ឬ WAV រហូតដល់ 5 MB)។ Carnet មើលខាងក្នុងឯកសារដើម្បីដឹងថាវាជាប្រភេទណា។ វាលុបទិន្នន័យលាក់ ដូចជាទីកន្លែងដែលរូបថតត្រូវបានថត។
cli-arg-format = ប្រភេទឯកសារ។ សម្រាប់ពេលនេះមានតែ json។
cli-arg-file = ឯកសារនាំចេញដែលត្រូវអាន។

cli-arg-name = ឈ្មោះរបស់អ្នក ដូចដែលអ្នកចង់ឲ្យអ្នកដទៃឃើញ។
cli-arg-birth-date = ថ្ងៃខែឆ្នាំកំណើតរបស់អ្នក៖ 1990, 1990-05 ឬ 1990-05-14។
cli-arg-origin = ប្រទេសដែលអ្នកមកពី ជាអក្សរពីរ ឧទាហរណ៍ SY, AF, ER។
cli-arg-current = ប្រទេសដែលអ្នករស់នៅឥឡូវ ជាអក្សរពីរ ឧទាហរណ៍ DE, FR។
cli-arg-contact = របៀបដែលគេអាចទាក់ទងអ្នក ឧទាហរណ៍ លេខទូរស័ព្ទ ឬអ៊ីមែល។
cli-arg-language = ភាសាដែលអ្នកចេះ ជាកូដខ្លី ឧទាហរណ៍ ar, fa-AF ឬ en។ ជម្រើសខាងក្រោមគឺអំពីភាសានេះ។
cli-arg-mother-tongue = ភាសានេះជាភាសាកំណើតរបស់អ្នក។
cli-arg-not-mother-tongue = ភាសានេះមិនមែនជាភាសាកំណើតរបស់អ្នកទេ។
cli-arg-listening = អ្នកយល់អ្នកនិយាយបានល្អប៉ុណ្ណា៖ A1 (អ្នកចាប់ផ្ដើម) ដល់ C2 (ល្អណាស់)។
cli-arg-reading = អ្នកអានបានល្អប៉ុណ្ណា៖ A1 ដល់ C2។
cli-arg-spoken-interaction = អ្នកចូលរួមការសន្ទនាបានល្អប៉ុណ្ណា៖ A1 ដល់ C2។
cli-arg-spoken-production = អ្នកនិយាយតែម្នាក់ឯងបានល្អប៉ុណ្ណា៖ A1 ដល់ C2។
cli-arg-writing = អ្នកសរសេរបានល្អប៉ុណ្ណា៖ A1 ដល់ C2។
cli-arg-remove-language = ដកភាសាមួយចេញពីប្រវត្តិរូបរបស់អ្នក។
cli-arg-hub = អាសយដ្ឋានហាប់របស់មជ្ឈមណ្ឌល ឧទាហរណ៍ http://192.168.1.10:8470។ Carnet នឹងចាំវា។
cli-arg-device-id = id របស់ឧបករណ៍ ដូចដែលបង្ហាញដោយ៖ carnet devices list (តួអក្សរ 4 ដំបូង ឬច្រើនជាងនេះគឺគ្រប់គ្រាន់)។
cli-arg-pair-approve = អនុញ្ញាតឧបករណ៍ថ្មីដោយមិនសួរ បើវាបង្ហាញកូដនេះ (សម្រាប់អ្នកជួយ និងស្គ្រីប)។
cli-arg-pair-code = កូដដែលឧបករណ៍ផ្សេងរបស់អ្នកបង្ហាញ។ វាចាប់ផ្ដើមដោយ CNP1:
cli-arg-pair-name = ឈ្មោះសម្រាប់ឧបករណ៍នេះ ដើម្បីឲ្យអ្នកស្គាល់វានៅលើឧបករណ៍មួយទៀត (ឧទាហរណ៍ "ទូរស័ព្ទរបស់អាម៉ាល់")។
cli-arg-sync-status = បង្ហាញតែពេលដែលអ្នកធ្វើសមកាលកម្មចុងក្រោយ និងចំនួនការផ្លាស់ប្ដូរដែលកំពុងរង់ចាំ។ គ្មានអ្វីត្រូវបានផ្ញើទេ។
cli-arg-sync-watch = បន្តធ្វើសមកាលកម្ម។ ពេលមិនអាចទាក់ទងហាប់បាន សាកល្បងម្ដងទៀតពេលក្រោយ ដោយរង់ចាំយូរជាងមុនរាល់ដង។
cli-arg-sync-every = ជាមួយ --watch៖ ចំនួនវិនាទីដែលត្រូវរង់ចាំរវាងការធ្វើសមកាលកម្ម (300 បើមិនបានផ្ដល់)។

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

cli-passphrase-new-intro = ជ្រើសរើសពាក្យសម្ងាត់យ៉ាងហោចណាស់ { $min } តួអក្សរ។ អ្នកត្រូវការវារាល់ពេលបើកសៀវភៅកំណត់ត្រា។ គ្មាននរណាអាចយកវាមកវិញឲ្យអ្នកបានទេ។
cli-passphrase-prompt = ពាក្យសម្ងាត់៖
cli-passphrase-new-prompt = ពាក្យសម្ងាត់ថ្មី៖
cli-passphrase-repeat-prompt = វាយពាក្យសម្ងាត់ថ្មីម្ដងទៀត៖
cli-passphrase-changed = ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្ដូរហើយ។ ចាប់ពីពេលនេះ សូមប្រើពាក្យសម្ងាត់ថ្មី។

## Answers

cli-init-done = សៀវភៅកំណត់ត្រារបស់អ្នករួចរាល់ហើយ។ វានៅក្នុងថតនេះ៖ { $dir }
cli-init-next = រក្សាពាក្យសម្ងាត់របស់អ្នកឲ្យមានសុវត្ថិភាព។ បើគ្មានវា គ្មាននរណាអាចបើកសៀវភៅកំណត់ត្រារបស់អ្នកបានទេ សូម្បីតែអ្នក។ បន្ទាប់ សូមបន្ថែមអ្វីដែលអ្នកធ្វើបាន ឧទាហរណ៍៖ carnet add skill --title "Cooking"

cli-list-empty = សៀវភៅកំណត់ត្រារបស់អ្នកមិនទាន់មានធាតុទេ។ ដើម្បីបន្ថែម សូមវាយ៖ carnet add skill --title "Cooking"
cli-list-none-match = គ្មានធាតុណាត្រូវនឹងអ្វីដែលអ្នកបានសួរទេ។
cli-search-none = គ្មានធាតុណាមានពាក្យទាំងនេះទេ។ សូមសាកល្បងពាក្យផ្សេង ឬវាយ៖ carnet list

cli-edit-saved = ការផ្លាស់ប្ដូររបស់អ្នកត្រូវបានរក្សាទុក។
cli-rm-done = បានលុប៖ { $title }
cli-detached = រូបថត ឬកំណត់ចំណាំសំឡេងត្រូវបានដកចេញពីធាតុ។

cli-profile-saved = ប្រវត្តិរូបរបស់អ្នកត្រូវបានរក្សាទុក។
cli-profile-empty = ប្រវត្តិរូបរបស់អ្នកនៅទទេ។ ដើម្បីបន្ថែមឈ្មោះ សូមវាយ៖ carnet profile set --name "ឈ្មោះរបស់អ្នក"

cli-import-added = { $count ->
   *[other] បានបន្ថែមធាតុ { $count }។
}
cli-import-updated = { $count ->
   *[other] បានធ្វើបច្ចុប្បន្នភាពធាតុ { $count }។
}
cli-import-unchanged = { $count ->
   *[other] ធាតុ { $count } ដូចគ្នារួចហើយ។
}
cli-import-profile-updated = ប្រវត្តិរូបរបស់អ្នកក៏ត្រូវបានធ្វើបច្ចុប្បន្នភាពដែរ។
cli-import-missing-photos = { $count ->
   *[other] រូបថត { $count } មិននៅលើឧបករណ៍នេះទេ។ ឯកសារនាំចេញមិនផ្ទុករូបថតទេ។ សូមបន្ថែមវាវិញដោយ៖ carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = id
cli-show-kind = ប្រភេទ
cli-show-added = បានបន្ថែម
cli-show-changed = បានផ្លាស់ប្ដូរ
cli-show-evidence = រូបថត និងកំណត់ចំណាំសំឡេង
cli-show-photo = { $sha }  { $width } × { $height } ភីកសែល, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } ភីកសែល, មិននៅលើឧបករណ៍នេះ
cli-show-voice = { $sha }  កំណត់ចំណាំសំឡេង, { $kilobytes } KB
cli-show-voice-missing = { $sha }  កំណត់ចំណាំសំឡេង, មិននៅលើឧបករណ៍នេះ
cli-show-conflicts = ឧបករណ៍មួយទៀតក៏បានសរសេរដែរ៖
cli-show-conflicts-hint = ដើម្បីរក្សាមួយក្នុងចំណោមទាំងនេះ សូមវាយ៖ carnet edit { $id } --set FIELD=VALUE

cli-field-title = ចំណងជើង
cli-field-description = ការពិពណ៌នា
cli-field-written-in = សរសេរជាភាសា
cli-field-esco = ESCO
cli-field-isco = កូដការងារ ISCO-08
cli-field-level = កម្រិត
cli-field-eqf = កម្រិត EQF
cli-field-organisation = ស្ថាប័ន
cli-field-place = ទីកន្លែង
cli-field-country = ប្រទេស
cli-field-from = ពី
cli-field-to = ដល់
cli-field-context = របៀបដែលអ្នករៀន
cli-field-stages = ដំណាក់កាល

cli-kind-skill = ជំនាញ
cli-kind-qualification = គុណវុឌ្ឍិ
cli-kind-experience = បទពិសោធន៍
cli-kind-language = ភាសា
cli-kind-learning = វគ្គសិក្សា

cli-context-formal = ផ្លូវការ (សាលា សញ្ញាបត្រ)
cli-context-non-formal = ក្រៅផ្លូវការ (វគ្គសិក្សា)
cli-context-informal = ដោយខ្លួនឯង (ដោយការធ្វើផ្ទាល់)

cli-stage-recruitment = ការជ្រើសរើសបុគ្គលិក
cli-stage-pre-departure = មុនចាកចេញ
cli-stage-arrival = ការមកដល់
cli-stage-career = ការងារ
cli-stage-return = ការវិលត្រឡប់

cli-proficiency-basic = មូលដ្ឋាន
cli-proficiency-intermediate = មធ្យម
cli-proficiency-advanced = ខ្ពស់
cli-proficiency-expert = អ្នកជំនាញ

cli-level-eqf = កម្រិត EQF { $level }

cli-profile-name = ឈ្មោះ
cli-profile-birth-date = ថ្ងៃខែឆ្នាំកំណើត
cli-profile-origin = មកពី
cli-profile-current = រស់នៅ
cli-profile-contact = ទំនាក់ទំនង
cli-profile-languages = ភាសា
cli-profile-mother-tongue = { $language } (ភាសាកំណើត)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ការស្ដាប់ { $level }
cli-cefr-reading = ការអាន { $level }
cli-cefr-spoken-interaction = ការសន្ទនាជាមួយអ្នកដទៃ { $level }
cli-cefr-spoken-production = ការនិយាយ { $level }
cli-cefr-writing = ការសរសេរ { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet មិនស្គាល់ “{ $arg }” នៅទីនេះទេ។
cli-error-unknown-command = គ្មានពាក្យបញ្ជា “{ $command }” ទេ។
cli-error-invalid-value = មិនអាចប្រើ “{ $value }” សម្រាប់ { $arg } បានទេ។
cli-error-missing-value = { $arg } ត្រូវការតម្លៃនៅបន្ទាប់វា។
cli-error-valid-values = អ្នកអាចប្រើ៖ { $values }
cli-error-missing-argument = ខ្វះអ្វីមួយ៖ { $arg }
cli-error-missing-command = សូមប្រាប់ថា Carnet គួរធ្វើអ្វីបន្ទាប់ពី “{ $command }”។
cli-error-valid-commands = ពាក្យបញ្ជាមាន៖ { $commands }
cli-error-conflict = មិនអាចប្រើ { $arg } ជាមួយ { $other } បានទេ។
cli-error-no-equals = សរសេរ { $arg } ជាមួយសញ្ញាស្មើ ហើយតម្លៃនៅបន្ទាប់ភ្លាម។
cli-error-too-many-values = { $arg } យកតម្លៃតិចជាងនេះ។ “{ $value }” លើសមួយ។
cli-error-wrong-number-of-values = { $arg } មានចំនួនតម្លៃខុស។
cli-error-invalid-utf8 = Carnet មិនអាចអានអក្សរខ្លះដែលអ្នកបានវាយទេ។ សូមវាយម្ដងទៀត។
cli-error-did-you-mean = តើអ្នកចង់និយាយថា { $suggestion } ឬ?
cli-error-usage = Carnet មិនយល់ពាក្យបញ្ជានេះទេ។
cli-error-usage-hint = វាយ { $command } --help ដើម្បីមើលអ្វីដែលអ្នកអាចវាយបាន។
cli-error-set-format = “{ $value }” មិនមែនជាការផ្លាស់ប្ដូរទេ។ សរសេរ FIELD=VALUE ឧទាហរណ៍ --set level=advanced
cli-error-nothing-to-change = គ្មានអ្វីត្រូវផ្លាស់ប្ដូរទេ។ សូមផ្ដល់ជម្រើសយ៉ាងហោចណាស់មួយ ឧទាហរណ៍ --name "ឈ្មោះរបស់អ្នក"។

cli-error-passphrase-unavailable = Carnet ត្រូវការពាក្យសម្ងាត់ ប៉ុន្តែមិនអាចសួរវានៅទីនេះបានទេ។ សូមដំណើរការ Carnet ក្នុង terminal ឬកំណត់ { $variable }។
cli-error-passphrase-mismatch = ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមសាកល្បងម្ដងទៀត។
cli-error-read-file = Carnet មិនអាចអានឯកសារ { $path } បានទេ។ សូមពិនិត្យឈ្មោះឯកសារ និងថត រួចសាកល្បងម្ដងទៀត។
cli-error-no-data-dir = Carnet រកមិនឃើញថតសម្រាប់សៀវភៅកំណត់ត្រារបស់អ្នកទេ។ សូមជ្រើសមួយដោយ --data-dir ឧទាហរណ៍ --data-dir ./carnet
cli-error-output = Carnet មិនអាចសរសេរចម្លើយរបស់វាបានទេ។ សូមពិនិត្យថាថាសមិនពេញ រួចសាកល្បងម្ដងទៀត។
cli-error-details = ព័ត៌មានលម្អិតសម្រាប់អ្នកជួយ៖ { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ដើម្បីបង្កើតមួយ សូមវាយ៖ carnet init
cli-hint-already-exists = ដើម្បីមើលអ្វីដែលមានក្នុងវា សូមវាយ៖ carnet list។ សម្រាប់សៀវភៅកំណត់ត្រាទីពីរ សូមជ្រើសថតផ្សេងដោយ --data-dir។
cli-hint-not-found = ដើម្បីមើល id សូមវាយ៖ carnet list
cli-hint-ambiguous-id = ដើម្បីមើល id សូមវាយ៖ carnet list
cli-hint-import-format = សូមជ្រើសឯកសារដែលបង្កើតដោយ៖ carnet export --format json
cli-hint-invalid-field = សម្រាប់បញ្ជីវាល សូមវាយ៖ carnet edit --help

## carnet sync

cli-sync-phase-sending = កំពុងផ្ញើ
cli-sync-phase-receiving = កំពុងទទួល
cli-sync-phase-photos = រូបថត
cli-sync-done = បានធ្វើសមកាលកម្មជាមួយ { $hub }។
cli-sync-changes = { $sent ->
   *[other] បានផ្ញើការផ្លាស់ប្ដូរ { $sent }
}, { $received ->
   *[other] បានទទួលការផ្លាស់ប្ដូរ { $received }។
}
cli-sync-photos = { $sent ->
   *[other] បានផ្ញើរូបថត { $sent }
}, { $received ->
   *[other] បានទទួលរូបថត { $received }។
}
cli-sync-bytes = ទិន្នន័យដែលបានប្រើ៖ ផ្ញើ { $up } KB ទទួល { $down } KB។
cli-sync-retry = { $seconds ->
   *[other] នឹងសាកល្បងម្ដងទៀតក្នុងរយៈពេល { $seconds } វិនាទី។
}
cli-sync-status-hub = ហាប់៖ { $hub }
cli-sync-status-last = ធ្វើសមកាលកម្មចុងក្រោយ៖ { $when }
cli-sync-status-pending = { $count ->
    [0] គ្មានការផ្លាស់ប្ដូរកំពុងរង់ចាំទេ។
   *[other] ការផ្លាស់ប្ដូរ { $count } កំពុងរង់ចាំផ្ញើ។
}
cli-sync-no-hub = មិនទាន់មាន
cli-sync-never = មិនដែល
cli-hint-sync-no-hub = ដើម្បីកំណត់វា សូមវាយ៖ carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ការផ្លាស់ប្ដូររបស់អ្នកត្រូវបានរក្សាទុក។ ដើម្បីសាកល្បងម្ដងទៀតពេលក្រោយ សូមវាយ៖ carnet sync

## carnet pair

cli-pair-show-scan = ស្កេនកូដនេះដោយឧបករណ៍ថ្មីរបស់អ្នក ឬវាយអត្ថបទខាងក្រោមនៅទីនោះ។
cli-pair-show-expires = កូដនេះប្រើបាន 10 នាទី។
cli-pair-show-request = ឧបករណ៍ “{ $name }” ចង់បានសៀវភៅកំណត់ត្រារបស់អ្នក។ កូដរបស់វាគឺ { $fingerprint }។
cli-pair-show-ask = តើឧបករណ៍ថ្មីរបស់អ្នកបង្ហាញកូដដូចគ្នាឬទេ? វាយ បាទ (ឬ yes) ដើម្បីអនុញ្ញាត ឬ ទេ។
cli-pair-yes = បាទ
cli-pair-show-approved = ឥឡូវនេះ “{ $name }” មានសៀវភៅកំណត់ត្រារបស់អ្នកហើយ។
cli-pair-show-refused = អ្នកបាននិយាយថាទេ។ “{ $name }” មិនបានទទួលអ្វីទេ។
cli-pair-default-name = ឧបករណ៍ថ្មី
cli-pair-join-check = ឧបករណ៍ផ្សេងរបស់អ្នកត្រូវតែបង្ហាញកូដនេះ៖ { $fingerprint }។ សូមអនុញ្ញាតនៅទីនោះ។
cli-pair-join-done = { $count ->
   *[other] ឥឡូវនេះឧបករណ៍នេះមានសៀវភៅកំណត់ត្រារបស់អ្នក ជាមួយធាតុ { $count }។
}

## carnet devices

cli-devices-none = មិនទាន់មានឧបករណ៍ណាធ្វើសមកាលកម្មសៀវភៅកំណត់ត្រានេះនៅឡើយ។
cli-devices-line = { $id }  { $name }  (តាំងពី { $added })
cli-devices-this = ← ឧបករណ៍នេះ
cli-devices-removed = (បានលុបចេញ { $when })
cli-devices-removed-done = “{ $name }” ត្រូវបានលុបចេញ។ ឥឡូវនេះសៀវភៅកំណត់ត្រារបស់អ្នកមានសោថ្មី ដែលឧបករណ៍នោះមិនមាន។
cli-devices-new-sheet = សន្លឹកស្ដាររបស់អ្នកមានសោចាស់។ សូមបោះពុម្ពសន្លឹកថ្មីឥឡូវនេះ ហើយបំផ្លាញសន្លឹកចាស់ចោល៖ carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = បោះពុម្ពសន្លឹកស្ដារ៖ ជាមួយវា និងពាក្យសម្ងាត់របស់អ្នក អ្នកអាចយកសៀវភៅកំណត់ត្រាមកវិញនៅលើទូរស័ព្ទថ្មី បើអ្នកបាត់ទូរស័ព្ទនេះ។
cli-cmd-recover = នៅលើឧបករណ៍ថ្មី៖ យកសៀវភៅកំណត់ត្រារបស់អ្នកមកវិញដោយសន្លឹកស្ដារ និងពាក្យសម្ងាត់របស់អ្នក។
cli-arg-recovery-out = ឯកសារដែលត្រូវសរសេរសន្លឹកចូល។ វាត្រូវបញ្ចប់ដោយ .png ឬ .pdf។
cli-arg-recover-sheet = រូបថត ឬរូបស្កេននៃសន្លឹកស្ដាររបស់អ្នក (PNG ឬ JPEG)។ Carnet អានកូដការ៉េរបស់វា។
cli-arg-recover-words = ពាក្យ 12 នៃសន្លឹកស្ដាររបស់អ្នក តាមលំដាប់ ក្នុងសញ្ញាសម្រង់។ សូមផ្ដល់ --hub ផងដែរ។
cli-arg-recover-hub = អាសយដ្ឋានហាប់ដែលបោះពុម្ពលើសន្លឹកស្ដាររបស់អ្នក ឧទាហរណ៍ http://192.168.1.10:8470។
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet អាចសរសេរសន្លឹកជាឯកសារ .png ឬ .pdf មិនមែនជា “{ $path }” ទេ។
cli-recovery-sheet-done = សន្លឹកស្ដាររបស់អ្នកនៅ { $path }។ សូមបោះពុម្ពវា ហើយរក្សាក្រដាសនៅកន្លែងមានសុវត្ថិភាព ឆ្ងាយពីទូរស័ព្ទរបស់អ្នក។
cli-recovery-sheet-english = សន្លឹកនេះជាភាសាអង់គ្លេស៖ Carnet មិនទាន់អាចសរសេរអក្សរភាសារបស់អ្នកលើវាបានត្រឹមត្រូវនៅឡើយទេ។
cli-recovery-sheet-replaced = សន្លឹកណាដែលអ្នកបានបោះពុម្ពពីមុន លែងប្រើបានទៀតហើយ។ សូមបំផ្លាញវាចោល។
cli-recover-done = { $count ->
   *[other] សៀវភៅកំណត់ត្រារបស់អ្នកបានត្រឡប់មកលើឧបករណ៍នេះវិញ៖ ធាតុ { $count }។
}
cli-passphrase-sheet-updated = សន្លឹកស្ដាររបស់អ្នកនៅតែប្រើបាន ជាមួយពាក្យសម្ងាត់ថ្មីរបស់អ្នក។
cli-passphrase-sheet-not-updated = មិនអាចធ្វើបច្ចុប្បន្នភាពសន្លឹកស្ដាររបស់អ្នកនៅហាប់បានទេ។ រហូតដល់អ្នកបោះពុម្ពសន្លឹកថ្មី វាត្រូវការពាក្យសម្ងាត់ចាស់របស់អ្នក។ សូមបោះពុម្ពសន្លឹកថ្មីនៅពេលអ្នកភ្ជាប់បាន៖ carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = សន្លឹកស្ដារ Carnet
cli-sheet-made = បង្កើតនៅ { $date }
cli-sheet-hub = ហាប់៖ { $hub }
cli-sheet-words = ពាក្យ 12 របស់អ្នក
cli-sheet-instructions =
    រក្សាក្រដាសនេះឲ្យមានសុវត្ថិភាព។ ជាមួយវា និងពាក្យសម្ងាត់របស់អ្នក អ្នកអាចយកសៀវភៅកំណត់ត្រាមកវិញនៅលើទូរស័ព្ទថ្មី៖
    1. ដំឡើង Carnet នៅលើទូរស័ព្ទថ្មី ហើយជ្រើសយកសៀវភៅកំណត់ត្រាមកវិញ។
    2. ស្កេនកូដការ៉េ ឬវាយពាក្យ 12 និងអាសយដ្ឋានហាប់។
    3. វាយពាក្យសម្ងាត់របស់អ្នក។ សៀវភៅកំណត់ត្រានឹងត្រឡប់មកពីហាប់វិញ។
    នៅលើកុំព្យូទ័រ៖ carnet recover --sheet photo.jpg
cli-sheet-warning = ក្រដាសនេះតែម្នាក់ឯងមិនអាចបើកសៀវភៅកំណត់ត្រារបស់អ្នកបានទេ៖ ត្រូវការពាក្យសម្ងាត់ផងដែរ។ កុំរក្សាវាទាំងពីរនៅជាមួយគ្នា។ បើអ្នកបោះពុម្ពសន្លឹកថ្មី សន្លឹកនេះនឹងលែងប្រើបាន។
