# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = یک مربی
issuer-kind-employer = یک کارفرما
issuer-kind-centre = یک مرکز
issuer-kind-college = یک دانشکده
issuer-kind-colleague = یک همکار

## verify: verdicts, one per code

verdict-valid = معتبر: امضاشده توسط صادرکننده‌ای که به آن اعتماد دارید، هنوز معتبر، پس گرفته نشده.
verdict-self-declared = فقط به گفتهٔ خود شخص: کسی این را امضا نکرده است.
verdict-unknown-issuer = امضاشده، اما نه توسط صادرکننده‌ای که به آن اعتماد دارید.
verdict-expired = تاریخ گذشته.
verdict-revoked = صادرکننده‌ای که آن را امضا کرده پسش گرفته است.
verdict-tampered = تغییر کرده یا رونوشت است: به آن اعتماد نکنید.
verdict-malformed = این کد Carnet خواندنی نیست.

## verify: reasons, one per code

reason-wrong-prefix = این نوشته با CN1: شروع نمی‌شود، پس کد Carnet نیست.
reason-bad-base45 = این نوشته حروفی دارد که کد Carnet نمی‌تواند داشته باشد. شاید بریده شده یا اشتباه نوشته شده است.
reason-bad-zlib = کد بریده شده یا آسیب دیده است.
reason-too-large = این کد برای کد Carnet بسیار بزرگ است.
reason-bad-cose = کد آسیب دیده یا کد Carnet نیست.
reason-unsupported-header = این کد امضایی دارد که Carnet نمی‌شناسد. شاید Carnet جدیدتر بتواند آن را بخواند.
reason-bad-payload = محتوای کد آسیب دیده است.
reason-holder-signature-invalid = امضای شخص درست نیست: کد تغییر کرده است.
reason-nonce-mismatch = این کد برای درخواست دیگری ساخته شده (شمارهٔ { $found }، نه { $expected }). شاید رونوشت باشد.
reason-audience-mismatch = این کد برای «{ $found }» ساخته شده، نه برای «{ $expected }».
reason-presentation-expired = اعتبار خود کد در { $exp } تمام شد. از شخص بخواهید کد تازه‌ای بسازد.
reason-presentation-not-yet-valid = کد می‌گوید در { $iat } ساخته شده، که هنوز نرسیده است. ساعت این دستگاه را بررسی کنید.
reason-endorsement-signature-invalid = امضای صادرکننده درست نیست: مهارت تغییر کرده است.
reason-issuer-key-not-sent = صادرکننده فقط با اثر انگشت { $kid } نام برده شده، و شما آن را نمی‌شناسید.
reason-endorsement-expired = اعتبار امضای مهارت در { $exp } تمام شد.
reason-endorsement-not-yet-valid = مهارت می‌گوید در { $iat } امضا شده، که هنوز نرسیده است. ساعت این دستگاه را بررسی کنید.
reason-issuer-unknown = «{ $name }» (اثر انگشت کلید { $kid }) در فهرست‌های اعتماد شما نیست. هر کسی می‌تواند برای خودش نامی بگذارد.
reason-issuer-not-trusted-at-issue = «{ $name }» (اثر انگشت کلید { $kid }) در روزی که امضا کرد ضمانت نشده بود.
reason-issuer-trusted = صادرکننده در فهرست اعتماد شما هست (اثر انگشت کلید { $kid }).
reason-issuer-claims-differ = فهرست اعتماد شما می‌گوید این صادرکننده { $kind } در { $country } است؛ امضا چیز دیگری می‌گوید. به فهرست اعتماد تکیه کنید.
reason-revoked = صادرکننده تأییدیهٔ شمارهٔ { $index } را پس گرفته است.
reason-no-revocation-list = شما از این صادرکننده فهرستی از آنچه پس گرفته ندارید.
reason-self-declared = خود شخص این را می‌گوید؛ کسی آن را امضا نکرده است.

## verify: the rest of the report

verify-presentation = نشان‌داده‌شده برای { $stage }، ساخته‌شده در { $date }، توسط شخصی با کلید { $kid }.
verify-audience = ساخته‌شده برای: { $audience }
verify-stage-recruitment = استخدام
verify-stage-pre-departure = آماده شدن برای رفتن
verify-stage-arrival = رسیدن
verify-stage-career = کار و آموزش
verify-stage-return = بازگشت به خانه
verify-endorsed-by = امضاشده توسط { $name }، { $kind } در { $country }.
verify-endorsed-by-unchecked = امضاشده توسط کسی که خود را «{ $name }» می‌نامد، { $kind } در { $country } (بررسی‌نشده؛ اثر انگشت کلید { $kid }).
verify-colleague-note = این حرف یک همکار است: کسی که کنار این شخص کار کرده، نه مدرسه یا کارفرما.
verify-endorsed-on = امضا در { $date }؛ روش بررسی: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}معتبر تا { $expires }.
}
verify-how-observation = دیدن کار کردنشان
verify-how-test = یک آزمون
verify-how-document = یک مدرک
verify-how-interview = یک مصاحبه
verify-hidden = { $count ->
   *[other] { $count } جزئیات را شخص پنهان کرده است.
}
verify-trust-age = { $days ->
    [0] فهرست اعتماد امروز.
   *[other] فهرست اعتماد { $days } روز پیش ({ $date }).
}
verify-newer-code = این کد با Carnet جدیدتری ساخته شده است. برای بررسی آن Carnet را به‌روز کنید.
verify-status-age = { $days ->
    [0] فهرست تأییدیه‌های پس‌گرفته: امروز.
   *[other] فهرست تأییدیه‌های پس‌گرفته: { $days } روز پیش ({ $date }).
}
verify-field-kind = چه:
verify-field-title = عنوان:
verify-field-esco = ESCO:
verify-field-entry-id = مورد:
verify-field-level = سطح:
verify-field-from = از:
verify-field-to = تا:
verify-field-country = کشور:
verify-field-context = یادگیری:
verify-field-evidence = مدرک (hash):
verify-field-eqf = سطح EQF:
verify-entry-kind-skill = یک مهارت
verify-entry-kind-qualification = یک مدرک تحصیلی یا صلاحیت
verify-entry-kind-experience = سابقهٔ کار
verify-entry-kind-language = یک زبان
verify-entry-kind-learning = یک دوره
verify-context-formal = در مدرسه یا دانشکده
verify-context-non-formal = در یک دوره
verify-context-informal = سر کار یا به تنهایی
verify-esco-skill = مهارت
verify-esco-occupation = شغل
verify-esco-qualification = صلاحیت
