# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = ፎቶዎች እና የድምፅ መልዕክቶች
app-evidence-hint = የሚችሉትን ያሳዩ፤ የወረቀት ፎቶ ያንሱ፣ ወይም ስለ እሱ በድምፅዎ ይናገሩ።
app-evidence-add-photo = የሰርተፊኬት ፎቶ ያክሉ
app-evidence-record = የድምፅ መልዕክት ይቅዱ
app-evidence-attach-sound = የድምፅ ፋይል ያያይዙ
app-evidence-adding-photo = ፎቶው እየታከለ ነው…
app-evidence-adding-voice = የድምፅ መልዕክቱ እየታከለ ነው…
app-evidence-recording = በመቅዳት ላይ፦ { $time } ከ{ $max }
app-evidence-stop = ያቁሙ እና ያስቀምጡ
app-evidence-starting = ማይክሮፎኑ እየተከፈተ ነው…
app-evidence-photo = ፎቶ { $number }
app-evidence-voice = የድምፅ መልዕክት { $number }
app-evidence-view = በትልቁ ይመልከቱ
app-evidence-close = ይዝጉ
app-evidence-missing = ገና በዚህ ስልክ ላይ የለም። ለማግኘት ያመሳስሉ።
app-evidence-other = ከአዲስ Carnet የመጣ ፋይል። ለማየት Carnetን ያዘምኑ።
app-evidence-saved = ተቀምጧል። ተጨማሪ ማከል ይችላሉ።
app-evidence-remove-confirm = ይህ ከግቤቱ ይወገድ? ከዚህ መሣሪያም ይሰረዛል።
