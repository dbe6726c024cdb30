# Review status: machine-drafted, needs review by a native speaker.
# The app: opening the logbook with a short PIN on this device, its setting, and its errors.

## Settings

app-pin-title = បើកដោយ PIN
app-pin-intro = PIN គឺជាលេខខ្លីមួយដែលបើកសៀវភៅកំណត់ត្រារបស់អ្នកតែនៅលើឧបករណ៍នេះប៉ុណ្ណោះ។ ពាក្យសម្ងាត់របស់អ្នកនៅតែប្រើបាន ហើយឧបករណ៍ផ្សេងទៀតនៅតែត្រូវការវា។
app-pin-unavailable = ឧបករណ៍នេះគ្មានកន្លែងមានសុវត្ថិភាពសម្រាប់រក្សា PIN ទេ។ សូមបើកសៀវភៅកំណត់ត្រាដោយពាក្យសម្ងាត់របស់អ្នក។
app-pin-on = PIN បើកសៀវភៅកំណត់ត្រារបស់អ្នកនៅលើឧបករណ៍នេះ។
app-pin-new = PIN ថ្មី (លេខ 6 ដល់ 12 ខ្ទង់)
app-pin-again = វាយ PIN ម្ដងទៀត
app-pin-set = ប្រើ PIN នេះ
app-pin-set-done = PIN របស់អ្នករួចរាល់ហើយ។ លើកក្រោយ សូមបើកសៀវភៅកំណត់ត្រាដោយវា។
app-pin-remove = ឈប់ប្រើ PIN
app-pin-removed = PIN ត្រូវបានបិទ។ សូមបើកសៀវភៅកំណត់ត្រាដោយពាក្យសម្ងាត់របស់អ្នក។
app-pin-mismatch = PIN ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយម្ដងទៀត។

## Unlock

app-pin = PIN
app-pin-unlock = បើកដោយ PIN របស់ខ្ញុំ
app-pin-use-passphrase = ប្រើពាក្យសម្ងាត់ជំនួសវិញ
app-pin-use-pin = ប្រើ PIN របស់ខ្ញុំ

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN មានលេខ 6 ដល់ 12 ខ្ទង់ ហើយគ្មានអ្វីផ្សេងទៀតទេ។
error-pin-wrong = PIN នេះមិនត្រឹមត្រូវទេ។ { $left ->
   *[other] អាចសាកល្បងបាន { $left } ដងទៀត បន្ទាប់មកអ្នកត្រូវការពាក្យសម្ងាត់។
}
error-pin-locked = PIN ខុសច្រើនដងពេក ដូច្នេះ PIN ត្រូវបានបិទ។ សូមបើកសៀវភៅកំណត់ត្រាដោយពាក្យសម្ងាត់របស់អ្នក។ បន្ទាប់មកអ្នកអាចបង្កើត PIN ថ្មីបាន។
error-pin-none = គ្មាន PIN នៅលើឧបករណ៍នេះទេ។ សូមបើកសៀវភៅកំណត់ត្រាដោយពាក្យសម្ងាត់របស់អ្នក។
error-pin-keystore = កន្លែងផ្ទុកមានសុវត្ថិភាពរបស់ឧបករណ៍នេះមិនបានឆ្លើយតប ដូច្នេះមិនអាចប្រើ PIN ឥឡូវនេះបានទេ។ សូមបើកសៀវភៅកំណត់ត្រាដោយពាក្យសម្ងាត់របស់អ្នក។
