# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = បន្ថែមឧបករណ៍មួយទៀត
app-pair-intro = ដាក់សៀវភៅកំណត់ត្រារបស់អ្នកនៅលើទូរស័ព្ទ ឬកុំព្យូទ័រមួយទៀតរបស់អ្នក។ ឧបករណ៍ទាំងពីរត្រូវការហាប់។
app-pair-start = បន្ថែមឧបករណ៍មួយទៀត
app-pair-passphrase = ដើម្បីបន្ថែមឧបករណ៍ សូមវាយពាក្យសម្ងាត់របស់អ្នក។
app-pair-show = បង្ហាញកូដ
app-pair-scan = នៅលើឧបករណ៍ថ្មី សូមជ្រើស “ចូលរួមសៀវភៅកំណត់ត្រា” រួចស្កេនកូដការ៉េនេះ ឬវាយអត្ថបទនៅខាងក្រោមវា។
app-pair-qr-alt = កូដការ៉េសម្រាប់ស្កេនដោយឧបករណ៍ថ្មី
app-pair-code-label = កូដជាអត្ថបទ
app-pair-expires = កូដនេះប្រើបាន { $time } ទៀត។
app-pair-waiting = កំពុងរង់ចាំឧបករណ៍ថ្មី…
app-pair-request = “{ $name }” ចង់បានសៀវភៅកំណត់ត្រារបស់អ្នក។
app-pair-compare = តើឧបករណ៍ថ្មីបង្ហាញកូដដូចគ្នានេះដែរឬទេ?
app-pair-approve = បាទ/ចាស អនុញ្ញាត
app-pair-refuse = ទេ
app-pair-approved = ឥឡូវនេះ “{ $name }” មានសៀវភៅកំណត់ត្រារបស់អ្នកហើយ។ វានឹងបង្ហាញក្នុងបញ្ជីឧបករណ៍ បន្ទាប់ពីវាធ្វើសមកាលកម្ម។
app-pair-refused = អ្នកបាននិយាយថាទេ។ “{ $name }” មិនបានទទួលអ្វីទេ។
app-pair-again = បង្ហាញកូដថ្មី

## Sync screen: the devices of this logbook

app-devices-title = ឧបករណ៍របស់អ្នក
app-devices-none = មិនទាន់មានឧបករណ៍ណាធ្វើសមកាលកម្មសៀវភៅកំណត់ត្រានេះនៅឡើយ។ ធ្វើសមកាលកម្ម ហើយឧបករណ៍នេះនឹងបង្ហាញនៅទីនេះ។
app-devices-this = ឧបករណ៍នេះ
app-devices-added = បានបន្ថែមនៅ { $date }
app-devices-removed = បានលុបចេញនៅ { $date }
app-devices-remove = លុបចេញ
app-devices-remove-confirm = លុប “{ $name }” ចេញឬ? ប្រើវានៅពេលទូរស័ព្ទបាត់ លក់ ឬឲ្យគេហើយ។
app-devices-remove-consequences = វារក្សាអ្វីដែលវាមានរួចហើយ ប៉ុន្តែវាមិនអាចទទួលអ្វីដែលអ្នកបន្ថែមចាប់ពីពេលនេះទៅបានទេ។ សៀវភៅកំណត់ត្រារបស់អ្នកនឹងទទួលបានសោថ្មី ហើយឧបករណ៍ផ្សេងទៀតរបស់អ្នកនឹងទទួលវានៅពេលធ្វើសមកាលកម្ម។ ដើម្បីប្រើឧបករណ៍នោះម្ដងទៀត សូមបន្ថែមវាម្ដងទៀត។
app-devices-remove-yes = បាទ/ចាស លុបវាចេញ
app-devices-removed-done = “{ $name }” ត្រូវបានលុបចេញ។ ឥឡូវនេះសៀវភៅកំណត់ត្រារបស់អ្នកមានសោថ្មី ដែលឧបករណ៍នោះមិនមាន។
app-devices-new-sheet = សន្លឹកស្ដាររបស់អ្នកមានសោចាស់។ សូមបង្កើតសន្លឹកថ្មីឥឡូវនេះក្នុងការកំណត់ ហើយបំផ្លាញសន្លឹកចាស់ចោល។

## First run: another way to start

app-start-other = តើអ្នកមានសៀវភៅកំណត់ត្រារួចហើយឬ?
app-start-join = ចូលរួមពីឧបករណ៍ផ្សេង
app-start-recover = ស្ដារដោយសន្លឹកស្ដារ

## First run: joining a logbook from another device

app-join-title = ចូលរួមសៀវភៅកំណត់ត្រា
app-join-intro = នៅលើឧបករណ៍ផ្សេងរបស់អ្នក សូមបើកធ្វើសមកាលកម្ម ហើយជ្រើស “បន្ថែមឧបករណ៍មួយទៀត”។ វានឹងបង្ហាញកូដមួយ។
app-join-code = កូដ (ចាប់ផ្ដើមដោយ CNP1:)
app-join-code-hint = បិទភ្ជាប់ ឬវាយកូដនៅទីនេះ
app-join-picture = បើករូបភាពនៃកូដ
app-join-name = ឈ្មោះសម្រាប់ឧបករណ៍នេះ
app-join-name-default = ឧបករណ៍ថ្មីរបស់ខ្ញុំ
app-join-passphrase = ជ្រើសរើសពាក្យសម្ងាត់សម្រាប់ឧបករណ៍នេះ
app-join-send = បន្ត
app-join-check = ឧបករណ៍ផ្សេងរបស់អ្នកត្រូវតែបង្ហាញកូដដូចគ្នានេះ។ សូមអនុញ្ញាតនៅទីនោះ។
app-join-waiting = កំពុងរង់ចាំឧបករណ៍ផ្សេងរបស់អ្នកអនុញ្ញាត…
app-join-copying = កំពុងចម្លងសៀវភៅកំណត់ត្រារបស់អ្នក…

## First run: recovering a logbook with a recovery sheet

app-recover-title = ស្ដារសៀវភៅកំណត់ត្រារបស់អ្នក
app-recover-intro = ប្រើសន្លឹកស្ដារ និងពាក្យសម្ងាត់របស់អ្នក។ Carnet នឹងយកសៀវភៅកំណត់ត្រារបស់អ្នកមកវិញពីហាប់។
app-recover-by-words = វាយពាក្យ 12
app-recover-by-code = ប្រើកូដការ៉េ
app-recover-words = ពាក្យ 12 តាមលំដាប់
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = អាសយដ្ឋានហាប់នៅលើសន្លឹក
app-recover-code = អត្ថបទនៃកូដការ៉េ (ចាប់ផ្ដើមដោយ CNS1:)
app-recover-picture = បើករូបថតនៃសន្លឹក
app-recover-passphrase = ពាក្យសម្ងាត់របស់អ្នក (ពាក្យដែលអ្នកធ្លាប់ប្រើ)
app-recover-start = ស្ដារសៀវភៅកំណត់ត្រារបស់ខ្ញុំ

## Reading a square code from a picture

app-picture-read = កូដត្រូវបានអានពីរូបភាពហើយ។
app-scan-camera = ស្កេនដោយកាមេរ៉ា
error-camera-scan = មិនអាចអានកូដបានទេ។ បើ Carnet មិនអាចប្រើកាមេរ៉ាបាន សូមអនុញ្ញាតវានៅក្នុងការកំណត់ទូរស័ព្ទរបស់អ្នក។ អ្នកក៏អាចបើករូបថតនៃកូដបានដែរ។

## Settings: the recovery sheet

app-sheet-title = សន្លឹកស្ដារ
app-sheet-intro = សន្លឹកស្ដារគឺជាក្រដាសដែលមានពាក្យ 12 និងកូដការ៉េមួយ។ បើអ្នកបាត់ទូរស័ព្ទនេះ សន្លឹកនេះ និងពាក្យសម្ងាត់របស់អ្នកនឹងយកសៀវភៅកំណត់ត្រាមកវិញនៅលើទូរស័ព្ទថ្មី។ សូមរក្សាសន្លឹកនេះឲ្យមានសុវត្ថិភាព ឆ្ងាយពីទូរស័ព្ទរបស់អ្នក។ កុំរក្សាពាក្យសម្ងាត់ជាមួយវា។
app-sheet-replaces = សន្លឹកថ្មីជំនួសសន្លឹកចាស់៖ សន្លឹកចាស់លែងប្រើបាន។
app-sheet-needs-hub = សន្លឹកនេះប្រើហាប់។ សូមកំណត់អាសយដ្ឋានហាប់នៅលើអេក្រង់ធ្វើសមកាលកម្មជាមុនសិន។
app-sheet-passphrase = វាយពាក្យសម្ងាត់របស់អ្នកដើម្បីបង្កើតសន្លឹក
app-sheet-format = រក្សាទុកជា
app-sheet-pdf = PDF សម្រាប់បោះពុម្ព
app-sheet-png = រូបភាព
app-sheet-make = បង្កើតសន្លឹកស្ដារ
app-sheet-saved = សន្លឹកស្ដាររបស់អ្នកត្រូវបានរក្សាទុកនៅ { $path }។ សូមបោះពុម្ពវា ឬសរសេរពាក្យខាងក្រោមទុក ហើយរក្សាក្រដាសឲ្យមានសុវត្ថិភាព។
app-sheet-english = សន្លឹកនេះជាភាសាអង់គ្លេស៖ Carnet មិនទាន់អាចសរសេរអក្សរភាសារបស់អ្នកលើវាបាននៅឡើយទេ។
app-sheet-words = ពាក្យ 12 របស់អ្នក

## Settings: export and import

app-export-title = នាំចេញ និងនាំចូល
app-export-intro = ការនាំចេញរក្សាទុកសៀវភៅកំណត់ត្រាទាំងមូលរបស់អ្នកក្នុងឯកសារតែមួយ ដើម្បីរក្សាទុក ឬឲ្យទៅអ្នកដែលអ្នកជ្រើសរើស។
app-export-consent = ឯកសារនេះផ្ទុកសៀវភៅកំណត់ត្រារបស់អ្នកជាទម្រង់ដែលអានបាន៖ វាមិនត្រូវបានចាក់សោដោយពាក្យសម្ងាត់ទេ។ អ្នកណាដែលបានឯកសារនេះ អាចអានអ្វីៗទាំងអស់នៅក្នុងវា។ រូបថតមិននៅក្នុងឯកសារទេ។
app-export-agree = ខ្ញុំយល់ហើយ។ រក្សាទុកឯកសារ
app-export = នាំចេញ
app-export-saved = { $count ->
   *[other] បានរក្សាទុកធាតុ { $count } នៅ { $path }។
}
app-import-intro = ការនាំចូលបន្ថែមអ្វីដែលមានក្នុងឯកសារនាំចេញ ទៅក្នុងសៀវភៅកំណត់ត្រានេះ។ គ្មានអ្វីក្នុងសៀវភៅកំណត់ត្រារបស់អ្នកត្រូវបានលុបទេ។
app-import = នាំចូលឯកសារ
app-import-added = { $count ->
    [0] គ្មានធាតុថ្មីទេ។
   *[other] បានបន្ថែមធាតុថ្មី { $count }។
}
app-import-updated = { $count ->
    [0] គ្មានធាតុណាផ្លាស់ប្ដូរទេ។
   *[other] ធាតុ { $count } បានផ្លាស់ប្ដូរ។
}
app-import-unchanged = { $count ->
    [0] គ្មានធាតុណាដូចគ្នារួចហើយទេ។
   *[other] ធាតុ { $count } ដូចគ្នារួចហើយ។
}
app-import-profile = ប្រវត្តិរូបរបស់អ្នកត្រូវបានធ្វើបច្ចុប្បន្នភាព។
app-import-missing-photos = { $count ->
   *[other] រូបថត { $count } ដែលមានឈ្មោះក្នុងឯកសារ មិននៅលើឧបករណ៍នេះទេ។
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = សន្លឹកស្ដាររបស់អ្នកនៅតែប្រើបាន ជាមួយពាក្យសម្ងាត់ថ្មីរបស់អ្នក។
app-passphrase-sheet-not-updated = មិនអាចធ្វើបច្ចុប្បន្នភាពសន្លឹកស្ដាររបស់អ្នកនៅហាប់បានទេ។ រហូតដល់អ្នកបង្កើតសន្លឹកថ្មី វាត្រូវការពាក្យសម្ងាត់ចាស់របស់អ្នក។ សូមបង្កើតសន្លឹកថ្មីនៅពេលអ្នកភ្ជាប់បាន។

## This device's name

app-device-name = ឈ្មោះឧបករណ៍នេះ
app-device-name-hint = ឈ្មោះដែលឧបករណ៍ផ្សេងទៀតរបស់អ្នកបង្ហាញសម្រាប់ឧបករណ៍នេះ ឧទាហរណ៍ “ទូរស័ព្ទរបស់អាមីណា”។
app-device-name-saved = បានរក្សាទុក។ ឧបករណ៍ផ្សេងទៀតរបស់អ្នកនឹងបង្ហាញវា បន្ទាប់ពីឧបករណ៍នេះធ្វើសមកាលកម្ម។
