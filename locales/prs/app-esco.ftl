# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = پیدا کردن نام معیاری (ESCO)
app-esco-find-hint = چند حرف بنویسید، مثلاً «ولد»
app-esco-why = کارفرمایان در کشورهای دیگر این نام‌ها را می‌شناسند. نزدیک‌ترین نام را به کاری که می‌کنید انتخاب کنید.
app-esco-none = نام معیاری پیدا نشد. کلمه‌های دیگر یا یک کلمهٔ کوتاه‌تر را امتحان کنید.
app-esco-english = به انگلیسی: { $english }
app-esco-linked = نام معیاری
app-esco-unlink = حذف
app-esco-choose = انتخاب
app-esco-searching = در حال جستجو…
app-esco-kind-skill = مهارت
app-esco-kind-occupation = وظیفه

## Comparing with a job

app-match = وظیفه‌های مناسب من
app-match-title = وظیفه‌های مناسب من
app-match-intro = یک وظیفه انتخاب کنید تا ببینید کتابچهٔ شما کدام مهارت‌های آن را نشان می‌دهد و کدام‌ها کم است.
app-match-find = پیدا کردن وظیفه
app-match-chosen = وظیفه‌ای که انتخاب کردید
app-match-find-hint = مثلاً «آشپز» یا «ولدنگ‌کار»
app-match-fit = وظیفه‌هایی که با کتابچهٔ من جور می‌آیند
app-match-fit-none = هیچ یک از موردهای شما هنوز نام معیاری ندارد. اول به یک مورد نام معیاری بدهید: «تغییر»، بعد «پیدا کردن نام معیاری».
app-match-fit-line = { $covered } از { $total } مهارت اصلی ({ $percent }%)
app-match-summary = { $total ->
    [0] این وظیفه در ESCO مهارت اصلی ندارد.
   *[other] کتابچهٔ شما { $covered } از { $total } مهارت اصلی آن را نشان می‌دهد.
}
app-match-essential = مهارت‌های اصلی
app-match-optional = مهارت‌های مفید دیگر
app-match-endorsed = امضاشده
app-match-self-declared = به گفتهٔ خود شما
app-match-missing = کم است
app-match-maybe = آیا این مورد شماست: «{ $title }»؟
app-match-link = بلی، وصلش کن
app-match-other-job = وظیفهٔ دیگر

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = انتخاب برای این مرحله
app-stage-template-hint = Carnet چیزهایی را که در این مرحله مهم است نشانی می‌کند. شما می‌توانید آن را تغییر دهید.
app-stage-target = وظیفه‌ای که برایش درخواست می‌دهید (می‌توانید از آن بگذرید)
