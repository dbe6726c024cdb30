# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = بله وسیله زیاته کړئ
app-pair-intro = خپله کتابچه په خپل بل موبایل یا کمپیوټر کې واچوئ. دواړه وسیلې هب ته اړتیا لري.
app-pair-start = بله وسیله زیاته کړئ
app-pair-passphrase = د وسیلې د زیاتولو لپاره، خپله پټه جمله ولیکئ.
app-pair-show = کوډ وښیه
app-pair-scan = په نوې وسیله کې «کتابچې سره یوځای شئ» وټاکئ، بیا دا مربع کوډ سکن کړئ یا د هغه لاندې متن ولیکئ.
app-pair-qr-alt = مربع کوډ چې په نوې وسیله سکن شي
app-pair-code-label = کوډ د متن په بڼه
app-pair-expires = کوډ د نورو { $time } لپاره کار کوي.
app-pair-waiting = د نوې وسیلې انتظار…
app-pair-request = «{ $name }» ستاسو کتابچه غواړي.
app-pair-compare = ایا نوې وسیله همدا کوډ ښیي؟
app-pair-approve = هو، اجازه ورکړه
app-pair-refuse = نه
app-pair-approved = «{ $name }» اوس ستاسو کتابچه لري. له همغږۍ وروسته د وسیلو په لېست کې ښکاري.
app-pair-refused = تاسو نه وویل. «{ $name }» هېڅ ترلاسه نه کړل.
app-pair-again = نوی کوډ وښیه

## Sync screen: the devices of this logbook

app-devices-title = ستاسو وسیلې
app-devices-none = تر اوسه هېڅ وسیلې دا کتابچه همغږي کړې نه ده. همغږي یې کړئ، او دا وسیله به دلته ښکاره شي.
app-devices-this = دا وسیله
app-devices-added = زیاته شوې { $date }
app-devices-removed = لرې شوې { $date }
app-devices-remove = لرې کول
app-devices-remove-confirm = «{ $name }» لرې کوئ؟ دا هغه وخت وکاروئ چې موبایل ورک، پلورل شوی یا چا ته ورکړل شوی وي.
app-devices-remove-consequences = هغه څه چې دمخه یې لري ساتي یې، خو هغه څه چې تاسو له اوس وروسته زیاتوئ نشي ترلاسه کولای. ستاسو کتابچه نوې کیلي اخلي، او ستاسو نورې وسیلې یې د همغږۍ پر مهال ترلاسه کوي. د هغې وسیلې د بیا کارولو لپاره، بیا یې زیاته کړئ.
app-devices-remove-yes = هو، لرې یې کړه
app-devices-removed-done = «{ $name }» لرې شوه. ستاسو کتابچه اوس نوې کیلي لري، چې هغه وسیله یې نه لري.
app-devices-new-sheet = ستاسو د بیا راګرځولو پاڼه زړه کیلي لري. همدا اوس په تنظیماتو کې نوې جوړه کړئ، او زړه له منځه یوسئ.

## First run: another way to start

app-start-other = ایا دمخه کتابچه لرئ؟
app-start-join = له بلې وسیلې یوځای شئ
app-start-recover = د پاڼې په مرسته یې بېرته راوګرځوئ

## First run: joining a logbook from another device

app-join-title = کتابچې سره یوځای شئ
app-join-intro = په خپله بله وسیله کې همغږي پرانیزئ او «بله وسیله زیاته کړئ» وټاکئ. هغه یو کوډ ښیي.
app-join-code = کوډ (په CNP1: پیلېږي)
app-join-code-hint = کوډ دلته ولګوئ یا یې ولیکئ
app-join-picture = د کوډ انځور پرانیزئ
app-join-name = د دې وسیلې لپاره یو نوم
app-join-name-default = زما نوې وسیله
app-join-passphrase = د دې وسیلې لپاره پټه جمله وټاکئ
app-join-send = مخته
app-join-check = ستاسو بله وسیله باید همدا کوډ وښیي. هلته اجازه ورکړئ.
app-join-waiting = د بلې وسیلې د اجازې انتظار…
app-join-copying = ستاسو کتابچه کاپي کېږي…

## First run: recovering a logbook with a recovery sheet

app-recover-title = خپله کتابچه بېرته راوګرځوئ
app-recover-intro = خپله د بیا راګرځولو پاڼه او پټه جمله وکاروئ. Carnet ستاسو کتابچه له هب څخه بېرته راوړي.
app-recover-by-words = ۱۲ کلمې ولیکئ
app-recover-by-code = مربع کوډ وکاروئ
app-recover-words = ۱۲ کلمې، په ترتیب سره
app-recover-words-hint = کلمه۱ کلمه۲ کلمه۳ …
app-recover-hub = په پاڼه کې د هب پته
app-recover-code = د مربع کوډ متن (په CNS1: پیلېږي)
app-recover-picture = د پاڼې انځور پرانیزئ
app-recover-passphrase = ستاسو پټه جمله (هغه چې مخکې مو کاروله)
app-recover-start = زما کتابچه بېرته راوګرځوه

## Reading a square code from a picture

app-picture-read = کوډ له انځور څخه ولوستل شو.
app-scan-camera = په کمرې سکن کړئ
error-camera-scan = هېڅ کوډ ونه لوستل شو. که Carnet کمره نشي کارولای، د خپل موبایل په تنظیماتو کې اجازه ورکړئ. تاسو د کوډ انځور هم پرانیستلای شئ.

## Settings: the recovery sheet

app-sheet-title = د بیا راګرځولو پاڼه
app-sheet-intro = د بیا راګرځولو پاڼه یوه کاغذ ده چې ۱۲ کلمې او یو مربع کوډ لري. که دا موبایل ورک کړئ، پاڼه او ستاسو پټه جمله ستاسو کتابچه په نوي موبایل کې بېرته راوړي. پاڼه خوندي وساتئ، له خپل موبایل څخه لرې. خپله پټه جمله ورسره مه ساتئ.
app-sheet-replaces = نوې پاڼه د زړې ځای نیسي: زړه پاڼه نور کار نه کوي.
app-sheet-needs-hub = پاڼه هب کاروي. لومړی د همغږۍ په پاڼه کې د هب پته ولیکئ.
app-sheet-passphrase = د پاڼې جوړولو لپاره خپله پټه جمله ولیکئ
app-sheet-format = داسې یې وساتئ
app-sheet-pdf = PDF، د چاپ لپاره
app-sheet-png = انځور
app-sheet-make = د بیا راګرځولو پاڼه جوړه کړئ
app-sheet-saved = ستاسو د بیا راګرځولو پاڼه په { $path } کې خوندي شوه. چاپ یې کړئ، یا لاندې کلمې ولیکئ، او کاغذ خوندي وساتئ.
app-sheet-english = پاڼه په انګرېزي ده: Carnet لا نشي کولای ستاسو د ژبې توري پرې ولیکي.
app-sheet-words = ستاسو ۱۲ کلمې

## Settings: export and import

app-export-title = صادرول او واردول
app-export-intro = صادرول ستاسو ټوله کتابچه په یوه فایل کې ساتي، چې وې ساتئ یا یې هغه چا ته ورکړئ چې تاسو یې غوره کوئ.
app-export-consent = دا فایل ستاسو کتابچه د لوستلو وړ بڼه لري: ستاسو په پټه جمله قلف نه دی. هر څوک چې دا فایل ترلاسه کړي، ټول یې لوستلای شي. انځورونه په فایل کې نشته.
app-export-agree = پوه شوم. فایل وساته
app-export = صادرول
app-export-saved = { $count ->
    [one] { $count } ثبت په { $path } کې وساتل شو.
   *[other] { $count } ثبتونه په { $path } کې وساتل شول.
}
app-import-intro = واردول هغه څه چې په صادر شوي فایل کې دي دې کتابچې ته زیاتوي. ستاسو له کتابچې هېڅ نه ړنګېږي.
app-import = فایل وارد کړئ
app-import-added = { $count ->
    [0] نوي ثبتونه نشته.
    [one] { $count } نوی ثبت زیات شو.
   *[other] { $count } نوي ثبتونه زیات شول.
}
app-import-updated = { $count ->
    [0] هېڅ ثبت بدل نه شو.
    [one] { $count } ثبت بدل شو.
   *[other] { $count } ثبتونه بدل شول.
}
app-import-unchanged = { $count ->
    [0] هېڅ ثبت دمخه همداسې نه و.
    [one] { $count } ثبت دمخه همداسې و.
   *[other] { $count } ثبتونه دمخه همداسې وو.
}
app-import-profile = ستاسو پروفایل تازه شو.
app-import-missing-photos = { $count ->
    [one] { $count } انځور چې په فایل کې یې نوم راغلی، په دې وسیله کې نشته.
   *[other] { $count } انځورونه چې په فایل کې یې نومونه راغلي، په دې وسیله کې نشته.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ستاسو د بیا راګرځولو پاڼه لا هم کار کوي، ستاسو د نوې پټې جملې سره.
app-passphrase-sheet-not-updated = ستاسو د بیا راګرځولو پاڼه په هب کې تازه نه شوه. تر هغه چې نوې جوړه کړئ، زړې پټې جملې ته اړتیا لري. کله چې وصل شوئ، نوې پاڼه جوړه کړئ.

## This device's name

app-device-name = د دې وسیلې نوم
app-device-name-hint = هغه نوم چې ستاسو نورې وسیلې یې د دې لپاره ښیي، د بېلګې په توګه «د امینې موبایل».
app-device-name-saved = وساتل شو. ستاسو نورې وسیلې یې د دې وسیلې له همغږۍ وروسته ښیي.
