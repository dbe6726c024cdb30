# Review status: machine-drafted, needs review by a native speaker.
# شاشة قوائم الثقة في التطبيق: الشبكات التي يثق بها هذا الجهاز، وقوائم الثقة، وقوائم التصديقات المسحوبة.

## The screen

app-trust-open = قوائم الثقة
app-trust-title = قوائم الثقة
app-trust-intro = تأتي قائمة الثقة من شبكة تعرفها، مثل مجموعة من مراكز التدريب. فيها أسماء الكليات والمراكز وأصحاب العمل الذين تضمنهم الشبكة. الرمز الموقَّع من أحدهم يظهر على أنه تم التحقق منه.
app-trust-warning = لا تثق إلا بشبكة أخذت مفتاحها من الشبكة نفسها: وجهًا لوجه، أو من ورقتها، أو من موقعها على الإنترنت. من يستطيع وضع مفتاح هنا يستطيع أن يجعل رموزًا مزيفة تبدو موثوقة.

## What is held

app-trust-held = ما يثق به هذا الجهاز
app-trust-none = هذا الجهاز لا يثق بأي شبكة بعد. الرموز الموقَّعة تظهر: «موقَّع، لكن ليس من جهة مصدِرة تثق بها».
# $kid is a short code (16 letters and digits) to compare with the network's.
app-trust-kid = بصمة المفتاح: { $kid }
app-trust-no-list = لا توجد قائمة ثقة من هذه الشبكة بعد. أضف ملفها في الأسفل.
# $date is a date; $days a number of days; $count a number of places.
app-trust-list-line = قائمة ثقة بتاريخ { $date } ({ $days ->
    [0] اليوم
    [one] عمرها يوم واحد
    [two] عمرها يومان
    [few] عمرها { $days } أيام
   *[other] عمرها { $days } يومًا
}): { $count ->
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
   *[other] { $count } جهة
}
app-trust-status-held = التصديقات المسحوبة
# $name is a college, centre or employer; $date a date; $days a number of days; $count a number.
app-trust-status-line = { $name }: قائمة بتاريخ { $date } ({ $days ->
    [0] اليوم
    [one] عمرها يوم واحد
    [two] عمرها يومان
    [few] عمرها { $days } أيام
   *[other] عمرها { $days } يومًا
})، { $count ->
    [0] لم يُسحب شيء
    [one] سُحب تصديق واحد
    [two] سُحب تصديقان
    [few] سُحبت { $count } تصديقات
   *[other] سُحب { $count } تصديقًا
}

## Stop trusting a network

app-trust-remove = أوقف الثقة
app-trust-remove-confirm = هل توقف الثقة بـ { $name }؟ الرموز التي وقّعتها الأماكن التي في قائمتها لن تظهر بعد الآن على أنها مفحوصة. يمكنك إضافة الشبكة مرة أخرى لاحقًا.
app-trust-remove-yes = نعم، أوقف الثقة بها
app-trust-removed = لم تعد تثق بـ { $name }.

## Trust a network

app-trust-add-title = الثقة بشبكة
app-trust-add-hint = اكتب أو الصق مفتاح الشبكة واسمها، أو افتح الملف الذي أعطتك إياه الشبكة.
app-trust-key = مفتاح الشبكة (64 حرفًا ورقمًا)
app-trust-name = اسم الشبكة
app-trust-from-file = افتح ملف مفتاح الشبكة
app-trust-add = ثق بهذه الشبكة
# $name is the network's name.
app-trust-added = أنت الآن تثق بـ { $name }. أضف الآن قائمة الثقة الخاصة بها.

## Files

app-trust-bundle-title = إضافة قائمة ثقة
app-trust-bundle-hint = ملف ينتهي بـ .cbor أعطتك إياه الشبكة. الملف الأحدث يحل محل الأقدم.
app-trust-bundle-open = افتح ملف قائمة ثقة
# $name is the network; $count a number of places; $date a date.
app-trust-bundle-done = أُضيفت قائمة ثقة { $name } ({ $date }): { $count ->
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
   *[other] { $count } جهة
}.
app-trust-status-title = إضافة قائمة التصديقات المسحوبة
app-trust-status-hint = تستطيع كلية أو مركز سحب تصديق أعطاه خطأً. قائمته تخبر هذا الجهاز بالتصديقات المسحوبة.
app-trust-status-open = افتح ملف قائمة
# $name is a college, centre or employer; $count a number; $date a date.
app-trust-status-done = أُضيفت قائمة { $name } ({ $date }): { $count ->
    [0] لم يُسحب شيء
    [one] سُحب تصديق واحد
    [two] سُحب تصديقان
    [few] سُحبت { $count } تصديقات
   *[other] سُحب { $count } تصديقًا
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = هذا الملف ليس ملف مفتاح شبكة. افتح الملف الذي أعطتك إياه الشبكة، أو اكتب المفتاح.
error-app-anchor-invalid-key = هذا ليس مفتاح شبكة. المفتاح فيه 64 حرفًا (من a إلى f) ورقمًا بالضبط. تأكد أنه نُسخ كاملًا.
error-app-anchor-name = أعطِ الشبكة اسمًا من 1 إلى 100 حرف.
# $kid is a short code.
error-app-anchor-known = أنت تثق بهذه الشبكة من قبل (بصمة المفتاح { $kid }). لم يتغير شيء.
error-app-trust-bundle-malformed = هذا الملف ليس قائمة ثقة، أو هو تالف. لم يتغير شيء.
error-app-trust-bundle-wrong-file = هذا نوع آخر من ملفات Carnet، وليس قائمة ثقة. لم يتغير شيء.
error-app-trust-bundle-newer-version = صُنعت قائمة الثقة هذه بنسخة أحدث من Carnet. حدِّث Carnet لقراءتها.
error-app-trust-bundle-unknown-anchor = قائمة الثقة هذه من شبكة لا تثق بها (بصمة المفتاح { $kid }). ثق بالشبكة أولًا، ثم أضف قائمتها مرة أخرى.
error-app-trust-bundle-bad-signature = التوقيع على قائمة الثقة هذه غير مطابق: تم تغيير الملف أو تلف. لم يتغير شيء. اطلب الملف من الشبكة مرة أخرى.
error-app-trust-bundle-invalid = لا يمكن استعمال قائمة الثقة هذه. لم يتغير شيء. اطلب الملف من الشبكة مرة أخرى.
error-app-trust-bundle-too-large = هذا الملف أكبر من أن يكون قائمة ثقة. لم يتغير شيء.
error-app-trust-bundle-not-newer = لديك قائمة الثقة هذه أو قائمة أحدث منها من الشبكة نفسها. لم يتغير شيء.
error-app-status-list-malformed = هذا الملف ليس قائمة تصديقات مسحوبة، أو هو تالف. لم يتغير شيء.
error-app-status-list-wrong-file = هذا نوع آخر من ملفات Carnet، وليس قائمة تصديقات مسحوبة. لم يتغير شيء.
error-app-status-list-newer-version = صُنعت هذه القائمة بنسخة أحدث من Carnet. حدِّث Carnet لقراءتها.
# $expected and $found are short codes.
error-app-status-list-wrong-issuer = هذه القائمة لجهة موقِّعة أخرى ({ $found }، وليس { $expected }). لم يتغير شيء.
error-app-status-list-bad-signature = التوقيع على هذه القائمة غير مطابق: تم تغيير الملف أو تلف. لم يتغير شيء.
error-app-status-list-invalid = لا يمكن استعمال هذه القائمة. لم يتغير شيء. اطلب الملف مرة أخرى.
error-app-status-list-too-large = هذا الملف أكبر من أن يكون قائمة تصديقات مسحوبة. لم يتغير شيء.
error-app-status-list-issuer-unknown = هذه القائمة من جهة موقِّعة لا تذكرها أي من قوائم الثقة لديك (بصمة المفتاح { $kid }). أضف أولًا قائمة الثقة التي تذكرها.
error-app-status-list-not-newer = لديك قائمة أحدث من هذه الجهة الموقِّعة. لم يتغير شيء.
# $path is a folder or file; $reason is for a helper.
error-app-verifier-write = لم يستطع Carnet حفظ الملف في { $path }. تأكد أن في الجهاز مساحة كافية. (لمن يساعدك: { $reason })
