# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = عکس‌ها و پیام‌های صوتی
app-evidence-hint = نشان بدهید که چه کاری را بلد هستید: از یک سند عکس بگیرید، یا با صدای خود دربارهٔ آن بگویید.
app-evidence-add-photo = اضافه کردن عکس تصدیق‌نامه
app-evidence-record = ثبت پیام صوتی
app-evidence-attach-sound = ضمیمه کردن فایل صوتی
app-evidence-adding-photo = در حال اضافه کردن عکس…
app-evidence-adding-voice = در حال اضافه کردن پیام صوتی…
app-evidence-recording = در حال ثبت: { $time } از { $max }
app-evidence-stop = توقف و نگه داشتن
app-evidence-starting = در حال روشن کردن مایکروفون…
app-evidence-photo = عکس { $number }
app-evidence-voice = پیام صوتی { $number }
app-evidence-view = کلان ببینید
app-evidence-close = بستن
app-evidence-missing = هنوز در این موبایل نیست. برای گرفتن آن همگام‌سازی کنید.
app-evidence-other = فایلی از یک Carnet جدیدتر. برای دیدن آن Carnet را تازه کنید.
app-evidence-saved = ذخیره شد. می‌توانید بیشتر اضافه کنید.
app-evidence-remove-confirm = این از مورد برداشته شود؟ از این دستگاه هم پاک می‌شود.
