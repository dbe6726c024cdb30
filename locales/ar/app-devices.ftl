# Review status: machine-drafted, needs review by a native speaker.
# The app's screens for devices: pairing, the list of devices, the recovery sheet, export and import.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = أضف جهازًا آخر
app-pair-intro = ضع سجلّك على هاتف آخر أو حاسوب آخر لك. يحتاج الجهازان إلى الخادم.
app-pair-start = أضف جهازًا آخر
app-pair-passphrase = لإضافة جهاز، اكتب كلمة السر.
app-pair-show = أظهر الرمز
app-pair-scan = على الجهاز الجديد، اختر «الانضمام إلى سجل»، ثم امسح هذا الرمز المربع أو اكتب النص الذي تحته.
app-pair-qr-alt = رمز مربع يُمسح بالجهاز الجديد
app-pair-code-label = الرمز كنص
app-pair-expires = يعمل الرمز لمدة { $time } أخرى.
app-pair-waiting = في انتظار الجهاز الجديد…
app-pair-request = «{ $name }» يريد سجلّك.
app-pair-compare = هل يظهر على الجهاز الجديد هذا الرمز نفسه؟
app-pair-approve = نعم، اسمح
app-pair-refuse = لا
app-pair-approved = أصبح سجلّك على «{ $name }». سيظهر في قائمة الأجهزة بعد أن يقوم بالمزامنة.
app-pair-refused = قلت لا. لم يحصل «{ $name }» على شيء.
app-pair-again = أظهر رمزًا جديدًا

## Sync screen: the devices of this logbook

app-devices-title = أجهزتك
app-devices-none = لم يقم أي جهاز بمزامنة هذا السجل بعد. قم بالمزامنة، وسيظهر هذا الجهاز هنا.
app-devices-this = هذا الجهاز
app-devices-added = أضيف في { $date }
app-devices-removed = حُذف في { $date }
app-devices-remove = حذف
app-devices-remove-confirm = هل تحذف «{ $name }»؟ افعل هذا إذا ضاع الهاتف أو بعته أو أعطيته لأحد.
app-devices-remove-consequences = يبقى عليه ما عنده الآن، لكنه لا يستطيع أن يحصل على أي شيء تضيفه من الآن. يحصل سجلّك على مفتاح جديد، وتحصل عليه أجهزتك الأخرى عند المزامنة. لتستعمل ذلك الجهاز مرة أخرى، أضفه من جديد.
app-devices-remove-yes = نعم، احذفه
app-devices-removed-done = تم حذف «{ $name }». لسجلّك الآن مفتاح جديد، وهذا الجهاز لا يملكه.
app-devices-new-sheet = ورقة الاسترداد عندك فيها المفتاح القديم. اصنع ورقة جديدة الآن من الإعدادات، وأتلف القديمة.

## First run: another way to start

app-start-other = هل عندك سجل من قبل؟
app-start-join = انضم من جهاز آخر
app-start-recover = استرجع بورقة

## First run: joining a logbook from another device

app-join-title = الانضمام إلى سجل
app-join-intro = على جهازك الآخر، افتح «مزامنة» واختر «أضف جهازًا آخر». سيظهر رمز.
app-join-code = الرمز (يبدأ بـ CNP1:)
app-join-code-hint = الصق الرمز هنا أو اكتبه
app-join-picture = افتح صورة للرمز
app-join-name = اسم لهذا الجهاز
app-join-name-default = جهازي الجديد
app-join-passphrase = اختر كلمة سر لهذا الجهاز
app-join-send = متابعة
app-join-check = يجب أن يظهر على جهازك الآخر هذا الرمز نفسه. اسمح بذلك هناك.
app-join-waiting = في انتظار موافقة جهازك الآخر…
app-join-copying = جارٍ نسخ سجلّك…

## First run: recovering a logbook with a recovery sheet

app-recover-title = استرجع سجلّك
app-recover-intro = استعمل ورقة الاسترداد وكلمة السر. يعيد Carnet سجلّك من الخادم.
app-recover-by-words = اكتب الكلمات الـ12
app-recover-by-code = استعمل الرمز المربع
app-recover-words = الكلمات الـ12، بالترتيب
app-recover-words-hint = word1 word2 word3 …
app-recover-hub = عنوان الخادم المكتوب على الورقة
app-recover-code = نص الرمز المربع (يبدأ بـ CNS1:)
app-recover-picture = افتح صورة الورقة
app-recover-passphrase = كلمة السر (التي استعملتها من قبل)
app-recover-start = استرجع سجلّي

## Reading a square code from a picture

app-picture-read = تمت قراءة الرمز من الصورة.
app-scan-camera = امسح بالكاميرا
error-camera-scan = لم تتم قراءة أي رمز. إذا كان Carnet غير مسموح له باستعمال الكاميرا، فاسمح له بذلك في إعدادات هاتفك. يمكنك أيضًا فتح صورة للرمز.

## Settings: the recovery sheet

app-sheet-title = ورقة الاسترداد
app-sheet-intro = ورقة الاسترداد ورقة فيها 12 كلمة ورمز مربع. إذا ضاع هذا الهاتف، تعيد الورقة وكلمة السر سجلّك على هاتف جديد. احفظ الورقة في مكان آمن، بعيدًا عن هاتفك. لا تحفظ كلمة السر معها.
app-sheet-replaces = الورقة الجديدة تحل محل القديمة: الورقة القديمة تتوقف عن العمل.
app-sheet-needs-hub = الورقة تستعمل الخادم. اكتب عنوان الخادم في شاشة «مزامنة» أولًا.
app-sheet-passphrase = اكتب كلمة السر لصنع ورقة
app-sheet-format = احفظها بصيغة
app-sheet-pdf = PDF، للطباعة
app-sheet-png = صورة
app-sheet-make = اصنع ورقة استرداد
app-sheet-saved = حُفظت ورقة الاسترداد في { $path }. اطبعها، أو اكتب الكلمات التي تحت، واحفظ الورقة في مكان آمن.
app-sheet-english = الورقة باللغة الإنجليزية: لا يستطيع Carnet بعد أن يرسم حروف لغتك عليها.
app-sheet-words = كلماتك الـ12

## Settings: export and import

app-export-title = التصدير والاستيراد
app-export-intro = التصدير يحفظ سجلّك كله في ملف واحد، لتحتفظ به أو تعطيه لمن تختار.
app-export-consent = هذا الملف فيه سجلّك بشكل مقروء: كلمة السر لا تقفله. كل من يحصل على الملف يستطيع أن يقرأ كل ما فيه. الصور ليست في الملف.
app-export-agree = فهمت. احفظ الملف
app-export = تصدير
app-export-saved = { $count ->
    [one] حُفظ بند واحد في { $path }.
    [two] حُفظ بندان في { $path }.
    [few] حُفظت { $count } بنود في { $path }.
    [many] حُفظ { $count } بندًا في { $path }.
   *[other] حُفظ { $count } بند في { $path }.
}
app-import-intro = الاستيراد يضيف ما في ملف مُصدَّر إلى هذا السجل. لا يُحذف شيء من سجلّك.
app-import = استيراد ملف
app-import-added = { $count ->
    [0] لا بنود جديدة.
    [one] أضيف بند جديد واحد.
    [two] أضيف بندان جديدان.
    [few] أضيفت { $count } بنود جديدة.
    [many] أضيف { $count } بندًا جديدًا.
   *[other] أضيف { $count } بند جديد.
}
app-import-updated = { $count ->
    [0] لم يتغير أي بند.
    [one] تغيّر بند واحد.
    [two] تغيّر بندان.
    [few] تغيّرت { $count } بنود.
    [many] تغيّر { $count } بندًا.
   *[other] تغيّر { $count } بند.
}
app-import-unchanged = { $count ->
    [0] لم يكن أي بند مطابقًا من قبل.
    [one] بند واحد كان مطابقًا من قبل.
    [two] بندان كانا مطابقين من قبل.
    [few] { $count } بنود كانت مطابقة من قبل.
   *[other] عدد البنود التي كانت مطابقة من قبل: { $count }.
}
app-import-profile = تم تحديث ملفك الشخصي.
app-import-missing-photos = { $count ->
    [one] صورة واحدة مذكورة في الملف ليست على هذا الجهاز.
    [two] صورتان مذكورتان في الملف ليستا على هذا الجهاز.
    [few] { $count } صور مذكورة في الملف ليست على هذا الجهاز.
    [many] { $count } صورة مذكورة في الملف ليست على هذا الجهاز.
   *[other] { $count } صورة مذكورة في الملف ليست على هذا الجهاز.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ورقة الاسترداد ما زالت تعمل، مع كلمة السر الجديدة.
app-passphrase-sheet-not-updated = لم يمكن تحديث ورقة الاسترداد على الخادم. إلى أن تصنع ورقة جديدة، تحتاج الورقة إلى كلمة السر القديمة. اصنع ورقة جديدة عندما تكون متصلًا.

## This device's name

app-device-name = اسم هذا الجهاز
app-device-name-hint = الاسم الذي تعرضه أجهزتك الأخرى لهذا الجهاز، مثلًا «هاتف أمينة».
app-device-name-saved = تم الحفظ. ستعرضه أجهزتك الأخرى بعد أن يزامن هذا الجهاز.
