# Review status: machine-drafted, needs review by a native speaker.
# Messages of the credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation and verify.

## Help: commands

cli-cmd-issuer = ចុះហត្ថលេខាលើជំនាញរបស់អ្នកដទៃ ក្នុងនាមជាគ្រូបង្វឹក និយោជក មជ្ឈមណ្ឌល មហាវិទ្យាល័យ ឬសហការី។
cli-cmd-issuer-init = បង្កើតសោចុះហត្ថលេខារបស់អ្នកក្នុងនាមជាអ្នកចុះហត្ថលេខា។ វាត្រូវបានចាក់សោដោយពាក្យសម្ងាត់។
cli-cmd-issuer-show = បង្ហាញឈ្មោះ ប្រភេទ និងសោសាធារណៈរបស់អ្នកក្នុងនាមជាអ្នកចុះហត្ថលេខា។ មិនត្រូវការពាក្យសម្ងាត់ទេ។
cli-cmd-issuer-revoke = ដកលិខិតបញ្ជាក់មួយដែលអ្នកបានចុះហត្ថលេខាវិញ តាមលេខរបស់វា។
cli-cmd-issuer-status-list = សរសេរបញ្ជីដែលបានចុះហត្ថលេខានៃលិខិតបញ្ជាក់ដែលអ្នកបានដកវិញ ដើម្បីឲ្យអ្នកពិនិត្យ។
cli-cmd-endorse = ចុះហត្ថលេខាលើសំណើដែលនរណាម្នាក់បានឲ្យអ្នក ហើយសរសេរលិខិតបញ្ជាក់ដើម្បីឲ្យត្រឡប់ទៅវិញ។
cli-cmd-trust = ជ្រើសរើសថាទុកចិត្តហត្ថលេខារបស់អ្នកណា នៅពេលអ្នកពិនិត្យកូដ QR។
cli-cmd-trust-anchor = ប្រភពទុកចិត្ត៖ បណ្ដាញ ឬអាជ្ញាធរដែលធានាអ្នកចុះហត្ថលេខា។
cli-cmd-trust-anchor-init = បង្កើតសោចុះហត្ថលេខាក្នុងនាមជាប្រភពទុកចិត្ត ដើម្បីធានាអ្នកចុះហត្ថលេខា។
cli-cmd-trust-anchor-show = បង្ហាញឈ្មោះ និងសោសាធារណៈនៃប្រភពទុកចិត្តរបស់អ្នក។
cli-cmd-trust-anchor-add = ទុកចិត្តបញ្ជីដែលចុះហត្ថលេខាដោយសោនៃប្រភពទុកចិត្តនេះ។
cli-cmd-trust-bundle = ក្នុងនាមជាប្រភពទុកចិត្ត ចុះហត្ថលេខាលើបញ្ជីអ្នកចុះហត្ថលេខាដែលអ្នកធានា។
cli-cmd-trust-import = បន្ថែមបញ្ជីអ្នកចុះហត្ថលេខាគួរទុកចិត្តដែលបានចុះហត្ថលេខា ពីឯកសារ។
cli-cmd-trust-list = បង្ហាញអ្នកចុះហត្ថលេខាដែលអ្នកទុកចិត្ត និងអាយុនៃបញ្ជីនីមួយៗ។
cli-cmd-revocation = បញ្ជីលិខិតបញ្ជាក់ដែលអ្នកចុះហត្ថលេខាបានដកវិញ។
cli-cmd-revocation-import = បន្ថែមបញ្ជីដែលបានចុះហត្ថលេខារបស់អ្នកចុះហត្ថលេខា នៃលិខិតបញ្ជាក់ដែលវាបានដកវិញ។
cli-cmd-verify = ពិនិត្យកូដ QR របស់ Carnet៖ អ្នកណាចុះហត្ថលេខាលើជំនាញនីមួយៗ និងថាតើវានៅមានសុពលភាពឬទេ។

## Help: what to give

cli-arg-issuer-name = ឈ្មោះរបស់អ្នក ឬឈ្មោះស្ថាប័នរបស់អ្នក ដូចដែលមនុស្សគួរឃើញ។
cli-arg-issuer-country = ប្រទេសរបស់អ្នក ជាអក្សរពីរ ដូចជា KE ឬ PT។
cli-arg-issuer-kind = អ្នកជាអ្វី៖ trainer, employer, centre, college ឬ colleague។
cli-arg-revoke-index = លេខនៃលិខិតបញ្ជាក់ដែលត្រូវដកវិញ។
cli-arg-cred-out = ឯកសារដែលត្រូវសរសេរ។
cli-arg-endorse-request = សំណើដែលមនុស្សនោះបានឲ្យអ្នក៖ ឯកសារ (request.cbor) រូបភាពនៃកូដ QR របស់វា (PNG ឬ JPEG) ឬឯកសារអត្ថបទដែលមានអត្ថបទចាប់ផ្ដើមដោយ CNR1:
cli-arg-endorse-text = អត្ថបទនៃសំណើ ចាប់ផ្ដើមដោយ CNR1: បើមនុស្សនោះបានផ្ញើវាជាសារ។ ជំនួសឲ្យឯកសារ។
cli-arg-endorse-assessed-by = របៀបដែលអ្នកបានពិនិត្យជំនាញ៖ observation, test, document ឬ interview។
cli-arg-endorse-expires = ថ្ងៃចុងក្រោយដែលលិខិតបញ្ជាក់មានសុពលភាព ដូចជា 2027-05-14។ បើគ្មានវា វាមិនផុតកំណត់ទេ។
cli-arg-endorse-valid-days = ចំនួនថ្ងៃដែលលិខិតបញ្ជាក់មានសុពលភាព គិតពីថ្ងៃនេះ។
cli-arg-anchor-name = ឈ្មោះនៃប្រភពទុកចិត្ត ដូចដែលមនុស្សគួរឃើញ។
cli-arg-anchor-key = សោសាធារណៈនៃប្រភពទុកចិត្ត៖ អក្សរ និងលេខ 64។
cli-arg-bundle-issuer = ឯកសាររបស់អ្នកចុះហត្ថលេខា ពី carnet issuer show --json។ ផ្ដល់វាម្ដងសម្រាប់អ្នកចុះហត្ថលេខាម្នាក់។
cli-arg-trust-file = ឯកសារបញ្ជីទុកចិត្ត (.cbor)។
cli-arg-status-file = ឯកសារបញ្ជីរបស់អ្នកចុះហត្ថលេខា (.cbor)។
cli-arg-verify-image = រូបភាពនៃកូដ QR៖ PNG, JPEG ឬ WebP។
cli-arg-verify-text = អត្ថបទនៃកូដ QR ចាប់ផ្ដើមដោយ CN1:
cli-arg-verify-nonce = លេខដែលអ្នកបានសុំមនុស្សនោះឲ្យដាក់ក្នុងកូដ (hex)។
cli-arg-verify-audience = ឈ្មោះដែលអ្នកបានសុំមនុស្សនោះឲ្យដាក់ក្នុងកូដ។

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = សោអ្នកចុះហត្ថលេខារបស់អ្នកសម្រាប់ { $name } រួចរាល់ហើយ។ សូមរក្សាពាក្យសម្ងាត់របស់អ្នកឲ្យមានសុវត្ថិភាព៖ បើគ្មានវា អ្នកមិនអាចចុះហត្ថលេខាបានទេ។
issuer-label-name = ឈ្មោះ៖
issuer-label-country = ប្រទេស៖
issuer-label-kind = ប្រភេទ៖
issuer-label-public-key = សោសាធារណៈ៖
issuer-label-kid = ស្នាមម្រាមដៃសោ៖
issuer-label-issued = លេខដែលបានឲ្យ៖
issuer-label-revoked = បានដកវិញ៖
issuer-revoked = លិខិតបញ្ជាក់លេខ { $index } ត្រូវបានដកវិញ។
issuer-already-revoked = លិខិតបញ្ជាក់លេខ { $index } ត្រូវបានដកវិញរួចហើយ។
issuer-revoked-next-step = អ្នកពិនិត្យនឹងដឹងតែពីបញ្ជីបន្ទាប់របស់អ្នកប៉ុណ្ណោះ៖ សរសេរវាដោយ carnet issuer status-list --out list.cbor រួចឲ្យឯកសារទៅពួកគេ។
issuer-status-list-written = { $count ->
   *[other] បញ្ជីនៅក្នុង { $path }។ វាមានលិខិតបញ្ជាក់ { $count } ដែលត្រូវបានដកវិញ។
}

endorse-intro = { $count ->
   *[other] អ្នកហៀបនឹងចុះហត្ថលេខាលើធាតុ { $count } សម្រាប់មនុស្សដែលមានសោ { $holder }៖
}
endorse-entry = { $title } ({ $kind }, កម្រិត { $level }, { $dates })
endorse-untitled = (គ្មានចំណងជើង)
endorse-how-observation = អ្នកនិយាយថាអ្នកបានមើលពួកគេធ្វើវា។
endorse-how-test = អ្នកនិយាយថាពួកគេបានប្រឡងជាប់។
endorse-how-document = អ្នកនិយាយថាអ្នកបានពិនិត្យឯកសារ។
endorse-how-interview = អ្នកនិយាយថាអ្នកបានពិនិត្យវាក្នុងការសម្ភាសន៍។
endorse-expires-on = វាមានសុពលភាពដល់ { $date }។
endorse-no-expiry = វាមិនផុតកំណត់ទេ។
endorse-written = { $count ->
    [1] បានចុះហត្ថលេខា។ សូមឲ្យ { $path } ត្រឡប់ទៅមនុស្សនោះវិញ។ លេខរបស់វាគឺ { $first }។
   *[other] បានចុះហត្ថលេខា។ សូមឲ្យ { $path } ត្រឡប់ទៅមនុស្សនោះវិញ។ លេខរបស់វាគឺ { $first } ដល់ { $last }។
}

trust-anchor-added = ឥឡូវនេះអ្នកទុកចិត្តបញ្ជីដែលចុះហត្ថលេខាដោយ { $name } (ស្នាមម្រាមដៃសោ { $kid })។
trust-bundle-written = { $count ->
   *[other] បញ្ជីដែលបានចុះហត្ថលេខានៃអ្នកចុះហត្ថលេខា { $count } នាក់ នៅក្នុង { $path }។
}
trust-imported = { $count ->
   *[other] បានបន្ថែមបញ្ជីទុកចិត្តនៃអ្នកចុះហត្ថលេខា { $count } នាក់ ដែលបង្កើតនៅ { $date }។
}
trust-list-empty = អ្នកមិនទាន់ទុកចិត្តអ្នកចុះហត្ថលេខាណាទេ។ សូមបន្ថែមបញ្ជីទុកចិត្តដោយ carnet trust import។
trust-list-bundle = { $days ->
    [0] បញ្ជីទុកចិត្តពី { $anchor } បង្កើតថ្ងៃនេះ ({ $date })៖
   *[other] បញ្ជីទុកចិត្តពី { $anchor } បង្កើត { $days } ថ្ងៃមុន ({ $date })៖
}
trust-list-issuer =   { $name }: { $kind }, { $country }, ស្នាមម្រាមដៃសោ { $kid }
revocation-imported = { $count ->
   *[other] បានបន្ថែមបញ្ជីរបស់ { $name } ដែលបង្កើតនៅ { $date }៖ លិខិតបញ្ជាក់ { $count } ត្រូវបានដកវិញ។
}

## Errors of these commands

error-issuer-exists = មានសោអ្នកចុះហត្ថលេខានៅក្នុងថតនេះរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-no-issuer = មិនទាន់មានសោអ្នកចុះហត្ថលេខានៅក្នុងថតនេះទេ។ សូមបង្កើតមួយដោយ carnet issuer init។
error-issuer-damaged = សោអ្នកចុះហត្ថលេខានៅក្នុងថតនេះខូច ឬមិនត្រូវនឹងព័ត៌មានលម្អិតរបស់វា។ សូមដាក់ច្បាប់ចម្លងពីការបម្រុងទុកមកវិញ។
error-anchor-exists = មានសោប្រភពទុកចិត្តនៅក្នុងថតនេះរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-no-anchor = មិនទាន់មានសោប្រភពទុកចិត្តនៅក្នុងថតនេះទេ។ សូមបង្កើតមួយដោយ carnet trust anchor init។
error-anchor-damaged = សោប្រភពទុកចិត្តនៅក្នុងថតនេះខូច ឬមិនត្រូវនឹងព័ត៌មានលម្អិតរបស់វា។ សូមដាក់ច្បាប់ចម្លងពីការបម្រុងទុកមកវិញ។
error-identity-too-new = សោនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព Carnet ដើម្បីប្រើវា។
error-storage-file = Carnet មិនអាចសរសេរ ឬអាន { $path } បានទេ។ សូមពិនិត្យថាមានទំហំទំនេរ ហើយអ្នកមានសិទ្ធិសរសេរនៅទីនោះ។ (សម្រាប់អ្នកជួយ៖ { $reason })
error-file-too-big = { $path } ធំពេកខ្លាំងមិនអាចជាឯកសារ Carnet បានទេ។
error-issuer-kind = “{ $value }” មិនមែនជាប្រភេទអ្នកចុះហត្ថលេខាទេ។ សូមសរសេរ trainer, employer, centre, college ឬ colleague។
error-assessed-by = “{ $value }” មិនមែនជារបៀបពិនិត្យទេ។ សូមសរសេរ observation, test, document ឬ interview។
error-expires-date = “{ $value }” មិនមែនជាថ្ងៃទេ។ សូមសរសេរជា ឆ្នាំ-ខែ-ថ្ងៃ ដូចជា 2027-05-14។
error-expires-past = ថ្ងៃបញ្ចប់ត្រូវតែនៅក្រោយថ្ងៃនេះ។
error-issuer-indexes-used-up = សោអ្នកចុះហត្ថលេខានេះបានឲ្យលេខទាំងអស់របស់វាហើយ។ សូមបង្កើតសោអ្នកចុះហត្ថលេខាថ្មី។
error-revoke-not-issued = អ្នកមិនបានចុះហត្ថលេខាលើលិខិតបញ្ជាក់លេខ { $index } ទេ។ លេខរបស់អ្នកចាប់ពី 0 ដល់ក្រោម { $next }។
error-anchor-name = ឈ្មោះត្រូវមានពី 1 ដល់ 100 តួអក្សរ។
error-anchor-known = អ្នកទុកចិត្តប្រភពទុកចិត្តនេះរួចហើយ (ស្នាមម្រាមដៃសោ { $kid })។
error-issuer-file = { $path } មិនមែនជាឯកសាររបស់អ្នកចុះហត្ថលេខាទេ។ សូមសុំលទ្ធផលនៃ carnet issuer show --json ពីអ្នកចុះហត្ថលេខា។
error-trust-bundle-not-newer = អ្នកមានបញ្ជីទុកចិត្តនេះ ឬបញ្ជីថ្មីជាងពីប្រភពទុកចិត្តដដែលរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-status-list-not-newer = អ្នកមានបញ្ជីថ្មីជាងពីអ្នកចុះហត្ថលេខានេះរួចហើយ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-status-list-issuer-unknown = បញ្ជីនេះមកពីអ្នកចុះហត្ថលេខាដែលអ្នកមិនទាន់ទុកចិត្ត (ស្នាមម្រាមដៃសោ { $kid })។ សូមនាំចូលបញ្ជីទុកចិត្តដែលមានឈ្មោះវាជាមុនសិន។
error-verifier-damaged = បញ្ជីទុកចិត្តដែលអ្នកបានរក្សាទុកខូច ឬត្រូវបានកែប្រែ។ សូមនាំចូលវាម្ដងទៀត។
error-verify-nonce = “{ $value }” មិនមែនជាលេខ hex ទេ ដូចជា 3fa9។
error-verify-got-request = នេះជាសំណើឲ្យបញ្ជាក់ធាតុរបស់នរណាម្នាក់ (អត្ថបទរបស់វាចាប់ផ្ដើមដោយ CNR1:) មិនមែនជាកូដដែលបង្ហាញជំនាញទេ។ គ្មានអ្វីត្រូវបានពិនិត្យទេ។ អ្នកដែលបញ្ជាក់ចុះហត្ថលេខាលើវាដោយ៖ carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = នេះជាកូដដែលបង្ហាញជំនាញរបស់នរណាម្នាក់ (អត្ថបទរបស់វាចាប់ផ្ដើមដោយ CN1:) មិនមែនជាសំណើឲ្យបញ្ជាក់ទេ។ គ្មានអ្វីត្រូវបានចុះហត្ថលេខាទេ។ ដើម្បីពិនិត្យវា សូមវាយ៖ carnet verify PICTURE ឬ carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = បញ្ជីទុកចិត្តខូច ឬមិនមែនជាបញ្ជីទុកចិត្តទេ។
error-trust-bundle-wrong-file = នេះជាឯកសារ Carnet ប្រភេទផ្សេង មិនមែនបញ្ជីទុកចិត្តទេ។
error-trust-bundle-newer-version = បញ្ជីទុកចិត្តនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព Carnet ដើម្បីអានវា។
error-trust-bundle-unknown-anchor = បញ្ជីទុកចិត្តនេះត្រូវបានចុះហត្ថលេខាដោយប្រភពទុកចិត្តដែលអ្នកមិនទុកចិត្ត (ស្នាមម្រាមដៃសោ { $kid })។ សូមបន្ថែមវាជាមុនសិនដោយ carnet trust anchor add បើអ្នកស្គាល់វា។
error-trust-bundle-bad-signature = ហត្ថលេខាលើបញ្ជីទុកចិត្តនេះមិនត្រូវគ្នាទេ។ ឯកសារត្រូវបានកែប្រែ ឬខូច។
error-trust-bundle-invalid = មិនអាចប្រើតម្លៃមួយក្នុងបញ្ជីទុកចិត្តបានទេ ({ $field })។
error-trust-bundle-too-large = បញ្ជីទុកចិត្តធំពេក។
error-status-list-malformed = បញ្ជីខូច ឬមិនមែនជាបញ្ជីលិខិតបញ្ជាក់ដែលត្រូវបានដកវិញទេ។
error-status-list-wrong-file = នេះជាឯកសារ Carnet ប្រភេទផ្សេង មិនមែនបញ្ជីលិខិតបញ្ជាក់ដែលត្រូវបានដកវិញទេ។
error-status-list-newer-version = បញ្ជីនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព Carnet ដើម្បីអានវា។
error-status-list-wrong-issuer = បញ្ជីនេះជារបស់អ្នកចុះហត្ថលេខាផ្សេង ({ $found } មិនមែន { $expected })។
error-status-list-bad-signature = ហត្ថលេខាលើបញ្ជីនេះមិនត្រូវគ្នាទេ។ ឯកសារត្រូវបានកែប្រែ ឬខូច។
error-status-list-invalid = មិនអាចប្រើតម្លៃមួយក្នុងបញ្ជីបានទេ ({ $field })។
error-status-list-too-large = បញ្ជីធំពេក។
