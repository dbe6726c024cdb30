# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = پټه جمله سمه نه ده. وګورئ یې او بیا هڅه وکړئ. لوی او کوچني توري توپیر لري.
error-too-many-attempts = { $minutes ->
    [one] ډېرې غلطې پټې جملې. ۱ دقیقه انتظار وباسئ، بیا هڅه وکړئ.
   *[other] ډېرې غلطې پټې جملې. { $minutes } دقیقې انتظار وباسئ، بیا هڅه وکړئ.
}
error-passphrase-too-short = دا پټه جمله ډېره لنډه ده. لږ تر لږه { $min } توري وکاروئ.

## The logbook files

error-no-logbook = په دې فولډر کې تر اوسه کتابچه نشته. لومړی یوه جوړه کړئ، یا هغه فولډر وټاکئ چې ستاسو کتابچه پکې ده.
error-already-exists = په دې فولډر کې دمخه کتابچه شته. هېڅ بدل نه شو.
error-damaged-key-file = ستاسو د کتابچې کیلي خرابه شوې یا نشته، نو نشي پرانیستل کېدای. له بیک اپ څخه کاپي بېرته راوړئ، یا له هغې وسیلې چې له دې سره مو جوړه کړې.
error-damaged-database = ستاسو کتابچه خرابه شوې، نو نشي پرانیستل کېدای. له بیک اپ څخه کاپي بېرته راوړئ، یا له هغې وسیلې چې له دې سره مو جوړه کړې.
error-too-new = { $what ->
    [export-file] دا فایل د Carnet نوې نسخې جوړ کړی. Carnet تازه کړئ، بیا هڅه وکړئ.
    [taxonomy] د ESCO هغه معلومات چې له Carnet سره راغلي، د Carnet د نوې نسخې دي. Carnet تازه کړئ، بیا هڅه وکړئ.
   *[other] ستاسو کتابچه د Carnet نوې نسخې ساتلې ده. Carnet تازه کړئ، بیا هڅه وکړئ.
}
error-disk-full = ډیسک ډک دی. هېڅ شی ورک نه شو. یو څه ځای خالي کړئ، د بېلګې په توګه د زړو فایلونو په ړنګولو، بیا هڅه وکړئ.
error-io = Carnet ونشو کولای ستاسو د کتابچې فایلونه ولولي یا ولیکي. وګورئ چې فولډر شته او تاسو پکې د لیکلو اجازه لرئ، بیا هڅه وکړئ.
error-internal = په Carnet کې دننه یو څه خراب شول. دا د Carnet تېروتنه ده، نه ستاسو. لطفاً هغو خلکو ته ووایئ چې Carnet جوړوي.

## Entries

error-not-found = هېڅ ثبت د «{ $id }» id نه لري. id وګورئ او بیا هڅه وکړئ.
error-ambiguous-id = له یوه زیات ثبتونه په «{ $id }» پیلېږي. د id نور توري ولیکئ.

## Values the person typed

error-invalid-kind = «{ $value }» د ثبت ډول نه دی. skill، qualification، experience، language یا learning وکاروئ.
error-invalid-date = «{ $value }» نېټه نه ده. کال (2019)، میاشت (2019-05) یا ورځ (2019-05-14) ولیکئ.
error-invalid-level = { $kind ->
    [language] «{ $value }» د ژبې کچه نه ده. A1، A2، B1، B2، C1 یا C2 وکاروئ.
    [qualification] «{ $value }» د سند کچه نه ده. له 1 تر 8 پورې شمېره وکاروئ (EQF).
    [learning] «{ $value }» د کورس کچه نه ده. له 1 تر 8 پورې شمېره وکاروئ (EQF).
    [eqf] «{ $value }» EQF کچه نه ده. له 1 تر 8 پورې شمېره وکاروئ.
   *[other] «{ $value }» کچه نه ده. basic، intermediate، advanced یا expert وکاروئ.
}
error-invalid-country = «{ $value }» د هېواد کوډ نه دی. دوه توري وکاروئ، د بېلګې په توګه SY، AF، ER یا DE.
error-invalid-language = «{ $value }» د ژبې کوډ نه دی. لنډ کوډ وکاروئ، د بېلګې په توګه ar، fa-AF یا en.
error-invalid-esco = «{ $value }» د ESCO پته نه ده. په http://data.europa.eu/esco/ پیلېږي
error-invalid-isco = «{ $value }» د ISCO-08 د دندې کوډ نه دی. له 1 تر 4 عددونه وکاروئ، د بېلګې په توګه 7212.
error-invalid-proficiency = «{ $value }» کچه نه ده. basic، intermediate، advanced یا expert وکاروئ.
error-invalid-context = «{ $value }» د زده کړې لاره نه ده. formal، non-formal یا informal وکاروئ.
error-invalid-stage = «{ $value }» پړاو نه دی. recruitment، pre-departure، arrival، career یا return وکاروئ.
error-invalid-field = «{ $value }» داسې شی نه دی چې بدل یې کړای شئ. له دې څخه یو وکاروئ: { $expected }.
error-empty-field = { $field ->
    [title] سرلیک خالي دی. لنډ سرلیک ولیکئ.
   *[other] { $field } خالي دی. پکې یو څه ولیکئ.
}
error-date-order = د پای نېټه { $to } د پیل له نېټې { $from } مخکې ده. دواړه نېټې وګورئ.
error-import-format = دا فایل د Carnet صادر شوی فایل نه دی، نو نشي لوستل کېدای. هغه فایل وټاکئ چې Carnet صادر کړی.

## Photos

error-evidence-not-an-image = دا فایل انځور نه دی. Carnet د JPEG، PNG او WebP انځورونه اخلي.
error-evidence-unsupported-format = دا د { $format } انځور دی، او Carnet یې نشي کارولای. د JPEG، PNG یا WebP په توګه یې وساتئ، بیا هڅه وکړئ.
error-evidence-damaged = انځور خراب شوی یا بشپړ نه دی. انځور بیا واخلئ یا یې وټاکئ.
error-evidence-too-large = انځور ډېر لوی دی ({ $width } × { $height } پکسله). انځور په ټیټ کیفیت واخلئ، یا کوچنۍ کاپي وټاکئ.
error-evidence-file-too-big = فایل ډېر لوی دی ({ $megabytes } MB). حد یې 32 MB دی. کوچنی فایل وټاکئ.
error-evidence-encode-failed = Carnet ونشو کولای انځور وساتي. لطفاً بیا هڅه وکړئ. که بیا پېښ شو، لطفاً هغو خلکو ته ووایئ چې Carnet جوړوي.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» د هب پته نه ده. د هب پته داسې ښکاري: http://192.168.1.10:8470. له مرکز یې وپوښتئ.
error-sync-no-hub = د دې کتابچې لپاره تر اوسه هب نه دی ټاکل شوی. له مرکز څخه د هغوی د هب پته وپوښتئ.
error-sync-unreachable = Carnet نشي کولای په { $url } کې هب ته ورسېږي. ستاسو کتابچه په دې وسیله کې خوندي ده. کله چې د مرکز له شبکې سره وصل شوئ، بیا هڅه وکړئ.
error-sync-refused = هب دا وسیله د دې کتابچې لپاره نه مني. که تاسو دا وسیله له خپلې کتابچې لرې کړې وي، دا طبیعي ده. که نه، له مرکز وپوښتئ.
error-sync-unknown-logbook = هب تر اوسه د دې کتابچې کاپي نه لري. لومړی هغه وسیله همغږي کړئ چې ستاسو کتابچه لري، بیا هڅه وکړئ.
error-sync-rate-limited = هب بوخت دی. { $seconds } ثانیې انتظار وباسئ، بیا هڅه وکړئ. ستاسو کتابچه په دې وسیله کې خوندي ده.
error-sync-hub-full = په هب کې ستاسو د کتابچې لپاره ځای نشته. ستاسو کتابچه په دې وسیله کې خوندي ده. له مرکز وپوښتئ.
error-sync-hub-error = هب ستونزه درلوده ({ $status } { $code }). ستاسو کتابچه په دې وسیله کې خوندي ده. وروسته بیا هڅه وکړئ، یا له مرکز وپوښتئ.
error-sync-protocol = هب داسې څه ولېږل چې د Carnet دا نسخه یې نشي لوستلای. ستاسو کتابچه په دې وسیله کې خوندي ده. Carnet تازه کړئ، یا له مرکز وپوښتئ.
error-sync-forged = هب داسې بدلون ولېږه چې خراب شوی یا د چا له خوا بدل شوی. Carnet هغه ونه کاراوه، او ستاسو کتابچه بدله نه شوه. مرکز ته ووایئ.
error-sync-incomplete = هب ټول هغه بدلونونه ونه لېږل چې باید یې لېږلي وای. Carnet هغه ونه کارول، او ستاسو کتابچه بدله نه شوه. وروسته بیا هڅه وکړئ، یا مرکز ته ووایئ.
error-sync-unknown-epoch = دا وسیله ستاسو د کتابچې نوې کیلي نه لري، نو هغه څه نشي لوستلای چې هب یې لري. که تاسو دا وسیله لرې کړې وي، دا طبیعي ده. که نه، بیا یې جوړه کړئ.
error-sync-rolled-back = هب ځینې معلومات له لاسه ورکړي. ستاسو کتابچه په دې وسیله کې بشپړه ده او بدله شوې نه ده. مرکز ته ووایئ.
error-sync-pairing-code = دا د جوړولو کوډ نه دی، یا یوه برخه یې نشته. کوډ بیا په خپله بله وسیله کې وښیئ، او ټول یې سکن کړئ یا ولیکئ.
error-sync-pairing-expired = د جوړولو دا کوډ ډېر زوړ دی. په خپله بله وسیله کې نوی کوډ وښیئ.
error-sync-pairing-taken = بلې وسیلې دمخه دې کوډ ته ځواب ورکړی. هېڅ شریک نه شو. په خپله بله وسیله کې نوی کوډ وښیئ او بیا هڅه وکړئ.
error-sync-pairing-refused = ستاسو بلې وسیلې دې جوړولو ته نه وویل. هېڅ شریک نه شو.
error-sync-remove-self = دا هغه وسیله ده چې تاسو یې کاروئ. د لرې کولو لپاره، دا کار له خپلې بلې وسیلې وکړئ.
error-sync-cancelled = تاسو د بلې وسیلې انتظار ودراوه. هېڅ شریک نه شو. کله چې دواړه وسیلې چمتو وې، بیا پیل کړئ.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = دا د Carnet د بیا راګرځولو پاڼې مربع کوډ نه دی، یا Carnet ټول ونشو لوستلای. د ټول کوډ روښانه عکس واخلئ، یا ۱۲ کلمې ولیکئ.
error-sync-recovery-words = { $problem ->
    [count] د بیا راګرځولو پاڼه ۱۲ کلمې لري؛ تاسو { $position } ورکړې. ټولې ۱۲ په ترتیب ولیکئ.
    [unknown] { $position } کلمه د بیا راګرځولو پاڼو کلمه نه ده. په پاڼه کې یې املا وګورئ.
   *[other] کلمې یو بل سره سمون نه خوري: یوه یې غلطه ده، یا دوه ځای بدل کړی. هره کلمه په پاڼه کې وګورئ.
}
error-sync-recovery-no-box = هب د دې بیا راګرځولو پاڼې لپاره هېڅ نه لري. ښايي نوې پاڼې یې ځای نیولی وي، یا پاڼه د بل هب ده. خپله تر ټولو نوې پاڼه وکاروئ.
error-sheet-write = Carnet ونشو کولای پاڼه په { $path } کې ولیکي. فولډر او خالي ځای وګورئ. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet خپل د ESCO معلوماتو فایل نشي موندلای ({ $path }). Carnet بیا نصب کړئ.
error-taxonomy-damaged = د Carnet د ESCO معلوماتو فایل خراب شوی ({ $reason }). Carnet بیا نصب کړئ.
error-unknown-concept = هېڅ ESCO مهارت یا دنده «{ $concept }» نه ده. د هغې پته د carnet esco search په مرسته ومومئ.
error-not-an-occupation = «{ $concept }» د ESCO مهارت دی، دنده نه ده. دنده د carnet esco search --kind occupation په مرسته ومومئ.

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet په دې انځور کې مربع کوډ ونه موند. د ټول کوډ روښانه عکس واخلئ، یا پر ځای یې کوډ ولیکئ.
error-save-file = Carnet ونشو کولای فایل په { $path } کې وساتي. خالي ځای وګورئ. ({ $reason })

## Voice notes

error-evidence-not-audio = دا فایل غږیز ثبت نه دی. Carnet د WebM، Ogg، MP4، M4A، AAC، MP3 او WAV غږیز فایلونه اخلي.
error-evidence-audio-is-video = دا فایل ویډیو ده. Carnet یوازې غږ ساتي. غږیز یادښت ثبت کړئ، یا غږیز فایل وټاکئ.
error-evidence-audio-too-big = غږیز فایل ډېر لوی دی ({ $megabytes } MB). حد یې 5 MB دی. لنډ غږیز یادښت ثبت کړئ.
error-evidence-audio-damaged = غږیز فایل خراب شوی یا بشپړ نه دی. بیا یې ثبت کړئ یا یې وټاکئ.
error-evidence-not-evidence = دا فایل نه انځور دی او نه غږیز ثبت. Carnet انځورونه (JPEG، PNG، WebP) او غږیز فایلونه (WebM، Ogg، MP4، M4A، AAC، MP3، WAV) اخلي.
error-microphone-denied = Carnet مایکروفون نشي کارولای. د خپل موبایل په تنظیماتو کې اجازه ورکړئ، یا غږیز فایل ور ونښلوئ.
error-microphone-failed = Carnet ونشو کولای ثبت وکړي. بیا هڅه وکړئ، یا غږیز فایل ور ونښلوئ.
error-recording-empty = هېڅ ثبت نه شو. بیا هڅه وکړئ او له تڼۍ کېکاږلو وروسته خبرې وکړئ.
error-evidence-missing = دا انځور یا غږیز یادښت تر اوسه په دې وسیله کې نشته ({ $sha }). د ترلاسه کولو لپاره همغږي وکړئ.
