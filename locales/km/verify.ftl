# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = គ្រូបង្វឹក
issuer-kind-employer = និយោជក
issuer-kind-centre = មជ្ឈមណ្ឌល
issuer-kind-college = មហាវិទ្យាល័យ
issuer-kind-colleague = សហការី

## verify: verdicts, one per code

verdict-valid = មានសុពលភាព៖ ចុះហត្ថលេខាដោយអ្នកចុះហត្ថលេខាដែលអ្នកទុកចិត្ត នៅមានសុពលភាព មិនត្រូវបានដកវិញទេ។
verdict-self-declared = និយាយដោយម្ចាស់ខ្លួនតែប៉ុណ្ណោះ៖ គ្មាននរណាចុះហត្ថលេខាលើវាទេ។
verdict-unknown-issuer = បានចុះហត្ថលេខា ប៉ុន្តែមិនមែនដោយអ្នកចុះហត្ថលេខាដែលអ្នកទុកចិត្តទេ។
verdict-expired = ផុតកំណត់។
verdict-revoked = ត្រូវបានដកវិញដោយអ្នកដែលបានចុះហត្ថលេខា។
verdict-tampered = ត្រូវបានកែប្រែ ឬចម្លង៖ កុំពឹងលើវា។
verdict-malformed = នេះមិនមែនជាកូដ Carnet ដែលអាចអានបានទេ។

## verify: reasons, one per code

reason-wrong-prefix = អត្ថបទមិនចាប់ផ្ដើមដោយ CN1: ទេ ដូច្នេះវាមិនមែនជាកូដ Carnet ទេ។
reason-bad-base45 = អត្ថបទមានអក្សរដែលកូដ Carnet មិនអាចមាន។ វាអាចត្រូវបានកាត់ ឬវាយខុស។
reason-bad-zlib = កូដត្រូវបានកាត់ ឬខូច។
reason-too-large = កូដនេះធំពេកខ្លាំងមិនអាចជាកូដ Carnet បានទេ។
reason-bad-cose = កូដខូច ឬមិនមែនជាកូដ Carnet ទេ។
reason-unsupported-header = កូដនេះប្រើហត្ថលេខាដែល Carnet មិនស្គាល់។ Carnet កំណែថ្មីជាងប្រហែលអាចអានវាបាន។
reason-bad-payload = ខ្លឹមសារនៃកូដខូច។
reason-holder-signature-invalid = ហត្ថលេខារបស់ម្ចាស់មិនត្រូវគ្នាទេ៖ កូដត្រូវបានកែប្រែ។
reason-nonce-mismatch = កូដនេះត្រូវបានបង្កើតសម្រាប់សំណើផ្សេង (លេខ { $found } មិនមែន { $expected })។ វាអាចជាច្បាប់ចម្លង។
reason-audience-mismatch = កូដនេះត្រូវបានបង្កើតសម្រាប់ “{ $found }” មិនមែនសម្រាប់ “{ $expected }” ទេ។
reason-presentation-expired = កូដខ្លួនឯងបានផុតកំណត់នៅ { $exp }។ សូមសុំម្ចាស់ឲ្យបង្កើតកូដថ្មី។
reason-presentation-not-yet-valid = កូដនិយាយថាវាត្រូវបានបង្កើតនៅ { $iat } ដែលមិនទាន់មកដល់។ សូមពិនិត្យនាឡិការបស់ឧបករណ៍នេះ។
reason-endorsement-signature-invalid = ហត្ថលេខារបស់អ្នកចុះហត្ថលេខាមិនត្រូវគ្នាទេ៖ ជំនាញត្រូវបានកែប្រែ។
reason-issuer-key-not-sent = អ្នកចុះហត្ថលេខាត្រូវបានដាក់ឈ្មោះតែដោយស្នាមម្រាមដៃ { $kid } ហើយអ្នកមិនស្គាល់វាទេ។
reason-endorsement-expired = ហត្ថលេខារបស់ជំនាញបានផុតកំណត់នៅ { $exp }។
reason-endorsement-not-yet-valid = ជំនាញនិយាយថាវាត្រូវបានចុះហត្ថលេខានៅ { $iat } ដែលមិនទាន់មកដល់។ សូមពិនិត្យនាឡិការបស់ឧបករណ៍នេះ។
reason-issuer-unknown = “{ $name }” (ស្នាមម្រាមដៃសោ { $kid }) មិននៅក្នុងបញ្ជីទុកចិត្តរបស់អ្នកទេ។ អ្នកណាក៏អាចដាក់ឈ្មោះខ្លួនឯងបាន។
reason-issuer-not-trusted-at-issue = “{ $name }” (ស្នាមម្រាមដៃសោ { $kid }) មិនត្រូវបានធានានៅថ្ងៃដែលវាបានចុះហត្ថលេខាទេ។
reason-issuer-trusted = អ្នកចុះហត្ថលេខានៅក្នុងបញ្ជីទុកចិត្តរបស់អ្នក (ស្នាមម្រាមដៃសោ { $kid })។
reason-issuer-claims-differ = បញ្ជីទុកចិត្តរបស់អ្នកនិយាយថាអ្នកចុះហត្ថលេខានេះជា { $kind } នៅ { $country } ហត្ថលេខានិយាយផ្សេង។ សូមយកតាមបញ្ជីទុកចិត្ត។
reason-revoked = អ្នកចុះហត្ថលេខាបានដកលិខិតបញ្ជាក់លេខ { $index } វិញ។
reason-no-revocation-list = អ្នកគ្មានបញ្ជីពីអ្នកចុះហត្ថលេខានេះ អំពីអ្វីដែលវាបានដកវិញទេ។
reason-self-declared = ម្ចាស់និយាយដូច្នេះ គ្មាននរណាចុះហត្ថលេខាលើវាទេ។

## verify: the rest of the report

verify-presentation = បង្ហាញសម្រាប់ { $stage } បង្កើតនៅ { $date } ដោយមនុស្សដែលមានសោ { $kid }។
verify-audience = បង្កើតសម្រាប់៖ { $audience }
verify-stage-recruitment = ការជ្រើសរើសបុគ្គលិក
verify-stage-pre-departure = ការត្រៀមចាកចេញ
verify-stage-arrival = ការមកដល់
verify-stage-career = ការងារ និងការបណ្ដុះបណ្ដាល
verify-stage-return = ការវិលត្រឡប់មកផ្ទះ
verify-endorsed-by = ចុះហត្ថលេខាដោយ { $name } { $kind } នៅ { $country }។
verify-endorsed-by-unchecked = ចុះហត្ថលេខាដោយនរណាម្នាក់ដែលហៅខ្លួនឯងថា “{ $name }” { $kind } នៅ { $country } (មិនបានពិនិត្យ ស្នាមម្រាមដៃសោ { $kid })។
verify-colleague-note = នេះជាពាក្យរបស់សហការី៖ មនុស្សម្នាក់ដែលធ្វើការក្បែរម្ចាស់ មិនមែនសាលា ឬនិយោជកទេ។
verify-endorsed-on = ចុះហត្ថលេខានៅ { $date } ពិនិត្យដោយ { $how }។{ $expires ->
    [none] {""}
   *[other] {" "}មានសុពលភាពដល់ { $expires }។
}
verify-how-observation = ការមើលពួកគេធ្វើការ
verify-how-test = ការប្រឡង
verify-how-document = ឯកសារ
verify-how-interview = ការសម្ភាសន៍
verify-hidden = { $count ->
   *[other] ព័ត៌មានលម្អិត { $count } ត្រូវបានលាក់ដោយម្ចាស់។
}
verify-trust-age = { $days ->
    [0] បញ្ជីទុកចិត្តពីថ្ងៃនេះ។
   *[other] បញ្ជីទុកចិត្តពី { $days } ថ្ងៃមុន ({ $date })។
}
verify-newer-code = កូដនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។ សូមធ្វើបច្ចុប្បន្នភាព Carnet ដើម្បីពិនិត្យវា។
verify-status-age = { $days ->
    [0] បញ្ជីលិខិតបញ្ជាក់ដែលត្រូវបានដកវិញ៖ ពីថ្ងៃនេះ។
   *[other] បញ្ជីលិខិតបញ្ជាក់ដែលត្រូវបានដកវិញ៖ ពី { $days } ថ្ងៃមុន ({ $date })។
}
verify-field-kind = អ្វី៖
verify-field-title = ចំណងជើង៖
verify-field-esco = ESCO:
verify-field-entry-id = ធាតុ៖
verify-field-level = កម្រិត៖
verify-field-from = ពី៖
verify-field-to = ដល់៖
verify-field-country = ប្រទេស៖
verify-field-context = បានរៀន៖
verify-field-evidence = ភស្តុតាង (hash)៖
verify-field-eqf = កម្រិត EQF៖
verify-entry-kind-skill = ជំនាញ
verify-entry-kind-qualification = សញ្ញាបត្រ ឬគុណវុឌ្ឍិ
verify-entry-kind-experience = បទពិសោធន៍ការងារ
verify-entry-kind-language = ភាសា
verify-entry-kind-learning = វគ្គសិក្សា
verify-context-formal = នៅសាលា ឬមហាវិទ្យាល័យ
verify-context-non-formal = ក្នុងវគ្គសិក្សា
verify-context-informal = នៅកន្លែងការងារ ឬដោយខ្លួនឯង
verify-esco-skill = ជំនាញ
verify-esco-occupation = មុខរបរ
verify-esco-qualification = គុណវុឌ្ឍិ
