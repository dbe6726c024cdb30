# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = پیدا کردن نام استاندارد (ESCO)
app-esco-find-hint = چند حرف بنویسید، برای مثال «جوش»
app-esco-why = کارفرمایان در کشورهای دیگر این نام‌ها را می‌شناسند. نزدیک‌ترین را به کاری که می‌کنید انتخاب کنید.
app-esco-none = نام استانداردی پیدا نشد. کلمه‌های دیگر یا کلمهٔ کوتاه‌تری را امتحان کنید.
app-esco-english = به انگلیسی: { $english }
app-esco-linked = نام استاندارد
app-esco-unlink = حذف
app-esco-choose = انتخاب
app-esco-searching = در حال جستجو…
app-esco-kind-skill = مهارت
app-esco-kind-occupation = شغل

## Comparing with a job

app-match = شغل‌های مناسب من
app-match-title = شغل‌های مناسب من
app-match-intro = یک شغل انتخاب کنید تا ببینید دفترچهٔ شما کدام مهارت‌های آن را نشان می‌دهد و کدام‌ها کم است.
app-match-find = پیدا کردن شغل
app-match-chosen = شغلی که انتخاب کردید
app-match-find-hint = برای مثال «آشپز» یا «جوشکار»
app-match-fit = شغل‌هایی که به دفترچهٔ من می‌خورند
app-match-fit-none = هیچ‌کدام از موردهای شما هنوز نام استاندارد ندارد. اول به یک مورد نام استاندارد بدهید: «تغییر»، سپس «پیدا کردن نام استاندارد».
app-match-fit-line = { $covered } از { $total } مهارت اصلی ({ $percent }%)
app-match-summary = { $total ->
    [0] این شغل در ESCO مهارت اصلی ندارد.
   *[other] دفترچهٔ شما { $covered } از { $total } مهارت اصلی آن را نشان می‌دهد.
}
app-match-essential = مهارت‌های اصلی
app-match-optional = مهارت‌های مفید دیگر
app-match-endorsed = امضاشده
app-match-self-declared = به گفتهٔ خودتان
app-match-missing = کم است
app-match-maybe = آیا این مورد شماست: «{ $title }»؟
app-match-link = بله، وصلش کن
app-match-other-job = شغل دیگر

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = انتخاب برای این مرحله
app-stage-template-hint = Carnet چیزهای مهم این مرحله را علامت می‌زند. می‌توانید آن را تغییر دهید.
app-stage-target = شغلی که برایش درخواست می‌دهید (می‌توانید رد شوید)
