# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands a holder uses: carnet request, receive, credentials (wallet) and present.

## Help: commands

cli-cmd-holder-request = បង្កើតឯកសារដែលសុំគ្រូបង្វឹក និយោជក ឬមជ្ឈមណ្ឌល ឲ្យបញ្ជាក់ធាតុ។
    .long = បង្កើតសំណើដែលសុំគ្រូបង្វឹក និយោជក មជ្ឈមណ្ឌល មហាវិទ្យាល័យ ឬសហការី ឲ្យបញ្ជាក់ ("ធានា") ធាតុខ្លះរបស់អ្នក៖ ឯកសារ កូដ QR (ឈ្មោះបញ្ចប់ដោយ .png ឬ .svg) ដើម្បីបង្ហាញលើទូរស័ព្ទ ឬបោះពុម្ព ឬជាមួយ --text អត្ថបទសម្រាប់ផ្ញើក្នុងសារ។ ឲ្យវាទៅពួកគេ។ ពួកគេចុះហត្ថលេខាលើវា ហើយឲ្យឯកសារលិខិតបញ្ជាក់មកអ្នកវិញ ដែលអ្នករក្សាទុកដោយ៖ carnet receive
cli-cmd-holder-receive = រក្សាទុកលិខិតបញ្ជាក់ដែលគ្រូបង្វឹក និយោជក ឬមជ្ឈមណ្ឌលបានចុះហត្ថលេខាឲ្យអ្នក។
cli-cmd-holder-credentials = រាយលិខិតបញ្ជាក់ដែលអ្នករក្សាទុក តាមធាតុនីមួយៗ។ ឬ៖ carnet wallet
cli-cmd-holder-present = បង្ហាញធាតុដែលបានជ្រើសជាកូដ QR មួយ ដែលអ្នកណាក៏អាចពិនិត្យបានដោយគ្មានអ៊ីនធឺណិត។
    .long = បង្ហាញធាតុដែលបានជ្រើសជាកូដ QR មួយ ដែលអ្នកណាក៏អាចពិនិត្យបានដោយគ្មានអ៊ីនធឺណិត។ ធាតុដែលបានបញ្ជាក់បង្ហាញជាមួយអ្នកដែលបានបញ្ជាក់វា ធាតុដែលផ្ដល់ជាមួយ --self-declared បង្ហាញថាអ្នកនិយាយខ្លួនឯងតែប៉ុណ្ណោះ។ នៅលើអេក្រង់ កូដប្រើបាន 24 ម៉ោង ជាមួយ --print ប្រើបាន 5 ឆ្នាំ។
cli-cmd-holder-export = សរសេរធាតុដែលបានបញ្ជាក់ជា W3C Verifiable Credential (Open Badges 3.0) សម្រាប់កម្មវិធីផ្សេង។
    .long = សរសេរធាតុដែលបានបញ្ជាក់ជា W3C Verifiable Credential 2.0 (ស្លាក Open Badges 3.0) ដែលចុះហត្ថលេខាដោយអ្នកដែលបានបញ្ជាក់វា ដើម្បីឲ្យកាបូប និងកម្មវិធីផ្សេងអាចពិនិត្យវាបាន។ បើគ្មាន --out វាត្រូវបានសរសេរលើអេក្រង់។

## Help: arguments

cli-arg-holder-request-ids = ធាតុដែលត្រូវបញ្ជាក់៖ id របស់វា ឬតួអក្សរ 4 ដំបូង ឬច្រើនជាងនេះនៃនីមួយៗ។ ដើម្បីមើល id សូមវាយ៖ carnet list
cli-arg-holder-request-out = កន្លែងសរសេរសំណើ៖ ឈ្មោះបញ្ចប់ដោយ .png ឬ .svg បង្កើតរូបភាពកូដ QR ឈ្មោះផ្សេងទៀត ដូចជា request.cbor បង្កើតឯកសារ។
cli-arg-holder-request-text = សរសេរអត្ថបទនៃសំណើ (ចាប់ផ្ដើមដោយ CNR1:) លើអេក្រង់ ដើម្បីផ្ញើជាសារ។
cli-arg-holder-receive-file = ឯកសារលិខិតបញ្ជាក់ដែលអ្នកបានទទួល ឧទាហរណ៍ credential.cbor។
cli-arg-holder-present-select = ធាតុដែលបានបញ្ជាក់ដែលត្រូវបង្ហាញ៖ id របស់វា ឬតួអក្សរ 4 ដំបូង ឬច្រើនជាងនេះនៃនីមួយៗ។
cli-arg-holder-present-fields = បង្ហាញតែផ្នែកទាំងនេះនៃធាតុនីមួយៗ បំបែកដោយក្បៀស ឧទាហរណ៍ title,level។ ផ្នែកផ្សេងទៀតនៅលាក់។ ផ្នែកមាន៖ kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf។ បើគ្មានវា អ្វីៗទាំងអស់ត្រូវបានបង្ហាញ។
cli-arg-holder-present-self-declared = ធាតុដែលត្រូវបង្ហាញថាអ្នកនិយាយខ្លួនឯងតែប៉ុណ្ណោះ មិនបានបញ្ជាក់ដោយនរណាទេ។
cli-arg-holder-present-stage = អ្នកបង្ហាញវាសម្រាប់អ្វី៖ recruitment, pre-departure, arrival, career ឬ return។ បើគ្មាន៖ recruitment។
cli-arg-holder-present-audience = អ្នកដែលអ្នកបង្ហាញវាទៅ បើពួកគេសុំឲ្យដាក់ឈ្មោះ ឧទាហរណ៍ ឈ្មោះភ្នាក់ងារ។
cli-arg-holder-present-nonce = កូដដែលអ្នកពិនិត្យបានឲ្យអ្នក បើពួកគេបានឲ្យ (អក្សរ 0-9 និង a-f)។
cli-arg-holder-present-print = ធ្វើសម្រាប់ក្រដាស៖ កូដធន់នឹងស្នាមកោស និងស្នាមបត់បានល្អជាង ហើយប្រើបាន 5 ឆ្នាំ ជំនួសឲ្យ 24 ម៉ោង។
cli-arg-holder-present-out = រូបភាពដែលត្រូវសរសេរ៖ ឈ្មោះបញ្ចប់ដោយ .png ឬ .svg។
cli-arg-holder-present-text = សរសេរអត្ថបទនៅក្នុងកូដ QR ផងដែរ ដើម្បីផ្ញើជាសារ។
cli-arg-holder-export-id = ធាតុដែលបានបញ្ជាក់៖ id របស់វា ឬតួអក្សរ 4 ដំបូង ឬច្រើនជាងនេះ។
cli-arg-holder-export-format = ទម្រង់ដែលត្រូវសរសេរ។ មានតែ៖ vc (W3C Verifiable Credential, Open Badges 3.0)។
cli-arg-holder-export-jwt = សរសេរវាជា token ដែលបានចុះហត្ថលេខា (VC-JWT) ជំនួសឲ្យ JSON ដែលមានភស្តុតាង។
cli-arg-holder-export-out = ឯកសារដែលត្រូវសរសេរ ឧទាហរណ៍ badge.json ឬ badge.jwt។

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] សំណើនេះសុំឲ្យបញ្ជាក់ធាតុ { $count }។
    } អ្នកដែលបញ្ជាក់នឹងឃើញផ្នែកទាំងនេះនៃធាតុនីមួយៗ៖
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = សំណើត្រូវបានសរសេរទៅ { $path }។
holder-request-next = ឲ្យឯកសារទៅអ្នកដែលបញ្ជាក់។ ពេលពួកគេឲ្យឯកសារលិខិតបញ្ជាក់មកអ្នកវិញ សូមវាយ៖ carnet receive FILE
holder-receive-done = បានរក្សាទុក៖ បញ្ជាក់ដោយ { $issuer }, { $kind }, { $country }។ របៀបដែលពួកគេពិនិត្យ៖ { $assessed }។
holder-validity-until = ចេញនៅ { $issued }។ មានសុពលភាពដល់ { $expires }។
holder-validity-open = ចេញនៅ { $issued }។ គ្មានថ្ងៃផុតកំណត់។
holder-wallet-empty = អ្នកមិនទាន់មានលិខិតបញ្ជាក់ទេ។ ដើម្បីសុំមួយ សូមវាយ៖ carnet request ID --out request.cbor
holder-wallet-damaged = លិខិតបញ្ជាក់ដែលលែងអានបាន។ សូមសុំថ្មីពីអ្នកដែលបានឲ្យវា។
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ចេញ { $issued } មានសុពលភាពដល់ { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ចេញ { $issued } គ្មានថ្ងៃផុតកំណត់
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ចេញ { $issued } បានផុតកំណត់នៅ { $expires }
holder-present-nothing = សូមប្រាប់ថាត្រូវបង្ហាញអ្វី៖ --select ID សម្រាប់ធាតុដែលបានបញ្ជាក់ --self-declared ID សម្រាប់ធាតុផ្សេងទៀត។
holder-present-done = កូដ QR ត្រូវបានសរសេរទៅ { $path }៖ បានបញ្ជាក់ { $endorsed } អ្នកនិយាយខ្លួនឯង { $declared }។
holder-present-size = ទំហំ៖ QR កំណែ { $version } កម្រិត { $ec } { $chars } តួអក្សរ។
holder-present-expires = វាអាចពិនិត្យបានរហូតដល់ { $when } ({ $hours } ម៉ោង)។
holder-present-by-kid = ដើម្បីឲ្យសម អ្នកចុះហត្ថលេខាត្រូវបានដាក់ឈ្មោះដោយស្នាមម្រាមដៃខ្លី។ អ្នកពិនិត្យនឹងដឹងថាពួកគេជានរណា លុះត្រាតែបញ្ជីអ្នកចុះហត្ថលេខាដែលពួកគេទុកចិត្តមានពួកគេ។

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = គ្រូបង្វឹក
holder-issuer-kind-employer = និយោជក
holder-issuer-kind-centre = មជ្ឈមណ្ឌល
holder-issuer-kind-college = មហាវិទ្យាល័យ
holder-issuer-kind-colleague = សហការី (មនុស្សម្នាក់ដែលធ្លាប់ធ្វើការជាមួយអ្នក មិនមែនស្ថាប័នទេ)

## How they checked

holder-assessed-observation = ពួកគេបានមើលអ្នកធ្វើការ
holder-assessed-test = ការប្រឡង
holder-assessed-document = ពួកគេបានពិនិត្យឯកសារ
holder-assessed-interview = ការសម្ភាសន៍

## Errors

error-holder-no-key = សៀវភៅកំណត់ត្រានេះគ្មានសោសម្រាប់ចុះហត្ថលេខាលិខិតបញ្ជាក់ទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមរាយការណ៍បញ្ហានេះ។
error-holder-write-file = មិនអាចសរសេរឯកសារ { $path } បានទេ៖ { $reason }។ សូមពិនិត្យថាថតមាន ហើយមានទំហំទំនេរ រួចសាកល្បងម្ដងទៀត។
error-holder-entry-unfit = ធាតុ "{ $title }" មិនអាចដាក់ក្នុងលិខិតបញ្ជាក់បានទេ៖ { $field } របស់វាវែងពេក ឬមិនត្រឹមត្រូវតាមទម្រង់។ សូមកែវាដោយ carnet edit រួចសាកល្បងម្ដងទៀត។
error-holder-unknown-field = "{ $value }" មិនមែនជាផ្នែកនៃធាតុដែលអាចបង្ហាញបានទេ។ ផ្នែកមាន៖ { $known }។
error-holder-credential-no-entries = លិខិតបញ្ជាក់ { $path } មិនប្រាប់ថាវាបញ្ជាក់ធាតុណារបស់អ្នកទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមសុំថ្មីដែលធ្វើពីឯកសារសំណើ៖ carnet request
error-holder-credential-entry-gone = លិខិតបញ្ជាក់ { $path } បញ្ជាក់ធាតុដែលលែងនៅក្នុងសៀវភៅកំណត់ត្រារបស់អ្នក ({ $id })។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ បើអ្នកបានលុបវានៅលើឧបករណ៍នេះ សូមបន្ថែមវាពីច្បាប់ចម្លងនៃសៀវភៅកំណត់ត្រា រួចសាកល្បងម្ដងទៀត។
error-holder-credential-damaged = លិខិតបញ្ជាក់នៃធាតុ "{ $title }" លែងអានបានទៀតហើយ។ សូមសុំថ្មីពីអ្នកដែលបានបញ្ជាក់វា។
error-holder-not-endorsed = ធាតុ "{ $title }" មិនទាន់មាននរណាបញ្ជាក់នៅឡើយទេ។ សូមបង្ហាញវាដោយ --self-declared ឬសុំការបញ្ជាក់៖ carnet request
error-holder-selected-twice = ធាតុ "{ $title }" ត្រូវបានផ្ដល់ទាំងជាមួយ --select និងជាមួយ --self-declared។ សូមផ្ដល់វាតែម្ដង។
error-holder-bad-stage = "{ $value }" មិនមែនជាដំណាក់កាលទេ។ ដំណាក់កាលមាន៖ recruitment, pre-departure, arrival, career, return។
error-holder-bad-audience = ឈ្មោះអ្នកទទួលត្រូវមានពី 1 ដល់ 100 តួអក្សរ នៅលើបន្ទាត់តែមួយ។
error-holder-bad-nonce = "{ $value }" មិនមែនជាកូដពីអ្នកពិនិត្យទេ៖ វាត្រូវមាន 2 ដល់ 128 អក្សរ 0-9 និង a-f។
error-holder-bad-out = រូបភាព { $path } ត្រូវមានឈ្មោះបញ្ចប់ដោយ .png ឬ .svg។
error-holder-no-vc = ការបញ្ជាក់ "{ $title }" ដោយ { $issuer } ត្រូវបានធ្វើមុនពេល Carnet អាចសរសេរវាជាលិខិតបញ្ជាក់ W3C ហើយមានតែពួកគេទេដែលអាចចុះហត្ថលេខាមួយ។ សូមសុំពួកគេឲ្យបញ្ជាក់វាម្ដងទៀត៖ ធ្វើសំណើថ្មី (carnet request ID --out request.cbor) ឲ្យវាទៅពួកគេ ហើយរក្សាទុកឯកសារដែលពួកគេឲ្យមកវិញ (carnet receive FILE)។
