# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = فهرست‌های اعتماد
app-trust-title = فهرست‌های اعتماد
app-trust-intro = فهرست اعتماد از شبکه‌ای می‌آید که آن را می‌شناسید، برای مثال گروهی از مرکزهای آموزشی. این فهرست نام دانشکده‌ها، مرکزها و کارفرمایانی را دارد که آن شبکه ضامن آن‌هاست. کدی که یکی از آن‌ها امضا کرده باشد «بررسی‌شده» نشان داده می‌شود.
app-trust-warning = فقط به شبکه‌ای اعتماد کنید که کلیدش را از خود آن شبکه گرفته‌اید: حضوری، روی کاغذ خودش، یا از وب‌سایت خودش. هر کس بتواند اینجا کلیدی بگذارد، می‌تواند کدهای جعلی را «بررسی‌شده» نشان دهد.

## What is held

app-trust-held = آنچه این دستگاه به آن اعتماد دارد
app-trust-none = این دستگاه هنوز به هیچ شبکه‌ای اعتماد ندارد. کدهای امضاشده «امضاشده، اما نه از طرف صادرکننده‌ای که به آن اعتماد دارید» نشان داده می‌شوند.
app-trust-kid = اثر انگشت کلید: { $kid }
app-trust-no-list = هنوز فهرست اعتمادی از این شبکه نیست. فایل آن را در پایین اضافه کنید.
app-trust-list-line = فهرست اعتماد { $date } ({ $days ->
    [0] امروز
   *[other] { $days } روز پیش
}): { $count ->
   *[other] { $count } جا
}
app-trust-status-held = تأییدهای پس‌گرفته
app-trust-status-line = { $name }: فهرست { $date } ({ $days ->
    [0] امروز
   *[other] { $days } روز پیش
})، { $count ->
    [0] چیزی پس گرفته نشده
   *[other] { $count } مورد پس گرفته شده
}

## Stop trusting a network

app-trust-remove = دیگر اعتماد نکن
app-trust-remove-confirm = دیگر به { $name } اعتماد نکنید؟ کدهایی که جاهای فهرست آن امضا کرده‌اند دیگر «بررسی‌شده» نشان داده نمی‌شوند. بعداً می‌توانید شبکه را دوباره اضافه کنید.
app-trust-remove-yes = بله، دیگر اعتماد نکن
app-trust-removed = دیگر به { $name } اعتماد ندارید.

## Trust a network

app-trust-add-title = اعتماد به یک شبکه
app-trust-add-hint = کلید و نام شبکه را بنویسید یا بچسبانید، یا فایلی را که شبکه به شما داده باز کنید.
app-trust-key = کلید شبکه (۶۴ حرف و رقم)
app-trust-name = نام شبکه
app-trust-from-file = باز کردن فایل کلید شبکه
app-trust-add = به این شبکه اعتماد کن
app-trust-added = اکنون به { $name } اعتماد دارید. حالا فهرست اعتماد آن را اضافه کنید.

## Files

app-trust-bundle-title = افزودن فهرست اعتماد
app-trust-bundle-hint = فایلی با پایان .cbor که شبکه به شما داده است. فایل جدیدتر جای قدیمی‌تر را می‌گیرد.
app-trust-bundle-open = باز کردن فایل فهرست اعتماد
app-trust-bundle-done = فهرست اعتماد { $name } اضافه شد ({ $date }): { $count ->
   *[other] { $count } جا
}.
app-trust-status-title = افزودن فهرست تأییدهای پس‌گرفته
app-trust-status-hint = دانشکده یا مرکز می‌تواند تأییدی را که اشتباهی داده پس بگیرد. فهرست آن به این دستگاه می‌گوید کدام‌ها.
app-trust-status-open = باز کردن فایل فهرست
app-trust-status-done = فهرست { $name } اضافه شد ({ $date }): { $count ->
    [0] چیزی پس گرفته نشده
   *[other] { $count } تأیید پس گرفته شده
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = این فایل، فایل کلید یک شبکه نیست. فایلی را که شبکه به شما داده باز کنید یا کلید را بنویسید.
error-app-anchor-invalid-key = این کلید شبکه نیست. کلید دقیقاً ۶۴ حرف (a تا f) و رقم دارد. ببینید کامل رونوشت شده باشد.
error-app-anchor-name = برای شبکه نامی از ۱ تا ۱۰۰ حرف بگذارید.
error-app-anchor-known = شما از قبل به این شبکه اعتماد دارید (اثر انگشت کلید { $kid }). چیزی تغییر نکرد.
error-app-trust-bundle-malformed = این فایل فهرست اعتماد نیست، یا آسیب دیده است. چیزی تغییر نکرد.
error-app-trust-bundle-wrong-file = این نوع دیگری از فایل Carnet است، نه فهرست اعتماد. چیزی تغییر نکرد.
error-app-trust-bundle-newer-version = این فهرست اعتماد با Carnet جدیدتری ساخته شده است. برای خواندنش Carnet را به‌روز کنید.
error-app-trust-bundle-unknown-anchor = این فهرست اعتماد از شبکه‌ای می‌آید که به آن اعتماد ندارید (اثر انگشت کلید { $kid }). اول به شبکه اعتماد کنید، سپس فهرستش را دوباره اضافه کنید.
error-app-trust-bundle-bad-signature = امضای این فهرست اعتماد درست نیست: فایل تغییر کرده یا آسیب دیده است. چیزی تغییر نکرد. فایل را دوباره از شبکه بخواهید.
error-app-trust-bundle-invalid = این فهرست اعتماد قابل استفاده نیست. چیزی تغییر نکرد. فایل را دوباره از شبکه بخواهید.
error-app-trust-bundle-too-large = این فایل برای فهرست اعتماد خیلی بزرگ است. چیزی تغییر نکرد.
error-app-trust-bundle-not-newer = شما این فهرست اعتماد یا نسخهٔ جدیدتری از همان شبکه را دارید. چیزی تغییر نکرد.
error-app-status-list-malformed = این فایل فهرست تأییدهای پس‌گرفته نیست، یا آسیب دیده است. چیزی تغییر نکرد.
error-app-status-list-wrong-file = این نوع دیگری از فایل Carnet است، نه فهرست تأییدهای پس‌گرفته. چیزی تغییر نکرد.
error-app-status-list-newer-version = این فهرست با Carnet جدیدتری ساخته شده است. برای خواندنش Carnet را به‌روز کنید.
error-app-status-list-wrong-issuer = این فهرست مال امضاکنندهٔ دیگری است ({ $found }، نه { $expected }). چیزی تغییر نکرد.
error-app-status-list-bad-signature = امضای این فهرست درست نیست: فایل تغییر کرده یا آسیب دیده است. چیزی تغییر نکرد.
error-app-status-list-invalid = این فهرست قابل استفاده نیست. چیزی تغییر نکرد. فایل را دوباره بخواهید.
error-app-status-list-too-large = این فایل برای فهرست تأییدهای پس‌گرفته خیلی بزرگ است. چیزی تغییر نکرد.
error-app-status-list-issuer-unknown = این فهرست از امضاکننده‌ای است که در هیچ‌کدام از فهرست‌های اعتماد شما نیست (اثر انگشت کلید { $kid }). اول فهرست اعتمادی را که نام او را دارد اضافه کنید.
error-app-status-list-not-newer = شما از قبل فهرست جدیدتری از این امضاکننده دارید. چیزی تغییر نکرد.
error-app-verifier-write = Carnet نتوانست فایل را در { $path } ذخیره کند. ببینید دستگاه جای خالی داشته باشد. (برای کمک‌کننده: { $reason })
