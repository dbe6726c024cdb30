# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்
app-continue = தொடரவும்

## First run: making a passphrase

app-create-title = உங்கள் பதிவேட்டைப் பாதுகாக்கவும்
app-create-intro = ஒரு கடவுச்சொல்லைத் தேர்ந்தெடுங்கள். அது உங்களுக்கு மட்டுமே தெரியும். நீங்கள் பதிவேட்டைத் திறக்கும் ஒவ்வொரு முறையும் Carnet அதைக் கேட்கும்.
app-passphrase = கடவுச்சொல்
app-passphrase-again = மீண்டும் தட்டச்சு செய்யுங்கள்
app-passphrase-show = காட்டு
app-passphrase-hide = மறை
app-strength-too-short = மிகவும் சிறியது: குறைந்தது { $min } எழுத்துகளைப் பயன்படுத்துங்கள்.
app-strength-weak = பலவீனமானது: சில சொற்களை ஒன்றாகச் சேர்த்தால் நினைவில் வைக்க எளிது, ஊகிக்கக் கடினம்.
app-strength-fair = நல்லது. இன்னும் நீளமானது இன்னும் பாதுகாப்பானது.
app-strength-strong = வலுவானது.
app-passphrase-mismatch = இரண்டு கடவுச்சொற்களும் ஒன்றாக இல்லை. மீண்டும் தட்டச்சு செய்யுங்கள்.
app-create = என் பதிவேட்டை உருவாக்கு
app-working = தயவுசெய்து காத்திருங்கள்…
app-back = பின்செல்

## Unlock

app-unlock-title = உங்கள் பதிவேட்டைத் திறக்கவும்
app-unlock = திற
app-lock = பூட்டு

## The logbook

app-logbook-title = என் பதிவேடு
app-logbook-empty = உங்கள் பதிவேடு காலியாக உள்ளது. உங்களால் செய்ய முடிந்த ஒன்றைச் சேருங்கள்.
app-add = சேர்
app-kind-skill = திறன்கள்
app-kind-qualification = தகுதிகள்
app-kind-experience = பணி அனுபவம்
app-kind-language = மொழிகள்
app-kind-learning = பாடநெறிகள்
app-self-declared = நானே சொன்னது
app-show-more = { $count ->
    [one] மேலும் 1 காட்டு
   *[other] மேலும் { $count } காட்டு
}
app-endorsed = உறுதிப்படுத்தப்பட்டது

## Adding an entry

app-add-title = என் பதிவேட்டில் சேர்
app-add-kind = இது என்ன?
app-add-title-label = பெயர்
app-add-title-hint = எடுத்துக்காட்டு: வெல்டிங், லாரி ஓட்டுதல், அரபு
app-add-level = நிலை
app-level-none = நிலை இல்லை
app-level-basic = அடிப்படை
app-level-intermediate = இடைநிலை
app-level-advanced = மேம்பட்டது
app-level-expert = நிபுணர்
app-level-eqf = நிலை { $level }
app-save = சேமி
app-cancel = ரத்துசெய்

## Moving around

app-settings = அமைப்புகள்
app-sync = ஒத்திசை
app-edit = மாற்று
app-remove = நீக்கு

## The logbook: search and filter

app-search = தேடு
app-search-hint = ஒரு சொல்லைத் தட்டச்சு செய்யுங்கள், எடுத்துக்காட்டு: வெல்ட்
app-stage-filter = உங்கள் பயணத்தின் கட்டம்
app-stage-any = எல்லா கட்டங்களும்
app-stage-recruitment = ஆட்சேர்ப்பு
app-stage-pre-departure = புறப்படும் முன்
app-stage-arrival = வருகை
app-stage-career = பணி
app-stage-return = திரும்புதல்
app-search-none = எதுவும் பொருந்தவில்லை. வேறு சொல் அல்லது வேறு கட்டத்தை முயலுங்கள்.

## Changing and removing an entry

app-edit-title = இந்தப் பதிவை மாற்று
app-stages = உங்கள் பயணத்தின் கட்டங்கள்
app-remove-confirm = “{ $title }” ஐ உங்கள் பதிவேட்டிலிருந்து நீக்கவா? இதைத் திரும்பப் பெற முடியாது.
app-remove-yes = ஆம், நீக்கு

## Settings

app-settings-title = அமைப்புகள்
app-settings-language = மொழி
app-settings-lock = பூட்டும் நேரம்
app-lock-minutes = { $minutes ->
    [one] பயன்படுத்தாமல் { $minutes } நிமிடம்
   *[other] பயன்படுத்தாமல் { $minutes } நிமிடங்கள்
}
app-settings-passphrase = கடவுச்சொல்லை மாற்று
app-passphrase-current = தற்போதைய கடவுச்சொல்
app-passphrase-new = புதிய கடவுச்சொல்
app-passphrase-change = கடவுச்சொல்லை மாற்று
app-passphrase-changed = உங்கள் கடவுச்சொல் மாற்றப்பட்டது. இனி புதியதைப் பயன்படுத்துங்கள்.
app-about = Carnet பற்றி
app-locked-idle = சிறிது நேரம் யாரும் பயன்படுத்தாததால் Carnet உங்கள் பதிவேட்டைப் பூட்டியது. உங்கள் கடவுச்சொல்லால் மீண்டும் திறக்கவும்.

## Sync with a hub

app-sync-title = சர்வருடன் ஒத்திசை
app-sync-intro = சர்வர் உங்கள் பதிவேட்டின் பூட்டிய நகலை வைத்திருக்கும், அதனால் அதை வேறு தொலைபேசியிலும் பயன்படுத்தலாம். சர்வரால் அதைப் படிக்க முடியாது.
app-hub-address = சர்வர் முகவரி
app-hub-address-hint = எடுத்துக்காட்டு: https://hub.example.org
app-hub-save = முகவரியைச் சேமி
app-sync-now = இப்போது ஒத்திசை
app-sync-never = இன்னும் ஒத்திசைக்கப்படவில்லை.
app-sync-last = கடைசி ஒத்திசைவு: { $when }
app-sync-pending = { $count ->
    [0] அனுப்ப எதுவும் காத்திருக்கவில்லை.
    [one] { $count } மாற்றம் அனுப்பக் காத்திருக்கிறது.
   *[other] { $count } மாற்றங்கள் அனுப்பக் காத்திருக்கின்றன.
}
app-sync-sending = அனுப்புகிறது
app-sync-receiving = பெறுகிறது
app-sync-photos = படங்கள்
app-sync-done = ஒத்திசைவு முடிந்தது.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = உங்கள் பதிவேடு பூட்டப்பட்டுள்ளது. உங்கள் கடவுச்சொல்லால் திறந்து, மீண்டும் முயலுங்கள்.
error-unknown-language = Carnet இல் { $tag } மொழி இல்லை. பட்டியலிலிருந்து ஒன்றைத் தேர்ந்தெடுங்கள்.

## Settings: how the screens look

app-settings-display = Carnet எப்படித் தெரிகிறது
app-high-contrast = வலுவான வேறுபாடு (வெள்ளையில் கருப்பு)
app-text-size = எழுத்து அளவு
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = கேள்

## Two languages at once

app-dual-language = இதிலும் காட்டு
app-dual-none = இரண்டாவது மொழி இல்லை
