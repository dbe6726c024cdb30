# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = د باور لېستونه
app-trust-title = د باور لېستونه
app-trust-intro = د باور لېست له هغې شبکې راځي چې تاسو یې پېژنئ، د بېلګې په توګه د روزنیزو مرکزونو یوه ډله. په هغه کې هغه کالجونه، مرکزونه او کارګمارونکي راغلي چې شبکه یې تضمینوي. هغه کوډ چې د دوی یو یې لاسلیک کړی وي، کتل شوی ښکاري.
app-trust-warning = یوازې پر هغې شبکې باور وکړئ چې کیلي یې مو له پخپله شبکې اخیستې وي: مخامخ، د هغې پر خپله کاغذ، یا د هغې له خپلې وېبپاڼې. هر څوک چې دلته کیلي واچوي، جعلي کوډونه کتل شوي ښودلای شي.

## What is held

app-trust-held = دا وسیله پر څه باور لري
app-trust-none = دا وسیله تر اوسه پر هېڅ شبکې باور نه لري. لاسلیک شوي کوډونه ښیي «لاسلیک شوی، خو د داسې صادروونکي له خوا نه چې تاسو پرې باور لرئ».
app-trust-kid = د کیلي نښه: { $kid }
app-trust-no-list = له دې شبکې تر اوسه د باور لېست نشته. د هغې فایل لاندې زیات کړئ.
app-trust-list-line = د { $date } د باور لېست ({ $days ->
    [0] نن
    [one] ۱ ورځ زوړ
   *[other] { $days } ورځې زوړ
}): { $count ->
    [one] ۱ ځای
   *[other] { $count } ځایونه
}
app-trust-status-held = بېرته اخیستل شوي تاییدونه
app-trust-status-line = { $name }: د { $date } لېست ({ $days ->
    [0] نن
    [one] ۱ ورځ زوړ
   *[other] { $days } ورځې زوړ
}), { $count ->
    [0] هېڅ بېرته نه دي اخیستل شوي
    [one] ۱ بېرته اخیستل شوی
   *[other] { $count } بېرته اخیستل شوي
}

## Stop trusting a network

app-trust-remove = باور ودروئ
app-trust-remove-confirm = پر { $name } باور ودروئ؟ هغه کوډونه چې د هغې د لېست ځایونو لاسلیک کړي، نور به کتل شوي نه ښکاري. وروسته کولای شئ شبکه بیا زیاته کړئ.
app-trust-remove-yes = هو، باور ودروه
app-trust-removed = تاسو نور پر { $name } باور نه لرئ.

## Trust a network

app-trust-add-title = پر شبکې باور وکړئ
app-trust-add-hint = د شبکې کیلي او نوم ولیکئ یا یې ولګوئ، یا هغه فایل پرانیزئ چې شبکې درکړی.
app-trust-key = د شبکې کیلي (۶۴ توري او عددونه)
app-trust-name = د شبکې نوم
app-trust-from-file = د شبکې د کیلي فایل پرانیزئ
app-trust-add = پر دې شبکې باور وکړه
app-trust-added = اوس پر { $name } باور لرئ. اوس د هغې د باور لېست زیات کړئ.


## Files

app-trust-bundle-title = د باور لېست زیات کړئ
app-trust-bundle-hint = یو فایل چې په .cbor پای ته رسېږي او شبکې درکړی. نوی فایل د زاړه ځای نیسي.
app-trust-bundle-open = د باور لېست فایل پرانیزئ
app-trust-bundle-done = د { $name } د باور لېست زیات شو ({ $date }): { $count ->
    [one] ۱ ځای
   *[other] { $count } ځایونه
}.
app-trust-status-title = د بېرته اخیستل شویو تاییدونو لېست زیات کړئ
app-trust-status-hint = کالج یا مرکز کولای شي هغه تایید بېرته واخلي چې په غلطۍ یې کړی وي. د هغه لېست دې وسیلې ته وایي چې کوم یو.
app-trust-status-open = د لېست فایل پرانیزئ
app-trust-status-done = د { $name } لېست زیات شو ({ $date }): { $count ->
    [0] هېڅ بېرته نه دي اخیستل شوي
    [one] ۱ تایید بېرته اخیستل شوی
   *[other] { $count } تاییدونه بېرته اخیستل شوي
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = دا فایل د شبکې د کیلي فایل نه دی. هغه فایل پرانیزئ چې شبکې درکړی، یا کیلي ولیکئ.
error-app-anchor-invalid-key = دا د شبکې کیلي نه ده. کیلي دقیقاً ۶۴ توري (a تر f) او عددونه لري. وګورئ چې بشپړه کاپي شوې وي.
error-app-anchor-name = شبکې ته له ۱ تر ۱۰۰ تورو پورې نوم ورکړئ.
error-app-anchor-known = تاسو دمخه پر دې شبکې باور لرئ (د کیلي نښه { $kid }). هېڅ بدل نه شو.
error-app-trust-bundle-malformed = دا فایل د باور لېست نه دی، یا خراب شوی. هېڅ بدل نه شو.
error-app-trust-bundle-wrong-file = دا د Carnet بل ډول فایل دی، د باور لېست نه دی. هېڅ بدل نه شو.
error-app-trust-bundle-newer-version = دا د باور لېست د Carnet نوې نسخې جوړ کړی. د لوستلو لپاره Carnet تازه کړئ.
error-app-trust-bundle-unknown-anchor = دا د باور لېست له هغې شبکې راغلی چې تاسو پرې باور نه لرئ (د کیلي نښه { $kid }). لومړی پر شبکې باور وکړئ، بیا یې لېست بیا زیات کړئ.
error-app-trust-bundle-bad-signature = پر دې د باور لېست لاسلیک سمون نه خوري: فایل بدل شوی یا خراب شوی. هېڅ بدل نه شو. له شبکې څخه بیا فایل وغواړئ.
error-app-trust-bundle-invalid = دا د باور لېست نشي کارېدای. هېڅ بدل نه شو. له شبکې څخه بیا فایل وغواړئ.
error-app-trust-bundle-too-large = دا فایل د باور لېست لپاره ډېر لوی دی. هېڅ بدل نه شو.
error-app-trust-bundle-not-newer = تاسو دمخه دا د باور لېست یا له همدې شبکې نوی لېست لرئ. هېڅ بدل نه شو.
error-app-status-list-malformed = دا فایل د بېرته اخیستل شویو تاییدونو لېست نه دی، یا خراب شوی. هېڅ بدل نه شو.
error-app-status-list-wrong-file = دا د Carnet بل ډول فایل دی، د بېرته اخیستل شویو تاییدونو لېست نه دی. هېڅ بدل نه شو.
error-app-status-list-newer-version = دا لېست د Carnet نوې نسخې جوړ کړی. د لوستلو لپاره Carnet تازه کړئ.
error-app-status-list-wrong-issuer = دا لېست د بل لاسلیک کوونکي دی ({ $found }، نه { $expected }). هېڅ بدل نه شو.
error-app-status-list-bad-signature = پر دې لېست لاسلیک سمون نه خوري: فایل بدل شوی یا خراب شوی. هېڅ بدل نه شو.
error-app-status-list-invalid = دا لېست نشي کارېدای. هېڅ بدل نه شو. فایل بیا وغواړئ.
error-app-status-list-too-large = دا فایل د بېرته اخیستل شویو تاییدونو د لېست لپاره ډېر لوی دی. هېڅ بدل نه شو.
error-app-status-list-issuer-unknown = دا لېست له داسې لاسلیک کوونکي راغلی چې ستاسو په هېڅ د باور لېست کې نشته (د کیلي نښه { $kid }). لومړی هغه د باور لېست زیات کړئ چې د هغه نوم پکې دی.
error-app-status-list-not-newer = تاسو دمخه له دې لاسلیک کوونکي نوی لېست لرئ. هېڅ بدل نه شو.
error-app-verifier-write = Carnet ونشو کولای فایل په { $path } کې وساتي. وګورئ چې وسیله ځای لري. (د مرستندوی لپاره: { $reason })
