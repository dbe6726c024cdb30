# Review status: machine-drafted, needs review by a native speaker.
# The app's ESCO screens: standard names of skills and jobs, jobs for me, stage templates.

## Finding the standard name (on the add and change screens)

app-esco-find = ابحث عن الاسم المعتمد (ESCO)
app-esco-find-hint = اكتب بضعة أحرف، مثلًا «لحام»
app-esco-why = أصحاب العمل في البلدان الأخرى يعرفون هذه الأسماء. اختر الأقرب إلى ما تفعله.
app-esco-none = لم نجد اسمًا معتمدًا. جرّب كلمات أخرى، أو كلمة أقصر.
app-esco-english = بالإنجليزية: { $english }
app-esco-linked = الاسم المعتمد
app-esco-unlink = إزالة
app-esco-choose = اختيار
app-esco-searching = جارٍ البحث…
app-esco-kind-skill = مهارة
app-esco-kind-occupation = وظيفة

## Comparing with a job

app-match = وظائف تناسبني
app-match-title = وظائف تناسبني
app-match-intro = اختر وظيفة لترى أي مهاراتها يظهر في سجلّك، وأيها ناقص.
app-match-find = ابحث عن وظيفة
app-match-chosen = الوظيفة التي اخترتها
app-match-find-hint = مثلًا «طباخ» أو «لحّام»
app-match-fit = وظائف تناسب سجلّي
app-match-fit-none = لا يوجد بعد اسم معتمد لأي بند من بنودك. أضف اسمًا لبند أولًا: «تغيير»، ثم «ابحث عن الاسم المعتمد».
app-match-fit-line = { $covered } من { $total } مهارات أساسية ({ $percent }%)
app-match-summary = { $total ->
    [0] ليست لهذه الوظيفة مهارات أساسية في ESCO.
   *[other] يظهر في سجلّك { $covered } من مهاراتها الأساسية الـ{ $total }.
}
app-match-essential = المهارات الأساسية
app-match-optional = مهارات مفيدة أخرى
app-match-endorsed = موقَّعة
app-match-self-declared = بقولك أنت
app-match-missing = ناقصة
app-match-maybe = هل هذا بندك «{ $title }»؟
app-match-link = نعم، اربطه
app-match-other-job = وظيفة أخرى

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = اختر لهذه المرحلة
app-stage-template-hint = يختار Carnet ما يهم في هذه المرحلة. يمكنك تغييره.
app-stage-target = الوظيفة التي تتقدم لها (يمكنك تخطي هذا)
