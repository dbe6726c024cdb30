# Review status: machine-drafted, needs review by a native speaker.
## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = این خدمت از طبقه‌بندی ESCO کمیسیون اروپا استفاده می‌کند.
esco-attribution-version = { esco-attribution } ESCO v{ $version }، با تغییر: بخشی از آن برای استفادهٔ بدون اینترنت تبدیل شده است.

## Help

cli-cmd-esco = جستجوی مهارت‌ها و شغل‌ها در ESCO، فهرست اروپایی مهارت‌ها و شغل‌ها، بدون اینترنت.
cli-cmd-esco-search = پیدا کردن مهارت‌ها و شغل‌های ESCO با نامشان، به زبان شما یا به انگلیسی. اشتباه‌های کوچک تایپی بخشیده می‌شوند.
cli-cmd-match = مقایسهٔ دفترچهٔ شما با یک شغل: کدام مهارت‌هایش را دارید و کدام را هنوز ندارید.
cli-arg-esco-text = کلمه‌هایی که باید جستجو شوند، برای مثال "welding" یا "carpenter".
cli-arg-esco-kind = فقط skill یا فقط occupation.
cli-arg-esco-limit = حداکثر چند نتیجه نشان داده شود. پیش‌فرض ۱۰ است.
cli-arg-esco-taxonomy = فایل دادهٔ ESCO که به جای فایل همراه Carnet به کار می‌رود.
cli-arg-match-occupation = شغل ESCO: نشانی‌اش (http://data.europa.eu/esco/occupation/…) یا کد پایان آن.
cli-arg-match-rank = به جای آن، ۱۰ شغلی را نشان بده که دفترچهٔ شما مهارت‌های اصلی‌شان را بهتر از همه پوشش می‌دهد.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = نشان بده کدام موردهای شما در یک مرحله از سفرتان مهم‌اند، و چرا. برای استخدام، می‌توانید شغلی را که برایش درخواست می‌دهید بیاورید.
cli-arg-stage-view-stage = مرحله: recruitment، pre-departure، arrival، career یا return.
cli-arg-stage-view-occupation = برای استخدام: شغلی که برایش درخواست می‌دهید، با نشانی ESCO آن (http://data.europa.eu/esco/occupation/…) یا کد پایان آن.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = مهارت
esco-kind-occupation = شغل
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = هیچ مهارت یا شغلی در ESCO با «{ $text }» جور نیست.
esco-match-summary = { $total ->
    [0] این شغل در ESCO مهارت اصلی ندارد.
   *[other] دفترچهٔ شما { $covered } از { $total } مهارت اصلی آن را پوشش می‌دهد.
}
esco-match-essential = مهارت‌های اصلی:
esco-match-optional = مهارت‌های اختیاری:
esco-coverage-endorsed = تأییدشده
esco-coverage-self-declared = به گفتهٔ خودتان
esco-coverage-missing = ندارید
esco-match-maybe = شاید مورد شما «{ $title }» ({ $id })؟
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = هیچ‌کدام از موردهای شما هنوز مهارت ESCO ندارد. با carnet add skill --title … --esco ADDRESS یکی اضافه کنید (نشانی را با carnet esco search پیدا کنید).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
   *[other] برای { $stage }، این { $count } مورد مهم است:
}
stage-view-none = هنوز هیچ‌کدام از موردهای شما برای { $stage } مهم نیست. موردها را با این مرحله علامت بزنید: carnet edit ID --set stages={ $stage }
stage-view-present = برای نشان دادنشان به شکل کد QR: { $command }
stage-why-target-essential = مهارت اصلی برای این شغل
stage-why-target-optional = مفید برای این شغل
stage-why-target-maybe = شاید با مهارتی از این شغل جور باشد
stage-why-marked = شما آن را برای این مرحله علامت زدید
stage-why-abroad = در خارج یاد گرفته یا انجام داده
stage-why-endorsed = امضاشده
stage-why-qualification = مدرک یا گواهی‌نامه
stage-why-language = یک زبان
stage-why-experience = کاری که کرده‌اید
stage-why-learning = یک دوره
stage-why-skill = یک مهارت
