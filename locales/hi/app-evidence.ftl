# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = फ़ोटो और आवाज़ के नोट
app-evidence-hint = दिखाएँ कि आप क्या कर सकते हैं: किसी कागज़ की फ़ोटो लें, या अपनी आवाज़ में उसके बारे में बताएँ।
app-evidence-add-photo = सर्टिफ़िकेट की फ़ोटो जोड़ें
app-evidence-record = आवाज़ का नोट रिकॉर्ड करें
app-evidence-attach-sound = आवाज़ की फ़ाइल जोड़ें
app-evidence-adding-photo = फ़ोटो जोड़ी जा रही है…
app-evidence-adding-voice = आवाज़ का नोट जोड़ा जा रहा है…
app-evidence-recording = रिकॉर्डिंग: { $max } में से { $time }
app-evidence-stop = रोकें और रखें
app-evidence-starting = माइक्रोफ़ोन चालू हो रहा है…
app-evidence-photo = फ़ोटो { $number }
app-evidence-voice = आवाज़ का नोट { $number }
app-evidence-view = बड़ा करके देखें
app-evidence-close = बंद करें
app-evidence-missing = अभी इस फ़ोन पर नहीं है। पाने के लिए सिंक करें।
app-evidence-other = Carnet के नए संस्करण की फ़ाइल। देखने के लिए Carnet अपडेट करें।
app-evidence-saved = सहेजा गया। आप और भी जोड़ सकते हैं।
app-evidence-remove-confirm = इसे एंट्री से हटाएँ? यह इस डिवाइस से भी मिट जाएगा।
