# Review status: machine-drafted, needs review by a native speaker.
# The app's credential screens: my endorsements (wallet), showing a QR code, checking a code.

## Moving around

app-wallet = تصديقاتي
app-present = أظهر مهاراتي
app-verify = افحص رمزًا

## Wallet

app-wallet-title = تصديقاتي
app-wallet-intro = هذه هي المهارات التي وقّعها لك أحد. يمكنك أن تُظهرها برمز QR.
app-wallet-empty = لم يوقّع لك أحد على مهارة بعد. اطلب من مدرّب أو صاحب عمل أو مركز أن يؤكد ما تستطيع فعله.
app-wallet-by = وقّعه { $name } ({ $kind }، { $country })
app-wallet-issued = وُقّع في { $date }
app-wallet-expires = صالح حتى { $date }
app-wallet-expired = انتهت صلاحيته في { $date }
app-wallet-no-expiry = لا تنتهي صلاحيته
app-wallet-damaged = هذا التصديق تالف ولا يمكن إظهاره. اطلب تصديقًا جديدًا من الشخص الذي وقّعه.
app-standing-valid = تم الفحص: وقّعه شخص في قائمة الثقة عندك
app-standing-unknown-issuer = موقَّع، لكن الموقِّع ليس في قائمة الثقة عندك
app-standing-expired = انتهت صلاحيته
app-standing-revoked = سحبه الموقِّع
app-standing-malformed = تالف

## Present: choosing what to show

app-present-title = أظهر مهاراتي
app-present-endorsed = وقّعه أحد
app-present-self = بقولي أنا فقط
app-present-self-hint = من يفحص يرى هذه على أنها كلامك أنت، لا على أنها موقَّعة.
app-present-details = ماذا تُظهر من كل واحد
app-present-details-all = كل شيء
app-present-details-short = الاسم والمستوى فقط
app-present-stage = لمن هو؟
app-present-print = للطباعة على ورق (صالح 5 سنوات)
app-present-make = أظهر رمز QR
app-present-none = اختر شيئًا واحدًا على الأقل لإظهاره.
app-present-nothing-yet = سجلّك فارغ. أضف شيئًا أولًا.

## Present: the QR code

app-qr-title = دعهم يمسحوا هذا الرمز
app-qr-expires = يعمل هذا الرمز حتى { $date }.
app-qr-preview = ما سيراه من يفحص
app-qr-preview-hide = أخفِ ما يراه من يفحص
app-qr-done = تم
app-qr-preview-note = هذا ما سيراه من يفحص إذا كانت عنده قوائم الثقة نفسها التي على هذا الهاتف.

## Verify

app-verify-title = افحص رمزًا
app-verify-intro = التقط أو اختر صورة لرمز QR من Carnet. لا يُرسل شيء إلى أي مكان: الفحص يتم على هذا الجهاز.
app-verify-picture = التقط صورة أو اخترها
app-verify-text = أو الصق نص الرمز (يبدأ بـ CN1:)
app-verify-check = افحص
app-verify-checking = جارٍ الفحص…
app-verify-again = افحص رمزًا آخر

## The verdict

app-verdict-title = النتيجة
app-verdict-made = صُنع لمرحلة { $stage } في { $date }.
app-verdict-expires = يعمل الرمز حتى { $date }.
app-verdict-newer = صُنع هذا الرمز بنسخة أحدث من Carnet. حدّث Carnet لتفحصه.
app-item-endorsed = موقَّع
app-item-self = بقوله هو
app-item-assessed = تم التحقق عن طريق { $how }
app-item-hidden = { $count ->
    [one] أخفى الشخص معلومة واحدة.
    [two] أخفى الشخص معلومتين.
    [few] أخفى الشخص { $count } معلومات.
    [many] أخفى الشخص { $count } معلومة.
   *[other] أخفى الشخص { $count } معلومة.
}

## Errors of these screens

error-wallet-no-key = هذا السجل ليس فيه مفتاح للتوقيع. لم يظهر شيء. أبلغ عن هذه المشكلة من فضلك.
error-wallet-not-endorsed = «{ $title }» لم يوقّعه أحد بعد. أظهره «بقولي أنا فقط»، أو اطلب من أحد أن يؤكده.
error-wallet-credential-damaged = تصديق «{ $title }» تالف. أظهره «بقولي أنا فقط»، أو اطلب تصديقًا جديدًا.
error-wallet-entry-unfit = لا يمكن وضع «{ $title }» في رمز: { $field } فيه طويل جدًا أو ليس بالشكل الصحيح. غيّر البند، ثم حاول مرة أخرى.
error-wallet-selected-twice = «{ $title }» مختار مرتين. اختره مرة واحدة.
error-wallet-nothing-chosen = اختر شيئًا واحدًا على الأقل لإظهاره.
error-wallet-too-large = هذا كثير على رمز QR واحد (عدد الحروف: { $chars }). اختر أشياء أقل، أو أظهر الاسم والمستوى فقط.
error-wallet-credential = لم يمكن صنع الرمز. لم يظهر شيء. أبلغ عن هذه المشكلة من فضلك. (لمن يساعدك: { $reason })
error-wallet-no-code = لم نجد رمز QR من Carnet في هذه الصورة. التقط الصورة مرة أخرى، أقرب وأوضح، والرمز كله داخلها.
error-wallet-not-a-picture = هذا الملف ليس صورة يستطيع Carnet قراءتها. استعمل صورة (JPEG أو PNG).
error-wallet-picture-too-large = الصورة كبيرة جدًا ({ $width } × { $height } بكسل). التقط صورة أصغر وحاول مرة أخرى.
error-wallet-got-request = هذا طلب لتوقيع مهارات شخص، وليس رمزًا يُظهر مهارات. لم يتم فحص شيء.
error-wallet-trust-damaged = قوائم الثقة عندك تالفة أو تم تغييرها. استوردها مرة أخرى. حتى ذلك الحين، لا يُعدّ أي موقِّع موثوقًا.
error-wallet-trust-unreadable = لم يستطع Carnet قراءة قوائم الثقة عندك في { $path }. تأكد أن في الجهاز مساحة. (لمن يساعدك: { $reason })
error-wallet-not-yours = صُنع هذا التصديق لسجل شخص آخر، لا لسجلّك. لم يُحفظ شيء. تأكد أنك استلمت ملفك أنت.
error-wallet-bad-signature = التوقيع على هذا الملف غير مطابق: تم تغييره أو تلف. لم يُحفظ شيء. اطلب الملف مرة أخرى.
error-wallet-not-a-credential = هذا الملف ليس تصديقًا موقَّعًا من Carnet. لم يُحفظ شيء. اطلب من الشخص الذي وقّع الملف الذي صنعه.
error-wallet-too-many = اطلب { $max } أشياء على الأكثر في المرة الواحدة. اختر أقل.
error-wallet-not-from-request = هذا التصديق لا يقول أي بند من بنودك يؤكد. لم يُحفظ شيء. اطلب تصديقًا جديدًا، مصنوعًا من رمز طلبك.
error-wallet-entry-gone = هذا التصديق يؤكد بندًا لم يعد في سجلّك. لم يُحفظ شيء. إذا حذفته، أضفه مرة أخرى من نسخة، ثم اطلب تصديقًا جديدًا.

## Asking for a signature, and keeping it

app-request = اطلب توقيعًا
app-request-title = اطلب توقيعًا
app-request-intro = أظهر هذا الرمز للمدرّب أو صاحب العمل أو المركز الذي سيؤكد ما تستطيع فعله. يمسحونه بـ Carnet ويعطونك ملفًا موقَّعًا.
app-request-key = مفتاحك: { $kid }. الشخص الذي يوقّع يرى الرمز نفسه.
app-request-text = الرمز نفسه كنص، لترسله في رسالة
app-request-next = عندما تحصل على الملف الموقَّع، افتح «تصديقاتي» واضغط «أضف ملفًا موقَّعًا».
app-receive = أضف ملفًا موقَّعًا
app-received = تم الحفظ: وقّع { $name } ({ $kind }) على { $titles }.
