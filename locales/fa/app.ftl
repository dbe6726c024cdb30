# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = زبان خود را انتخاب کنید
app-continue = ادامه

## First run: making a passphrase

app-create-title = از دفترچهٔ خود محافظت کنید
app-create-intro = یک رمز عبور انتخاب کنید. فقط شما آن را می‌دانید. Carnet هر بار که دفترچه‌تان را باز می‌کنید آن را می‌پرسد.
app-passphrase = رمز عبور
app-passphrase-again = دوباره بنویسید
app-passphrase-show = نشان بده
app-passphrase-hide = پنهان کن
app-strength-too-short = خیلی کوتاه است: دست‌کم { $min } نویسه به کار ببرید.
app-strength-weak = ضعیف: چند کلمه کنار هم آسان‌تر به یاد می‌ماند و سخت‌تر حدس زده می‌شود.
app-strength-fair = خوب است. رمز بلندتر امن‌تر است.
app-strength-strong = قوی.
app-passphrase-mismatch = دو رمز عبور یکی نیستند. دوباره بنویسید.
app-create = ساختن دفترچهٔ من
app-working = لطفاً صبر کنید…
app-back = بازگشت

## Unlock

app-unlock-title = دفترچهٔ خود را باز کنید
app-unlock = باز کن
app-lock = قفل کن

## The logbook

app-logbook-title = دفترچهٔ من
app-logbook-empty = دفترچهٔ شما خالی است. کاری را که بلدید اضافه کنید.
app-add = افزودن
app-kind-skill = مهارت‌ها
app-kind-qualification = مدرک‌ها
app-kind-experience = سابقهٔ کار
app-kind-language = زبان‌ها
app-kind-learning = دوره‌ها
app-self-declared = به گفتهٔ خودم
app-show-more = { $count ->
   *[other] { $count } مورد دیگر نشان بده
}
app-endorsed = تأییدشده

## Adding an entry

app-add-title = افزودن به دفترچهٔ من
app-add-kind = این چیست؟
app-add-title-label = نام
app-add-title-hint = برای مثال: جوشکاری، رانندگی کامیون، عربی
app-add-level = سطح
app-level-none = بدون سطح
app-level-basic = مقدماتی
app-level-intermediate = متوسط
app-level-advanced = پیشرفته
app-level-expert = استاد
app-level-eqf = سطح { $level }
app-save = ذخیره
app-cancel = لغو

## Moving around

app-settings = تنظیمات
app-sync = همگام‌سازی
app-edit = تغییر
app-remove = حذف

## The logbook: search and filter

app-search = جستجو
app-search-hint = یک کلمه بنویسید، برای مثال: جوش
app-stage-filter = مرحلهٔ سفر شما
app-stage-any = همهٔ مرحله‌ها
app-stage-recruitment = استخدام
app-stage-pre-departure = پیش از رفتن
app-stage-arrival = رسیدن
app-stage-career = کار
app-stage-return = بازگشت
app-search-none = چیزی پیدا نشد. کلمه یا مرحلهٔ دیگری را امتحان کنید.

## Changing and removing an entry

app-edit-title = تغییر این مورد
app-stages = مرحله‌های سفر شما
app-remove-confirm = «{ $title }» از دفترچهٔ شما حذف شود؟ این کار برگشت‌پذیر نیست.
app-remove-yes = بله، حذف شود

## Settings

app-settings-title = تنظیمات
app-settings-language = زبان
app-settings-lock = قفل شدن پس از
app-lock-minutes = { $minutes ->
   *[other] { $minutes } دقیقه بدون استفاده
}
app-settings-passphrase = تغییر رمز عبور
app-passphrase-current = رمز عبور فعلی
app-passphrase-new = رمز عبور تازه
app-passphrase-change = تغییر رمز عبور
app-passphrase-changed = رمز عبور شما تغییر کرد. از این پس رمز تازه را به کار ببرید.
app-about = دربارهٔ Carnet
app-locked-idle = چون مدتی کسی از دفترچهٔ شما استفاده نکرد، Carnet آن را قفل کرد. با رمز عبور خود دوباره بازش کنید.

## Sync with a hub

app-sync-title = همگام‌سازی با سرور
app-sync-intro = سرور یک نسخهٔ قفل‌شده از دفترچهٔ شما را نگه می‌دارد تا بتوانید آن را روی گوشی دیگری هم به کار ببرید. سرور نمی‌تواند آن را بخواند.
app-hub-address = نشانی سرور
app-hub-address-hint = برای مثال: https://hub.example.org
app-hub-save = ذخیرهٔ نشانی
app-sync-now = همین حالا همگام‌سازی کن
app-sync-never = هنوز همگام‌سازی نشده است.
app-sync-last = آخرین همگام‌سازی: { $when }
app-sync-pending = { $count ->
    [0] چیزی در انتظار فرستادن نیست.
   *[other] { $count } تغییر در انتظار فرستادن است.
}
app-sync-sending = در حال فرستادن
app-sync-receiving = در حال دریافت
app-sync-photos = عکس‌ها
app-sync-done = همگام‌سازی تمام شد.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = دفترچهٔ شما قفل است. با رمز عبور بازش کنید و دوباره امتحان کنید.
error-unknown-language = Carnet زبان { $tag } را ندارد. یکی از فهرست انتخاب کنید.

## Settings: how the screens look

app-settings-display = ظاهر Carnet
app-high-contrast = تضاد قوی (سیاه روی سفید)
app-text-size = اندازهٔ نوشته
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = گوش دادن

## Two languages at once

app-dual-language = نمایش به زبان دیگر هم
app-dual-none = بدون زبان دوم
