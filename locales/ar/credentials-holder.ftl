# Review status: machine-drafted, needs review by a native speaker.
# Credential commands of the holder: carnet request, receive, credentials (wallet), present, export-credential.
# Words a person types stay in English: carnet, request, receive, present, --select, --fields, png, svg…

## Help: commands

cli-cmd-holder-request = اصنع ملفًا يطلب من مدرّب أو صاحب عمل أو مركز أن يؤكد بنودًا.
    .long = اصنع طلبًا يطلب من مدرّب أو صاحب عمل أو مركز أو كلية أو زميل أن يؤكد («يصدّق») بعض بنودك: ملفًا، أو رمز QR (اسم ينتهي بـ .png أو .svg) تُظهره على هاتفك أو تطبعه، أو مع --text نصًا ترسله في رسالة. أعطه لهم. يوقّعونه ويعطونك ملف تصديق، تحفظه بالأمر: carnet receive
cli-cmd-holder-receive = احفظ تصديقًا وقّعه لك مدرّب أو صاحب عمل أو مركز.
cli-cmd-holder-credentials = اعرض التصديقات التي تحفظها، بندًا بندًا. أو: carnet wallet
cli-cmd-holder-present = أظهر بنودًا تختارها في رمز QR واحد يستطيع أي أحد فحصه بدون إنترنت.
    .long = أظهر بنودًا تختارها في رمز QR واحد يستطيع أي أحد فحصه بدون إنترنت. البنود المؤكَّدة تظهر مع اسم من أكّدها؛ والبنود المعطاة مع --self-declared تظهر على أنها بقولك أنت فقط. على الشاشة يعمل الرمز 24 ساعة؛ ومع --print، 5 سنوات.
cli-cmd-holder-export = اكتب بندًا مؤكَّدًا كشهادة W3C Verifiable Credential (Open Badges 3.0) للتطبيقات الأخرى.
    .long = اكتب بندًا مؤكَّدًا كشهادة W3C Verifiable Credential 2.0 (شارة Open Badges 3.0)، موقَّعة من الشخص الذي أكّده، لتستطيع المحافظ والتطبيقات الأخرى فحصها. بدون --out تُكتب على الشاشة.

## Help: arguments

cli-arg-holder-request-ids = البنود التي تريد تأكيدها: أرقام تعريفها، أو أول 4 أحرف أو أكثر من كل واحد. لرؤية الأرقام، اكتب: carnet list
cli-arg-holder-request-out = أين يُكتب الطلب: اسم ينتهي بـ .png أو .svg يصنع صورة رمز QR؛ وأي اسم آخر، مثل request.cbor، يصنع ملفًا.
cli-arg-holder-request-text = اكتب نص الطلب (يبدأ بـ CNR1:) على الشاشة، لترسله في رسالة.
cli-arg-holder-receive-file = ملف التصديق الذي أُعطي لك، مثلًا credential.cbor.
cli-arg-holder-present-select = البنود المؤكَّدة التي تريد إظهارها: أرقام تعريفها، أو أول 4 أحرف أو أكثر من كل واحد.
cli-arg-holder-present-fields = أظهر فقط هذه الأجزاء من كل بند، مفصولة بفواصل، مثلًا title,level. الباقي يبقى مخفيًا. الأجزاء هي: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. بدونه، يظهر كل شيء.
cli-arg-holder-present-self-declared = بنود تُظهرها على أنها بقولك أنت فقط، لم يؤكدها أحد.
cli-arg-holder-present-stage = لأي شيء تُظهره: recruitment أو pre-departure أو arrival أو career أو return. بدونه: recruitment.
cli-arg-holder-present-audience = لمن تُظهره، إذا طلبوا منك أن تكتب اسمهم، مثلًا اسم وكالة.
cli-arg-holder-present-nonce = الرمز الذي أعطاك إياه من يفحص، إذا أعطاك رمزًا (حروف 0-9 و a-f).
cli-arg-holder-present-print = اصنعه للورق: يتحمل الرمز الخدوش والطيّ بشكل أفضل، ويعمل 5 سنوات بدلًا من 24 ساعة.
cli-arg-holder-present-out = الصورة التي تُكتب: اسم ينتهي بـ .png أو .svg.
cli-arg-holder-present-text = اكتب أيضًا النص الذي داخل رمز QR، لترسله في رسالة.
cli-arg-holder-export-id = البند المؤكَّد: رقم تعريفه، أو أول 4 أحرف منه أو أكثر.
cli-arg-holder-export-format = الصيغة التي تُكتب. فقط: vc (W3C Verifiable Credential، Open Badges 3.0).
cli-arg-holder-export-jwt = اكتبه كرمز موقَّع (VC-JWT) بدلًا من JSON مع إثبات.
cli-arg-holder-export-out = الملف الذي يُكتب، مثلًا badge.json أو badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] هذا الطلب يطلب تأكيد بند واحد.
        [two] هذا الطلب يطلب تأكيد بندين.
        [few] هذا الطلب يطلب تأكيد { $count } بنود.
        [many] هذا الطلب يطلب تأكيد { $count } بندًا.
       *[other] هذا الطلب يطلب تأكيد { $count } بند.
    } الشخص الذي يؤكد سيرى هذه الأجزاء من كل بند:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = كُتب الطلب في { $path }.
holder-request-next = أعطِ الملف للشخص الذي يؤكد. عندما يعطيك ملف تصديق، اكتب: carnet receive FILE
holder-receive-done = تم الحفظ: أكّده { $issuer }، { $kind }، { $country }. طريقة التحقق: { $assessed }.
holder-validity-until = صدر في { $issued }. صالح حتى { $expires }.
holder-validity-open = صدر في { $issued }. بلا تاريخ انتهاء.
holder-wallet-empty = ليس عندك تصديقات بعد. لطلب تصديق، اكتب: carnet request ID --out request.cbor
holder-wallet-damaged = تصديق لم تعد قراءته ممكنة. اطلب تصديقًا جديدًا من الشخص الذي أعطاك إياه.
holder-wallet-line-until = { $issuer } ({ $kind }، { $country }): صدر في { $issued }، صالح حتى { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }، { $country }): صدر في { $issued }، بلا تاريخ انتهاء
holder-wallet-line-expired = { $issuer } ({ $kind }، { $country }): صدر في { $issued }، انتهى في { $expires }
holder-present-nothing = قل ماذا تُظهر: --select ID للبنود المؤكَّدة، و --self-declared ID للبنود الأخرى.
holder-present-done = كُتب رمز QR في { $path }: { $endorsed } مؤكَّد، و{ $declared } بقولك أنت.
holder-present-size = الحجم: رمز QR النسخة { $version }، المستوى { $ec }، عدد الحروف { $chars }.
holder-present-expires = يمكن فحصه حتى { $when } ({ $hours } ساعة).
holder-present-by-kid = ليتسع الرمز، تُذكر الجهات المصدِرة ببصمة قصيرة. من يفحص يعرف من هم فقط إذا كانوا في قائمة الجهات الموثوقة عنده.

## Who confirmed: a colleague's confirmation is never taken for a college's.

holder-issuer-kind-trainer = مدرّب
holder-issuer-kind-employer = صاحب عمل
holder-issuer-kind-centre = مركز
holder-issuer-kind-college = كلية أو معهد
holder-issuer-kind-colleague = زميل (شخص عمل معك، وليس جهة أو مؤسسة)

## How they checked

holder-assessed-observation = شاهدوك وأنت تعمل
holder-assessed-test = اختبار
holder-assessed-document = فحصوا وثيقة
holder-assessed-interview = مقابلة

## Errors

error-holder-no-key = هذا السجل ليس فيه مفتاح لتوقيع التصديقات. لم يتغير شيء. أبلغ عن هذه المشكلة من فضلك.
error-holder-write-file = لم يمكن كتابة الملف { $path }: { $reason }. تأكد أن المجلد موجود وأن فيه مساحة فارغة، ثم حاول مرة أخرى.
error-holder-entry-unfit = لا يمكن وضع البند «{ $title }» في تصديق: { $field } فيه طويل جدًا أو ليس بالشكل الصحيح. غيّره بالأمر carnet edit، ثم حاول مرة أخرى.
error-holder-unknown-field = «{ $value }» ليس جزءًا من البند يمكن إظهاره. الأجزاء هي: { $known }.
error-holder-credential-no-entries = التصديق { $path } لا يقول أي بند من بنودك يؤكد. لم يُحفظ شيء. اطلب تصديقًا جديدًا مصنوعًا من ملف طلب: carnet request
error-holder-credential-entry-gone = التصديق { $path } يؤكد بندًا لم يعد في سجلّك ({ $id }). لم يُحفظ شيء. إذا حذفته على هذا الجهاز، أضفه من نسخة من السجل، ثم حاول مرة أخرى.
error-holder-credential-damaged = لم تعد قراءة تصديق البند «{ $title }» ممكنة. اطلب تصديقًا جديدًا من الشخص الذي أكّده.
error-holder-not-endorsed = البند «{ $title }» لم يؤكده أحد بعد. أظهره مع --self-declared، أو اطلب تأكيدًا: carnet request
error-holder-selected-twice = البند «{ $title }» معطى مع --select ومع --self-declared معًا. أعطه مرة واحدة.
error-holder-bad-stage = «{ $value }» ليس مرحلة. المراحل هي: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = يجب أن يكون طول اسم الجهة من 1 إلى 100 حرف، في سطر واحد.
error-holder-bad-nonce = «{ $value }» ليس رمزًا ممن يفحص: يجب أن يكون من 2 إلى 128 حرفًا من 0-9 و a-f.
error-holder-bad-out = يجب أن ينتهي اسم الصورة { $path } بـ .png أو .svg.
error-holder-no-vc = تأكيد «{ $title }» من { $issuer } صُنع قبل أن يستطيع Carnet كتابته كتصديق W3C، وهم وحدهم يستطيعون توقيعه. اطلب منهم أن يؤكدوه مرة أخرى: اصنع طلبًا جديدًا (carnet request ID --out request.cbor)، أعطه لهم، واحفظ الملف الذي يعطونك إياه (carnet receive FILE).
