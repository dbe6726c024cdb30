# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements, showing a QR code, checking a code.

## Moving around

app-wallet = ការបញ្ជាក់របស់ខ្ញុំ
app-present = បង្ហាញជំនាញរបស់ខ្ញុំ
app-verify = ពិនិត្យកូដ

## Wallet

app-wallet-title = ការបញ្ជាក់របស់ខ្ញុំ
app-wallet-intro = ទាំងនេះជាជំនាញដែលមាននរណាម្នាក់បានចុះហត្ថលេខាបញ្ជាក់ឲ្យអ្នក។ អ្នកអាចបង្ហាញវាដោយកូដ QR។
app-wallet-empty = មិនទាន់មាននរណាចុះហត្ថលេខាបញ្ជាក់ជំនាញឲ្យអ្នកនៅឡើយទេ។ សូមសុំគ្រូបង្វឹក និយោជក ឬមជ្ឈមណ្ឌល ឲ្យបញ្ជាក់អ្វីដែលអ្នកធ្វើបាន។
app-wallet-by = ចុះហត្ថលេខាដោយ { $name } ({ $kind }, { $country })
app-wallet-issued = ចុះហត្ថលេខានៅ { $date }
app-wallet-expires = មានសុពលភាពដល់ { $date }
app-wallet-expired = ផុតកំណត់នៅ { $date }
app-wallet-no-expiry = មិនផុតកំណត់
app-wallet-damaged = ការបញ្ជាក់នេះខូច ហើយមិនអាចបង្ហាញបានទេ។ សូមសុំថ្មីពីអ្នកដែលបានចុះហត្ថលេខា។
app-standing-valid = បានពិនិត្យ៖ ចុះហត្ថលេខាដោយនរណាម្នាក់ក្នុងបញ្ជីទុកចិត្តរបស់អ្នក
app-standing-unknown-issuer = បានចុះហត្ថលេខា ប៉ុន្តែអ្នកចុះហត្ថលេខាមិននៅក្នុងបញ្ជីទុកចិត្តរបស់អ្នកទេ
app-standing-expired = ផុតកំណត់
app-standing-revoked = ត្រូវបានដកវិញដោយអ្នកចុះហត្ថលេខា
app-standing-malformed = ខូច

## Present: choosing what to show

app-present-title = បង្ហាញជំនាញរបស់ខ្ញុំ
app-present-endorsed = មាននរណាម្នាក់ចុះហត្ថលេខា
app-present-self = ខ្ញុំនិយាយខ្លួនឯងតែប៉ុណ្ណោះ
app-present-self-hint = អ្នកពិនិត្យនឹងឃើញទាំងនេះជាពាក្យរបស់អ្នកផ្ទាល់ មិនមែនជាការចុះហត្ថលេខាទេ។
app-present-details = បង្ហាញអ្វីខ្លះនៃនីមួយៗ
app-present-details-all = ទាំងអស់
app-present-details-short = តែឈ្មោះ និងកម្រិត
app-present-stage = សម្រាប់អ្នកណា?
app-present-print = សម្រាប់បោះពុម្ពលើក្រដាស (មានសុពលភាព 5 ឆ្នាំ)
app-present-make = បង្ហាញកូដ QR
app-present-none = សូមជ្រើសរើសយ៉ាងហោចណាស់មួយដើម្បីបង្ហាញ។
app-present-nothing-yet = សៀវភៅកំណត់ត្រារបស់អ្នកនៅទទេ។ សូមបន្ថែមអ្វីមួយជាមុនសិន។

## Present: the QR code

app-qr-title = ឲ្យពួកគេស្កេនកូដនេះ
app-qr-expires = កូដនេះប្រើបានរហូតដល់ { $date }។
app-qr-preview = អ្វីដែលអ្នកពិនិត្យនឹងឃើញ
app-qr-preview-hide = លាក់អ្វីដែលអ្នកពិនិត្យឃើញ
app-qr-done = រួចរាល់
app-qr-preview-note = នេះជាអ្វីដែលអ្នកពិនិត្យដែលមានបញ្ជីទុកចិត្តដូចទូរស័ព្ទនេះនឹងឃើញ។

## Verify

app-verify-title = ពិនិត្យកូដ
app-verify-intro = ថត ឬជ្រើសរើសរូបភាពនៃកូដ QR របស់ Carnet។ គ្មានអ្វីត្រូវបានផ្ញើទៅណាទេ៖ ការពិនិត្យធ្វើឡើងនៅលើឧបករណ៍នេះ។
app-verify-picture = ថត ឬជ្រើសរើសរូបភាព
app-verify-text = ឬបិទភ្ជាប់អត្ថបទនៃកូដ (ចាប់ផ្ដើមដោយ CN1:)
app-verify-check = ពិនិត្យ
app-verify-checking = កំពុងពិនិត្យ…
app-verify-again = ពិនិត្យកូដផ្សេងទៀត

## The verdict

app-verdict-title = លទ្ធផល
app-verdict-made = បង្កើតសម្រាប់ { $stage } នៅ { $date }។
app-verdict-expires = កូដនេះប្រើបានរហូតដល់ { $date }។
app-verdict-newer = កូដនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព Carnet ដើម្បីពិនិត្យវា។
app-item-endorsed = បានចុះហត្ថលេខា
app-item-self = ពាក្យរបស់ពួកគេផ្ទាល់
app-item-assessed = ពិនិត្យដោយ { $how }
app-item-hidden = { $count ->
   *[other] ព័ត៌មានលម្អិត { $count } ត្រូវបានលាក់ដោយម្ចាស់។
}

## Errors of these screens

error-wallet-no-key = សៀវភៅកំណត់ត្រានេះគ្មានសោសម្រាប់ចុះហត្ថលេខាទេ។ គ្មានអ្វីត្រូវបានបង្ហាញទេ។ សូមរាយការណ៍បញ្ហានេះ។
error-wallet-not-endorsed = “{ $title }” មិនទាន់មាននរណាចុះហត្ថលេខានៅឡើយទេ។ សូមបង្ហាញវាជា “ខ្ញុំនិយាយខ្លួនឯងតែប៉ុណ្ណោះ” ឬសុំនរណាម្នាក់ឲ្យបញ្ជាក់វា។
error-wallet-credential-damaged = ការបញ្ជាក់នៃ “{ $title }” ខូច។ សូមបង្ហាញវាជា “ខ្ញុំនិយាយខ្លួនឯងតែប៉ុណ្ណោះ” ឬសុំថ្មី។
error-wallet-entry-unfit = “{ $title }” មិនអាចដាក់ក្នុងកូដបានទេ៖ { $field } របស់វាវែងពេក ឬមិនត្រឹមត្រូវតាមទម្រង់។ សូមកែប្រែធាតុ រួចសាកល្បងម្ដងទៀត។
error-wallet-selected-twice = “{ $title }” ត្រូវបានជ្រើសពីរដង។ សូមជ្រើសតែម្ដង។
error-wallet-nothing-chosen = សូមជ្រើសរើសយ៉ាងហោចណាស់មួយដើម្បីបង្ហាញ។
error-wallet-too-large = នេះច្រើនពេកសម្រាប់កូដ QR មួយ ({ $chars } តួអក្សរ)។ សូមជ្រើសតិចជាងនេះ ឬបង្ហាញតែឈ្មោះ និងកម្រិត។
error-wallet-credential = មិនអាចបង្កើតកូដបានទេ។ គ្មានអ្វីត្រូវបានបង្ហាញទេ។ សូមរាយការណ៍បញ្ហានេះ។ (សម្រាប់អ្នកជួយ៖ { $reason })
error-wallet-no-code = រកមិនឃើញកូដ QR របស់ Carnet ក្នុងរូបភាពនេះទេ។ សូមថតម្ដងទៀត ឲ្យជិត និងច្បាស់ជាងនេះ ដោយមានកូដទាំងមូលនៅខាងក្នុង។
error-wallet-not-a-picture = ឯកសារនេះមិនមែនជារូបភាពដែល Carnet អាចអានបានទេ។ សូមប្រើរូបថត (JPEG ឬ PNG)។
error-wallet-picture-too-large = រូបភាពធំពេក ({ $width } × { $height } ភីកសែល)។ សូមថតរូបតូចជាងនេះ រួចសាកល្បងម្ដងទៀត។
error-wallet-got-request = នេះជាសំណើឲ្យចុះហត្ថលេខាលើជំនាញរបស់នរណាម្នាក់ មិនមែនជាកូដដែលបង្ហាញជំនាញទេ។ គ្មានអ្វីត្រូវបានពិនិត្យទេ។
error-wallet-trust-damaged = បញ្ជីទុកចិត្តរបស់អ្នកខូច ឬត្រូវបានកែប្រែ។ សូមនាំចូលវាម្ដងទៀត។ រហូតដល់ពេលនោះ គ្មានអ្នកចុះហត្ថលេខាណាត្រូវបានចាត់ទុកថាគួរទុកចិត្តទេ។
error-wallet-trust-unreadable = Carnet មិនអាចអានបញ្ជីទុកចិត្តរបស់អ្នកនៅ { $path } បានទេ។ សូមពិនិត្យថាឧបករណ៍មានទំហំទំនេរ។ (សម្រាប់អ្នកជួយ៖ { $reason })
error-wallet-not-yours = ការបញ្ជាក់នេះត្រូវបានធ្វើសម្រាប់សៀវភៅកំណត់ត្រារបស់អ្នកផ្សេង មិនមែនរបស់អ្នកទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមប្រាកដថាអ្នកបានទទួលឯកសាររបស់អ្នកផ្ទាល់។
error-wallet-bad-signature = ហត្ថលេខាលើឯកសារនេះមិនត្រូវគ្នាទេ៖ វាត្រូវបានកែប្រែ ឬខូច។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមសុំឯកសារម្ដងទៀត។
error-wallet-not-a-credential = ឯកសារនេះមិនមែនជាការបញ្ជាក់ដែលបានចុះហត្ថលេខាពី Carnet ទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមសុំឯកសារដែលអ្នកចុះហត្ថលេខាបានបង្កើត។
error-wallet-too-many = សូមសុំយ៉ាងច្រើន { $max } ក្នុងពេលតែមួយ។ សូមជ្រើសតិចជាងនេះ។
error-wallet-not-from-request = ការបញ្ជាក់នេះមិនប្រាប់ថាវាបញ្ជាក់ធាតុណារបស់អ្នកទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមសុំថ្មី ដែលធ្វើពីកូដសំណើរបស់អ្នក។
error-wallet-entry-gone = ការបញ្ជាក់នេះបញ្ជាក់ធាតុដែលលែងនៅក្នុងសៀវភៅកំណត់ត្រារបស់អ្នក។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ បើអ្នកបានលុបវា សូមបន្ថែមវាវិញពីច្បាប់ចម្លង រួចសុំការបញ្ជាក់ថ្មី។

## Asking for a signature, and keeping it

app-request = សុំហត្ថលេខា
app-request-title = សុំហត្ថលេខា
app-request-intro = បង្ហាញកូដនេះទៅគ្រូបង្វឹក និយោជក ឬមជ្ឈមណ្ឌលដែលនឹងបញ្ជាក់អ្វីដែលអ្នកធ្វើបាន។ ពួកគេស្កេនវាដោយ Carnet ហើយឲ្យឯកសារដែលបានចុះហត្ថលេខាមកអ្នកវិញ។
app-request-key = សោរបស់អ្នក៖ { $kid }។ អ្នកចុះហត្ថលេខាឃើញកូដដូចគ្នានេះ។
app-request-text = កូដដដែលជាអត្ថបទ សម្រាប់ផ្ញើក្នុងសារ
app-request-next = ពេលអ្នកទទួលបានឯកសារដែលបានចុះហត្ថលេខា សូមបើក “ការបញ្ជាក់របស់ខ្ញុំ” ហើយចុច “បន្ថែមឯកសារដែលបានចុះហត្ថលេខា”។
app-receive = បន្ថែមឯកសារដែលបានចុះហត្ថលេខា
app-received = បានរក្សាទុក៖ { $name } ({ $kind }) បានចុះហត្ថលេខាលើ { $titles }។
