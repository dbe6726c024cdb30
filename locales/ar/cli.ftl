# Review status: machine-drafted, needs review by a native speaker.
# Messages of the `carnet` command line: its help, its answers, and its own errors.
# Words a person types stay in English: carnet, init, add, skill, --title, FIELD=VALUE…

## Help: headings

cli-help-usage = طريقة الكتابة:
cli-help-commands = الأوامر:
cli-help-arguments = ما يجب أن تعطيه:
cli-help-options = الخيارات:
cli-help-examples = أمثلة:

## Help: the whole program

cli-about = يحفظ Carnet سجلًا لما تستطيع فعله: المهارات، العمل، اللغات، الشهادات والدورات. يبقى السجل على جهازك، مقفلًا بكلمة السر.

cli-examples =
    ابدأ سجلًا:            carnet init
    أضف مهارة:             carnet add skill --title "Welding" --level advanced
    اعرض بنودك:            carnet list
    اعرض بندًا واحدًا:      carnet show 3f2a
    مساعدة لأمر:           carnet add --help

cli-opt-data-dir = المجلد الذي يُحفظ فيه سجلّك. يمكنك أيضًا استعمال CARNET_DATA_DIR.
cli-opt-json = أجب بصيغة JSON، للبرامج الأخرى.
cli-opt-lang = لغة رسائل Carnet، مثلًا ar أو fa أو fr أو uk أو en.
cli-opt-help = أظهر هذه المساعدة.
cli-opt-version = أظهر نسخة Carnet.

## Help: commands

cli-cmd-init = أنشئ سجلًا جديدًا، مقفلًا بكلمة سر.
cli-cmd-passphrase = غيّر كلمة سر سجلّك.
cli-cmd-passphrase-change = غيّر كلمة السر. تكتب القديمة، ثم الجديدة مرتين.
cli-cmd-profile = اعرض ملفك الشخصي أو غيّره: اسمك، بلدانك، لغاتك.
cli-cmd-profile-show = أظهر ملفك الشخصي.
cli-cmd-profile-set = غيّر ملفك الشخصي. لمسح شيء، أعطه قيمة فارغة، مثلًا --contact "".
cli-cmd-add = أضف بندًا: مهارة، مؤهلًا، خبرة عمل، لغة أو دورة.
cli-cmd-list = اعرض قائمة بنودك.
cli-cmd-show = أظهر كل شيء عن بند واحد.
cli-cmd-edit = غيّر بندًا.
cli-cmd-rm = احذف بندًا.
cli-cmd-search = ابحث عن البنود التي فيها كلمات معينة.
cli-cmd-detach = أزل صورة أو ملاحظة صوتية من بند. تُحذف من هذا الجهاز أيضًا، إلا إذا كان بند آخر يعرضها.
cli-cmd-attach = أضف إلى بند صورة ورقة، مثلًا شهادة أو شهادة تدريب أو ورقة عمل. أو أضف ملاحظة صوتية: ملفًا صوتيًا تتكلم فيه عن المهارة.
cli-cmd-export = اكتب سجلّك كله في ملف تستطيع البرامج الأخرى قراءته.
cli-cmd-import = اقرأ ملف تصدير من Carnet إلى سجلّك. لا يُحذف شيء من سجلّك.
cli-cmd-devices = الأجهزة التي عليها سجلّك.
cli-cmd-devices-list = أظهر الأجهزة التي عليها سجلّك.
cli-cmd-devices-remove = أبعد سجلّك عن جهاز، مثلًا هاتف ضائع. لن يستطيع قراءة أي شيء تضيفه من الآن.
cli-cmd-pair = ضع سجلّك على جهاز آخر لك، مثل هاتف جديد.
cli-cmd-pair-show = على الجهاز الذي عليه سجلّك: أظهر رمزًا للجهاز الجديد، ثم اسمح له.
cli-cmd-pair-join = على الجهاز الجديد: احصل على سجلّك بالرمز الذي يظهره جهازك الآخر.
cli-cmd-sync = أرسل تغييراتك إلى خادم المركز واحصل على التغييرات التي صُنعت على أجهزتك الأخرى. يحفظ الخادم نسخة مقفلة فقط لا يستطيع قراءتها.

## Help: what to give to the commands

cli-arg-kind = نوع البند: skill (مهارة)، qualification (مؤهل)، experience (عمل)، language (لغة) أو learning (دورة).
cli-arg-title = اسم قصير، مثلًا "لحام" أو "رخصة قيادة B".
cli-arg-description = كلمات أكثر عنه، إذا أردت.
cli-arg-level = ما مدى إتقانك. للمهارة أو العمل: basic أو intermediate أو advanced أو expert. للغة: من A1 (مبتدئ) إلى C2 (جيد جدًا). للمؤهل أو الدورة: مستواه في EQF، من 1 إلى 8.
cli-arg-eqf = مستوى الشهادة أو الدورة في EQF، من 1 إلى 8، إذا كنت تعرفه.
cli-arg-from = متى بدأ: سنة (2019)، أو شهر (2019-05)، أو يوم (2019-05-14).
cli-arg-to = متى انتهى، مكتوبًا بالطريقة نفسها. لا تكتبه إذا كان ما زال مستمرًا.
cli-arg-organisation = صاحب العمل أو المدرسة أو مركز التدريب.
cli-arg-place = المدينة أو المكان.
cli-arg-country = البلد، بحرفين، مثلًا SY أو AF أو DE.
cli-arg-context = كيف تعلمته: formal (مدرسة، شهادة)، non-formal (دورة) أو informal (بالممارسة).
cli-arg-written-in = اللغة التي كتبت بها هذا البند، برمز قصير، مثلًا ar أو en.
cli-arg-esco = عنوان المهارة أو الوظيفة في ESCO، إذا كنت تعرفه.
cli-arg-isco = رمز الوظيفة في ISCO-08 (من رقم إلى 4 أرقام)، إذا كنت تعرفه.
cli-arg-stage = متى يهم هذا في رحلتك: recruitment أو pre-departure أو arrival أو career أو return. يمكنك إعطاء أكثر من واحدة.

cli-arg-list-kind = أظهر بنود هذا النوع فقط: skill أو qualification أو experience أو language أو learning.
cli-arg-list-stage = أظهر بنود هذه المرحلة فقط: recruitment أو pre-departure أو arrival أو career أو return.

cli-arg-id = رقم تعريف البند (id). تكفي أول 4 أحرف أو أكثر. لرؤية الأرقام، اكتب: carnet list
cli-arg-set = تغيير، يُكتب FIELD=VALUE، مثلًا level=advanced. أعطه مرة أخرى لتغيير المزيد. القيمة الفارغة تمسح الحقل. الحقول هي: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = الكلمات التي تبحث عنها.
cli-arg-evidence = الصورة أو الملاحظة الصوتية التي تريد إزالتها: رقمها كما يطبعه carnet show و carnet attach (تكفي أول 8 أحرف أو أكثر).
cli-arg-photo = صورة (JPEG أو PNG أو WebP) أو ملف صوتي (WebM أو Ogg أو MP4 أو M4A أو AAC أو MP3 أو WAV، حتى 5 ميغابايت). ينظر Carnet داخل الملف ليعرف نوعه. ويحذف البيانات المخفية، مثل المكان الذي التُقطت فيه الصورة.
cli-arg-format = نوع الملف. json فقط حاليًا.
cli-arg-file = ملف التصدير الذي تريد قراءته.

cli-arg-name = اسمك، كما تريد أن يراه الآخرون.
cli-arg-birth-date = تاريخ ميلادك: 1990 أو 1990-05 أو 1990-05-14.
cli-arg-origin = البلد الذي أتيت منه، بحرفين، مثلًا SY أو AF أو ER.
cli-arg-current = البلد الذي تعيش فيه الآن، بحرفين، مثلًا DE أو FR.
cli-arg-contact = كيف يتواصل الناس معك، مثلًا رقم هاتف أو بريد إلكتروني.
cli-arg-language = لغة تعرفها، برمز قصير، مثلًا ar أو fa-AF أو en. الخيارات التالية تخص هذه اللغة.
cli-arg-mother-tongue = هذه اللغة هي لغتك الأم.
cli-arg-not-mother-tongue = هذه اللغة ليست لغتك الأم.
cli-arg-listening = ما مدى فهمك لمن يتكلم: من A1 (مبتدئ) إلى C2 (جيد جدًا).
cli-arg-reading = ما مدى قراءتك: من A1 إلى C2.
cli-arg-spoken-interaction = ما مدى مشاركتك في حديث: من A1 إلى C2.
cli-arg-spoken-production = ما مدى كلامك وحدك: من A1 إلى C2.
cli-arg-writing = ما مدى كتابتك: من A1 إلى C2.
cli-arg-remove-language = احذف لغة من ملفك الشخصي.
cli-arg-hub = عنوان خادم المركز، مثلًا http://192.168.1.10:8470. يتذكره Carnet.
cli-arg-device-id = رقم تعريف الجهاز، كما يظهره: carnet devices list (تكفي أول 4 أحرف أو أكثر).
cli-arg-pair-approve = اسمح للجهاز الجديد بدون سؤال، إذا أظهر هذا الرمز (لمن يساعد وللبرامج).
cli-arg-pair-code = الرمز الذي يظهره جهازك الآخر. يبدأ بـ CNP1:
cli-arg-pair-name = اسم لهذا الجهاز، لتعرفه على الجهاز الآخر (مثلًا "هاتف أمل").
cli-arg-sync-status = أظهر فقط متى كانت آخر مزامنة وكم تغييرًا ينتظر. لا يُرسل شيء.
cli-arg-sync-watch = استمر في المزامنة. إذا لم يمكن الوصول إلى الخادم، حاول لاحقًا، وانتظر أطول في كل مرة.
cli-arg-sync-every = مع --watch: كم ثانية تنتظر بين كل مزامنة والتالية (300 إذا لم تُعطَ).

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = اختر كلمة سر من { $min } أحرف على الأقل. تحتاجها كل مرة تفتح فيها سجلّك. لا أحد يستطيع استرجاعها لك.
cli-passphrase-prompt = كلمة السر:
cli-passphrase-new-prompt = كلمة السر الجديدة:
cli-passphrase-repeat-prompt = اكتب كلمة السر الجديدة مرة أخرى:
cli-passphrase-changed = تم تغيير كلمة السر. استعمل الجديدة من الآن.

## Answers

cli-init-done = سجلّك جاهز. هو في هذا المجلد: { $dir }
cli-init-next = احفظ كلمة السر في مكان آمن. بدونها لا أحد يستطيع فتح سجلّك، ولا حتى أنت. بعد ذلك، أضف ما تستطيع فعله، مثلًا: carnet add skill --title "Cooking"

cli-list-empty = لا توجد بنود في سجلّك بعد. لإضافة بند، اكتب: carnet add skill --title "Cooking"
cli-list-none-match = لا يوجد بند يطابق ما طلبته.
cli-search-none = لا يوجد بند فيه هذه الكلمات. جرّب كلمات أخرى، أو اكتب: carnet list

cli-edit-saved = تم حفظ التغيير.
cli-rm-done = تم الحذف: { $title }
cli-detached = أُزيلت الصورة أو الملاحظة الصوتية من البند.

cli-profile-saved = تم حفظ ملفك الشخصي.
cli-profile-empty = ملفك الشخصي فارغ. لإضافة اسمك، اكتب: carnet profile set --name "اسمك"

cli-import-added = { $count ->
    [one] أضيف بند واحد.
    [two] أضيف بندان.
    [few] أضيفت { $count } بنود.
    [many] أضيف { $count } بندًا.
   *[other] أضيف { $count } بند.
}
cli-import-updated = { $count ->
    [one] تم تحديث بند واحد.
    [two] تم تحديث بندين.
    [few] تم تحديث { $count } بنود.
    [many] تم تحديث { $count } بندًا.
   *[other] تم تحديث { $count } بند.
}
cli-import-unchanged = { $count ->
    [one] بند واحد كان مطابقًا من قبل.
    [two] بندان كانا مطابقين من قبل.
    [few] { $count } بنود كانت مطابقة من قبل.
   *[other] عدد البنود التي كانت مطابقة من قبل: { $count }.
}
cli-import-profile-updated = تم تحديث ملفك الشخصي أيضًا.
cli-import-missing-photos = { $count ->
    [one] صورة واحدة ليست على هذا الجهاز. ملفات التصدير لا تحتوي على الصور. أضفها مرة أخرى بالأمر: carnet attach
    [two] صورتان ليستا على هذا الجهاز. ملفات التصدير لا تحتوي على الصور. أضفهما مرة أخرى بالأمر: carnet attach
    [few] { $count } صور ليست على هذا الجهاز. ملفات التصدير لا تحتوي على الصور. أضفها مرة أخرى بالأمر: carnet attach
   *[other] { $count } صورة ليست على هذا الجهاز. ملفات التصدير لا تحتوي على الصور. أضفها مرة أخرى بالأمر: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = رقم التعريف
cli-show-kind = النوع
cli-show-added = أضيف
cli-show-changed = تغيّر
cli-show-evidence = صور وملاحظات صوتية
cli-show-photo = { $sha }  { $width } × { $height } بكسل، { $kilobytes } كيلوبايت
cli-show-photo-missing = { $sha }  { $width } × { $height } بكسل، ليست على هذا الجهاز
cli-show-voice = { $sha }  ملاحظة صوتية، { $kilobytes } كيلوبايت
cli-show-voice-missing = { $sha }  ملاحظة صوتية، ليست على هذا الجهاز
cli-show-conflicts = جهاز آخر كتب أيضًا:
cli-show-conflicts-hint = للاحتفاظ بواحد من هذه، اكتب: carnet edit { $id } --set FIELD=VALUE

cli-field-title = العنوان
cli-field-description = الوصف
cli-field-written-in = مكتوب بلغة
cli-field-esco = ESCO
cli-field-isco = رمز الوظيفة ISCO-08
cli-field-level = المستوى
cli-field-eqf = مستوى EQF
cli-field-organisation = الجهة
cli-field-place = المكان
cli-field-country = البلد
cli-field-from = من
cli-field-to = إلى
cli-field-context = كيف تعلمت
cli-field-stages = المراحل

cli-kind-skill = مهارة
cli-kind-qualification = مؤهل
cli-kind-experience = خبرة
cli-kind-language = لغة
cli-kind-learning = دورة

cli-context-formal = رسمي (مدرسة، شهادة)
cli-context-non-formal = غير رسمي (دورة)
cli-context-informal = بالممارسة (بالعمل نفسه)

cli-stage-recruitment = التوظيف
cli-stage-pre-departure = قبل السفر
cli-stage-arrival = الوصول
cli-stage-career = العمل
cli-stage-return = العودة

cli-proficiency-basic = مبتدئ
cli-proficiency-intermediate = متوسط
cli-proficiency-advanced = متقدم
cli-proficiency-expert = خبير

cli-level-eqf = مستوى EQF { $level }

cli-profile-name = الاسم
cli-profile-birth-date = تاريخ الميلاد
cli-profile-origin = من بلد
cli-profile-current = يعيش في
cli-profile-contact = التواصل
cli-profile-languages = اللغات
cli-profile-mother-tongue = { $language } (اللغة الأم)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = الاستماع { $level }
cli-cefr-reading = القراءة { $level }
cli-cefr-spoken-interaction = الحديث مع الآخرين { $level }
cli-cefr-spoken-production = الكلام { $level }
cli-cefr-writing = الكتابة { $level }

## Errors of the command line

cli-error-unknown-argument = لا يعرف Carnet «{ $arg }» هنا.
cli-error-unknown-command = لا يوجد أمر «{ $command }».
cli-error-invalid-value = لا يمكن استعمال «{ $value }» مع { $arg }.
cli-error-missing-value = { $arg } يحتاج إلى قيمة بعده.
cli-error-valid-values = يمكنك استعمال: { $values }
cli-error-missing-argument = ينقص شيء: { $arg }
cli-error-missing-command = قل ماذا يجب أن يفعل Carnet بعد «{ $command }».
cli-error-valid-commands = الأوامر هي: { $commands }
cli-error-conflict = لا يمكن استعمال { $arg } مع { $other } معًا.
cli-error-no-equals = اكتب { $arg } مع علامة يساوي (=) والقيمة بعدها مباشرة.
cli-error-too-many-values = { $arg } يأخذ قيمًا أقل. «{ $value }» قيمة زائدة.
cli-error-wrong-number-of-values = عدد قيم { $arg } غير صحيح.
cli-error-invalid-utf8 = لا يستطيع Carnet قراءة بعض الحروف التي كتبتها. اكتبها مرة أخرى.
cli-error-did-you-mean = هل تقصد { $suggestion }؟
cli-error-usage = لم يفهم Carnet هذا الأمر.
cli-error-usage-hint = اكتب { $command } --help لترى ما يمكنك كتابته.
cli-error-set-format = «{ $value }» ليس تغييرًا. اكتب FIELD=VALUE، مثلًا --set level=advanced
cli-error-nothing-to-change = لا يوجد ما يُغيَّر. أعطِ خيارًا واحدًا على الأقل، مثلًا --name "اسمك".

cli-error-passphrase-unavailable = يحتاج Carnet إلى كلمة السر لكنه لا يستطيع أن يسألك عنها هنا. شغّل Carnet في نافذة الأوامر (terminal)، أو اضبط { $variable }.
cli-error-passphrase-mismatch = كلمتا السر غير متطابقتين. لم يتغير شيء. حاول مرة أخرى من فضلك.
cli-error-read-file = لا يستطيع Carnet قراءة الملف { $path }. تأكد من اسم الملف والمجلد، ثم حاول مرة أخرى.
cli-error-no-data-dir = لا يجد Carnet مجلدًا لسجلّك. اختر مجلدًا بـ --data-dir، مثلًا --data-dir ./carnet
cli-error-output = لم يستطع Carnet كتابة جوابه. تأكد أن القرص ليس ممتلئًا، ثم حاول مرة أخرى.
cli-error-details = تفاصيل لمن يساعدك: { $reason }

## Extra lines after errors of the logbook (errors.ftl)

cli-hint-no-logbook = لإنشاء سجل، اكتب: carnet init
cli-hint-already-exists = لترى ما فيه، اكتب: carnet list. لسجل ثانٍ، اختر مجلدًا آخر بـ --data-dir.
cli-hint-not-found = لرؤية أرقام التعريف، اكتب: carnet list
cli-hint-ambiguous-id = لرؤية أرقام التعريف، اكتب: carnet list
cli-hint-import-format = اختر ملفًا صُنع بالأمر: carnet export --format json
cli-hint-invalid-field = لقائمة الحقول، اكتب: carnet edit --help

## carnet sync

cli-sync-phase-sending = إرسال
cli-sync-phase-receiving = استلام
cli-sync-phase-photos = الصور
cli-sync-done = تمت المزامنة مع { $hub }.
cli-sync-changes = { $sent ->
    [one] أُرسل تغيير واحد
    [two] أُرسل تغييران
    [few] أُرسلت { $sent } تغييرات
    [many] أُرسل { $sent } تغييرًا
   *[other] أُرسل { $sent } تغيير
}، { $received ->
    [one] واستُلم تغيير واحد.
    [two] واستُلم تغييران.
    [few] واستُلمت { $received } تغييرات.
    [many] واستُلم { $received } تغييرًا.
   *[other] واستُلم { $received } تغيير.
}
cli-sync-photos = { $sent ->
    [one] أُرسلت صورة واحدة
    [two] أُرسلت صورتان
    [few] أُرسلت { $sent } صور
   *[other] أُرسلت { $sent } صورة
}، { $received ->
    [one] واستُلمت صورة واحدة.
    [two] واستُلمت صورتان.
    [few] واستُلمت { $received } صور.
   *[other] واستُلمت { $received } صورة.
}
cli-sync-bytes = البيانات المستعملة: { $up } كيلوبايت إرسال، { $down } كيلوبايت استلام.
cli-sync-retry = محاولة جديدة بعد { $seconds ->
    [one] ثانية واحدة.
    [two] ثانيتين.
    [few] { $seconds } ثوانٍ.
   *[other] { $seconds } ثانية.
}
cli-sync-status-hub = الخادم: { $hub }
cli-sync-status-last = آخر مزامنة: { $when }
cli-sync-status-pending = { $count ->
    [0] لا توجد تغييرات تنتظر.
    [one] تغيير واحد ينتظر الإرسال.
    [two] تغييران ينتظران الإرسال.
    [few] { $count } تغييرات تنتظر الإرسال.
    [many] { $count } تغييرًا ينتظر الإرسال.
   *[other] { $count } تغيير ينتظر الإرسال.
}
cli-sync-no-hub = لا يوجد بعد
cli-sync-never = أبدًا
cli-hint-sync-no-hub = لضبطه، اكتب: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = تغييراتك محفوظة. لتحاول لاحقًا، اكتب: carnet sync

## carnet pair

cli-pair-show-scan = امسح هذا الرمز بجهازك الجديد، أو اكتب النص الذي تحته هناك.
cli-pair-show-expires = يعمل الرمز لمدة 10 دقائق.
cli-pair-show-request = الجهاز «{ $name }» يريد سجلّك. رمزه { $fingerprint }.
cli-pair-show-ask = هل يظهر على جهازك الجديد الرمز نفسه؟ اكتب نعم (أو yes) للسماح، أو لا.
cli-pair-yes = نعم
cli-pair-show-approved = أصبح سجلّك على «{ $name }».
cli-pair-show-refused = قلت لا. لم يحصل «{ $name }» على شيء.
cli-pair-default-name = جهاز جديد
cli-pair-join-check = يجب أن يظهر على جهازك الآخر هذا الرمز: { $fingerprint }. اسمح بذلك هناك.
cli-pair-join-done = { $count ->
    [one] أصبح سجلّك على هذا الجهاز، وفيه بند واحد.
    [two] أصبح سجلّك على هذا الجهاز، وفيه بندان.
    [few] أصبح سجلّك على هذا الجهاز، وفيه { $count } بنود.
    [many] أصبح سجلّك على هذا الجهاز، وفيه { $count } بندًا.
   *[other] أصبح سجلّك على هذا الجهاز، وفيه { $count } بند.
}

## carnet devices

cli-devices-none = لم يقم أي جهاز بمزامنة هذا السجل بعد.
cli-devices-line = { $id }  { $name }  (منذ { $added })
cli-devices-this = ← هذا الجهاز
cli-devices-removed = (حُذف في { $when })
cli-devices-removed-done = تم حذف «{ $name }». لسجلّك الآن مفتاح جديد، وهذا الجهاز لا يملكه.
cli-devices-new-sheet = ورقة الاسترداد عندك فيها المفتاح القديم. اطبع ورقة جديدة الآن وأتلف القديمة: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover

cli-cmd-recovery-sheet = اطبع ورقة استرداد: بها وبكلمة السر، يمكنك استرجاع سجلّك على هاتف جديد إذا ضاع هذا الهاتف.
cli-cmd-recover = على جهاز جديد: استرجع سجلّك بورقة الاسترداد وكلمة السر.
cli-arg-recovery-out = الملف الذي تُكتب فيه الورقة. يجب أن ينتهي اسمه بـ .png أو .pdf.
cli-arg-recover-sheet = صورة أو نسخة ممسوحة من ورقة الاسترداد (PNG أو JPEG). يقرأ Carnet رمزها المربع.
cli-arg-recover-words = الكلمات الـ12 من ورقة الاسترداد، بالترتيب، بين علامتي تنصيص. أعطِ --hub أيضًا.
cli-arg-recover-hub = عنوان الخادم المطبوع على ورقة الاسترداد، مثلًا http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = يستطيع Carnet كتابة الورقة في ملف .png أو .pdf، وليس «{ $path }».
cli-recovery-sheet-done = ورقة الاسترداد في { $path }. اطبعها واحفظ الورقة في مكان آمن، بعيدًا عن هاتفك.
cli-recovery-sheet-english = الورقة باللغة الإنجليزية: لا يستطيع Carnet بعد أن يرسم حروف لغتك عليها بشكل صحيح.
cli-recovery-sheet-replaced = أي ورقة طبعتها من قبل لم تعد تعمل. أتلفها.
cli-recover-done = { $count ->
    [one] عاد سجلّك إلى هذا الجهاز: بند واحد.
    [two] عاد سجلّك إلى هذا الجهاز: بندان.
    [few] عاد سجلّك إلى هذا الجهاز: { $count } بنود.
    [many] عاد سجلّك إلى هذا الجهاز: { $count } بندًا.
   *[other] عاد سجلّك إلى هذا الجهاز: { $count } بند.
}
cli-passphrase-sheet-updated = ورقة الاسترداد ما زالت تعمل، مع كلمة السر الجديدة.
cli-passphrase-sheet-not-updated = لم يمكن تحديث ورقة الاسترداد على الخادم. إلى أن تطبع ورقة جديدة، تحتاج الورقة إلى كلمة السر القديمة. اطبع ورقة جديدة عندما تكون متصلًا: carnet recovery-sheet --out sheet.pdf

## The printed sheet (printed in English for Arabic: no shaping engine).

cli-sheet-title = ورقة استرداد Carnet
cli-sheet-made = صُنعت في { $date }
cli-sheet-hub = الخادم: { $hub }
cli-sheet-words = كلماتك الـ12
cli-sheet-instructions =
    احفظ هذه الورقة في مكان آمن. بها وبكلمة السر يمكنك استرجاع سجلّك على هاتف جديد:
    1. ثبّت Carnet على الهاتف الجديد واختر استرجاع سجل.
    2. امسح الرمز المربع، أو اكتب الكلمات الـ12 وعنوان الخادم.
    3. اكتب كلمة السر. يعود السجل من الخادم.
    على الحاسوب: carnet recover --sheet photo.jpg
cli-sheet-warning = هذه الورقة وحدها لا تفتح سجلّك: كلمة السر مطلوبة أيضًا. لا تحفظهما معًا. إذا طبعت ورقة جديدة، تتوقف هذه عن العمل.
