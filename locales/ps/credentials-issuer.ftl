# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = د نورو خلکو مهارتونه لاسلیک کړئ، د روزونکي، کارګمارونکي، مرکز، کالج یا همکار په توګه.
cli-cmd-issuer-init = د صادروونکي په توګه خپله د لاسلیک کیلي جوړه کړئ. په پټه جمله قلف ده.
cli-cmd-issuer-show = د صادروونکي نوم، ډول او عامه کیلي وښیئ. پټې جملې ته اړتیا نشته.
cli-cmd-issuer-revoke = یو سند چې تاسو لاسلیک کړی، د هغه د شمېرې په مرسته بېرته واخلئ.
cli-cmd-issuer-status-list = د هغو سندونو لاسلیک شوی لېست ولیکئ چې بېرته مو اخیستي، څو کتونکو ته یې ورکړئ.
cli-cmd-endorse = هغه غوښتنه لاسلیک کړئ چې یو چا درکړې، او هغه سند ولیکئ چې بېرته یې ورکوئ.
cli-cmd-trust = وټاکئ چې د QR کوډ د کتلو پر مهال د چا پر لاسلیکونو باور کوئ.
cli-cmd-trust-anchor = د باور لنګرونه: هغه شبکې یا ادارې چې د صادروونکو تضمین کوي.
cli-cmd-trust-anchor-init = د باور لنګر په توګه د لاسلیک کیلي جوړه کړئ، څو د صادروونکو تضمین وکړئ.
cli-cmd-trust-anchor-show = د خپل باور لنګر نوم او عامه کیلي وښیئ.
cli-cmd-trust-anchor-add = پر هغو لېستونو باور وکړئ چې د دې باور لنګر کیلي لاسلیک کړي.
cli-cmd-trust-bundle = د باور لنګر په توګه، د هغو صادروونکو لېست لاسلیک کړئ چې تضمینوئ یې.
cli-cmd-trust-import = د باور وړ صادروونکو لاسلیک شوی لېست له فایل څخه زیات کړئ.
cli-cmd-trust-list = هغه صادروونکي وښیئ چې باور پرې لرئ، او هر لېست څومره زوړ دی.
cli-cmd-revocation = د هغو سندونو لېستونه چې صادروونکو بېرته اخیستي.
cli-cmd-revocation-import = د یو صادروونکي د بېرته اخیستل شویو سندونو لاسلیک شوی لېست زیات کړئ.
cli-cmd-verify = د Carnet QR کوډ وګورئ: هر مهارت چا لاسلیک کړی، او ایا لا هم معتبر دی.

## Help: what to give

cli-arg-issuer-name = ستاسو نوم یا ستاسو د ادارې نوم، لکه څنګه چې خلک یې باید وویني.
cli-arg-issuer-country = ستاسو هېواد، په دوو تورو، لکه KE یا PT.
cli-arg-issuer-kind = تاسو څوک یاست: trainer، employer، centre، college یا colleague.
cli-arg-revoke-index = د هغه سند شمېره چې بېرته اخیستل کېږي.
cli-arg-cred-out = هغه فایل چې لیکل کېږي.
cli-arg-endorse-request = هغه غوښتنه چې شخص درکړې: فایل (request.cbor)، د هغې د QR کوډ انځور (PNG یا JPEG)، یا متني فایل چې متن یې په CNR1: پیلېږي
cli-arg-endorse-text = د غوښتنې متن، چې په CNR1: پیلېږي، که شخص په پیغام کې لېږلی وي. د فایل پر ځای.
cli-arg-endorse-assessed-by = تاسو مهارت څنګه وکوت: observation، test، document یا interview.
cli-arg-endorse-expires = وروستۍ ورځ چې سند معتبر وي، لکه 2027-05-14. پرته له دې، پای نه لري.
cli-arg-endorse-valid-days = سند له نن څخه څو ورځې معتبر وي.
cli-arg-anchor-name = د باور لنګر نوم، لکه څنګه چې خلک یې باید وویني.
cli-arg-anchor-key = د باور لنګر عامه کیلي: ۶۴ توري او عددونه.
cli-arg-bundle-issuer = د صادروونکي فایل، له carnet issuer show --json څخه. د هر صادروونکي لپاره یو ځل یې ورکړئ.
cli-arg-trust-file = د باور لېست فایل (.cbor).
cli-arg-status-file = د صادروونکي د لېست فایل (.cbor).
cli-arg-verify-image = د QR کوډ انځور: PNG، JPEG یا WebP.
cli-arg-verify-text = د QR کوډ متن، چې په CN1: پیلېږي
cli-arg-verify-nonce = هغه شمېره چې تاسو له شخص وغوښتل چې په کوډ کې یې واچوي (hex).
cli-arg-verify-audience = هغه نوم چې تاسو له شخص وغوښتل چې په کوډ کې یې واچوي.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = د { $name } لپاره ستاسو د صادروونکي کیلي چمتو ده. خپله پټه جمله خوندي وساتئ: پرته له هغې لاسلیک نشئ کولای.
issuer-label-name = نوم:
issuer-label-country = هېواد:
issuer-label-kind = ډول:
issuer-label-public-key = عامه کیلي:
issuer-label-kid = د کیلي نښه:
issuer-label-issued = ورکړل شوې شمېرې:
issuer-label-revoked = بېرته اخیستل شوي:
issuer-revoked = د { $index } شمېرې سند بېرته واخیستل شو.
issuer-already-revoked = د { $index } شمېرې سند دمخه بېرته اخیستل شوی و.
issuer-revoked-next-step = کتونکي دا یوازې ستاسو له راتلونکي لېست څخه زده کوي: د carnet issuer status-list --out list.cbor په مرسته یې ولیکئ، بیا فایل هغوی ته ورکړئ.
issuer-status-list-written = { $count ->
    [one] لېست په { $path } کې دی. ۱ بېرته اخیستل شوی سند پکې دی.
   *[other] لېست په { $path } کې دی. { $count } بېرته اخیستل شوي سندونه پکې دي.
}

endorse-intro = { $count ->
    [one] تاسو د هغه شخص لپاره چې کیلي یې { $holder } ده، ۱ ثبت لاسلیک کوئ:
   *[other] تاسو د هغه شخص لپاره چې کیلي یې { $holder } ده، { $count } ثبتونه لاسلیک کوئ:
}
endorse-entry = { $title } ({ $kind }، کچه { $level }، { $dates })
endorse-untitled = (سرلیک نشته)
endorse-how-observation = تاسو وایئ چې تاسو هغوی د کار پر مهال لیدلي.
endorse-how-test = تاسو وایئ چې هغوی ازموینه بریالۍ کړې.
endorse-how-document = تاسو وایئ چې تاسو یو سند کتلی.
endorse-how-interview = تاسو وایئ چې تاسو دا په مرکه کې کتلي.
endorse-expires-on = تر { $date } پورې معتبر دی.
endorse-no-expiry = پای نه لري.
endorse-written = { $count ->
    [one] لاسلیک شو. { $path } بېرته شخص ته ورکړئ. د هغه شمېره { $first } ده.
   *[other] لاسلیک شو. { $path } بېرته شخص ته ورکړئ. د هغوی شمېرې له { $first } تر { $last } دي.
}

trust-anchor-added = اوس پر هغو لېستونو باور لرئ چې { $name } لاسلیک کړي (د کیلي نښه { $kid }).
trust-bundle-written = { $count ->
    [one] د ۱ صادروونکي لاسلیک شوی لېست په { $path } کې دی.
   *[other] د { $count } صادروونکو لاسلیک شوی لېست په { $path } کې دی.
}
trust-imported = { $count ->
    [one] د ۱ صادروونکي د باور لېست زیات شو، جوړ شوی په { $date }.
   *[other] د { $count } صادروونکو د باور لېست زیات شو، جوړ شوی په { $date }.
}
trust-list-empty = تاسو تر اوسه پر هېڅ صادروونکي باور نه لرئ. د carnet trust import په مرسته د باور لېست زیات کړئ.
trust-list-bundle = { $days ->
    [0] د { $anchor } د باور لېست، نن جوړ شوی ({ $date }):
    [one] د { $anchor } د باور لېست، ۱ ورځ مخکې جوړ شوی ({ $date }):
   *[other] د { $anchor } د باور لېست، { $days } ورځې مخکې جوړ شوی ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }، { $country }، د کیلي نښه { $kid }
revocation-imported = { $count ->
    [one] د { $name } لېست زیات شو، جوړ شوی په { $date }: ۱ سند بېرته اخیستل شوی.
   *[other] د { $name } لېست زیات شو، جوړ شوی په { $date }: { $count } سندونه بېرته اخیستل شوي.
}

## Errors of these commands

error-issuer-exists = په دې فولډر کې دمخه د صادروونکي کیلي شته. هېڅ بدل نه شو.
error-no-issuer = په دې فولډر کې تر اوسه د صادروونکي کیلي نشته. د carnet issuer init په مرسته یې جوړه کړئ.
error-issuer-damaged = په دې فولډر کې د صادروونکي کیلي خرابه شوې یا له خپلو جزئیاتو سره سمون نه خوري. له بیک اپ څخه کاپي بېرته راوړئ.
error-anchor-exists = په دې فولډر کې دمخه د باور لنګر کیلي شته. هېڅ بدل نه شو.
error-no-anchor = په دې فولډر کې تر اوسه د باور لنګر کیلي نشته. د carnet trust anchor init په مرسته یې جوړه کړئ.
error-anchor-damaged = په دې فولډر کې د باور لنګر کیلي خرابه شوې یا له خپلو جزئیاتو سره سمون نه خوري. له بیک اپ څخه کاپي بېرته راوړئ.
error-identity-too-new = دا کیلي د Carnet نوې نسخې جوړه کړې. د کارولو لپاره Carnet تازه کړئ.
error-storage-file = Carnet ونشو کولای { $path } ولیکي یا ولولي. وګورئ چې ځای شته او تاسو هلته د لیکلو اجازه لرئ. (د مرستندوی لپاره: { $reason })
error-file-too-big = { $path } د Carnet فایل لپاره ډېر لوی دی.
error-issuer-kind = «{ $value }» د صادروونکي ډول نه دی. trainer، employer، centre، college یا colleague ولیکئ.
error-assessed-by = «{ $value }» د کتلو لاره نه ده. observation، test، document یا interview ولیکئ.
error-expires-date = «{ $value }» ورځ نه ده. د کال-میاشت-ورځ په بڼه یې ولیکئ، لکه 2027-05-14.
error-expires-past = د پای ورځ باید له نن وروسته وي.
error-issuer-indexes-used-up = د دې صادروونکي کیلي خپلې ټولې شمېرې ورکړې دي. نوې د صادروونکي کیلي جوړه کړئ.
error-revoke-not-issued = تاسو د { $index } شمېرې سند لاسلیک کړی نه دی. ستاسو شمېرې له 0 څخه تر { $next } لاندې پورې دي.
error-anchor-name = نوم باید له ۱ تر ۱۰۰ تورو وي.
error-anchor-known = تاسو دمخه پر دې باور لنګر باور لرئ (د کیلي نښه { $kid }).
error-issuer-file = { $path } د صادروونکي فایل نه دی. له صادروونکي د carnet issuer show --json پایله وغواړئ.
error-trust-bundle-not-newer = تاسو دمخه دا د باور لېست یا له همدې باور لنګر څخه نوی لرئ. هېڅ بدل نه شو.
error-status-list-not-newer = تاسو دمخه له دې صادروونکي نوی لېست لرئ. هېڅ بدل نه شو.
error-status-list-issuer-unknown = دا لېست له داسې صادروونکي دی چې تاسو تر اوسه پرې باور نه لرئ (د کیلي نښه { $kid }). لومړی هغه د باور لېست وارد کړئ چې د هغه نوم پکې وي.
error-verifier-damaged = ستاسو ساتل شوي د باور لېستونه خراب شوي یا بدل شوي. بیا یې وارد کړئ.
error-verify-nonce = «{ $value }» په hex کې شمېره نه ده، لکه 3fa9.
error-verify-got-request = دا د یو چا د ثبتونو د تایید غوښتنه ده (متن یې په CNR1: پیلېږي)، نه هغه کوډ چې مهارتونه ښیي. هېڅ ونه کتل شو. تایید کوونکی یې په دې لاسلیک کوي: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = دا هغه کوډ دی چې د یو چا مهارتونه ښیي (متن یې په CN1: پیلېږي)، نه د هغوی د تایید غوښتنه. هېڅ لاسلیک نه شو. د کتلو لپاره، ولیکئ: carnet verify PICTURE، یا carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = د باور لېست خراب شوی یا د باور لېست نه دی.
error-trust-bundle-wrong-file = دا د Carnet بل ډول فایل دی، د باور لېست نه دی.
error-trust-bundle-newer-version = دا د باور لېست د Carnet نوې نسخې جوړ کړی. د لوستلو لپاره Carnet تازه کړئ.
error-trust-bundle-unknown-anchor = دا د باور لېست د داسې باور لنګر لاسلیک شوی چې تاسو پرې باور نه لرئ (د کیلي نښه { $kid }). که یې پېژنئ، لومړی یې د carnet trust anchor add په مرسته زیات کړئ.
error-trust-bundle-bad-signature = پر دې د باور لېست لاسلیک سمون نه خوري. فایل بدل شوی یا خراب شوی.
error-trust-bundle-invalid = د باور لېست یو ارزښت نشي کارېدای ({ $field }).
error-trust-bundle-too-large = د باور لېست ډېر لوی دی.
error-status-list-malformed = لېست خراب شوی یا د بېرته اخیستل شویو سندونو لېست نه دی.
error-status-list-wrong-file = دا د Carnet بل ډول فایل دی، د بېرته اخیستل شویو سندونو لېست نه دی.
error-status-list-newer-version = دا لېست د Carnet نوې نسخې جوړ کړی. د لوستلو لپاره Carnet تازه کړئ.
error-status-list-wrong-issuer = دا لېست د بل صادروونکي دی ({ $found }، نه { $expected }).
error-status-list-bad-signature = پر دې لېست لاسلیک سمون نه خوري. فایل بدل شوی یا خراب شوی.
error-status-list-invalid = د لېست یو ارزښت نشي کارېدای ({ $field }).
error-status-list-too-large = لېست ډېر لوی دی.
