# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = یک مربی
issuer-kind-employer = یک کارفرما
issuer-kind-centre = یک مرکز
issuer-kind-college = یک انستیتوت
issuer-kind-colleague = یک همکار

## verify: verdicts, one per code

verdict-valid = معتبر: امضاشده توسط صادرکننده‌ای که به آن اعتماد دارید، هنوز معتبر، پس گرفته نشده.
verdict-self-declared = تنها به گفتهٔ خود شخص: کسی این را امضا نکرده است.
verdict-unknown-issuer = امضاشده، اما نه توسط صادرکننده‌ای که به آن اعتماد دارید.
verdict-expired = تاریخ آن گذشته است.
verdict-revoked = صادرکننده‌ای که آن را امضا کرده، پس گرفته است.
verdict-tampered = تغییر داده شده یا کاپی شده: به آن اعتماد نکنید.
verdict-malformed = این یک کود Carnet نیست که خوانده شود.

## verify: reasons, one per code

reason-wrong-prefix = این نوشته با CN1: شروع نمی‌شود، پس کود Carnet نیست.
reason-bad-base45 = این نوشته حروفی دارد که کود Carnet نمی‌تواند داشته باشد. شاید بریده شده یا غلط نوشته شده باشد.
reason-bad-zlib = کود بریده شده یا خراب شده است.
reason-too-large = این کود برای یک کود Carnet بسیار کلان است.
reason-bad-cose = کود خراب شده یا کود Carnet نیست.
reason-unsupported-header = این کود امضایی دارد که Carnet نمی‌شناسد. شاید یک Carnet جدیدتر آن را بخواند.
reason-bad-payload = محتوای کود خراب شده است.
reason-holder-signature-invalid = امضای شخص درست نیست: کود تغییر داده شده است.
reason-nonce-mismatch = این کود برای درخواست دیگری ساخته شده (شمارهٔ { $found }، نه { $expected }). شاید یک کاپی باشد.
reason-audience-mismatch = این کود برای «{ $found }» ساخته شده، نه برای «{ $expected }».
reason-presentation-expired = اعتبار خود کود در { $exp } ختم شد. از شخص بخواهید یک کود جدید بسازد.
reason-presentation-not-yet-valid = کود می‌گوید که در { $iat } ساخته شده، که هنوز نرسیده است. ساعت این دستگاه را بررسی کنید.
reason-endorsement-signature-invalid = امضای صادرکننده درست نیست: مهارت تغییر داده شده است.
reason-issuer-key-not-sent = صادرکننده تنها با نشان انگشت { $kid } نام برده شده، و شما آن را نمی‌شناسید.
reason-endorsement-expired = اعتبار امضای مهارت در { $exp } ختم شد.
reason-endorsement-not-yet-valid = مهارت می‌گوید که در { $iat } امضا شده، که هنوز نرسیده است. ساعت این دستگاه را بررسی کنید.
reason-issuer-unknown = «{ $name }» (نشان انگشت کلید { $kid }) در فهرست‌های اعتماد شما نیست. هر کس می‌تواند برای خود نامی بگذارد.
reason-issuer-not-trusted-at-issue = «{ $name }» (نشان انگشت کلید { $kid }) در روزی که امضا کرد ضمانت نشده بود.
reason-issuer-trusted = صادرکننده در فهرست اعتماد شما است (نشان انگشت کلید { $kid }).
reason-issuer-claims-differ = فهرست اعتماد شما می‌گوید این صادرکننده { $kind } در { $country } است؛ امضا چیز دیگری می‌گوید. به فهرست اعتماد باور کنید.
reason-revoked = صادرکننده تأییدنامهٔ شمارهٔ { $index } را پس گرفته است.
reason-no-revocation-list = شما از این صادرکننده فهرستی از آنچه پس گرفته ندارید.
reason-self-declared = خود شخص این را می‌گوید؛ کسی آن را امضا نکرده است.

## verify: the rest of the report

verify-presentation = نشان داده شده برای { $stage }، ساخته‌شده در { $date }، توسط شخصی با کلید { $kid }.
verify-audience = ساخته‌شده برای: { $audience }
verify-stage-recruitment = استخدام
verify-stage-pre-departure = آمادگی برای رفتن
verify-stage-arrival = رسیدن
verify-stage-career = کار و آموزش
verify-stage-return = بازگشت به وطن
verify-endorsed-by = امضاشده توسط { $name }، { $kind } در { $country }.
verify-endorsed-by-unchecked = امضاشده توسط کسی که خود را «{ $name }» می‌نامد، { $kind } در { $country } (بررسی نشده؛ نشان انگشت کلید { $kid }).
verify-colleague-note = این گفتهٔ یک همکار است: کسی که در کنار این شخص کار کرده، نه یک مکتب یا کارفرما.
verify-endorsed-on = امضا در { $date }؛ طریقهٔ بررسی: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}معتبر تا { $expires }.
}
verify-how-observation = دیدن کار کردن شان
verify-how-test = یک امتحان
verify-how-document = یک سند
verify-how-interview = یک مصاحبه
verify-hidden = { $count ->
   *[other] { $count } جزئیات را خود شخص پنهان کرده است.
}
verify-trust-age = { $days ->
    [0] فهرست اعتماد از امروز.
   *[other] فهرست اعتماد از { $days } روز پیش ({ $date }).
}
verify-newer-code = این کود با یک Carnet جدیدتر ساخته شده است. برای بررسی آن Carnet را تازه کنید.
verify-status-age = { $days ->
    [0] فهرست تأییدنامه‌های پس‌گرفته‌شده: از امروز.
   *[other] فهرست تأییدنامه‌های پس‌گرفته‌شده: از { $days } روز پیش ({ $date }).
}
verify-field-kind = چه:
verify-field-title = عنوان:
verify-field-esco = ESCO:
verify-field-entry-id = مورد:
verify-field-level = سطح:
verify-field-from = از:
verify-field-to = تا:
verify-field-country = کشور:
verify-field-context = آموختن:
verify-field-evidence = ثبوت (hash):
verify-field-eqf = سطح EQF:
verify-entry-kind-skill = یک مهارت
verify-entry-kind-qualification = یک دیپلوم یا سند تحصیلی
verify-entry-kind-experience = تجربهٔ کاری
verify-entry-kind-language = یک زبان
verify-entry-kind-learning = یک کورس
verify-context-formal = در مکتب یا انستیتوت
verify-context-non-formal = در یک کورس
verify-context-informal = سر کار یا به تنهایی
verify-esco-skill = مهارت
verify-esco-occupation = وظیفه
verify-esco-qualification = سند تحصیلی
