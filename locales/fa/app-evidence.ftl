# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = عکس‌ها و پیام‌های صوتی
app-evidence-hint = نشان دهید چه کاری بلدید: از یک مدرک عکس بگیرید، یا با صدای خود درباره‌اش بگویید.
app-evidence-add-photo = افزودن عکس گواهی‌نامه
app-evidence-record = ضبط پیام صوتی
app-evidence-attach-sound = پیوست کردن فایل صوتی
app-evidence-adding-photo = در حال افزودن عکس…
app-evidence-adding-voice = در حال افزودن پیام صوتی…
app-evidence-recording = در حال ضبط: { $time } از { $max }
app-evidence-stop = توقف و نگه داشتن
app-evidence-starting = در حال روشن کردن میکروفون…
app-evidence-photo = عکس { $number }
app-evidence-voice = پیام صوتی { $number }
app-evidence-view = بزرگ ببینید
app-evidence-close = بستن
app-evidence-missing = هنوز روی این گوشی نیست. برای گرفتنش همگام‌سازی کنید.
app-evidence-other = فایلی از Carnet جدیدتر. برای دیدنش Carnet را به‌روز کنید.
app-evidence-saved = ذخیره شد. می‌توانید بیشتر اضافه کنید.
app-evidence-remove-confirm = این از مورد برداشته شود؟ از این دستگاه هم پاک می‌شود.
