# Review status: machine-drafted, needs review by a native speaker.
# Checking a presentation: verdicts, reasons and the report (carnet verify, the app's verify screen and preview).

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = مدرّب
issuer-kind-employer = صاحب عمل
issuer-kind-centre = مركز
issuer-kind-college = كلية أو معهد
issuer-kind-colleague = زميل

## verify: verdicts, one per code

verdict-valid = صالح: وقّعته جهة مصدِرة تثق بها، وما زال ساريًا، ولم يُسحب.
verdict-self-declared = بقول الشخص فقط: لم يوقّعه أحد.
verdict-unknown-issuer = موقَّع، لكن ليس من جهة مصدِرة تثق بها.
verdict-expired = انتهت صلاحيته.
verdict-revoked = سحبته الجهة المصدِرة التي وقّعته.
verdict-tampered = تم تغييره أو نسخه: لا تعتمد عليه.
verdict-malformed = هذا ليس رمزًا من Carnet يمكن قراءته.

## verify: reasons, one per code

reason-wrong-prefix = النص لا يبدأ بـ CN1:، لذلك ليس رمزًا من Carnet.
reason-bad-base45 = في النص حروف لا يمكن أن تكون في رمز Carnet. ربما هو مقطوع أو فيه خطأ في الكتابة.
reason-bad-zlib = الرمز مقطوع أو تالف.
reason-too-large = الرمز أكبر بكثير من أن يكون رمزًا من Carnet.
reason-bad-cose = الرمز تالف أو ليس رمزًا من Carnet.
reason-unsupported-header = يستعمل الرمز توقيعًا لا يعرفه Carnet. ربما تقرؤه نسخة أحدث من Carnet.
reason-bad-payload = محتوى الرمز تالف.
reason-holder-signature-invalid = توقيع الشخص غير مطابق: تم تغيير الرمز.
reason-nonce-mismatch = صُنع الرمز لطلب آخر (الرقم { $found }، وليس { $expected }). ربما هو نسخة.
reason-audience-mismatch = صُنع الرمز لـ «{ $found }»، وليس لـ «{ $expected }».
reason-presentation-expired = انتهت صلاحية الرمز نفسه في { $exp }. اطلب من الشخص أن يصنع رمزًا جديدًا.
reason-presentation-not-yet-valid = يقول الرمز إنه صُنع في { $iat }، وهذا الوقت لم يأت بعد. تأكد من ساعة هذا الجهاز.
reason-endorsement-signature-invalid = توقيع الجهة المصدِرة غير مطابق: تم تغيير المهارة.
reason-issuer-key-not-sent = الجهة المصدِرة مذكورة فقط بالبصمة { $kid }، وأنت لا تعرفها.
reason-endorsement-expired = انتهت صلاحية توقيع المهارة في { $exp }.
reason-endorsement-not-yet-valid = تقول المهارة إنها وُقّعت في { $iat }، وهذا الوقت لم يأت بعد. تأكد من ساعة هذا الجهاز.
reason-issuer-unknown = «{ $name }» (بصمة المفتاح { $kid }) ليس في قوائم الثقة عندك. أي أحد يستطيع أن يعطي نفسه اسمًا.
reason-issuer-not-trusted-at-issue = «{ $name }» (بصمة المفتاح { $kid }) لم يكن مضمونًا في اليوم الذي وقّع فيه.
reason-issuer-trusted = الجهة المصدِرة في قائمة الثقة عندك (بصمة المفتاح { $kid }).
reason-issuer-claims-differ = قائمة الثقة عندك تقول إن هذه الجهة المصدِرة { $kind } في { $country }؛ والتوقيع يقول غير ذلك. اعتمد على قائمة الثقة.
reason-revoked = سحبت الجهة المصدِرة التصديق رقم { $index }.
reason-no-revocation-list = ليس عندك قائمة من هذه الجهة المصدِرة بما سحبته.
reason-self-declared = الشخص يقول هذا؛ لم يوقّعه أحد.

## verify: the rest of the report

verify-presentation = أُظهر لمرحلة { $stage }، صُنع في { $date }، من الشخص صاحب المفتاح { $kid }.
verify-audience = صُنع لـ: { $audience }
verify-stage-recruitment = التوظيف
verify-stage-pre-departure = الاستعداد للسفر
verify-stage-arrival = الوصول
verify-stage-career = العمل والتدريب
verify-stage-return = العودة إلى الوطن
verify-endorsed-by = وقّعه { $name }، { $kind } في { $country }.
verify-endorsed-by-unchecked = وقّعه شخص يسمي نفسه «{ $name }»، { $kind } في { $country } (لم يتم التحقق؛ بصمة المفتاح { $kid }).
verify-colleague-note = هذا كلام زميل: شخص عمل بجانب الشخص، وليس مدرسة أو صاحب عمل.
verify-endorsed-on = وُقّع في { $date }؛ طريقة التحقق: { $how }.{ $expires ->
    [none] {""}
   *[other] {" "}صالح حتى { $expires }.
}
verify-how-observation = مشاهدته وهو يعمل
verify-how-test = اختبار
verify-how-document = وثيقة
verify-how-interview = مقابلة
verify-hidden = { $count ->
    [one] أخفى الشخص معلومة واحدة.
    [two] أخفى الشخص معلومتين.
    [few] أخفى الشخص { $count } معلومات.
   *[other] أخفى الشخص { $count } معلومة.
}
verify-trust-age = { $days ->
    [0] قائمة الثقة من اليوم.
    [one] قائمة الثقة من قبل يوم واحد ({ $date }).
    [two] قائمة الثقة من قبل يومين ({ $date }).
    [few] قائمة الثقة من قبل { $days } أيام ({ $date }).
    [many] قائمة الثقة من قبل { $days } يومًا ({ $date }).
   *[other] قائمة الثقة من قبل { $days } يوم ({ $date }).
}
verify-newer-code = صُنع هذا الرمز بنسخة أحدث من Carnet. حدّث Carnet لتفحصه.
verify-status-age = { $days ->
    [0] قائمة التصديقات المسحوبة: من اليوم.
    [one] قائمة التصديقات المسحوبة: من قبل يوم واحد ({ $date }).
    [two] قائمة التصديقات المسحوبة: من قبل يومين ({ $date }).
    [few] قائمة التصديقات المسحوبة: من قبل { $days } أيام ({ $date }).
    [many] قائمة التصديقات المسحوبة: من قبل { $days } يومًا ({ $date }).
   *[other] قائمة التصديقات المسحوبة: من قبل { $days } يوم ({ $date }).
}
verify-field-kind = ما هو:
verify-field-title = العنوان:
verify-field-esco = ESCO:
verify-field-entry-id = البند:
verify-field-level = المستوى:
verify-field-from = من:
verify-field-to = إلى:
verify-field-country = البلد:
verify-field-context = تعلّمه:
verify-field-evidence = الإثبات (hash):
verify-field-eqf = مستوى EQF:
verify-entry-kind-skill = مهارة
verify-entry-kind-qualification = شهادة أو مؤهل
verify-entry-kind-experience = خبرة عمل
verify-entry-kind-language = لغة
verify-entry-kind-learning = دورة
verify-context-formal = في مدرسة أو كلية
verify-context-non-formal = في دورة
verify-context-informal = في العمل أو وحده
verify-esco-skill = مهارة
verify-esco-occupation = وظيفة
verify-esco-qualification = مؤهل
