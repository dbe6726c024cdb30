# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = زبان خود را انتخاب کنید
app-continue = ادامه

## First run: making a passphrase

app-create-title = از کتابچهٔ خود محافظت کنید
app-create-intro = یک رمز انتخاب کنید. تنها شما آن را می‌دانید. Carnet هر باری که کتابچهٔ خود را باز می‌کنید، آن را می‌پرسد.
app-passphrase = رمز
app-passphrase-again = دوباره بنویسید
app-passphrase-show = نشان بده
app-passphrase-hide = پنهان کن
app-strength-too-short = بسیار کوتاه است: اقلاً { $min } حرف استفاده کنید.
app-strength-weak = ضعیف: چند کلمه یکجا آسان‌تر به یاد می‌ماند و سخت‌تر حدس زده می‌شود.
app-strength-fair = خوب است. رمز درازتر مصئون‌تر است.
app-strength-strong = قوی.
app-passphrase-mismatch = دو رمز یکسان نیستند. دوباره بنویسید.
app-create = ساختن کتابچهٔ من
app-working = لطفاً منتظر باشید…
app-back = پس

## Unlock

app-unlock-title = کتابچهٔ خود را باز کنید
app-unlock = باز کن
app-lock = قفل کن

## The logbook

app-logbook-title = کتابچهٔ من
app-logbook-empty = کتابچهٔ شما خالی است. کاری را که بلد هستید اضافه کنید.
app-add = اضافه
app-kind-skill = مهارت‌ها
app-kind-qualification = اسناد تحصیلی
app-kind-experience = تجربهٔ کاری
app-kind-language = زبان‌ها
app-kind-learning = کورس‌ها
app-self-declared = به گفتهٔ خودم
app-show-more = { $count ->
   *[other] { $count } مورد دیگر نشان بده
}
app-endorsed = تأییدشده

## Adding an entry

app-add-title = اضافه کردن به کتابچهٔ من
app-add-kind = این چیست؟
app-add-title-label = نام
app-add-title-hint = مثلاً: ولدنگ، موترِ باربری راندن، عربی
app-add-level = سطح
app-level-none = بدون سطح
app-level-basic = ابتدایی
app-level-intermediate = متوسط
app-level-advanced = پیشرفته
app-level-expert = ماهر
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
app-search-hint = یک کلمه بنویسید، مثلاً: ولدنگ
app-stage-filter = مرحلهٔ سفر شما
app-stage-any = همه مرحله‌ها
app-stage-recruitment = استخدام
app-stage-pre-departure = پیش از رفتن
app-stage-arrival = رسیدن
app-stage-career = کار
app-stage-return = بازگشت
app-search-none = چیزی پیدا نشد. کلمه یا مرحلهٔ دیگری را امتحان کنید.

## Changing and removing an entry

app-edit-title = تغییر این مورد
app-stages = مرحله‌های سفر شما
app-remove-confirm = «{ $title }» از کتابچهٔ شما حذف شود؟ این کار پس گرفته نمی‌شود.
app-remove-yes = بلی، حذف شود

## Settings

app-settings-title = تنظیمات
app-settings-language = زبان
app-settings-lock = قفل شدن بعد از
app-lock-minutes = { $minutes ->
   *[other] { $minutes } دقیقه بدون استفاده
}
app-settings-passphrase = تغییر رمز
app-passphrase-current = رمز فعلی
app-passphrase-new = رمز جدید
app-passphrase-change = تغییر رمز
app-passphrase-changed = رمز شما تغییر کرد. از این به بعد رمز جدید را استفاده کنید.
app-about = دربارهٔ Carnet
app-locked-idle = چون مدتی کسی از کتابچهٔ شما استفاده نکرد، Carnet آن را قفل کرد. با رمز خود دوباره بازش کنید.

## Sync with a hub

app-sync-title = همگام‌سازی با سرور
app-sync-intro = سرور یک کاپی قفل‌شدهٔ کتابچهٔ شما را نگه می‌دارد تا بتوانید آن را در موبایل دیگر هم استفاده کنید. سرور نمی‌تواند آن را بخواند.
app-hub-address = آدرس سرور
app-hub-address-hint = مثلاً: https://hub.example.org
app-hub-save = ذخیرهٔ آدرس
app-sync-now = همین حالا همگام‌سازی کن
app-sync-never = هنوز همگام‌سازی نشده است.
app-sync-last = آخرین همگام‌سازی: { $when }
app-sync-pending = { $count ->
    [0] چیزی منتظر فرستادن نیست.
   *[other] { $count } تغییر منتظر فرستادن است.
}
app-sync-sending = در حال فرستادن
app-sync-receiving = در حال گرفتن
app-sync-photos = عکس‌ها
app-sync-done = همگام‌سازی تمام شد.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = کتابچهٔ شما قفل است. با رمز خود بازش کنید و دوباره کوشش کنید.
error-unknown-language = Carnet زبان { $tag } را ندارد. یکی را از فهرست انتخاب کنید.

## Settings: how the screens look

app-settings-display = ظاهر Carnet
app-high-contrast = تضاد قوی (سیاه بالای سفید)
app-text-size = اندازهٔ نوشته
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = شنیدن

## Two languages at once

app-dual-language = به زبان دیگر هم نشان بده
app-dual-none = بدون زبان دوم
