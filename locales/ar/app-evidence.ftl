# Review status: machine-drafted, needs review by a native speaker.
# The app: photos of papers and voice notes on an entry.

app-evidence-title = صور وملاحظات صوتية
app-evidence-hint = أظهر ما تستطيع فعله: صوّر ورقة، أو تكلّم عنها بصوتك.
app-evidence-add-photo = أضف صورة شهادة
app-evidence-record = سجّل ملاحظة صوتية
app-evidence-attach-sound = أرفق ملفًا صوتيًا
app-evidence-adding-photo = جارٍ إضافة الصورة…
app-evidence-adding-voice = جارٍ إضافة الملاحظة الصوتية…
app-evidence-recording = التسجيل: { $time } من { $max }
app-evidence-stop = أوقف واحفظ
app-evidence-starting = جارٍ تشغيل الميكروفون…
app-evidence-photo = صورة { $number }
app-evidence-voice = ملاحظة صوتية { $number }
app-evidence-view = اعرضها كبيرة
app-evidence-close = إغلاق
app-evidence-missing = ليست على هذا الهاتف بعد. قم بالمزامنة للحصول عليها.
app-evidence-other = ملف من نسخة أحدث من Carnet. حدّث Carnet لتراه.
app-evidence-saved = تم الحفظ. يمكنك إضافة المزيد.
app-evidence-remove-confirm = هل تريد إزالة هذا من البند؟ سيُحذف من هذا الجهاز أيضًا.
