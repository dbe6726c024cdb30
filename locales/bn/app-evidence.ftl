# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = ছবি ও ভয়েস নোট
app-evidence-hint = আপনি কী পারেন দেখান: কোনো কাগজের ছবি তুলুন, বা নিজের গলায় সে সম্পর্কে বলুন।
app-evidence-add-photo = সনদের ছবি যোগ করুন
app-evidence-record = ভয়েস নোট রেকর্ড করুন
app-evidence-attach-sound = অডিও ফাইল যুক্ত করুন
app-evidence-adding-photo = ছবি যোগ হচ্ছে…
app-evidence-adding-voice = ভয়েস নোট যোগ হচ্ছে…
app-evidence-recording = রেকর্ড হচ্ছে: { $max }-এর মধ্যে { $time }
app-evidence-stop = থামান ও রাখুন
app-evidence-starting = মাইক্রোফোন চালু হচ্ছে…
app-evidence-photo = ছবি { $number }
app-evidence-voice = ভয়েস নোট { $number }
app-evidence-view = বড় করে দেখুন
app-evidence-close = বন্ধ করুন
app-evidence-missing = এখনও এই ফোনে নেই। পেতে সিঙ্ক করুন।
app-evidence-other = Carnet-এর নতুন সংস্করণের ফাইল। দেখতে Carnet হালনাগাদ করুন।
app-evidence-saved = সংরক্ষিত হয়েছে। আপনি আরও যোগ করতে পারেন।
app-evidence-remove-confirm = এটি এন্ট্রি থেকে সরাবেন? এটি এই ডিভাইস থেকেও মুছে যাবে।
