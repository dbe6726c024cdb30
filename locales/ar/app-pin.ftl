# Review status: machine-drafted, needs review by a native speaker.
# Messages of the app: opening the logbook with a short PIN on this device.

## Settings

app-pin-title = الفتح برمز PIN
app-pin-intro = رمز PIN رقم قصير يفتح سجلّك على هذا الجهاز فقط. كلمة السر ما زالت تعمل، والأجهزة الأخرى ما زالت تحتاجها.
app-pin-unavailable = لا يوجد على هذا الجهاز مكان آمن لحفظ رمز PIN. افتح سجلّك بكلمة السر.
app-pin-on = رمز PIN يفتح سجلّك على هذا الجهاز.
app-pin-new = رمز PIN جديد (من 6 إلى 12 رقمًا)
app-pin-again = اكتب الرمز مرة أخرى
app-pin-set = استعمل هذا الرمز
app-pin-set-done = رمز PIN جاهز. في المرة القادمة، افتح سجلّك به.
app-pin-remove = أوقف استعمال رمز PIN
app-pin-removed = رمز PIN متوقف. افتح سجلّك بكلمة السر.
app-pin-mismatch = الرمزان غير متطابقين. اكتبهما مرة أخرى.

## Unlock

app-pin = رمز PIN
app-pin-unlock = افتح برمز PIN
app-pin-use-passphrase = استعمل كلمة السر بدلًا منه
app-pin-use-pin = استعمل رمز PIN

## Errors: the logbook stays locked, nothing is lost

error-pin-format = رمز PIN من 6 إلى 12 رقمًا، ولا شيء غير ذلك.
error-pin-wrong = رمز PIN هذا غير صحيح. { $left ->
    [zero] لم تبقَ محاولات، تحتاج الآن إلى كلمة السر.
    [one] بقيت محاولة واحدة، ثم تحتاج إلى كلمة السر.
    [two] بقيت محاولتان، ثم تحتاج إلى كلمة السر.
    [few] بقيت { $left } محاولات، ثم تحتاج إلى كلمة السر.
   *[other] بقيت { $left } محاولة، ثم تحتاج إلى كلمة السر.
}
error-pin-locked = أخطأت في رمز PIN مرات كثيرة، فتوقف الرمز. افتح سجلّك بكلمة السر. بعد ذلك يمكنك إنشاء رمز جديد.
error-pin-none = لا يوجد رمز PIN على هذا الجهاز. افتح سجلّك بكلمة السر.
error-pin-keystore = لم يستجب المخزن الآمن في هذا الجهاز، فلا يمكن استعمال رمز PIN الآن. افتح سجلّك بكلمة السر.
