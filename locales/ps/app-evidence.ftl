# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = انځورونه او غږیز یادښتونه
app-evidence-hint = هغه څه وښیئ چې کولای یې شئ: د یوې کاغذ انځور واخلئ، یا یې په خپل غږ ووایئ.
app-evidence-add-photo = د سند انځور زیات کړئ
app-evidence-record = غږیز یادښت ثبت کړئ
app-evidence-attach-sound = غږیز فایل ور ونښلوئ
app-evidence-adding-photo = انځور زیاتېږي…
app-evidence-adding-voice = غږیز یادښت زیاتېږي…
app-evidence-recording = ثبتېږي: { $time } له { $max }
app-evidence-stop = ودروه او وساته
app-evidence-starting = مایکروفون پیلېږي…
app-evidence-photo = انځور { $number }
app-evidence-voice = غږیز یادښت { $number }
app-evidence-view = لوی یې وګورئ
app-evidence-close = بندول
app-evidence-missing = تر اوسه په دې موبایل کې نشته. د ترلاسه کولو لپاره همغږي وکړئ.
app-evidence-other = د Carnet د نوې نسخې فایل. د لیدلو لپاره Carnet تازه کړئ.
app-evidence-saved = وساتل شو. نور هم زیاتولای شئ.
app-evidence-remove-confirm = دا له ثبت څخه لرې کوئ؟ له دې وسیلې هم ړنګېږي.
