# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = امضای مهارت‌های دیگران، به عنوان مربی، کارفرما، مرکز، دانشکده یا همکار.
cli-cmd-issuer-init = ساختن کلید امضای شما به عنوان صادرکننده. با رمز عبور قفل می‌شود.
cli-cmd-issuer-show = نشان دادن نام، نوع و کلید عمومی شما به عنوان صادرکننده. رمز عبور لازم نیست.
cli-cmd-issuer-revoke = پس گرفتن یک تأییدیه که امضا کرده‌اید، با شماره‌اش.
cli-cmd-issuer-status-list = نوشتن فهرست امضاشدهٔ تأییدیه‌هایی که پس گرفته‌اید، برای دادن به بررسی‌کنندگان.
cli-cmd-endorse = امضای درخواستی که کسی به شما داده، و نوشتن تأییدیه برای پس دادن.
cli-cmd-trust = انتخاب اینکه هنگام بررسی کد QR به امضای چه کسانی اعتماد دارید.
cli-cmd-trust-anchor = مرجع‌های اعتماد: شبکه‌ها یا نهادهایی که ضامن صادرکنندگان‌اند.
cli-cmd-trust-anchor-init = ساختن کلید امضا به عنوان مرجع اعتماد، برای ضمانت صادرکنندگان.
cli-cmd-trust-anchor-show = نشان دادن نام و کلید عمومی مرجع اعتماد شما.
cli-cmd-trust-anchor-add = اعتماد به فهرست‌هایی که با کلید این مرجع اعتماد امضا شده‌اند.
cli-cmd-trust-bundle = به عنوان مرجع اعتماد، فهرستی از صادرکنندگانی که ضامنشان هستید امضا کنید.
cli-cmd-trust-import = افزودن فهرست امضاشدهٔ صادرکنندگان مورد اعتماد از یک فایل.
cli-cmd-trust-list = نشان دادن صادرکنندگانی که به آن‌ها اعتماد دارید، و عمر هر فهرست.
cli-cmd-revocation = فهرست تأییدیه‌هایی که صادرکنندگان پس گرفته‌اند.
cli-cmd-revocation-import = افزودن فهرست امضاشدهٔ یک صادرکننده از تأییدیه‌هایی که پس گرفته است.
cli-cmd-verify = بررسی کد QR از Carnet: چه کسی هر مهارت را امضا کرده، و آیا هنوز معتبر است.

## Help: what to give

cli-arg-issuer-name = نام شما یا نام سازمانتان، همان‌طور که مردم باید ببینند.
cli-arg-issuer-country = کشور شما، با دو حرف، مثل KE یا PT.
cli-arg-issuer-kind = شما چه هستید: trainer، employer، centre، college یا colleague.
cli-arg-revoke-index = شمارهٔ تأییدیه‌ای که باید پس گرفته شود.
cli-arg-cred-out = فایلی که نوشته می‌شود.
cli-arg-endorse-request = درخواستی که آن شخص به شما داده: فایل (request.cbor)، عکسی از کد QR آن (PNG یا JPEG)، یا فایل متنی با نوشته‌ای که با CNR1: شروع می‌شود
cli-arg-endorse-text = نوشتهٔ درخواست، که با CNR1: شروع می‌شود، اگر آن شخص آن را در پیام فرستاده است. به جای فایل.
cli-arg-endorse-assessed-by = مهارت را چطور بررسی کردید: observation، test، document یا interview.
cli-arg-endorse-expires = آخرین روز اعتبار تأییدیه، مثل 2027-05-14. بدون آن، تمام نمی‌شود.
cli-arg-endorse-valid-days = تأییدیه از امروز چند روز معتبر است.
cli-arg-anchor-name = نام مرجع اعتماد، همان‌طور که مردم باید ببینند.
cli-arg-anchor-key = کلید عمومی مرجع اعتماد: ۶۴ حرف و رقم.
cli-arg-bundle-issuer = فایل یک صادرکننده، از carnet issuer show --json. برای هر صادرکننده یک بار بدهید.
cli-arg-trust-file = فایل فهرست اعتماد (.cbor).
cli-arg-status-file = فایل فهرست صادرکننده (.cbor).
cli-arg-verify-image = عکسی از کد QR: PNG، JPEG یا WebP.
cli-arg-verify-text = نوشتهٔ کد QR، که با CN1: شروع می‌شود
cli-arg-verify-nonce = عددی که از آن شخص خواستید در کد بگذارد (hex).
cli-arg-verify-audience = نامی که از آن شخص خواستید در کد بگذارد.

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

issuer-created = کلید صادرکنندهٔ شما برای { $name } آماده است. رمز عبور خود را امن نگه دارید: بدون آن نمی‌توانید امضا کنید.
issuer-label-name = نام:
issuer-label-country = کشور:
issuer-label-kind = نوع:
issuer-label-public-key = کلید عمومی:
issuer-label-kid = اثر انگشت کلید:
issuer-label-issued = شماره‌های داده‌شده:
issuer-label-revoked = پس‌گرفته:
issuer-revoked = تأییدیهٔ شمارهٔ { $index } پس گرفته شد.
issuer-already-revoked = تأییدیهٔ شمارهٔ { $index } از قبل پس گرفته شده بود.
issuer-revoked-next-step = بررسی‌کنندگان فقط از فهرست بعدی شما از این باخبر می‌شوند: آن را با carnet issuer status-list --out list.cbor بنویسید و فایل را به آن‌ها بدهید.
issuer-status-list-written = { $count ->
   *[other] فهرست در { $path } است. نام { $count } تأییدیهٔ پس‌گرفته در آن است.
}

endorse-intro = { $count ->
   *[other] می‌خواهید { $count } مورد را برای شخصی با کلید { $holder } امضا کنید:
}
endorse-entry = { $title } ({ $kind }، سطح { $level }، { $dates })
endorse-untitled = (بدون عنوان)
endorse-how-observation = شما می‌گویید انجام دادن آن را دیده‌اید.
endorse-how-test = شما می‌گویید در آزمونی قبول شده است.
endorse-how-document = شما می‌گویید مدرکی را بررسی کرده‌اید.
endorse-how-interview = شما می‌گویید آن را در یک مصاحبه بررسی کرده‌اید.
endorse-expires-on = تا { $date } معتبر است.
endorse-no-expiry = تاریخ پایان ندارد.
endorse-written = { $count ->
    [one] امضا شد. { $path } را به آن شخص پس بدهید. شماره‌اش { $first } است.
   *[other] امضا شد. { $path } را به آن شخص پس بدهید. شماره‌هایش از { $first } تا { $last } است.
}

trust-anchor-added = اکنون به فهرست‌هایی که { $name } امضا کرده اعتماد دارید (اثر انگشت کلید { $kid }).
trust-bundle-written = { $count ->
   *[other] فهرست امضاشدهٔ { $count } صادرکننده در { $path } است.
}
trust-imported = { $count ->
   *[other] فهرست اعتماد { $count } صادرکننده، ساخته‌شده در { $date }، اضافه شد.
}
trust-list-empty = هنوز به هیچ صادرکننده‌ای اعتماد ندارید. با carnet trust import یک فهرست اعتماد اضافه کنید.
trust-list-bundle = { $days ->
    [0] فهرست اعتماد از { $anchor }، ساخته‌شده امروز ({ $date }):
   *[other] فهرست اعتماد از { $anchor }، ساخته‌شده { $days } روز پیش ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }، { $country }، اثر انگشت کلید { $kid }
revocation-imported = { $count ->
   *[other] فهرست { $name }، ساخته‌شده در { $date }، اضافه شد: { $count } تأییدیهٔ پس‌گرفته.
}

## Errors of these commands

error-issuer-exists = در این پوشه از قبل کلید صادرکننده هست. چیزی تغییر نکرد.
error-no-issuer = هنوز در این پوشه کلید صادرکننده نیست. با carnet issuer init یکی بسازید.
error-issuer-damaged = کلید صادرکننده در این پوشه آسیب دیده یا با مشخصاتش جور نیست. یک رونوشت از پشتیبان برگردانید.
error-anchor-exists = در این پوشه از قبل کلید مرجع اعتماد هست. چیزی تغییر نکرد.
error-no-anchor = هنوز در این پوشه کلید مرجع اعتماد نیست. با carnet trust anchor init یکی بسازید.
error-anchor-damaged = کلید مرجع اعتماد در این پوشه آسیب دیده یا با مشخصاتش جور نیست. یک رونوشت از پشتیبان برگردانید.
error-identity-too-new = این کلید با Carnet جدیدتری ساخته شده است. برای استفاده از آن Carnet را به‌روز کنید.
error-storage-file = Carnet نتوانست { $path } را بنویسد یا بخواند. ببینید جای خالی باشد و اجازهٔ نوشتن در آنجا را داشته باشید. (برای کمک‌کننده: { $reason })
error-file-too-big = { $path } برای یک فایل Carnet بسیار بزرگ است.
error-issuer-kind = «{ $value }» نوع صادرکننده نیست. بنویسید trainer، employer، centre، college یا colleague.
error-assessed-by = «{ $value }» روش بررسی نیست. بنویسید observation، test، document یا interview.
error-expires-date = «{ $value }» یک روز نیست. آن را به شکل سال-ماه-روز بنویسید، مثل 2027-05-14.
error-expires-past = روز پایان باید بعد از امروز باشد.
error-issuer-indexes-used-up = این کلید صادرکننده همهٔ شماره‌هایش را داده است. کلید صادرکنندهٔ تازه بسازید.
error-revoke-not-issued = شما تأییدیه‌ای با شمارهٔ { $index } امضا نکرده‌اید. شماره‌های شما از 0 تا کمتر از { $next } است.
error-anchor-name = نام باید ۱ تا ۱۰۰ نویسه باشد.
error-anchor-known = شما از قبل به این مرجع اعتماد، اعتماد دارید (اثر انگشت کلید { $kid }).
error-issuer-file = { $path } فایل صادرکننده نیست. از صادرکننده خروجی carnet issuer show --json را بخواهید.
error-trust-bundle-not-newer = شما این فهرست اعتماد یا نسخهٔ جدیدتری از همان مرجع اعتماد را دارید. چیزی تغییر نکرد.
error-status-list-not-newer = شما از قبل فهرست جدیدتری از این صادرکننده دارید. چیزی تغییر نکرد.
error-status-list-issuer-unknown = این فهرست از صادرکننده‌ای است که هنوز به آن اعتماد ندارید (اثر انگشت کلید { $kid }). اول فهرست اعتمادی را که نام آن را دارد وارد کنید.
error-verifier-damaged = فهرست‌های اعتماد ذخیره‌شدهٔ شما آسیب دیده یا تغییر کرده‌اند. دوباره واردشان کنید.
error-verify-nonce = «{ $value }» عدد hex نیست، مثل 3fa9.
error-verify-got-request = این درخواستی برای تأیید موردهای کسی است (نوشته‌اش با CNR1: شروع می‌شود)، نه کدی که مهارت‌ها را نشان دهد. چیزی بررسی نشد. تأییدکننده آن را با این دستور امضا می‌کند: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = این کدی است که مهارت‌های کسی را نشان می‌دهد (نوشته‌اش با CN1: شروع می‌شود)، نه درخواست تأیید. چیزی امضا نشد. برای بررسی آن بنویسید: carnet verify PICTURE، یا carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = فهرست اعتماد آسیب دیده یا فهرست اعتماد نیست.
error-trust-bundle-wrong-file = این نوع دیگری از فایل Carnet است، نه فهرست اعتماد.
error-trust-bundle-newer-version = این فهرست اعتماد با Carnet جدیدتری ساخته شده است. برای خواندنش Carnet را به‌روز کنید.
error-trust-bundle-unknown-anchor = این فهرست اعتماد را مرجع اعتمادی امضا کرده که به آن اعتماد ندارید (اثر انگشت کلید { $kid }). اگر آن را می‌شناسید، اول با carnet trust anchor add اضافه‌اش کنید.
error-trust-bundle-bad-signature = امضای این فهرست اعتماد درست نیست. فایل تغییر کرده یا آسیب دیده است.
error-trust-bundle-invalid = یک مقدار در فهرست اعتماد قابل استفاده نیست ({ $field }).
error-trust-bundle-too-large = فهرست اعتماد خیلی بزرگ است.
error-status-list-malformed = فهرست آسیب دیده یا فهرست تأییدیه‌های پس‌گرفته نیست.
error-status-list-wrong-file = این نوع دیگری از فایل Carnet است، نه فهرست تأییدیه‌های پس‌گرفته.
error-status-list-newer-version = این فهرست با Carnet جدیدتری ساخته شده است. برای خواندنش Carnet را به‌روز کنید.
error-status-list-wrong-issuer = این فهرست مال صادرکنندهٔ دیگری است ({ $found }، نه { $expected }).
error-status-list-bad-signature = امضای این فهرست درست نیست. فایل تغییر کرده یا آسیب دیده است.
error-status-list-invalid = یک مقدار در فهرست قابل استفاده نیست ({ $field }).
error-status-list-too-large = فهرست خیلی بزرگ است.
