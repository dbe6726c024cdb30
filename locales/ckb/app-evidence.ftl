# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = وێنە و تێبینیی دەنگی
app-evidence-hint = پیشانی بدە چی دەتوانیت بکەیت: وێنەی کاغەزێک بگرە، یان بە دەنگی خۆت باسی بکە.
app-evidence-add-photo = وێنەی بڕوانامەیەک زیاد بکە
app-evidence-record = تێبینیی دەنگی تۆمار بکە
app-evidence-attach-sound = فایلێکی دەنگ هاوپێچ بکە
app-evidence-adding-photo = وێنەکە زیاد دەکرێت…
app-evidence-adding-voice = تێبینیی دەنگییەکە زیاد دەکرێت…
app-evidence-recording = تۆمارکردن: { $time } لە { $max }
app-evidence-stop = ڕاگرتن و هەڵگرتن
app-evidence-starting = مایکرۆفۆن دەکرێتەوە…
app-evidence-photo = وێنەی { $number }
app-evidence-voice = تێبینیی دەنگیی { $number }
app-evidence-view = بە گەورەیی ببینە
app-evidence-close = داخستن
app-evidence-missing = هێشتا لەسەر ئەم مۆبایلە نییە. هاوکاتی بکە بۆ وەرگرتنی.
app-evidence-other = فایلێک لە Carnetی نوێترەوە. Carnet نوێ بکەرەوە بۆ بینینی.
app-evidence-saved = پاشەکەوت کرا. دەتوانیت زیاتر زیاد بکەیت.
app-evidence-remove-confirm = ئەمە لەم بابەتە لاببرێت؟ لەم ئامێرەش دەسڕدرێتەوە.
