# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = روزونکی
issuer-kind-employer = کارګمارونکی
issuer-kind-centre = مرکز
issuer-kind-college = کالج
issuer-kind-colleague = همکار

## verify: verdicts, one per code

verdict-valid = معتبر: د داسې صادروونکي لاسلیک چې تاسو پرې باور لرئ، لا هم معتبر، بېرته نه دی اخیستل شوی.
verdict-self-declared = یوازې د شخص خپله خبره: چا یې لاسلیک نه دی کړی.
verdict-unknown-issuer = لاسلیک شوی، خو د داسې صادروونکي له خوا نه چې تاسو پرې باور لرئ.
verdict-expired = وخت یې تېر شوی.
verdict-revoked = د هغه صادروونکي له خوا بېرته اخیستل شوی چې لاسلیک یې کړی و.
verdict-tampered = بدل شوی یا کاپي شوی: پرې باور مه کوئ.
verdict-malformed = دا د Carnet داسې کوډ نه دی چې ولوستل شي.

## verify: reasons, one per code

reason-wrong-prefix = متن په CN1: نه پیلېږي، نو د Carnet کوډ نه دی.
reason-bad-base45 = په متن کې داسې توري دي چې د Carnet کوډ یې نشي لرلای. ښايي پرې شوی یا غلط لیکل شوی وي.
reason-bad-zlib = کوډ پرې شوی یا خراب شوی.
reason-too-large = کوډ د Carnet کوډ لپاره ډېر لوی دی.
reason-bad-cose = کوډ خراب شوی یا د Carnet کوډ نه دی.
reason-unsupported-header = کوډ داسې لاسلیک کاروي چې Carnet یې نه پېژني. ښايي د Carnet نوې نسخه یې ولولي.
reason-bad-payload = د کوډ منځپانګه خرابه شوې.
reason-holder-signature-invalid = د شخص لاسلیک سمون نه خوري: کوډ بدل شوی.
reason-nonce-mismatch = کوډ د بلې غوښتنې لپاره جوړ شوی (شمېره { $found }، نه { $expected }). ښايي کاپي وي.
reason-audience-mismatch = کوډ د «{ $found }» لپاره جوړ شوی، نه د «{ $expected }» لپاره.
reason-presentation-expired = د کوډ خپل وخت په { $exp } پای ته ورسېد. له شخص وغواړئ چې نوی جوړ کړي.
reason-presentation-not-yet-valid = کوډ وایي چې په { $iat } جوړ شوی، چې لا نه دی راغلی. د دې وسیلې ساعت وګورئ.
reason-endorsement-signature-invalid = د صادروونکي لاسلیک سمون نه خوري: مهارت بدل شوی.
reason-issuer-key-not-sent = صادروونکی یوازې د { $kid } نښې په مرسته نومول شوی، او تاسو یې نه پېژنئ.
reason-endorsement-expired = د مهارت لاسلیک په { $exp } پای ته ورسېد.
reason-endorsement-not-yet-valid = مهارت وایي چې په { $iat } لاسلیک شوی، چې لا نه دی راغلی. د دې وسیلې ساعت وګورئ.
reason-issuer-unknown = «{ $name }» (د کیلي نښه { $kid }) ستاسو د باور په لېستونو کې نشته. هر څوک ځان ته نوم ورکولای شي.
reason-issuer-not-trusted-at-issue = «{ $name }» (د کیلي نښه { $kid }) په هغه ورځ چې لاسلیک یې وکړ، تضمین شوی نه و.
reason-issuer-trusted = صادروونکی ستاسو د باور په لېست کې دی (د کیلي نښه { $kid }).
reason-issuer-claims-differ = ستاسو د باور لېست وایي چې دا صادروونکی په { $country } کې { $kind } دی؛ لاسلیک بل څه وایي. د باور په لېست باور وکړئ.
reason-revoked = صادروونکي د { $index } شمېرې سند بېرته واخیست.
reason-no-revocation-list = تاسو له دې صادروونکي د هغه څه لېست نه لرئ چې بېرته یې اخیستي.
reason-self-declared = شخص دا وایي؛ چا یې لاسلیک نه دی کړی.

## verify: the rest of the report

verify-presentation = د { $stage } لپاره ښودل شوی، په { $date } جوړ شوی، د هغه شخص له خوا چې کیلي یې { $kid } ده.
verify-audience = جوړ شوی د دې لپاره: { $audience }
verify-stage-recruitment = استخدام
verify-stage-pre-departure = د تګ چمتووالی
verify-stage-arrival = رسېدل
verify-stage-career = کار او روزنه
verify-stage-return = کور ته ستنېدل
verify-endorsed-by = لاسلیک کوونکی { $name }، په { $country } کې { $kind }.
verify-endorsed-by-unchecked = د یو چا لاسلیک چې ځان «{ $name }» بولي، په { $country } کې { $kind } (کتل شوی نه دی؛ د کیلي نښه { $kid }).
verify-colleague-note = دا د یو همکار خبره ده: هغه څوک چې د شخص تر څنګ یې کار کړی، نه ښوونځی یا کارګمارونکی.
verify-endorsed-on = په { $date } لاسلیک شوی؛ کتل شوی د { $how } له لارې.{ $expires ->
    [none] {""}
   *[other] {" "}تر { $expires } پورې معتبر دی.
}
verify-how-observation = د هغوی د کار لیدل
verify-how-test = ازموینه
verify-how-document = سند
verify-how-interview = مرکه
verify-hidden = { $count ->
    [one] ۱ جزئیات د شخص له خوا پټ شوی.
   *[other] { $count } جزئیات د شخص له خوا پټ شوي.
}
verify-trust-age = { $days ->
    [0] د باور لېست له نن څخه.
    [one] د باور لېست له ۱ ورځ مخکې ({ $date }).
   *[other] د باور لېست له { $days } ورځو مخکې ({ $date }).
}
verify-newer-code = دا کوډ د Carnet نوې نسخې جوړ کړی. د کتلو لپاره Carnet تازه کړئ.
verify-status-age = { $days ->
    [0] د بېرته اخیستل شویو سندونو لېست: له نن څخه.
    [one] د بېرته اخیستل شویو سندونو لېست: له ۱ ورځ مخکې ({ $date }).
   *[other] د بېرته اخیستل شویو سندونو لېست: له { $days } ورځو مخکې ({ $date }).
}
verify-field-kind = څه:
verify-field-title = سرلیک:
verify-field-esco = ESCO:
verify-field-entry-id = ثبت:
verify-field-level = کچه:
verify-field-from = له:
verify-field-to = تر:
verify-field-country = هېواد:
verify-field-context = زده کړی:
verify-field-evidence = ثبوت (hash):
verify-field-eqf = EQF کچه:
verify-entry-kind-skill = مهارت
verify-entry-kind-qualification = ډیپلوم یا سند
verify-entry-kind-experience = د کار تجربه
verify-entry-kind-language = ژبه
verify-entry-kind-learning = کورس
verify-context-formal = په ښوونځي یا کالج کې
verify-context-non-formal = په کورس کې
verify-context-informal = په کار کې یا پخپله
verify-esco-skill = مهارت
verify-esco-occupation = دنده
verify-esco-qualification = سند
