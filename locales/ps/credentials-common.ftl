# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] دا غوښتنه خرابه شوې، یا د Carnet غوښتنه نه ده. بیا یې وغواړئ.
        [credential] دا سند فایل خراب شوی، یا د Carnet سند نه دی. له هغه چا وغواړئ چې ستاسو ثبتونه یې تایید کړي چې بیا یې درولېږي.
       *[other] دا خراب شوی، یا د Carnet فایل نه دی.
    }
error-credential-wrong-file = { $expected ->
        [request] دا د Carnet غوښتنه نه ده: دا د Carnet بل ډول فایل دی. غوښتنه د carnet request په مرسته جوړېږي.
        [credential] دا د Carnet سند نه دی: دا د Carnet بل ډول فایل دی. وګورئ چې هغه فایل مو ټاکلی چې د تایید کوونکي شخص درکړی.
       *[other] دا د Carnet بل ډول فایل دی. وګورئ چې سم فایل مو ټاکلی.
    }
error-credential-newer-version = { $what ->
        [request] دا غوښتنه د Carnet نوې نسخې جوړه کړې.
        [credential] دا سند د Carnet نوې نسخې جوړ کړی.
        [text] دا کوډ د Carnet نوې نسخې جوړ کړی.
       *[other] دا د Carnet نوې نسخې جوړ کړی.
    } Carnet تازه کړئ، بیا هڅه وکړئ.
error-credential-invalid-field = یو ارزښت نشي کارېدای ({ $field }): ډېر اوږد دی یا په سمه بڼه نه دی. هېڅ ونه لیکل شو.
error-credential-entry-count = یوه غوښتنه له ۱ تر { $max } ثبتونه لري، نه { $found }. د زیاتو د تایید لپاره، دوه غوښتنې جوړې کړئ.
error-credential-invalid-key = دا سمه عامه کیلي نه ده. وګورئ چې بشپړه کاپي شوې وي.
error-credential-bad-signature = پر دې سند لاسلیک سمون نه خوري: له لاسلیک وروسته بدل یا خراب شوی. هېڅ ونه ساتل شو. فایل بیا وغواړئ.
error-credential-not-yours = دا سند د بل چا د کتابچې لپاره جوړ شوی، نه ستاسو. هېڅ ونه ساتل شو. ډاډ ترلاسه کړئ چې خپل فایل مو ترلاسه کړی.
error-credential-no-such-entry = په دې سند کې { $index } ثبت نشته.
error-credential-duplicate-entry = { $index } ثبت دوه ځله ټاکل شوی.
error-credential-wrong-prefix = دا متن د Carnet کوډ نه دی: په CN1: (د کتلو لپاره مهارتونه) یا CNR1: (د تایید غوښتنه) نه پیلېږي.
error-credential-base45 = په متن کې داسې توري دي چې د Carnet کوډ یې نشي لرلای. ښايي پرې شوی یا غلط لیکل شوی وي.
error-credential-zlib = کوډ پرې شوی یا خراب شوی.
error-credential-too-large = کوډ د Carnet کوډ لپاره ډېر لوی دی.

## QR codes

error-qr-not-alphanumeric = په متن کې داسې توري دي چې د Carnet QR کوډ یې نشي ساتلای. دا په Carnet کې تېروتنه ده؛ لطفاً خبر یې کړئ.
error-qr-too-large = دا د یو QR کوډ لپاره ډېر دی: { $chars } توري، او هغه QR کوډ چې موبایلونه یې ښه لولي (نسخه { $version }، کچه { $ec }) { $capacity } ساتي. هېڅ ونه لیکل شو. { $what ->
        [request] په یو ځل لږ ثبتونه وغواړئ، یا غوښتنه په داسې فایل کې ولیکئ چې په .cbor پای ته رسېږي.
       *[other] لږ ثبتونه وټاکئ، یا د --fields په مرسته لږې برخې وښیئ.
    }
error-qr-bad-version = د QR کوډ دا اندازه نشته.
error-qr-bad-module-size = د ټکي دا اندازه ممکنه نه ده.
error-qr-not-an-image = فایل داسې انځور نه دی چې Carnet یې ولولي. PNG، JPEG یا WebP وکاروئ.
error-qr-image-too-large = انځور ډېر لوی دی ({ $width } × { $height } پکسله). کوچنی یې کړئ او بیا هڅه وکړئ.
error-qr-not-found = په انځور کې هېڅ QR کوډ ونه لوستل شو. روښانه او نږدې عکس واخلئ، چې ټول کوډ پکې وي.
error-qr-render-failed = د QR انځور جوړ نه شو. دا په Carnet کې تېروتنه ده؛ لطفاً خبر یې کړئ.
