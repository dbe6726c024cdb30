# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = امضای مهارت‌های دیگران، به حیث مربی، کارفرما، مرکز، انستیتوت یا همکار.
cli-cmd-issuer-init = ساختن کلید امضای شما به حیث صادرکننده. با رمز قفل می‌شود.
cli-cmd-issuer-show = نشان دادن نام، نوع و کلید عمومی شما به حیث صادرکننده. رمز ضرورت نیست.
cli-cmd-issuer-revoke = پس گرفتن یک تأییدنامه که امضا کرده‌اید، با شمارهٔ آن.
cli-cmd-issuer-status-list = نوشتن فهرست امضاشدهٔ تأییدنامه‌هایی که پس گرفته‌اید، برای دادن به بررسی‌کنندگان.
cli-cmd-endorse = امضای درخواستی که کسی به شما داده، و نوشتن تأییدنامه برای پس دادن.
cli-cmd-trust = انتخاب اینکه وقت بررسی کود QR به امضای کی‌ها اعتماد دارید.
cli-cmd-trust-anchor = مرجع‌های اعتماد: شبکه‌ها یا اداره‌هایی که ضمانت صادرکنندگان را می‌کنند.
cli-cmd-trust-anchor-init = ساختن کلید امضا به حیث مرجع اعتماد، برای ضمانت صادرکنندگان.
cli-cmd-trust-anchor-show = نشان دادن نام و کلید عمومی مرجع اعتماد شما.
cli-cmd-trust-anchor-add = اعتماد به فهرست‌هایی که با کلید این مرجع اعتماد امضا شده‌اند.
cli-cmd-trust-bundle = به حیث مرجع اعتماد، فهرست صادرکنندگانی را که ضمانت می‌کنید امضا کنید.
cli-cmd-trust-import = اضافه کردن فهرست امضاشدهٔ صادرکنندگان قابل اعتماد از یک فایل.
cli-cmd-trust-list = نشان دادن صادرکنندگانی که به آن‌ها اعتماد دارید، و عمر هر فهرست.
cli-cmd-revocation = فهرست‌های تأییدنامه‌هایی که صادرکنندگان پس گرفته‌اند.
cli-cmd-revocation-import = اضافه کردن فهرست امضاشدهٔ یک صادرکننده از تأییدنامه‌هایی که پس گرفته است.
cli-cmd-verify = بررسی کود QR ‏Carnet: کی هر مهارت را امضا کرده، و آیا هنوز معتبر است.

## Help: what to give

cli-arg-issuer-name = نام شما یا نام ادارهٔ شما، طوری که مردم باید ببینند.
cli-arg-issuer-country = کشور شما، با دو حرف، مانند KE یا PT.
cli-arg-issuer-kind = شما چه هستید: trainer، employer، centre، college یا colleague.
cli-arg-revoke-index = شمارهٔ تأییدنامه‌ای که باید پس گرفته شود.
cli-arg-cred-out = فایلی که نوشته می‌شود.
cli-arg-endorse-request = درخواستی که آن شخص به شما داده: فایل (request.cbor)، عکس کود QR آن (PNG یا JPEG)، یا یک فایل متنی با نوشته‌ای که با CNR1: شروع می‌شود
cli-arg-endorse-text = نوشتهٔ درخواست، که با CNR1: شروع می‌شود، اگر آن شخص آن را در پیام فرستاده باشد. به جای فایل.
cli-arg-endorse-assessed-by = مهارت را چطور بررسی کردید: observation، test، document یا interview.
cli-arg-endorse-expires = روز آخر اعتبار تأییدنامه، مانند 2027-05-14. بدون آن، ختم نمی‌شود.
cli-arg-endorse-valid-days = تأییدنامه از امروز چند روز معتبر است.
cli-arg-anchor-name = نام مرجع اعتماد، طوری که مردم باید ببینند.
cli-arg-anchor-key = کلید عمومی مرجع اعتماد: ۶۴ حرف و عدد.
cli-arg-bundle-issuer = فایل یک صادرکننده، از carnet issuer show --json. برای هر صادرکننده یک بار بدهید.
cli-arg-trust-file = فایل فهرست اعتماد (.cbor).
cli-arg-status-file = فایل فهرست صادرکننده (.cbor).
cli-arg-verify-image = عکس کود QR: PNG، JPEG یا WebP.
cli-arg-verify-text = نوشتهٔ کود QR، که با CN1: شروع می‌شود
cli-arg-verify-nonce = عددی که از آن شخص خواستید در کود بگذارد (hex).
cli-arg-verify-audience = نامی که از آن شخص خواستید در کود بگذارد.

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

issuer-created = کلید صادرکنندهٔ شما برای { $name } آماده است. رمز خود را مصئون نگه دارید: بدون آن امضا کرده نمی‌توانید.
issuer-label-name = نام:
issuer-label-country = کشور:
issuer-label-kind = نوع:
issuer-label-public-key = کلید عمومی:
issuer-label-kid = نشان انگشت کلید:
issuer-label-issued = شماره‌های داده‌شده:
issuer-label-revoked = پس‌گرفته‌شده:
issuer-revoked = تأییدنامهٔ شمارهٔ { $index } پس گرفته شد.
issuer-already-revoked = تأییدنامهٔ شمارهٔ { $index } از قبل پس گرفته شده بود.
issuer-revoked-next-step = بررسی‌کنندگان تنها از فهرست بعدی شما از آن خبر می‌شوند: آن را با carnet issuer status-list --out list.cbor بنویسید، بعد فایل را به آن‌ها بدهید.
issuer-status-list-written = { $count ->
   *[other] فهرست در { $path } است. نام { $count } تأییدنامهٔ پس‌گرفته‌شده در آن است.
}

endorse-intro = { $count ->
   *[other] شما می‌خواهید { $count } مورد را برای شخصی با کلید { $holder } امضا کنید:
}
endorse-entry = { $title } ({ $kind }، سطح { $level }، { $dates })
endorse-untitled = (بدون عنوان)
endorse-how-observation = شما می‌گویید که دیدید آن را انجام داد.
endorse-how-test = شما می‌گویید که در یک امتحان کامیاب شد.
endorse-how-document = شما می‌گویید که یک سند را بررسی کردید.
endorse-how-interview = شما می‌گویید که آن را در یک مصاحبه بررسی کردید.
endorse-expires-on = تا { $date } معتبر است.
endorse-no-expiry = ختم نمی‌شود.
endorse-written = { $count ->
    [one] امضا شد. { $path } را به آن شخص پس بدهید. شمارهٔ آن { $first } است.
   *[other] امضا شد. { $path } را به آن شخص پس بدهید. شماره‌های آن از { $first } تا { $last } است.
}

trust-anchor-added = حالا به فهرست‌هایی که { $name } امضا کرده اعتماد دارید (نشان انگشت کلید { $kid }).
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
trust-list-issuer =   { $name }: { $kind }، { $country }، نشان انگشت کلید { $kid }
revocation-imported = { $count ->
   *[other] فهرست { $name }، ساخته‌شده در { $date }، اضافه شد: { $count } تأییدنامهٔ پس‌گرفته‌شده.
}

## Errors of these commands

error-issuer-exists = در این فولدر از قبل کلید صادرکننده هست. چیزی تغییر نکرد.
error-no-issuer = هنوز در این فولدر کلید صادرکننده نیست. با carnet issuer init یکی بسازید.
error-issuer-damaged = کلید صادرکننده در این فولدر خراب شده یا با مشخصات آن جور نمی‌آید. یک کاپی را از نسخهٔ احتیاطی پس بگذارید.
error-anchor-exists = در این فولدر از قبل کلید مرجع اعتماد هست. چیزی تغییر نکرد.
error-no-anchor = هنوز در این فولدر کلید مرجع اعتماد نیست. با carnet trust anchor init یکی بسازید.
error-anchor-damaged = کلید مرجع اعتماد در این فولدر خراب شده یا با مشخصات آن جور نمی‌آید. یک کاپی را از نسخهٔ احتیاطی پس بگذارید.
error-identity-too-new = این کلید با یک Carnet جدیدتر ساخته شده است. برای استفادهٔ آن Carnet را تازه کنید.
error-storage-file = Carnet نتوانست { $path } را بنویسد یا بخواند. ببینید که جای خالی باشد و اجازهٔ نوشتن در آنجا را داشته باشید. (برای کمک‌کننده: { $reason })
error-file-too-big = { $path } برای یک فایل Carnet بسیار کلان است.
error-issuer-kind = «{ $value }» نوع صادرکننده نیست. بنویسید trainer، employer، centre، college یا colleague.
error-assessed-by = «{ $value }» طریقهٔ بررسی نیست. بنویسید observation، test، document یا interview.
error-expires-date = «{ $value }» یک روز نیست. آن را به شکل سال-ماه-روز بنویسید، مانند 2027-05-14.
error-expires-past = روز ختم باید بعد از امروز باشد.
error-issuer-indexes-used-up = این کلید صادرکننده تمام شماره‌هایش را داده است. یک کلید صادرکنندهٔ جدید بسازید.
error-revoke-not-issued = شما تأییدنامه‌ای با شمارهٔ { $index } امضا نکرده‌اید. شماره‌های شما از 0 تا کمتر از { $next } است.
error-anchor-name = نام باید ۱ تا ۱۰۰ حرف باشد.
error-anchor-known = شما از قبل به این مرجع اعتماد، اعتماد دارید (نشان انگشت کلید { $kid }).
error-issuer-file = { $path } فایل صادرکننده نیست. از صادرکننده خروجی carnet issuer show --json را بخواهید.
error-trust-bundle-not-newer = شما این فهرست اعتماد یا یک فهرست جدیدتر از همان مرجع اعتماد را دارید. چیزی تغییر نکرد.
error-status-list-not-newer = شما از قبل یک فهرست جدیدتر از این صادرکننده دارید. چیزی تغییر نکرد.
error-status-list-issuer-unknown = این فهرست از صادرکننده‌ای است که هنوز به آن اعتماد ندارید (نشان انگشت کلید { $kid }). اول فهرست اعتمادی را که نام آن را دارد وارد کنید.
error-verifier-damaged = فهرست‌های اعتماد ذخیره‌شدهٔ شما خراب شده یا تغییر کرده‌اند. آن‌ها را دوباره وارد کنید.
error-verify-nonce = «{ $value }» یک عدد hex نیست، مانند 3fa9.
error-verify-got-request = این یک درخواست برای تأیید موردهای کسی است (نوشتهٔ آن با CNR1: شروع می‌شود)، نه کودی که مهارت‌ها را نشان بدهد. چیزی بررسی نشد. تأییدکننده آن را با این دستور امضا می‌کند: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = این کودی است که مهارت‌های کسی را نشان می‌دهد (نوشتهٔ آن با CN1: شروع می‌شود)، نه درخواست تأیید. چیزی امضا نشد. برای بررسی آن بنویسید: carnet verify PICTURE، یا carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = فهرست اعتماد خراب شده یا فهرست اعتماد نیست.
error-trust-bundle-wrong-file = این نوع دیگری از فایل Carnet است، نه فهرست اعتماد.
error-trust-bundle-newer-version = این فهرست اعتماد با یک Carnet جدیدتر ساخته شده است. برای خواندن آن Carnet را تازه کنید.
error-trust-bundle-unknown-anchor = این فهرست اعتماد را مرجع اعتمادی امضا کرده که به آن اعتماد ندارید (نشان انگشت کلید { $kid }). اگر آن را می‌شناسید، اول با carnet trust anchor add اضافه‌اش کنید.
error-trust-bundle-bad-signature = امضای این فهرست اعتماد درست نیست. فایل تغییر کرده یا خراب شده است.
error-trust-bundle-invalid = یک قیمت در فهرست اعتماد قابل استفاده نیست ({ $field }).
error-trust-bundle-too-large = فهرست اعتماد بسیار کلان است.
error-status-list-malformed = فهرست خراب شده یا فهرست تأییدنامه‌های پس‌گرفته‌شده نیست.
error-status-list-wrong-file = این نوع دیگری از فایل Carnet است، نه فهرست تأییدنامه‌های پس‌گرفته‌شده.
error-status-list-newer-version = این فهرست با یک Carnet جدیدتر ساخته شده است. برای خواندن آن Carnet را تازه کنید.
error-status-list-wrong-issuer = این فهرست از صادرکنندهٔ دیگری است ({ $found }، نه { $expected }).
error-status-list-bad-signature = امضای این فهرست درست نیست. فایل تغییر کرده یا خراب شده است.
error-status-list-invalid = یک قیمت در فهرست قابل استفاده نیست ({ $field }).
error-status-list-too-large = فهرست بسیار کلان است.
