# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app (the window on a phone or a computer).

## First run: choosing a language

app-choose-language = ជ្រើសរើសភាសារបស់អ្នក
app-continue = បន្ត

## First run: making a passphrase

app-create-title = ការពារសៀវភៅកំណត់ត្រារបស់អ្នក
app-create-intro = ជ្រើសរើសពាក្យសម្ងាត់មួយ។ មានតែអ្នកទេដែលដឹង។ Carnet នឹងសួររកវារាល់ពេលដែលអ្នកបើកសៀវភៅកំណត់ត្រា។
app-passphrase = ពាក្យសម្ងាត់
app-passphrase-again = វាយម្ដងទៀត
app-passphrase-show = បង្ហាញ
app-passphrase-hide = លាក់
app-strength-too-short = ខ្លីពេក៖ សូមប្រើយ៉ាងហោចណាស់ { $min } តួអក្សរ។
app-strength-weak = ខ្សោយ៖ ពាក្យពីរបីភ្ជាប់គ្នា ងាយចាំជាង និងពិបាកទាយជាង។
app-strength-fair = ល្អ។ បើវែងជាងនេះ នឹងកាន់តែមានសុវត្ថិភាព។
app-strength-strong = រឹងមាំ។
app-passphrase-mismatch = ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយម្ដងទៀត។
app-create = បង្កើតសៀវភៅកំណត់ត្រារបស់ខ្ញុំ
app-working = សូមរង់ចាំ…
app-back = ថយក្រោយ

## Unlock

app-unlock-title = បើកសៀវភៅកំណត់ត្រារបស់អ្នក
app-unlock = បើក
app-lock = ចាក់សោ

## The logbook

app-logbook-title = សៀវភៅកំណត់ត្រារបស់ខ្ញុំ
app-logbook-empty = សៀវភៅកំណត់ត្រារបស់អ្នកនៅទទេ។ សូមបន្ថែមអ្វីដែលអ្នកធ្វើបាន។
app-add = បន្ថែម
app-kind-skill = ជំនាញ
app-kind-qualification = គុណវុឌ្ឍិ
app-kind-experience = បទពិសោធន៍ការងារ
app-kind-language = ភាសា
app-kind-learning = វគ្គសិក្សា
app-self-declared = និយាយដោយខ្លួនឯង
app-show-more = { $count ->
   *[other] បង្ហាញ { $count } ទៀត
}
app-endorsed = បានបញ្ជាក់

## Adding an entry

app-add-title = បន្ថែមទៅសៀវភៅកំណត់ត្រារបស់ខ្ញុំ
app-add-kind = តើវាជាអ្វី?
app-add-title-label = ឈ្មោះ
app-add-title-hint = ឧទាហរណ៍៖ ការផ្សារដែក ការបើកឡានដឹកទំនិញ ភាសាអារ៉ាប់
app-add-level = កម្រិត
app-level-none = គ្មានកម្រិត
app-level-basic = មូលដ្ឋាន
app-level-intermediate = មធ្យម
app-level-advanced = ខ្ពស់
app-level-expert = អ្នកជំនាញ
app-level-eqf = កម្រិត { $level }
app-save = រក្សាទុក
app-cancel = បោះបង់

## Moving around

app-settings = ការកំណត់
app-sync = ធ្វើសមកាលកម្ម
app-edit = កែប្រែ
app-remove = លុបចេញ

## The logbook: search and filter

app-search = ស្វែងរក
app-search-hint = វាយពាក្យមួយ ឧទាហរណ៍៖ ផ្សារ
app-stage-filter = ដំណាក់កាលនៃដំណើររបស់អ្នក
app-stage-any = គ្រប់ដំណាក់កាល
app-stage-recruitment = ការជ្រើសរើសបុគ្គលិក
app-stage-pre-departure = មុនចាកចេញ
app-stage-arrival = ការមកដល់
app-stage-career = កំពុងធ្វើការ
app-stage-return = ការវិលត្រឡប់
app-search-none = គ្មានអ្វីត្រូវគ្នាទេ។ សូមសាកល្បងពាក្យផ្សេង ឬដំណាក់កាលផ្សេង។

## Changing and removing an entry

app-edit-title = កែប្រែធាតុនេះ
app-stages = ដំណាក់កាលនៃដំណើររបស់អ្នក
app-remove-confirm = លុប “{ $title }” ចេញពីសៀវភៅកំណត់ត្រារបស់អ្នកឬ? មិនអាចយកមកវិញបានទេ។
app-remove-yes = បាទ/ចាស លុបវាចេញ

## Settings

app-settings-title = ការកំណត់
app-settings-language = ភាសា
app-settings-lock = ចាក់សោក្រោយ
app-lock-minutes = { $minutes ->
   *[other] { $minutes } នាទីដោយមិនប្រើ
}
app-settings-passphrase = ប្ដូរពាក្យសម្ងាត់
app-passphrase-current = ពាក្យសម្ងាត់បច្ចុប្បន្ន
app-passphrase-new = ពាក្យសម្ងាត់ថ្មី
app-passphrase-change = ប្ដូរពាក្យសម្ងាត់
app-passphrase-changed = ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្ដូរហើយ។ ចាប់ពីពេលនេះ សូមប្រើពាក្យសម្ងាត់ថ្មី។
app-about = អំពី Carnet
app-locked-idle = Carnet បានចាក់សោសៀវភៅកំណត់ត្រារបស់អ្នក ព្រោះគ្មាននរណាប្រើវាមួយរយៈ។ សូមបើកវាម្ដងទៀតដោយពាក្យសម្ងាត់របស់អ្នក។

## Sync with a hub

app-sync-title = ធ្វើសមកាលកម្មជាមួយហាប់
app-sync-intro = ហាប់រក្សាទុកច្បាប់ចម្លងដែលបានចាក់សោនៃសៀវភៅកំណត់ត្រារបស់អ្នក ដូច្នេះអ្នកអាចប្រើវានៅលើទូរស័ព្ទផ្សេងទៀត។ ហាប់មិនអាចអានវាបានទេ។
app-hub-address = អាសយដ្ឋានហាប់
app-hub-address-hint = ឧទាហរណ៍៖ https://hub.example.org
app-hub-save = រក្សាទុកអាសយដ្ឋាន
app-sync-now = ធ្វើសមកាលកម្មឥឡូវ
app-sync-never = មិនទាន់បានធ្វើសមកាលកម្មនៅឡើយ។
app-sync-last = ធ្វើសមកាលកម្មចុងក្រោយ៖ { $when }
app-sync-pending = { $count ->
    [0] គ្មានអ្វីរង់ចាំផ្ញើទេ។
   *[other] ការផ្លាស់ប្ដូរ { $count } កំពុងរង់ចាំផ្ញើ។
}
app-sync-sending = កំពុងផ្ញើ
app-sync-receiving = កំពុងទទួល
app-sync-photos = រូបថត
app-sync-done = ធ្វើសមកាលកម្មរួចរាល់។

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = សៀវភៅកំណត់ត្រារបស់អ្នកត្រូវបានចាក់សោ។ សូមបើកវាដោយពាក្យសម្ងាត់ រួចសាកល្បងម្ដងទៀត។
error-unknown-language = Carnet មិនមានភាសា { $tag } ទេ។ សូមជ្រើសរើសមួយពីបញ្ជី។

## Settings: how the screens look

app-settings-display = រូបរាងរបស់ Carnet
app-high-contrast = ពណ៌ផ្ទុយខ្លាំង (អក្សរខ្មៅលើផ្ទៃស)
app-text-size = ទំហំអក្សរ
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = ស្ដាប់

## Two languages at once

app-dual-language = បង្ហាញជាភាសានេះផងដែរ
app-dual-none = គ្មានភាសាទីពីរ
