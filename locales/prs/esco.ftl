# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = این خدمت از طبقه‌بندی ESCO کمیسیون اروپا استفاده می‌کند.
esco-attribution-version = { esco-attribution } ESCO v{ $version }، با تغییر: بخشی از آن برای استفادهٔ بدون انترنت تبدیل شده است.

## Help

cli-cmd-esco = جستجوی مهارت‌ها و وظیفه‌ها در ESCO، فهرست اروپایی مهارت‌ها و وظیفه‌ها، بدون انترنت.
cli-cmd-esco-search = پیدا کردن مهارت‌ها و وظیفه‌های ESCO با نام آن‌ها، به زبان شما یا به انگلیسی. غلطی‌های کوچک تایپ بخشیده می‌شوند.
cli-cmd-match = مقایسهٔ کتابچهٔ شما با یک وظیفه: کدام مهارت‌های آن را دارید، و کدام را هنوز ندارید.
cli-arg-esco-text = کلمه‌هایی که باید جستجو شوند، مثلاً "welding" یا "carpenter".
cli-arg-esco-kind = تنها skill یا تنها occupation.
cli-arg-esco-limit = اعظمی چند نتیجه نشان داده شود. پیش‌فرض ۱۰ است.
cli-arg-esco-taxonomy = فایل معلومات ESCO که به جای فایل همراه Carnet استفاده شود.
cli-arg-match-occupation = وظیفهٔ ESCO: آدرس آن (http://data.europa.eu/esco/occupation/…) یا کود آخر آن.
cli-arg-match-rank = به جای آن، ۱۰ وظیفه‌ای را نشان بده که کتابچهٔ شما مهارت‌های اصلی آن‌ها را بهتر از همه پوره می‌کند.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = نشان بده کدام موردهای شما در یک مرحلهٔ سفر تان مهم است، و چرا. برای استخدام، می‌توانید وظیفه‌ای را که برایش درخواست می‌دهید نام ببرید.
cli-arg-stage-view-stage = مرحله: recruitment، pre-departure، arrival، career یا return.
cli-arg-stage-view-occupation = برای استخدام: وظیفه‌ای که برایش درخواست می‌دهید، با آدرس ESCO آن (http://data.europa.eu/esco/occupation/…) یا کود آخر آن.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = مهارت
esco-kind-occupation = وظیفه
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = هیچ مهارت یا وظیفهٔ ESCO با «{ $text }» جور نمی‌آید.
esco-match-summary = { $total ->
    [0] این وظیفه در ESCO مهارت اصلی ندارد.
   *[other] کتابچهٔ شما { $covered } از { $total } مهارت اصلی آن را پوره می‌کند.
}
esco-match-essential = مهارت‌های اصلی:
esco-match-optional = مهارت‌های اختیاری:
esco-coverage-endorsed = تأییدشده
esco-coverage-self-declared = به گفتهٔ خود شما
esco-coverage-missing = ندارید
esco-match-maybe = شاید مورد شما «{ $title }» ({ $id })؟
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = هیچ یک از موردهای شما هنوز مهارت ESCO ندارد. با carnet add skill --title … --esco ADDRESS یکی اضافه کنید (آدرس را با carnet esco search پیدا کنید).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] برای { $stage }، این { $count } مورد مهم است:
}
stage-view-none = هنوز هیچ یک از موردهای شما برای { $stage } مهم نیست. موردها را با این مرحله نشانی کنید: carnet edit ID --set stages={ $stage }
stage-view-present = برای نشان دادن آن‌ها به شکل کود QR: { $command }
stage-why-target-essential = یک مهارت اصلی برای این وظیفه
stage-why-target-optional = مفید برای این وظیفه
stage-why-target-maybe = شاید با یک مهارت این وظیفه جور بیاید
stage-why-marked = شما آن را برای این مرحله نشانی کردید
stage-why-abroad = در خارج آموخته یا انجام داده
stage-why-endorsed = امضاشده
stage-why-qualification = یک دیپلوم یا تصدیق‌نامه
stage-why-language = یک زبان
stage-why-experience = کاری که کرده‌اید
stage-why-learning = یک کورس
stage-why-skill = یک مهارت
