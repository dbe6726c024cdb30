# Review status: machine-drafted, needs review by a native speaker.
# Messages of the Carnet app (the window on a phone or a computer).

## First run: choosing a language

app-choose-language = اختر لغتك
app-continue = متابعة

## First run: making a passphrase

app-create-title = احمِ سجلّك
app-create-intro = اختر كلمة سر. أنت وحدك تعرفها. يطلبها Carnet كل مرة تفتح فيها سجلّك.
app-passphrase = كلمة السر
app-passphrase-again = اكتبها مرة أخرى
app-passphrase-show = إظهار
app-passphrase-hide = إخفاء
app-strength-too-short = قصيرة جدًا: استعمل { $min } أحرف على الأقل.
app-strength-weak = ضعيفة: بضع كلمات معًا أسهل في التذكر وأصعب في التخمين.
app-strength-fair = جيدة. الأطول أكثر أمانًا.
app-strength-strong = قوية.
app-passphrase-mismatch = كلمتا السر غير متطابقتين. اكتبهما مرة أخرى.
app-create = أنشئ سجلّي
app-working = انتظر من فضلك…
app-back = رجوع

## Unlock

app-unlock-title = افتح سجلّك
app-unlock = فتح
app-lock = قفل

## The logbook

app-logbook-title = سجلّي
app-logbook-empty = سجلّك فارغ. أضف شيئًا تستطيع فعله.
app-add = إضافة
app-kind-skill = مهارات
app-kind-qualification = مؤهلات
app-kind-experience = خبرة عمل
app-kind-language = لغات
app-kind-learning = دورات
app-self-declared = بقولي أنا
app-show-more = { $count ->
    [one] اعرض بندًا آخر
    [two] اعرض بندين آخرين
    [few] اعرض { $count } بنود أخرى
   *[other] اعرض { $count } بندًا آخر
}
app-endorsed = موقَّع

## Adding an entry

app-add-title = أضف إلى سجلّي
app-add-kind = ما هو؟
app-add-title-label = الاسم
app-add-title-hint = مثلًا: لحام، قيادة شاحنة، اللغة العربية
app-add-level = المستوى
app-level-none = بلا مستوى
app-level-basic = مبتدئ
app-level-intermediate = متوسط
app-level-advanced = متقدم
app-level-expert = خبير
app-level-eqf = المستوى { $level }
app-save = حفظ
app-cancel = إلغاء

## Moving around

app-settings = الإعدادات
app-sync = مزامنة
app-edit = تغيير
app-remove = حذف

## The logbook: search and filter

app-search = بحث
app-search-hint = اكتب كلمة، مثلًا: لحام
app-stage-filter = مرحلة رحلتك
app-stage-any = كل المراحل
app-stage-recruitment = التوظيف
app-stage-pre-departure = قبل السفر
app-stage-arrival = الوصول
app-stage-career = العمل
app-stage-return = العودة
app-search-none = لا يوجد ما يطابق. جرّب كلمة أخرى أو مرحلة أخرى.

## Changing and removing an entry

app-edit-title = غيّر هذا البند
app-stages = مراحل رحلتك
app-remove-confirm = هل تحذف «{ $title }» من سجلّك؟ لا يمكن التراجع عن هذا.
app-remove-yes = نعم، احذفه

## Settings

app-settings-title = الإعدادات
app-settings-language = اللغة
app-settings-lock = القفل بعد
app-lock-minutes = { $minutes ->
    [one] دقيقة واحدة بدون استعمال
    [two] دقيقتين بدون استعمال
    [few] { $minutes } دقائق بدون استعمال
   *[other] { $minutes } دقيقة بدون استعمال
}
app-settings-passphrase = تغيير كلمة السر
app-passphrase-current = كلمة السر الحالية
app-passphrase-new = كلمة السر الجديدة
app-passphrase-change = تغيير كلمة السر
app-passphrase-changed = تم تغيير كلمة السر. استعمل الجديدة من الآن.
app-about = عن Carnet
app-locked-idle = أقفل Carnet سجلّك لأن أحدًا لم يستعمله منذ مدة. افتحه مرة أخرى بكلمة السر.

## Sync with a hub

app-sync-title = المزامنة مع الخادم
app-sync-intro = يحفظ الخادم نسخة مقفلة من سجلّك، لتستعمله على هاتف آخر. لا يستطيع الخادم قراءتها.
app-hub-address = عنوان الخادم
app-hub-address-hint = مثلًا: https://hub.example.org
app-hub-save = احفظ العنوان
app-sync-now = زامن الآن
app-sync-never = لم تتم المزامنة بعد.
app-sync-last = آخر مزامنة: { $when }
app-sync-pending = { $count ->
    [0] لا شيء ينتظر الإرسال.
    [one] تغيير واحد ينتظر الإرسال.
    [two] تغييران ينتظران الإرسال.
    [few] { $count } تغييرات تنتظر الإرسال.
    [many] { $count } تغييرًا ينتظر الإرسال.
   *[other] { $count } تغيير ينتظر الإرسال.
}
app-sync-sending = إرسال
app-sync-receiving = استلام
app-sync-photos = الصور
app-sync-done = انتهت المزامنة.

## Errors of the app

error-locked = سجلّك مقفل. افتحه بكلمة السر، ثم حاول مرة أخرى.
error-unknown-language = لا توجد في Carnet اللغة { $tag }. اختر لغة من القائمة.

## Settings: how the screens look

app-settings-display = شكل Carnet
app-high-contrast = تباين قوي (أسود على أبيض)
app-text-size = حجم النص
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = استمع

## Two languages at once

app-dual-language = اعرض أيضًا بلغة
app-dual-none = بلا لغة ثانية
