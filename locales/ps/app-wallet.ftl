# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = زما تاییدونه
app-present = زما مهارتونه وښیه
app-verify = کوډ وګورئ

## Wallet

app-wallet-title = زما تاییدونه
app-wallet-intro = دا هغه مهارتونه دي چې یو چا ستاسو لپاره لاسلیک کړي. تاسو یې په QR کوډ ښودلای شئ.
app-wallet-empty = تر اوسه چا ستاسو لپاره هېڅ مهارت لاسلیک کړی نه دی. له یو روزونکي، کارګمارونکي یا مرکز وغواړئ چې ستاسو کار تایید کړي.
app-wallet-by = لاسلیک کوونکی: { $name } ({ $kind }، { $country })
app-wallet-issued = لاسلیک شوی په { $date }
app-wallet-expires = تر { $date } پورې معتبر
app-wallet-expired = په { $date } پای ته ورسېد
app-wallet-no-expiry = پای نه لري
app-wallet-damaged = دا تایید خراب شوی او نشي ښودل کېدای. له هغه چا چې لاسلیک یې کړی، نوی وغواړئ.
app-standing-valid = کتل شوی: ستاسو د باور په لېست کې د یو چا لاسلیک
app-standing-unknown-issuer = لاسلیک شوی، خو لاسلیک کوونکی ستاسو د باور په لېست کې نشته
app-standing-expired = وخت یې تېر شوی
app-standing-revoked = لاسلیک کوونکي بېرته اخیستی
app-standing-malformed = خراب شوی

## Present: choosing what to show

app-present-title = زما مهارتونه وښیه
app-present-endorsed = د یو چا لاسلیک شوي
app-present-self = یوازې ما ویلي
app-present-self-hint = کتونکی دا ستاسو خپله خبره ګڼي، نه لاسلیک شوې.
app-present-details = له هر یو څه وښودل شي
app-present-details-all = هر څه
app-present-details-short = یوازې نوم او کچه
app-present-stage = دا د چا لپاره دی؟
app-present-print = په کاغذ د چاپ لپاره (۵ کاله معتبر)
app-present-make = QR کوډ وښیه
app-present-none = لږ تر لږه یو شی د ښودلو لپاره وټاکئ.
app-present-nothing-yet = ستاسو کتابچه خالي ده. لومړی یو څه زیات کړئ.

## Present: the QR code

app-qr-title = پرېږدئ چې دا کوډ سکن کړي
app-qr-expires = دا کوډ تر { $date } پورې کار کوي.
app-qr-preview = کتونکی به څه وویني
app-qr-preview-hide = هغه پټ کړه چې کتونکی یې ویني
app-qr-done = بس
app-qr-preview-note = دا هغه څه دي چې یو کتونکی به یې وویني چې د دې موبایل په څېر د باور لېستونه ولري.

## Verify

app-verify-title = کوډ وګورئ
app-verify-intro = د Carnet د QR کوډ انځور واخلئ یا یې وټاکئ. هېڅ شی چېرته نه لېږل کېږي: کتنه په همدې وسیله کې کېږي.
app-verify-picture = انځور واخلئ یا یې وټاکئ
app-verify-text = یا د کوډ متن ولګوئ (په CN1: پیلېږي)
app-verify-check = وګوره
app-verify-checking = کتل کېږي…
app-verify-again = بل کوډ وګورئ

## The verdict

app-verdict-title = پایله
app-verdict-made = د { $stage } لپاره په { $date } جوړ شوی.
app-verdict-expires = کوډ تر { $date } پورې کار کوي.
app-verdict-newer = دا کوډ د Carnet نوې نسخې جوړ کړی. د کتلو لپاره Carnet تازه کړئ.
app-item-endorsed = لاسلیک شوی
app-item-self = د هغوی خپله خبره
app-item-assessed = کتل شوی د { $how } له لارې
app-item-hidden = { $count ->
    [one] ۱ جزئیات د شخص له خوا پټ شوی.
   *[other] { $count } جزئیات د شخص له خوا پټ شوي.
}

## Errors of these screens

error-wallet-no-key = دا کتابچه د لاسلیک لپاره کیلي نه لري. هېڅ ونه ښودل شو. لطفاً دا ستونزه خبر کړئ.
error-wallet-not-endorsed = «{ $title }» تر اوسه د چا له خوا لاسلیک شوی نه دی. دا د «یوازې ما ویلي» په توګه وښیئ، یا له چا وغواړئ چې تایید یې کړي.
error-wallet-credential-damaged = د «{ $title }» تایید خراب شوی. دا د «یوازې ما ویلي» په توګه وښیئ، یا نوی وغواړئ.
error-wallet-entry-unfit = «{ $title }» په کوډ کې نشي ځایېدای: د هغه { $field } ډېر اوږد دی یا په سمه بڼه نه دی. ثبت بدل کړئ، بیا هڅه وکړئ.
error-wallet-selected-twice = «{ $title }» دوه ځله ټاکل شوی. یو ځل یې وټاکئ.
error-wallet-nothing-chosen = لږ تر لږه یو شی د ښودلو لپاره وټاکئ.
error-wallet-too-large = دا د یو QR کوډ لپاره ډېر دی ({ $chars } توري). لږ شیان وټاکئ، یا یوازې نوم او کچه وښیئ.
error-wallet-credential = کوډ جوړ نه شو. هېڅ ونه ښودل شو. لطفاً دا ستونزه خبر کړئ. (د مرستندوی لپاره: { $reason })
error-wallet-no-code = په دې انځور کې د Carnet QR کوډ ونه موندل شو. انځور بیا واخلئ، نږدې او روښانه، چې ټول کوډ پکې وي.
error-wallet-not-a-picture = دا فایل داسې انځور نه دی چې Carnet یې ولولي. عکس وکاروئ (JPEG یا PNG).
error-wallet-picture-too-large = انځور ډېر لوی دی ({ $width } × { $height } پکسله). کوچنی انځور واخلئ او بیا هڅه وکړئ.
error-wallet-got-request = دا د یو چا د مهارتونو د لاسلیک غوښتنه ده، نه هغه کوډ چې مهارتونه ښیي. هېڅ ونه کتل شو.
error-wallet-trust-damaged = ستاسو د باور لېستونه خراب شوي یا بدل شوي. بیا یې وارد کړئ. تر هغه وخته، هېڅ لاسلیک کوونکی د باور وړ نه ګڼل کېږي.
error-wallet-trust-unreadable = Carnet ونشو کولای ستاسو د باور لېستونه په { $path } کې ولولي. وګورئ چې وسیله ځای لري. (د مرستندوی لپاره: { $reason })
error-wallet-not-yours = دا تایید د بل چا د کتابچې لپاره جوړ شوی، نه ستاسو. هېڅ ونه ساتل شو. ډاډ ترلاسه کړئ چې خپل فایل مو ترلاسه کړی.
error-wallet-bad-signature = پر دې فایل لاسلیک سمون نه خوري: بدل شوی یا خراب شوی. هېڅ ونه ساتل شو. فایل بیا وغواړئ.
error-wallet-not-a-credential = دا فایل د Carnet لاسلیک شوی تایید نه دی. هېڅ ونه ساتل شو. له هغه چا چې لاسلیک یې کړی، هغه فایل وغواړئ چې هغه جوړ کړی.
error-wallet-too-many = په یو ځل تر { $max } شیانو زیات مه غواړئ. لږ وټاکئ.
error-wallet-not-from-request = دا تایید نه وایي چې ستاسو کوم ثبت تاییدوي. هېڅ ونه ساتل شو. نوی وغواړئ، چې ستاسو د غوښتنې له کوډ جوړ شوی وي.
error-wallet-entry-gone = دا تایید هغه ثبت تاییدوي چې نور ستاسو په کتابچه کې نشته. هېڅ ونه ساتل شو. که تاسو لرې کړی وي، له کاپي څخه یې بیا زیات کړئ، بیا نوی تایید وغواړئ.

## Asking for a signature, and keeping it

app-request = د لاسلیک غوښتنه وکړئ
app-request-title = د لاسلیک غوښتنه وکړئ
app-request-intro = دا کوډ هغه روزونکي، کارګمارونکي یا مرکز ته وښیئ چې ستاسو کار به تایید کړي. هغوی یې په Carnet سکن کوي او تاسو ته لاسلیک شوی فایل درکوي.
app-request-key = ستاسو کیلي: { $kid }. هغه څوک چې لاسلیک کوي همدا کوډ ویني.
app-request-text = همدا کوډ د متن په بڼه، په پیغام کې د لېږلو لپاره
app-request-next = کله چې لاسلیک شوی فایل ترلاسه کړئ، «زما تاییدونه» پرانیزئ او «لاسلیک شوی فایل زیات کړئ» ووهئ.
app-receive = لاسلیک شوی فایل زیات کړئ
app-received = وساتل شو: { $name } ({ $kind }) { $titles } لاسلیک کړل.
