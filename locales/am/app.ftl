# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = ቋንቋዎን ይምረጡ
app-continue = ይቀጥሉ

## First run: making a passphrase

app-create-title = መዝገብዎን ይጠብቁ
app-create-intro = የይለፍ ቃል ይምረጡ። የሚያውቁት እርስዎ ብቻ ነዎት። Carnet መዝገብዎን በከፈቱ ቁጥር ይጠይቅዎታል።
app-passphrase = የይለፍ ቃል
app-passphrase-again = እንደገና ይጻፉት
app-passphrase-show = አሳይ
app-passphrase-hide = ደብቅ
app-strength-too-short = በጣም አጭር፤ ቢያንስ { $min } ፊደላት ይጠቀሙ።
app-strength-weak = ደካማ፤ ጥቂት ቃላት በአንድ ላይ ለማስታወስ ቀላል፣ ለመገመት ደግሞ ከባድ ናቸው።
app-strength-fair = ጥሩ። ረዘም ያለ ደግሞ የበለጠ አስተማማኝ ነው።
app-strength-strong = ጠንካራ።
app-passphrase-mismatch = ሁለቱ የይለፍ ቃላት አንድ አይደሉም። እንደገና ይጻፏቸው።
app-create = መዝገቤን ፍጠር
app-working = እባክዎ ይጠብቁ…
app-back = ተመለስ

## Unlock

app-unlock-title = መዝገብዎን ይክፈቱ
app-unlock = ክፈት
app-lock = ቆልፍ

## The logbook

app-logbook-title = መዝገቤ
app-logbook-empty = መዝገብዎ ባዶ ነው። የሚችሉትን ነገር ያክሉ።
app-add = አክል
app-kind-skill = ክህሎቶች
app-kind-qualification = ብቃቶች
app-kind-experience = የሥራ ልምድ
app-kind-language = ቋንቋዎች
app-kind-learning = ኮርሶች
app-self-declared = በራሴ የተገለጸ
app-show-more = { $count ->
    [one] 1 ተጨማሪ አሳይ
   *[other] { $count } ተጨማሪ አሳይ
}
app-endorsed = የተረጋገጠ

## Adding an entry

app-add-title = ወደ መዝገቤ አክል
app-add-kind = ምንድን ነው?
app-add-title-label = ስም
app-add-title-hint = ለምሳሌ፦ ብየዳ፣ የጭነት መኪና መንዳት፣ ዐረብኛ
app-add-level = ደረጃ
app-level-none = ደረጃ የለም
app-level-basic = መሠረታዊ
app-level-intermediate = መካከለኛ
app-level-advanced = ከፍተኛ
app-level-expert = ባለሙያ
app-level-eqf = ደረጃ { $level }
app-save = አስቀምጥ
app-cancel = ሰርዝ

## Moving around

app-settings = ቅንብሮች
app-sync = ማመሳሰል
app-edit = ቀይር
app-remove = አስወግድ

## The logbook: search and filter

app-search = ፈልግ
app-search-hint = አንድ ቃል ይጻፉ፣ ለምሳሌ፦ ብየዳ
app-stage-filter = የጉዞዎ ምዕራፍ
app-stage-any = ሁሉም ምዕራፎች
app-stage-recruitment = ቅጥር
app-stage-pre-departure = ከመነሳት በፊት
app-stage-arrival = መድረስ
app-stage-career = ሥራ ላይ
app-stage-return = መመለስ
app-search-none = የሚዛመድ የለም። ሌላ ቃል ወይም ሌላ ምዕራፍ ይሞክሩ።

## Changing and removing an entry

app-edit-title = ይህን ግቤት ይቀይሩ
app-stages = የጉዞዎ ምዕራፎች
app-remove-confirm = “{ $title }” ከመዝገብዎ ይወገድ? ይህ ሊቀለበስ አይችልም።
app-remove-yes = አዎ፣ ያስወግዱት

## Settings

app-settings-title = ቅንብሮች
app-settings-language = ቋንቋ
app-settings-lock = ከዚህ በኋላ ቆልፍ
app-lock-minutes = { $minutes ->
    [one] ጥቅም ላይ ሳይውል { $minutes } ደቂቃ
   *[other] ጥቅም ላይ ሳይውል { $minutes } ደቂቃዎች
}
app-settings-passphrase = የይለፍ ቃል ቀይር
app-passphrase-current = የአሁኑ የይለፍ ቃል
app-passphrase-new = አዲስ የይለፍ ቃል
app-passphrase-change = የይለፍ ቃል ቀይር
app-passphrase-changed = የይለፍ ቃልዎ ተቀይሯል። ከአሁን ጀምሮ አዲሱን ይጠቀሙ።
app-about = ስለ Carnet
app-locked-idle = ለተወሰነ ጊዜ ማንም ስላልተጠቀመበት Carnet መዝገብዎን ቆልፎታል። በይለፍ ቃልዎ እንደገና ይክፈቱት።

## Sync with a hub

app-sync-title = ከማዕከላዊ ማከማቻ ጋር ማመሳሰል
app-sync-intro = ማዕከላዊ ማከማቻ (hub) የተቆለፈ የመዝገብዎን ቅጂ ይይዛል፣ ስለዚህ በሌላ ስልክ ላይ ሊጠቀሙበት ይችላሉ። ማዕከላዊ ማከማቻው ሊያነበው አይችልም።
app-hub-address = የማዕከላዊ ማከማቻ አድራሻ
app-hub-address-hint = ለምሳሌ፦ https://hub.example.org
app-hub-save = አድራሻውን አስቀምጥ
app-sync-now = አሁን አመሳስል
app-sync-never = ገና አልተመሳሰለም።
app-sync-last = መጨረሻ የተመሳሰለው፦ { $when }
app-sync-pending = { $count ->
    [0] ለመላክ የሚጠብቅ የለም።
    [one] { $count } ለውጥ ለመላክ ይጠብቃል።
   *[other] { $count } ለውጦች ለመላክ ይጠብቃሉ።
}
app-sync-sending = በመላክ ላይ
app-sync-receiving = በመቀበል ላይ
app-sync-photos = ፎቶዎች
app-sync-done = ማመሳሰሉ ተጠናቋል።

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = መዝገብዎ ተቆልፏል። በይለፍ ቃልዎ ይክፈቱት፣ ከዚያ እንደገና ይሞክሩ።
error-unknown-language = Carnet { $tag } የሚለው ቋንቋ የለውም። ከዝርዝሩ አንዱን ይምረጡ።

## Settings: how the screens look

app-settings-display = Carnet እንዴት እንደሚታይ
app-high-contrast = ጠንካራ ንፅፅር (ጥቁር በነጭ ላይ)
app-text-size = የጽሑፍ መጠን
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = ያዳምጡ

## Two languages at once

app-dual-language = በተጨማሪ በዚህ አሳይ
app-dual-none = ሁለተኛ ቋንቋ የለም
