# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = ቋንቋኹም ምረጹ
app-continue = ቀጽሉ

## First run: making a passphrase

app-create-title = መዝገብኩም ሓልዉ
app-create-intro = ምስጢራዊ ቃል ምረጹ። ንስኹም ጥራይ ኢኹም እትፈልጥዎ። Carnet መዝገብኩም ኣብ እትኸፍትሉ ግዜ ኩሉ ይሓትተኩም።
app-passphrase = ምስጢራዊ ቃል
app-passphrase-again = እንደገና ጽሓፍዎ
app-passphrase-show = ኣርእዩ
app-passphrase-hide = ሕብኡ
app-strength-too-short = ኣዝዩ ሓጺር፡ እንተወሓደ { $min } ፊደላት ተጠቐሙ።
app-strength-weak = ድኹም፡ ሓያሎ ቃላት ብሓባር ንምዝካር ቀሊል፡ ንምግማት ድማ ከቢድ እዩ።
app-strength-fair = ጽቡቕ። ዝነውሐ ካብኡ ዝያዳ ውሑስ እዩ።
app-strength-strong = ሓያል።
app-passphrase-mismatch = እቶም ክልተ ምስጢራዊ ቃላት ሓደ ኣይኮኑን። እንደገና ጽሓፍዎም።
app-create = መዝገበይ ይፈጠር
app-working = በጃኹም ተጸበዩ…
app-back = ተመለሱ

## Unlock

app-unlock-title = መዝገብኩም ክፈቱ
app-unlock = ክፈቱ
app-lock = ዕጸዉ

## The logbook

app-logbook-title = መዝገበይ
app-logbook-empty = መዝገብኩም ባዶ እዩ። እትኽእልዎ ነገር ወስኹ።
app-add = ወስኹ
app-kind-skill = ክእለታት
app-kind-qualification = ብቕዓታት
app-kind-experience = ናይ ስራሕ ተሞክሮ
app-kind-language = ቋንቋታት
app-kind-learning = ኮርሳት
app-self-declared = ባዕለይ ዝበልክዎ
app-show-more = { $count ->
    [one] 1 ተወሳኺ ኣርኢ
   *[other] { $count } ተወሳኺ ኣርኢ
}
app-endorsed = ዝተፈረመ

## Adding an entry

app-add-title = ናብ መዝገበይ ወስኽ
app-add-kind = እንታይ እዩ?
app-add-title-label = ስም
app-add-title-hint = ንኣብነት፦ ብየዳ፡ ምዝዋር ከባድ መኪና፡ ዓረብኛ
app-add-level = ደረጃ
app-level-none = ደረጃ የለን
app-level-basic = መሰረታዊ
app-level-intermediate = ማእከላይ
app-level-advanced = ላዕለዋይ
app-level-expert = ክኢላ
app-level-eqf = ደረጃ { $level }
app-save = ዓቕቡ
app-cancel = ሰርዙ

## Moving around

app-settings = ቅጥዕታት
app-sync = ምምስሳል
app-edit = ቀይሩ
app-remove = ኣልግሱ

## The logbook: search and filter

app-search = ድለዩ
app-search-hint = ቃል ጽሓፉ፡ ንኣብነት፦ ብየዳ
app-stage-filter = ደረጃ ጉዕዞኹም
app-stage-any = ኩሎም ደረጃታት
app-stage-recruitment = ምቑጻር
app-stage-pre-departure = ቅድሚ ምብጋስ
app-stage-arrival = ምብጻሕ
app-stage-career = ምስራሕ
app-stage-return = ምምላስ
app-search-none = ዝሰማማዕ የለን። ካልእ ቃል ወይ ካልእ ደረጃ ፈትኑ።

## Changing and removing an entry

app-edit-title = ነዚ ምዝገባ ቀይሩ
app-stages = ደረጃታት ጉዕዞኹም
app-remove-confirm = “{ $title }” ካብ መዝገብኩም ይእለ ድዩ? እዚ ክምለስ ኣይክእልን እዩ።
app-remove-yes = እወ፡ ኣልግስዎ

## Settings

app-settings-title = ቅጥዕታት
app-settings-language = ቋንቋ
app-settings-lock = ድሕሪ እዚ ይዓጾ
app-lock-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ ከይተጠቐምኩሉ
   *[other] { $minutes } ደቓይቕ ከይተጠቐምኩሉ
}
app-settings-passphrase = ምስጢራዊ ቃል ቀይሩ
app-passphrase-current = ህሉው ምስጢራዊ ቃል
app-passphrase-new = ሓድሽ ምስጢራዊ ቃል
app-passphrase-change = ምስጢራዊ ቃል ቀይሩ
app-passphrase-changed = ምስጢራዊ ቃልኩም ተቐይሩ። ካብ ሕጂ ንደሓር ነቲ ሓድሽ ተጠቐሙ።
app-about = ብዛዕባ Carnet
app-locked-idle = ንሓጺር ግዜ ዝተጠቐመሉ ሰብ ስለ ዘይነበረ Carnet መዝገብኩም ዓጽዩዎ። ብምስጢራዊ ቃልኩም እንደገና ክፈትዎ።

## Sync with a hub

app-sync-title = ምስ ማእከላዊ መኽዘን ኣመሳስሉ
app-sync-intro = ማእከላዊ መኽዘን (hub) ዝተዓጸወ ቅዳሕ መዝገብኩም ይሕዝ፡ ስለዚ ኣብ ካልእ ተሌፎን ክትጥቀሙሉ ትኽእሉ። እቲ ማእከላዊ መኽዘን ከንብቦ ኣይክእልን።
app-hub-address = ኣድራሻ ማእከላዊ መኽዘን
app-hub-address-hint = ንኣብነት፦ https://hub.example.org
app-hub-save = ኣድራሻ ዓቕቡ
app-sync-now = ሕጂ ኣመሳስሉ
app-sync-never = ገና ኣይተመሳሰለን።
app-sync-last = ናይ መወዳእታ ምምስሳል፦ { $when }
app-sync-pending = { $count ->
    [0] ክለኣኽ ዝጽበ የለን።
    [one] { $count } ለውጢ ክለኣኽ ይጽበ ኣሎ።
   *[other] { $count } ለውጥታት ክለኣኹ ይጽበዩ ኣለዉ።
}
app-sync-sending = ይለኣኽ ኣሎ
app-sync-receiving = ይቕበል ኣሎ
app-sync-photos = ስእልታት
app-sync-done = ምምስሳል ተወዲኡ።

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = መዝገብኩም ተዓጽዩ ኣሎ። ብምስጢራዊ ቃልኩም ክፈትዎ፡ ድሕሪኡ እንደገና ፈትኑ።
error-unknown-language = Carnet ቋንቋ { $tag } የብሉን። ካብቲ ዝርዝር ሓደ ምረጹ።

## Settings: how the screens look

app-settings-display = ትርኢት Carnet
app-high-contrast = ሓያል ፍልልይ ሕብሪ (ጸሊም ኣብ ጻዕዳ)
app-text-size = ዓቐን ጽሑፍ
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = ስምዑ

## Two languages at once

app-dual-language = ብተወሳኺ ብዚ ኣርኢ
app-dual-none = ካልኣይ ቋንቋ የለን
