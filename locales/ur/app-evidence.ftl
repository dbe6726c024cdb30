# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = تصاویر اور آواز کے نوٹ
app-evidence-hint = دکھائیں کہ آپ کیا کر سکتے ہیں: کسی کاغذ کی تصویر لیں، یا اپنی آواز میں اس کے بارے میں بتائیں۔
app-evidence-add-photo = سرٹیفکیٹ کی تصویر شامل کریں
app-evidence-record = آواز کا نوٹ ریکارڈ کریں
app-evidence-attach-sound = آواز کی فائل لگائیں
app-evidence-adding-photo = تصویر شامل ہو رہی ہے…
app-evidence-adding-voice = آواز کا نوٹ شامل ہو رہا ہے…
app-evidence-recording = ریکارڈنگ: { $max } میں سے { $time }
app-evidence-stop = روکیں اور رکھیں
app-evidence-starting = مائیکروفون شروع ہو رہا ہے…
app-evidence-photo = تصویر { $number }
app-evidence-voice = آواز کا نوٹ { $number }
app-evidence-view = بڑا کر کے دیکھیں
app-evidence-close = بند کریں
app-evidence-missing = ابھی اس فون پر نہیں ہے۔ حاصل کرنے کے لیے سنک کریں۔
app-evidence-other = Carnet کے نئے ورژن کی فائل۔ دیکھنے کے لیے Carnet اپ ڈیٹ کریں۔
app-evidence-saved = محفوظ ہو گیا۔ آپ اور بھی شامل کر سکتے ہیں۔
app-evidence-remove-confirm = اسے اندراج سے ہٹائیں؟ یہ اس آلے سے بھی مٹ جائے گا۔
