# Review status: machine-drafted, needs review by a native speaker.
# Credential commands for issuers and verifiers: carnet issuer, endorse, trust, revocation, verify.
# Words a person types stay in English: carnet, issuer, endorse, --out, trainer…

## Help: commands

cli-cmd-issuer = وقّع على مهارات الآخرين، كمدرّب أو صاحب عمل أو مركز أو كلية أو زميل.
cli-cmd-issuer-init = اصنع مفتاح التوقيع الخاص بك كجهة مصدِرة. يُقفل بكلمة سر.
cli-cmd-issuer-show = أظهر اسمك كجهة مصدِرة ونوعك ومفتاحك العام. لا حاجة لكلمة السر.
cli-cmd-issuer-revoke = اسحب تصديقًا واحدًا وقّعته، برقمه.
cli-cmd-issuer-status-list = اكتب القائمة الموقَّعة للتصديقات التي سحبتها، لتعطيها لمن يفحصون.
cli-cmd-endorse = وقّع طلبًا أعطاك إياه شخص، واكتب التصديق لتعيده إليه.
cli-cmd-trust = اختر من تثق بتوقيعاتهم عندما تفحص رمز QR.
cli-cmd-trust-anchor = مراجع الثقة: الشبكات أو السلطات التي تضمن الجهات المصدِرة.
cli-cmd-trust-anchor-init = اصنع مفتاح توقيع كمرجع ثقة، لتضمن الجهات المصدِرة.
cli-cmd-trust-anchor-show = أظهر اسم مرجع الثقة الخاص بك ومفتاحه العام.
cli-cmd-trust-anchor-add = ثق بالقوائم الموقَّعة بمفتاح مرجع الثقة هذا.
cli-cmd-trust-bundle = كمرجع ثقة، وقّع قائمة بالجهات المصدِرة التي تضمنها.
cli-cmd-trust-import = أضف من ملف قائمة موقَّعة بالجهات المصدِرة الموثوقة.
cli-cmd-trust-list = أظهر الجهات المصدِرة التي تثق بها، وعمر كل قائمة.
cli-cmd-revocation = قوائم التصديقات التي سحبتها الجهات المصدِرة.
cli-cmd-revocation-import = أضف قائمة موقَّعة من جهة مصدِرة بالتصديقات التي سحبتها.
cli-cmd-verify = افحص رمز QR من Carnet: من وقّع كل مهارة، وهل ما زالت صالحة.

## Help: what to give

cli-arg-issuer-name = اسمك أو اسم مؤسستك، كما يجب أن يراه الناس.
cli-arg-issuer-country = بلدك، بحرفين، مثل KE أو PT.
cli-arg-issuer-kind = ما أنت: trainer (مدرّب)، employer (صاحب عمل)، centre (مركز)، college (كلية) أو colleague (زميل).
cli-arg-revoke-index = رقم التصديق الذي تريد سحبه.
cli-arg-cred-out = الملف الذي يُكتب.
cli-arg-endorse-request = الطلب الذي أعطاك إياه الشخص: الملف (request.cbor)، أو صورة لرمز QR الخاص به (PNG أو JPEG)، أو ملف نصي فيه النص الذي يبدأ بـ CNR1:
cli-arg-endorse-text = نص الطلب، الذي يبدأ بـ CNR1:، إذا أرسله الشخص في رسالة. بدلًا من ملف.
cli-arg-endorse-assessed-by = كيف تحققت من المهارة: observation (مشاهدة)، test (اختبار)، document (وثيقة) أو interview (مقابلة).
cli-arg-endorse-expires = آخر يوم يبقى فيه التصديق صالحًا، مثل 2027-05-14. بدونه، لا ينتهي.
cli-arg-endorse-valid-days = كم يومًا يبقى التصديق صالحًا، من اليوم.
cli-arg-anchor-name = اسم مرجع الثقة، كما يجب أن يراه الناس.
cli-arg-anchor-key = المفتاح العام لمرجع الثقة: 64 حرفًا ورقمًا.
cli-arg-bundle-issuer = ملف جهة مصدِرة، من الأمر carnet issuer show --json. أعطه مرة لكل جهة.
cli-arg-trust-file = ملف قائمة الثقة (.cbor).
cli-arg-status-file = ملف قائمة الجهة المصدِرة (.cbor).
cli-arg-verify-image = صورة لرمز QR: PNG أو JPEG أو WebP.
cli-arg-verify-text = نص رمز QR، الذي يبدأ بـ CN1:
cli-arg-verify-nonce = الرقم الذي طلبت من الشخص أن يضعه في الرمز (hex).
cli-arg-verify-audience = الاسم الذي طلبت من الشخص أن يضعه في الرمز.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = مفتاحك كجهة مصدِرة باسم { $name } جاهز. احفظ كلمة السر في مكان آمن: بدونها لا تستطيع التوقيع.
issuer-label-name = الاسم:
issuer-label-country = البلد:
issuer-label-kind = النوع:
issuer-label-public-key = المفتاح العام:
issuer-label-kid = بصمة المفتاح:
issuer-label-issued = الأرقام المعطاة:
issuer-label-revoked = المسحوبة:
issuer-revoked = تم سحب التصديق رقم { $index }.
issuer-already-revoked = التصديق رقم { $index } كان مسحوبًا من قبل.
issuer-revoked-next-step = من يفحصون لن يعرفوا ذلك إلا من قائمتك التالية: اكتبها بالأمر carnet issuer status-list --out list.cbor، ثم أعطهم الملف.
issuer-status-list-written = { $count ->
    [one] القائمة في { $path }. فيها تصديق واحد مسحوب.
    [two] القائمة في { $path }. فيها تصديقان مسحوبان.
    [few] القائمة في { $path }. فيها { $count } تصديقات مسحوبة.
    [many] القائمة في { $path }. فيها { $count } تصديقًا مسحوبًا.
   *[other] القائمة في { $path }. فيها { $count } تصديق مسحوب.
}

endorse-intro = { $count ->
    [one] أنت على وشك توقيع بند واحد للشخص صاحب المفتاح { $holder }:
    [two] أنت على وشك توقيع بندين للشخص صاحب المفتاح { $holder }:
    [few] أنت على وشك توقيع { $count } بنود للشخص صاحب المفتاح { $holder }:
    [many] أنت على وشك توقيع { $count } بندًا للشخص صاحب المفتاح { $holder }:
   *[other] أنت على وشك توقيع { $count } بند للشخص صاحب المفتاح { $holder }:
}
endorse-entry = { $title } ({ $kind }، المستوى { $level }، { $dates })
endorse-untitled = (بلا عنوان)
endorse-how-observation = تقول إنك شاهدته يفعل ذلك.
endorse-how-test = تقول إنه نجح في اختبار.
endorse-how-document = تقول إنك فحصت وثيقة.
endorse-how-interview = تقول إنك تحققت من ذلك في مقابلة.
endorse-expires-on = يبقى صالحًا حتى { $date }.
endorse-no-expiry = لا ينتهي.
endorse-written = { $count ->
    [one] تم التوقيع. أعطِ { $path } للشخص. رقمه { $first }.
   *[other] تم التوقيع. أعطِ { $path } للشخص. أرقامه من { $first } إلى { $last }.
}

trust-anchor-added = أنت الآن تثق بالقوائم التي وقّعها { $name } (بصمة المفتاح { $kid }).
trust-bundle-written = { $count ->
    [one] القائمة الموقَّعة لجهة مصدِرة واحدة في { $path }.
    [two] القائمة الموقَّعة لجهتين مصدِرتين في { $path }.
    [few] القائمة الموقَّعة لـ { $count } جهات مصدِرة في { $path }.
   *[other] القائمة الموقَّعة لـ { $count } جهة مصدِرة في { $path }.
}
trust-imported = { $count ->
    [one] أضيفت قائمة ثقة فيها جهة مصدِرة واحدة، صُنعت في { $date }.
    [two] أضيفت قائمة ثقة فيها جهتان مصدِرتان، صُنعت في { $date }.
    [few] أضيفت قائمة ثقة فيها { $count } جهات مصدِرة، صُنعت في { $date }.
   *[other] أضيفت قائمة ثقة فيها { $count } جهة مصدِرة، صُنعت في { $date }.
}
trust-list-empty = لا تثق بأي جهة مصدِرة بعد. أضف قائمة ثقة بالأمر carnet trust import.
trust-list-bundle = { $days ->
    [0] قائمة ثقة من { $anchor }، صُنعت اليوم ({ $date }):
    [one] قائمة ثقة من { $anchor }، صُنعت قبل يوم واحد ({ $date }):
    [two] قائمة ثقة من { $anchor }، صُنعت قبل يومين ({ $date }):
    [few] قائمة ثقة من { $anchor }، صُنعت قبل { $days } أيام ({ $date }):
    [many] قائمة ثقة من { $anchor }، صُنعت قبل { $days } يومًا ({ $date }):
   *[other] قائمة ثقة من { $anchor }، صُنعت قبل { $days } يوم ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }، { $country }، بصمة المفتاح { $kid }
revocation-imported = { $count ->
    [one] أضيفت قائمة { $name }، صُنعت في { $date }: تصديق واحد مسحوب.
    [two] أضيفت قائمة { $name }، صُنعت في { $date }: تصديقان مسحوبان.
    [few] أضيفت قائمة { $name }، صُنعت في { $date }: { $count } تصديقات مسحوبة.
    [many] أضيفت قائمة { $name }، صُنعت في { $date }: { $count } تصديقًا مسحوبًا.
   *[other] أضيفت قائمة { $name }، صُنعت في { $date }: { $count } تصديق مسحوب.
}

## Errors of these commands

error-issuer-exists = يوجد مفتاح جهة مصدِرة في هذا المجلد من قبل. لم يتغير شيء.
error-no-issuer = لا يوجد مفتاح جهة مصدِرة في هذا المجلد بعد. اصنع واحدًا بالأمر carnet issuer init.
error-issuer-damaged = مفتاح الجهة المصدِرة في هذا المجلد تالف أو لا يطابق بياناته. ضع مكانه نسخة احتياطية.
error-anchor-exists = يوجد مفتاح مرجع ثقة في هذا المجلد من قبل. لم يتغير شيء.
error-no-anchor = لا يوجد مفتاح مرجع ثقة في هذا المجلد بعد. اصنع واحدًا بالأمر carnet trust anchor init.
error-anchor-damaged = مفتاح مرجع الثقة في هذا المجلد تالف أو لا يطابق بياناته. ضع مكانه نسخة احتياطية.
error-identity-too-new = صُنع هذا المفتاح بنسخة أحدث من Carnet. حدّث Carnet لتستعمله.
error-storage-file = لم يستطع Carnet كتابة { $path } أو قراءته. تأكد أن هناك مساحة وأنه مسموح لك بالكتابة هناك. (لمن يساعدك: { $reason })
error-file-too-big = { $path } أكبر بكثير من أن يكون ملفًا من Carnet.
error-issuer-kind = «{ $value }» ليس نوعًا من الجهات المصدِرة. اكتب trainer أو employer أو centre أو college أو colleague.
error-assessed-by = «{ $value }» ليس طريقة تحقق. اكتب observation أو test أو document أو interview.
error-expires-date = «{ $value }» ليس يومًا. اكتبه بالشكل سنة-شهر-يوم، مثل 2027-05-14.
error-expires-past = يجب أن يكون يوم الانتهاء بعد اليوم.
error-issuer-indexes-used-up = أعطى مفتاح الجهة المصدِرة هذا كل أرقامه. اصنع مفتاح جهة مصدِرة جديدًا.
error-revoke-not-issued = لم توقّع تصديقًا بالرقم { $index }. أرقامك من 0 إلى أقل من { $next }.
error-anchor-name = يجب أن يكون طول الاسم من 1 إلى 100 حرف.
error-anchor-known = أنت تثق بمرجع الثقة هذا من قبل (بصمة المفتاح { $kid }).
error-issuer-file = { $path } ليس ملف جهة مصدِرة. اطلب من الجهة المصدِرة ناتج الأمر carnet issuer show --json.
error-trust-bundle-not-newer = عندك قائمة الثقة هذه من قبل، أو قائمة أحدث من مرجع الثقة نفسه. لم يتغير شيء.
error-status-list-not-newer = عندك من قبل قائمة أحدث من هذه الجهة المصدِرة. لم يتغير شيء.
error-status-list-issuer-unknown = هذه القائمة من جهة مصدِرة لا تثق بها بعد (بصمة المفتاح { $kid }). استورد أولًا قائمة ثقة تذكرها.
error-verifier-damaged = قوائم الثقة المحفوظة عندك تالفة أو تم تغييرها. استوردها مرة أخرى.
error-verify-nonce = «{ $value }» ليس رقمًا بصيغة hex، مثل 3fa9.
error-verify-got-request = هذا طلب لتأكيد بنود شخص (نصه يبدأ بـ CNR1:)، وليس رمزًا يُظهر مهارات. لم يتم فحص شيء. الشخص الذي يؤكد يوقّعه بالأمر: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = هذا رمز يُظهر مهارات شخص (نصه يبدأ بـ CN1:)، وليس طلبًا لتأكيدها. لم يتم توقيع شيء. لفحصه، اكتب: carnet verify PICTURE، أو carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = قائمة الثقة تالفة أو ليست قائمة ثقة.
error-trust-bundle-wrong-file = هذا نوع آخر من ملفات Carnet، وليس قائمة ثقة.
error-trust-bundle-newer-version = صُنعت قائمة الثقة هذه بنسخة أحدث من Carnet. حدّث Carnet لتقرأها.
error-trust-bundle-unknown-anchor = قائمة الثقة هذه موقَّعة من مرجع ثقة لا تثق به (بصمة المفتاح { $kid }). أضفه أولًا بالأمر carnet trust anchor add، إذا كنت تعرفه.
error-trust-bundle-bad-signature = التوقيع على قائمة الثقة هذه غير مطابق. تم تغيير الملف أو تلف.
error-trust-bundle-invalid = لا يمكن استعمال قيمة في قائمة الثقة ({ $field }).
error-trust-bundle-too-large = قائمة الثقة كبيرة جدًا.
error-status-list-malformed = القائمة تالفة أو ليست قائمة تصديقات مسحوبة.
error-status-list-wrong-file = هذا نوع آخر من ملفات Carnet، وليس قائمة تصديقات مسحوبة.
error-status-list-newer-version = صُنعت هذه القائمة بنسخة أحدث من Carnet. حدّث Carnet لتقرأها.
error-status-list-wrong-issuer = هذه القائمة تخص جهة مصدِرة أخرى ({ $found }، وليس { $expected }).
error-status-list-bad-signature = التوقيع على هذه القائمة غير مطابق. تم تغيير الملف أو تلف.
error-status-list-invalid = لا يمكن استعمال قيمة في القائمة ({ $field }).
error-status-list-too-large = القائمة كبيرة جدًا.
