# Review status: machine-drafted, needs review by a native speaker.
# Errors of the carnet-credential library, shown the same way by every credential command.

## Files and texts

error-credential-malformed = { $what ->
        [request] សំណើនេះខូច ឬមិនមែនជាសំណើរបស់ Carnet ទេ។ សូមសុំវាម្ដងទៀត។
        [credential] ឯកសារលិខិតបញ្ជាក់នេះខូច ឬមិនមែនជាលិខិតបញ្ជាក់របស់ Carnet ទេ។ សូមសុំអ្នកដែលបានបញ្ជាក់ធាតុរបស់អ្នកឲ្យផ្ញើវាម្ដងទៀត។
       *[other] នេះខូច ឬមិនមែនជាឯកសាររបស់ Carnet ទេ។
    }
error-credential-wrong-file = { $expected ->
        [request] នេះមិនមែនជាសំណើរបស់ Carnet ទេ៖ វាជាឯកសារ Carnet ប្រភេទផ្សេង។ សំណើត្រូវបានបង្កើតដោយ carnet request។
        [credential] នេះមិនមែនជាលិខិតបញ្ជាក់របស់ Carnet ទេ៖ វាជាឯកសារ Carnet ប្រភេទផ្សេង។ សូមពិនិត្យថាអ្នកបានជ្រើសឯកសារដែលអ្នកបញ្ជាក់ធាតុរបស់អ្នកបានឲ្យ។
       *[other] នេះជាឯកសារ Carnet ប្រភេទផ្សេង។ សូមពិនិត្យថាអ្នកបានជ្រើសឯកសារត្រឹមត្រូវ។
    }
error-credential-newer-version = { $what ->
        [request] សំណើនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។
        [credential] លិខិតបញ្ជាក់នេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។
        [text] កូដនេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។
       *[other] នេះត្រូវបានបង្កើតដោយ Carnet កំណែថ្មីជាង។
    } សូមធ្វើបច្ចុប្បន្នភាព Carnet រួចសាកល្បងម្ដងទៀត។
error-credential-invalid-field = មិនអាចប្រើតម្លៃមួយបានទេ ({ $field })៖ វាវែងពេក ឬមិនត្រឹមត្រូវតាមទម្រង់។ គ្មានអ្វីត្រូវបានសរសេរទេ។
error-credential-entry-count = សំណើមួយមានធាតុពី 1 ដល់ { $max } មិនមែន { $found } ទេ។ ដើម្បីឲ្យបញ្ជាក់ច្រើនជាងនេះ សូមធ្វើសំណើពីរ។
error-credential-invalid-key = នេះមិនមែនជាសោសាធារណៈត្រឹមត្រូវទេ។ សូមពិនិត្យថាវាត្រូវបានចម្លងទាំងស្រុង។
error-credential-bad-signature = ហត្ថលេខាលើលិខិតបញ្ជាក់នេះមិនត្រូវគ្នាទេ៖ វាត្រូវបានកែប្រែ ឬខូចបន្ទាប់ពីចុះហត្ថលេខា។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមសុំឯកសារម្ដងទៀត។
error-credential-not-yours = លិខិតបញ្ជាក់នេះត្រូវបានធ្វើសម្រាប់សៀវភៅកំណត់ត្រារបស់អ្នកផ្សេង មិនមែនរបស់អ្នកទេ។ គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមប្រាកដថាអ្នកបានទទួលឯកសាររបស់អ្នកផ្ទាល់។
error-credential-no-such-entry = គ្មានធាតុ { $index } ក្នុងលិខិតបញ្ជាក់នេះទេ។
error-credential-duplicate-entry = ធាតុ { $index } ត្រូវបានជ្រើសពីរដង។
error-credential-wrong-prefix = អត្ថបទនេះមិនមែនជាកូដ Carnet ទេ៖ វាមិនចាប់ផ្ដើមដោយ CN1: (ជំនាញដែលត្រូវពិនិត្យ) ឬ CNR1: (សំណើឲ្យបញ្ជាក់) ទេ។
error-credential-base45 = អត្ថបទមានអក្សរដែលកូដ Carnet មិនអាចមាន។ វាអាចត្រូវបានកាត់ ឬវាយខុស។
error-credential-zlib = កូដត្រូវបានកាត់ ឬខូច។
error-credential-too-large = កូដនេះធំពេកខ្លាំងមិនអាចជាកូដ Carnet បានទេ។

## QR codes

error-qr-not-alphanumeric = អត្ថបទមានតួអក្សរដែលកូដ QR សម្រាប់ Carnet មិនអាចផ្ទុកបាន។ នេះជាកំហុសរបស់ Carnet សូមរាយការណ៍វា។
error-qr-too-large = នេះច្រើនពេកសម្រាប់កូដ QR មួយ៖ { $chars } តួអក្សរ ហើយកូដ QR ដែលទូរស័ព្ទអានបានល្អ (កំណែ { $version } កម្រិត { $ec }) ផ្ទុកបាន { $capacity }។ គ្មានអ្វីត្រូវបានសរសេរទេ។ { $what ->
        [request] សូមសុំធាតុតិចជាងនេះក្នុងម្ដង ឬសរសេរសំណើទៅឯកសារដែលបញ្ចប់ដោយ .cbor ជំនួសវិញ។
       *[other] សូមជ្រើសធាតុតិចជាងនេះ ឬបង្ហាញផ្នែកតិចជាងនេះដោយ --fields។
    }
error-qr-bad-version = ទំហំកូដ QR នោះមិនមានទេ។
error-qr-bad-module-size = ទំហំចំណុចនោះមិនអាចទៅរួចទេ។
error-qr-not-an-image = ឯកសារនេះមិនមែនជារូបភាពដែល Carnet អាចអានបានទេ។ សូមប្រើ PNG, JPEG ឬ WebP។
error-qr-image-too-large = រូបភាពធំពេក ({ $width } × { $height } ភីកសែល)។ សូមធ្វើឲ្យវាតូចជាងនេះ រួចសាកល្បងម្ដងទៀត។
error-qr-not-found = មិនអាចអានកូដ QR ក្នុងរូបភាពបានទេ។ សូមថតរូបឲ្យច្បាស់ និងជិតជាងនេះ ដោយមានកូដទាំងមូល។
error-qr-render-failed = មិនអាចបង្កើតរូបភាព QR បានទេ។ នេះជាកំហុសរបស់ Carnet សូមរាយការណ៍វា។
