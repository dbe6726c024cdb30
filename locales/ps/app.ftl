# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = خپله ژبه وټاکئ
app-continue = مخته

## First run: making a passphrase

app-create-title = خپله کتابچه خوندي کړئ
app-create-intro = یوه پټه جمله وټاکئ. یوازې تاسو یې پېژنئ. Carnet هر ځل چې خپله کتابچه پرانیزئ، دا پوښتي.
app-passphrase = پټه جمله
app-passphrase-again = بیا یې ولیکئ
app-passphrase-show = ښکاره کړه
app-passphrase-hide = پټه کړه
app-strength-too-short = ډېره لنډه ده: لږ تر لږه { $min } توري وکاروئ.
app-strength-weak = کمزورې: څو کلمې یو ځای په یادولو کې اسانه او په اټکل کې ګرانې دي.
app-strength-fair = ښه ده. اوږده جمله لا خوندي ده.
app-strength-strong = پیاوړې.
app-passphrase-mismatch = دواړه پټې جملې یو شان نه دي. بیا یې ولیکئ.
app-create = زما کتابچه جوړه کړه
app-working = لطفاً انتظار وکړئ…
app-back = شاته

## Unlock

app-unlock-title = خپله کتابچه پرانیزئ
app-unlock = پرانیزه
app-lock = بنده کړه

## The logbook

app-logbook-title = زما کتابچه
app-logbook-empty = ستاسو کتابچه خالي ده. هغه څه ور زیات کړئ چې تاسو یې کولای شئ.
app-add = زیاتول
app-kind-skill = مهارتونه
app-kind-qualification = سندونه
app-kind-experience = د کار تجربه
app-kind-language = ژبې
app-kind-learning = کورسونه
app-self-declared = پخپله ویلي
app-show-more = { $count ->
    [one] ۱ نور وښیه
   *[other] { $count } نور وښیه
}
app-endorsed = تایید شوی

## Adding an entry

app-add-title = زما کتابچې ته زیاتول
app-add-kind = دا څه دی؟
app-add-title-label = نوم
app-add-title-hint = د بېلګې په توګه: ویلډینګ، د لارۍ چلول، عربي
app-add-level = کچه
app-level-none = کچه نشته
app-level-basic = لومړنۍ
app-level-intermediate = منځنۍ
app-level-advanced = پرمختللې
app-level-expert = ماهر
app-level-eqf = کچه { $level }
app-save = ساتل
app-cancel = لغوه

## Moving around

app-settings = تنظیمات
app-sync = همغږي
app-edit = بدلول
app-remove = لرې کول

## The logbook: search and filter

app-search = لټون
app-search-hint = یوه کلمه ولیکئ، د بېلګې په توګه: ویلډ
app-stage-filter = ستاسو د سفر پړاو
app-stage-any = ټول پړاوونه
app-stage-recruitment = استخدام
app-stage-pre-departure = له تګ مخکې
app-stage-arrival = رسېدل
app-stage-career = کار
app-stage-return = بېرته ستنېدل
app-search-none = هېڅ شی سمون نه خوري. بله کلمه یا بل پړاو وازمویئ.

## Changing and removing an entry

app-edit-title = دا ثبت بدل کړئ
app-stages = ستاسو د سفر پړاوونه
app-remove-confirm = «{ $title }» له خپلې کتابچې لرې کوئ؟ دا بېرته نه راګرځي.
app-remove-yes = هو، لرې یې کړه

## Settings

app-settings-title = تنظیمات
app-settings-language = ژبه
app-settings-lock = بندېدل وروسته له
app-lock-minutes = { $minutes ->
    [one] { $minutes } دقیقې پرته له کارونې
   *[other] { $minutes } دقیقو پرته له کارونې
}
app-settings-passphrase = پټه جمله بدلول
app-passphrase-current = اوسنۍ پټه جمله
app-passphrase-new = نوې پټه جمله
app-passphrase-change = پټه جمله بدلول
app-passphrase-changed = ستاسو پټه جمله بدله شوه. له اوس وروسته نوې وکاروئ.
app-about = د Carnet په اړه
app-locked-idle = Carnet ستاسو کتابچه بنده کړه، ځکه چې د یو څه وخت لپاره چا نه کاروله. په خپله پټه جمله یې بیا پرانیزئ.

## Sync with a hub

app-sync-title = له هب سره همغږي
app-sync-intro = هب ستاسو د کتابچې یوه قلف شوې کاپي ساتي، څو یې په بل موبایل کې وکاروئ. هب یې نشي لوستلای.
app-hub-address = د هب پته
app-hub-address-hint = د بېلګې په توګه: https://hub.example.org
app-hub-save = پته وساته
app-sync-now = اوس همغږي کړه
app-sync-never = تر اوسه همغږي شوې نه ده.
app-sync-last = وروستۍ همغږي: { $when }
app-sync-pending = { $count ->
    [0] هېڅ شی د لېږلو انتظار نه باسي.
    [one] { $count } بدلون د لېږلو انتظار باسي.
   *[other] { $count } بدلونونه د لېږلو انتظار باسي.
}
app-sync-sending = لېږل
app-sync-receiving = ترلاسه کول
app-sync-photos = انځورونه
app-sync-done = همغږي پای ته ورسېده.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = ستاسو کتابچه بنده ده. په خپله پټه جمله یې پرانیزئ، بیا هڅه وکړئ.
error-unknown-language = Carnet د { $tag } ژبه نه لري. له لېست څخه یوه وټاکئ.

## Settings: how the screens look

app-settings-display = Carnet څنګه ښکاري
app-high-contrast = تېز توپیر (تور پر سپین)
app-text-size = د متن اندازه
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = واورئ

## Two languages at once

app-dual-language = په دې ژبه هم وښیه
app-dual-none = دویمه ژبه نشته
