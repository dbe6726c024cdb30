# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = یو فایل جوړ کړئ چې له روزونکي، کارګمارونکي یا مرکز څخه د ثبتونو د تایید غوښتنه کوي.
    .long = یوه غوښتنه جوړه کړئ چې له روزونکي، کارګمارونکي، مرکز، کالج یا همکار څخه غواړي چې ستاسو ځینې ثبتونه تایید ("endorse") کړي: یو فایل، یو QR کوډ (هغه نوم چې په .png یا .svg پای ته رسېږي) چې په موبایل کې یې وښیئ یا یې چاپ کړئ، یا د --text سره یو متن چې په پیغام کې یې ولېږئ. هغوی ته یې ورکړئ. هغوی یې لاسلیک کوي او تاسو ته د سند فایل درکوي، چې په دې یې ساتئ: carnet receive
cli-cmd-holder-receive = هغه سند وساتئ چې یو روزونکي، کارګمارونکي یا مرکز ستاسو لپاره لاسلیک کړی.
cli-cmd-holder-credentials = هغه سندونه لېست کړئ چې تاسو یې ساتئ، ثبت په ثبت. همدارنګه: carnet wallet
cli-cmd-holder-present = ټاکل شوي ثبتونه د یو QR کوډ په توګه وښیئ چې هر څوک یې پرته له انټرنېټ کتلای شي.
    .long = ټاکل شوي ثبتونه د یو QR کوډ په توګه وښیئ چې هر څوک یې پرته له انټرنېټ کتلای شي. تایید شوي ثبتونه د هغه چا سره ښودل کېږي چې تایید یې کړي؛ هغه ثبتونه چې د --self-declared سره ورکړل شوي، د یوازې ستاسو د ویلو په توګه ښودل کېږي. پر پرده کوډ ۲۴ ساعته کار کوي؛ د --print سره، ۵ کاله.
cli-cmd-holder-export = یو تایید شوی ثبت د W3C Verifiable Credential (Open Badges 3.0) په توګه د نورو اپونو لپاره ولیکئ.
    .long = یو تایید شوی ثبت د W3C Verifiable Credential 2.0 (یو Open Badges 3.0 بېج) په توګه ولیکئ، د هغه چا لاسلیک شوی چې تایید یې کړی، څو نور والټونه او اپونه یې وکتلای شي. پرته له --out پر پرده لیکل کېږي.

## Help: arguments

cli-arg-holder-request-ids = هغه ثبتونه چې تایید شي: د هغوی idګانې، یا د هر یوه لومړي 4 یا زیات توري. د idګانو د لیدلو لپاره، ولیکئ: carnet list
cli-arg-holder-request-out = غوښتنه چېرته ولیکل شي: هغه نوم چې په .png یا .svg پای ته رسېږي د QR کوډ انځور جوړوي؛ هر بل نوم، لکه request.cbor، یو فایل.
cli-arg-holder-request-text = د غوښتنې متن (په CNR1: پیلېږي) پر پرده ولیکه، څو په پیغام کې ولېږل شي.
cli-arg-holder-receive-file = هغه سند فایل چې تاسو ته درکړل شوی، د بېلګې په توګه credential.cbor.
cli-arg-holder-present-select = تایید شوي ثبتونه چې وښودل شي: د هغوی idګانې، یا د هر یوه لومړي 4 یا زیات توري.
cli-arg-holder-present-fields = د هر ثبت یوازې دا برخې وښیه، په کامو جلا، د بېلګې په توګه title,level. نورې پټې پاتې کېږي. برخې دا دي: kind، title، esco، entry-id، level، from، to، country، context، evidence، eqf. پرته له دې، هر څه ښودل کېږي.
cli-arg-holder-present-self-declared = هغه ثبتونه چې د یوازې ستاسو د ویلو په توګه وښودل شي، د چا له خوا تایید شوي نه.
cli-arg-holder-present-stage = دا د څه لپاره ښیئ: recruitment، pre-departure، arrival، career یا return. پرته له دې: recruitment.
cli-arg-holder-present-audience = دا چا ته ښیئ، که یې غوښتي وي چې نوم یې واخلئ، د بېلګې په توګه د یوې ادارې نوم.
cli-arg-holder-present-nonce = هغه کوډ چې کتونکي شخص درکړی، که یې درکړی وي (توري 0-9 او a-f).
cli-arg-holder-present-print = د کاغذ لپاره یې جوړ کړئ: کوډ د ګرېدو او قاتېدو په وړاندې ښه ټینګ دی، او د ۲۴ ساعتونو پر ځای ۵ کاله کار کوي.
cli-arg-holder-present-out = هغه انځور چې لیکل کېږي: هغه نوم چې په .png یا .svg پای ته رسېږي.
cli-arg-holder-present-text = د QR کوډ دننه متن هم ولیکه، څو په پیغام کې ولېږل شي.
cli-arg-holder-export-id = تایید شوی ثبت: د هغه id، یا د هغه لومړي 4 یا زیات توري.
cli-arg-holder-export-format = هغه بڼه چې لیکل کېږي. یوازې: vc (W3C Verifiable Credential، Open Badges 3.0).
cli-arg-holder-export-jwt = دا د لاسلیک شوي ټوکن (VC-JWT) په توګه ولیکه، د ثبوت سره د JSON پر ځای.
cli-arg-holder-export-out = هغه فایل چې لیکل کېږي، د بېلګې په توګه badge.json یا badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] دا غوښتنه د ۱ ثبت د تایید غوښتنه کوي.
       *[other] دا غوښتنه د { $count } ثبتونو د تایید غوښتنه کوي.
    } تایید کوونکی شخص به د هر یوه دا برخې ویني:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = غوښتنه په { $path } کې ولیکل شوه.
holder-request-next = فایل تایید کوونکي شخص ته ورکړئ. کله چې هغوی تاسو ته د سند فایل درکړ، ولیکئ: carnet receive FILE
holder-receive-done = وساتل شو: تایید کوونکی { $issuer }، { $kind }، { $country }. څنګه یې وکتل: { $assessed }.
holder-validity-until = صادر شوی په { $issued }. تر { $expires } پورې معتبر.
holder-validity-open = صادر شوی په { $issued }. د پای نېټه نه لري.
holder-wallet-empty = تاسو تر اوسه سندونه نه لرئ. د یوه د غوښتلو لپاره، ولیکئ: carnet request ID --out request.cbor
holder-wallet-damaged = یو سند چې نور نشي لوستل کېدای. له هغه چا یې نوی وغواړئ چې درکړی یې و.
holder-wallet-line-until = { $issuer } ({ $kind }، { $country }): صادر شوی { $issued }، تر { $expires } پورې معتبر
holder-wallet-line-open = { $issuer } ({ $kind }، { $country }): صادر شوی { $issued }، د پای نېټه نشته
holder-wallet-line-expired = { $issuer } ({ $kind }، { $country }): صادر شوی { $issued }، پای ته رسېدلی په { $expires }
holder-present-nothing = ووایئ چې څه وښودل شي: --select ID د تایید شویو ثبتونو لپاره، --self-declared ID د نورو لپاره.
holder-present-done = QR کوډ په { $path } کې ولیکل شو: { $endorsed } تایید شوي، { $declared } ستاسو ویلي.
holder-present-size = اندازه: QR نسخه { $version }، کچه { $ec }، { $chars } توري.
holder-present-expires = تر { $when } پورې کتل کېدای شي ({ $hours } ساعته).
holder-present-by-kid = د ځایولو لپاره، صادروونکي د لنډې نښې په مرسته نومول شوي. کتونکی یوازې هغه وخت پوهېږي چې هغوی څوک دي، که د باور وړ صادروونکو په لېست کې یې ولري.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = روزونکی
holder-issuer-kind-employer = کارګمارونکی
holder-issuer-kind-centre = مرکز
holder-issuer-kind-college = کالج
holder-issuer-kind-colleague = همکار (هغه شخص چې له تاسو سره یې کار کړی، نه یوه اداره)

## How they checked

holder-assessed-observation = دوی ستاسو کار ولید
holder-assessed-test = یوه ازموینه
holder-assessed-document = دوی یو سند وکوت
holder-assessed-interview = یوه مرکه

## Errors

error-holder-no-key = دا کتابچه د سندونو د لاسلیک لپاره کیلي نه لري. هېڅ بدل نه شو. لطفاً دا ستونزه خبر کړئ.
error-holder-write-file = { $path } فایل ونه لیکل شو: { $reason }. وګورئ چې فولډر شته او خالي ځای شته، بیا هڅه وکړئ.
error-holder-entry-unfit = "{ $title }" ثبت په سند کې نشي اچول کېدای: د هغه { $field } ډېر اوږد دی یا په سمه بڼه نه دی. د carnet edit په مرسته یې بدل کړئ، بیا هڅه وکړئ.
error-holder-unknown-field = "{ $value }" د ثبت داسې برخه نه ده چې وښودل شي. برخې دا دي: { $known }.
error-holder-credential-no-entries = { $path } سند نه وایي چې ستاسو کوم ثبتونه تاییدوي. هېڅ ونه ساتل شو. نوی وغواړئ چې د غوښتنې له فایل جوړ شوی وي: carnet request
error-holder-credential-entry-gone = { $path } سند داسې ثبت تاییدوي چې نور ستاسو په کتابچه کې نشته ({ $id }). هېڅ ونه ساتل شو. که مو په دې وسیله کې ړنګ کړی وي، د کتابچې له کاپي یې زیات کړئ، بیا هڅه وکړئ.
error-holder-credential-damaged = د "{ $title }" ثبت سند نور نشي لوستل کېدای. له هغه چا نوی وغواړئ چې تایید یې کړی.
error-holder-not-endorsed = "{ $title }" ثبت تر اوسه د چا له خوا تایید شوی نه دی. د --self-declared سره یې وښیئ، یا د تایید غوښتنه وکړئ: carnet request
error-holder-selected-twice = "{ $title }" ثبت هم د --select او هم د --self-declared سره ورکړل شوی. یو ځل یې ورکړئ.
error-holder-bad-stage = "{ $value }" پړاو نه دی. پړاوونه دا دي: recruitment، pre-departure، arrival، career، return.
error-holder-bad-audience = د لیدونکي نوم باید له ۱ تر ۱۰۰ تورو وي، په یوه کرښه.
error-holder-bad-nonce = "{ $value }" د کتونکي شخص کوډ نه دی: باید له ۲ تر ۱۲۸ توري 0-9 او a-f وي.
error-holder-bad-out = { $path } انځور باید داسې نوم ولري چې په .png یا .svg پای ته ورسېږي.
error-holder-no-vc = د "{ $title }" تایید د { $issuer } له خوا مخکې له هغه شوی چې Carnet یې د W3C سند په توګه ولیکلای شي، او یوازې هغوی یو لاسلیک کولای شي. ورڅخه وغواړئ چې بیا یې تایید کړي: نوې غوښتنه جوړه کړئ (carnet request ID --out request.cbor)، هغوی ته یې ورکړئ، او هغه فایل وساتئ چې بېرته یې درکوي (carnet receive FILE).
