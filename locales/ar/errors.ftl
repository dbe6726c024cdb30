# Review status: machine-drafted, needs review by a native speaker.
# Errors of the logbook, shared by every Carnet front end (CLI, app). Values such as $value are shown as typed.

## Passphrase

error-wrong-passphrase = كلمة السر غير صحيحة. تأكد منها وحاول مرة أخرى. الحروف الكبيرة والصغيرة مختلفة.
error-too-many-attempts = { $minutes ->
    [one] كلمات سر خاطئة كثيرة. انتظر دقيقة واحدة، ثم حاول مرة أخرى.
    [two] كلمات سر خاطئة كثيرة. انتظر دقيقتين، ثم حاول مرة أخرى.
    [few] كلمات سر خاطئة كثيرة. انتظر { $minutes } دقائق، ثم حاول مرة أخرى.
   *[other] كلمات سر خاطئة كثيرة. انتظر { $minutes } دقيقة، ثم حاول مرة أخرى.
}
error-passphrase-too-short = كلمة السر هذه قصيرة جدًا. استعمل { $min } أحرف على الأقل.

## The logbook files

error-no-logbook = لا يوجد سجل في هذا المجلد بعد. أنشئ سجلًا أولًا، أو اختر المجلد الذي فيه سجلّك.
error-already-exists = يوجد سجل في هذا المجلد من قبل. لم يتغير شيء.
error-damaged-key-file = مفتاح سجلّك تالف أو مفقود، لذلك لا يمكن فتحه. ضع مكانه نسخة احتياطية، أو نسخة من جهاز ربطته بهذا الجهاز.
error-damaged-database = سجلّك تالف، لذلك لا يمكن فتحه. ضع مكانه نسخة احتياطية، أو نسخة من جهاز ربطته بهذا الجهاز.
error-too-new = { $what ->
    [export-file] صُنع هذا الملف بنسخة أحدث من Carnet. حدّث Carnet، ثم حاول مرة أخرى.
    [taxonomy] بيانات ESCO التي جاءت مع Carnet من نسخة أحدث من Carnet. حدّث Carnet، ثم حاول مرة أخرى.
   *[other] حُفظ سجلّك بنسخة أحدث من Carnet. حدّث Carnet، ثم حاول مرة أخرى.
}
error-disk-full = القرص ممتلئ. لم يضع شيء. أفرغ بعض المساحة، مثلًا بحذف ملفات قديمة، ثم حاول مرة أخرى.
error-io = لم يستطع Carnet قراءة ملفات سجلّك أو كتابتها. تأكد أن المجلد موجود وأنه مسموح لك بالكتابة فيه، ثم حاول مرة أخرى.
error-internal = حدث خطأ داخل Carnet. هذا خطأ في Carnet، وليس خطأك. أخبر من فضلك الذين يصنعون Carnet.

## Entries

error-not-found = لا يوجد بند برقم التعريف «{ $id }». تأكد من الرقم وحاول مرة أخرى.
error-ambiguous-id = أكثر من بند يبدأ بـ «{ $id }». اكتب جزءًا أطول من رقم التعريف.

## Values the person typed

error-invalid-kind = «{ $value }» ليس نوعًا من البنود. استعمل skill أو qualification أو experience أو language أو learning.
error-invalid-date = «{ $value }» ليس تاريخًا. اكتب سنة (2019)، أو شهرًا (2019-05)، أو يومًا (2019-05-14).
error-invalid-level = { $kind ->
    [language] «{ $value }» ليس مستوى لغة. استعمل A1 أو A2 أو B1 أو B2 أو C1 أو C2.
    [qualification] «{ $value }» ليس مستوى لمؤهل. استعمل رقمًا من 1 إلى 8 (EQF).
    [learning] «{ $value }» ليس مستوى لدورة. استعمل رقمًا من 1 إلى 8 (EQF).
    [eqf] «{ $value }» ليس مستوى EQF. استعمل رقمًا من 1 إلى 8.
   *[other] «{ $value }» ليس مستوى. استعمل basic أو intermediate أو advanced أو expert.
}
error-invalid-country = «{ $value }» ليس رمز بلد. استعمل حرفين، مثلًا SY أو AF أو ER أو DE.
error-invalid-language = «{ $value }» ليس رمز لغة. استعمل رمزًا قصيرًا، مثلًا ar أو fa-AF أو en.
error-invalid-esco = «{ $value }» ليس عنوانًا في ESCO. يبدأ العنوان بـ http://data.europa.eu/esco/
error-invalid-isco = «{ $value }» ليس رمز وظيفة في ISCO-08. استعمل من رقم إلى 4 أرقام، مثلًا 7212.
error-invalid-proficiency = «{ $value }» ليس مستوى. استعمل basic أو intermediate أو advanced أو expert.
error-invalid-context = «{ $value }» ليس طريقة تعلّم. استعمل formal أو non-formal أو informal.
error-invalid-stage = «{ $value }» ليس مرحلة. استعمل recruitment أو pre-departure أو arrival أو career أو return.
error-invalid-field = «{ $value }» ليس شيئًا يمكنك تغييره. استعمل واحدًا من: { $expected }.
error-empty-field = { $field ->
    [title] العنوان فارغ. اكتب عنوانًا قصيرًا.
   *[other] الحقل { $field } فارغ. اكتب فيه شيئًا.
}
error-date-order = تاريخ النهاية { $to } قبل تاريخ البداية { $from }. تأكد من التاريخين.
error-import-format = هذا الملف ليس ملف تصدير من Carnet، لذلك لا يمكن قراءته. اختر ملفًا صدّره Carnet.

## Photos

error-evidence-not-an-image = هذا الملف ليس صورة. يقبل Carnet صور JPEG و PNG و WebP.
error-evidence-unsupported-format = هذه صورة بصيغة { $format }، ولا يستطيع Carnet استعمالها. احفظها بصيغة JPEG أو PNG أو WebP، ثم حاول مرة أخرى.
error-evidence-damaged = الصورة تالفة أو غير كاملة. التقط الصورة أو اخترها مرة أخرى.
error-evidence-too-large = الصورة كبيرة جدًا ({ $width } × { $height } بكسل). التقط الصورة بجودة أقل، أو اختر نسخة أصغر.
error-evidence-file-too-big = الملف كبير جدًا ({ $megabytes } ميغابايت). الحد هو 32 ميغابايت. اختر ملفًا أصغر.
error-evidence-encode-failed = لم يستطع Carnet حفظ الصورة. حاول مرة أخرى من فضلك. إذا تكرر ذلك، أخبر من فضلك الذين يصنعون Carnet.

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» ليس عنوان خادم. عنوان الخادم يشبه http://192.168.1.10:8470. اطلبه من المركز.
error-sync-no-hub = لم يُضبط خادم لهذا السجل بعد. اطلب من المركز عنوان الخادم عندهم.
error-sync-unreachable = لا يستطيع Carnet الوصول إلى الخادم في { $url }. سجلّك آمن على هذا الجهاز. حاول مرة أخرى عندما تكون متصلًا بشبكة المركز.
error-sync-refused = الخادم لا يقبل هذا الجهاز لهذا السجل. إذا حذفت هذا الجهاز من سجلّك، فهذا متوقع. وإلا، اسأل المركز.
error-sync-unknown-logbook = ليس عند الخادم نسخة من هذا السجل بعد. قم أولًا بمزامنة الجهاز الذي عليه سجلّك، ثم حاول مرة أخرى.
error-sync-rate-limited = { $seconds ->
    [one] الخادم مشغول. انتظر ثانية واحدة، ثم حاول مرة أخرى. سجلّك آمن على هذا الجهاز.
    [two] الخادم مشغول. انتظر ثانيتين، ثم حاول مرة أخرى. سجلّك آمن على هذا الجهاز.
    [few] الخادم مشغول. انتظر { $seconds } ثوانٍ، ثم حاول مرة أخرى. سجلّك آمن على هذا الجهاز.
   *[other] الخادم مشغول. انتظر { $seconds } ثانية، ثم حاول مرة أخرى. سجلّك آمن على هذا الجهاز.
}
error-sync-hub-full = لم يبق في الخادم مكان لسجلّك. سجلّك آمن على هذا الجهاز. اسأل المركز.
error-sync-hub-error = حدثت مشكلة في الخادم ({ $status } { $code }). سجلّك آمن على هذا الجهاز. حاول لاحقًا، أو اسأل المركز.
error-sync-protocol = أرسل الخادم شيئًا لا تستطيع نسخة Carnet هذه قراءته. سجلّك آمن على هذا الجهاز. حدّث Carnet، أو اسأل المركز.
error-sync-forged = أرسل الخادم تغييرًا تالفًا أو غيّره أحد. لم يستعمله Carnet، ولم يتغير سجلّك. أخبر المركز.
error-sync-incomplete = لم يرسل الخادم كل التغييرات التي كان يجب أن يرسلها. لم يستعملها Carnet، ولم يتغير سجلّك. حاول لاحقًا، أو أخبر المركز.
error-sync-unknown-epoch = ليس عند هذا الجهاز أحدث مفتاح لسجلّك، لذلك لا يستطيع قراءة ما عند الخادم. إذا حذفت هذا الجهاز، فهذا متوقع. وإلا، اربطه مرة أخرى.
error-sync-rolled-back = فقد الخادم بعض البيانات. سجلّك على هذا الجهاز كامل ولم يتغير. أخبر المركز.
error-sync-pairing-code = هذا ليس رمز ربط، أو جزء منه ناقص. أظهر الرمز مرة أخرى على جهازك الآخر، وامسحه أو اكتبه كله.
error-sync-pairing-expired = رمز الربط هذا قديم جدًا. أظهر رمزًا جديدًا على جهازك الآخر.
error-sync-pairing-taken = جهاز آخر أجاب على رمز الربط هذا من قبل. لم تتم مشاركة شيء. أظهر رمزًا جديدًا على جهازك الآخر وحاول مرة أخرى.
error-sync-pairing-refused = جهازك الآخر رفض هذا الربط. لم تتم مشاركة شيء.
error-sync-remove-self = هذا هو الجهاز الذي تستعمله. لحذفه، افعل ذلك من جهاز آخر من أجهزتك.
error-sync-cancelled = توقفت عن انتظار الجهاز الآخر. لم تتم مشاركة شيء. ابدأ من جديد عندما يكون الجهازان جاهزين.

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = هذا ليس الرمز المربع لورقة استرداد من Carnet، أو لم يستطع Carnet قراءته كله. التقط صورة أوضح للرمز كله، أو اكتب الكلمات الـ12.
error-sync-recovery-words = { $problem ->
    [count] ورقة الاسترداد فيها 12 كلمة؛ أنت أعطيت { $position }. اكتب الكلمات الـ12 كلها، بالترتيب.
    [unknown] الكلمة رقم { $position } ليست من كلمات أوراق الاسترداد. تأكد من كتابتها على الورقة.
   *[other] الكلمات لا تتناسب معًا: واحدة منها خاطئة، أو اثنتان في غير مكانهما. تأكد من كل كلمة على الورقة.
}
error-sync-recovery-no-box = ليس عند الخادم شيء لورقة الاسترداد هذه. ربما حلّت محلها ورقة أحدث، أو الورقة لخادم آخر. استعمل أحدث ورقة عندك.
error-sheet-write = لم يستطع Carnet كتابة الورقة في { $path }. تأكد من المجلد ومن المساحة الفارغة. ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = لا يجد Carnet ملف بيانات ESCO الخاص به ({ $path }). ثبّت Carnet مرة أخرى.
error-taxonomy-damaged = ملف بيانات ESCO الخاص بـ Carnet تالف ({ $reason }). ثبّت Carnet مرة أخرى.
error-unknown-concept = لا توجد مهارة أو وظيفة في ESCO اسمها «{ $concept }». ابحث عن عنوانها بالأمر carnet esco search.
error-not-an-occupation = «{ $concept }» مهارة في ESCO، وليست وظيفة. ابحث عن الوظيفة بالأمر carnet esco search --kind occupation.

## The app: reading a picture, saving a file

error-qr-unreadable = لم يجد Carnet رمزًا مربعًا في هذه الصورة. التقط صورة أوضح للرمز كله، أو اكتب الرمز بدلًا من ذلك.
error-save-file = لم يستطع Carnet حفظ الملف في { $path }. تأكد من المساحة الفارغة. ({ $reason })

## Voice notes

error-evidence-not-audio = هذا الملف ليس تسجيلًا صوتيًا. يقبل Carnet ملفات الصوت WebM و Ogg و MP4 و M4A و AAC و MP3 و WAV.
error-evidence-audio-is-video = هذا الملف فيديو. يحفظ Carnet الصوت فقط. سجّل ملاحظة صوتية، أو اختر ملفًا صوتيًا.
error-evidence-audio-too-big = الملف الصوتي كبير جدًا ({ $megabytes } ميغابايت). الحد هو 5 ميغابايت. سجّل ملاحظة صوتية أقصر.
error-evidence-audio-damaged = الملف الصوتي تالف أو غير كامل. سجّله أو اختره مرة أخرى.
error-evidence-not-evidence = هذا الملف ليس صورة وليس تسجيلًا صوتيًا. يقبل Carnet الصور (JPEG و PNG و WebP) وملفات الصوت (WebM و Ogg و MP4 و M4A و AAC و MP3 و WAV).
error-microphone-denied = Carnet غير مسموح له باستعمال الميكروفون. اسمح بذلك في إعدادات هاتفك، أو أرفق ملفًا صوتيًا.
error-microphone-failed = لم يستطع Carnet التسجيل. حاول مرة أخرى، أو أرفق ملفًا صوتيًا.
error-recording-empty = لم يُسجَّل شيء. حاول مرة أخرى وتكلّم بعد أن تضغط الزر.
error-evidence-missing = هذه الصورة أو الملاحظة الصوتية ليست على هذا الجهاز بعد ({ $sha }). قم بالمزامنة للحصول عليها.
