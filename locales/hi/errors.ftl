# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = पासफ़्रेज़ सही नहीं है। इसे देखें और दोबारा कोशिश करें। बड़े और छोटे अक्षर अलग माने जाते हैं।
error-too-many-attempts = { $minutes ->
    [one] बहुत बार ग़लत पासफ़्रेज़। 1 मिनट रुकें, फिर दोबारा कोशिश करें।
   *[other] बहुत बार ग़लत पासफ़्रेज़। { $minutes } मिनट रुकें, फिर दोबारा कोशिश करें।
}
error-passphrase-too-short = यह पासफ़्रेज़ बहुत छोटा है। कम से कम { $min } अक्षर लिखें।

## The logbook files

error-no-logbook = इस फ़ोल्डर में अभी कोई लॉगबुक नहीं है। पहले एक बनाएँ, या वह फ़ोल्डर चुनें जिसमें आपकी लॉगबुक है।
error-already-exists = इस फ़ोल्डर में पहले से लॉगबुक है। कुछ नहीं बदला।
error-damaged-key-file = आपकी लॉगबुक की कुंजी ख़राब है या नहीं मिल रही, इसलिए यह खुल नहीं सकती। बैकअप से कॉपी वापस रखें, या उस डिवाइस से जिसे आपने इससे जोड़ा था।
error-damaged-database = आपकी लॉगबुक ख़राब है, इसलिए यह खुल नहीं सकती। बैकअप से कॉपी वापस रखें, या उस डिवाइस से जिसे आपने इससे जोड़ा था।
error-too-new = { $what ->
    [export-file] यह फ़ाइल Carnet के नए संस्करण ने बनाई है। Carnet अपडेट करें, फिर दोबारा कोशिश करें।
    [taxonomy] Carnet के साथ आया ESCO डेटा Carnet के नए संस्करण का है। Carnet अपडेट करें, फिर दोबारा कोशिश करें।
   *[other] आपकी लॉगबुक Carnet के नए संस्करण ने सहेजी है। Carnet अपडेट करें, फिर दोबारा कोशिश करें।
}
error-disk-full = डिस्क भरी हुई है। कुछ नहीं खोया। थोड़ी जगह खाली करें, जैसे पुरानी फ़ाइलें मिटाकर, फिर दोबारा कोशिश करें।
error-io = Carnet आपकी लॉगबुक की फ़ाइलें पढ़ या लिख नहीं सका। देखें कि फ़ोल्डर मौजूद है और आपको उसमें लिखने की इजाज़त है, फिर दोबारा कोशिश करें।
error-internal = Carnet के अंदर कुछ गड़बड़ हो गई। यह Carnet की ग़लती है, आपकी नहीं। कृपया Carnet बनाने वालों को बताएँ।

## Entries

error-not-found = किसी एंट्री की id «{ $id }» नहीं है। id देखें और दोबारा कोशिश करें।
error-ambiguous-id = एक से ज़्यादा एंट्रियाँ «{ $id }» से शुरू होती हैं। id का और हिस्सा लिखें।

## Values the person typed

error-invalid-kind = «{ $value }» एंट्री का प्रकार नहीं है। skill, qualification, experience, language या learning इस्तेमाल करें।
error-invalid-date = «{ $value }» तारीख़ नहीं है। साल (2019), महीना (2019-05) या दिन (2019-05-14) लिखें।
error-invalid-level = { $kind ->
    [language] «{ $value }» भाषा का स्तर नहीं है। A1, A2, B1, B2, C1 या C2 इस्तेमाल करें।
    [qualification] «{ $value }» योग्यता का स्तर नहीं है। 1 से 8 तक का नंबर इस्तेमाल करें (EQF)।
    [learning] «{ $value }» कोर्स का स्तर नहीं है। 1 से 8 तक का नंबर इस्तेमाल करें (EQF)।
    [eqf] «{ $value }» EQF स्तर नहीं है। 1 से 8 तक का नंबर इस्तेमाल करें।
   *[other] «{ $value }» स्तर नहीं है। basic, intermediate, advanced या expert इस्तेमाल करें।
}
error-invalid-country = «{ $value }» देश का कोड नहीं है। दो अक्षर इस्तेमाल करें, जैसे SY, AF, ER या DE।
error-invalid-language = «{ $value }» भाषा का कोड नहीं है। छोटा कोड इस्तेमाल करें, जैसे ar, fa-AF या en।
error-invalid-esco = «{ $value }» ESCO पता नहीं है। यह http://data.europa.eu/esco/ से शुरू होता है
error-invalid-isco = «{ $value }» ISCO-08 नौकरी कोड नहीं है। 1 से 4 अंक इस्तेमाल करें, जैसे 7212।
error-invalid-proficiency = «{ $value }» स्तर नहीं है। basic, intermediate, advanced या expert इस्तेमाल करें।
error-invalid-context = «{ $value }» सीखने का तरीका नहीं है। formal, non-formal या informal इस्तेमाल करें।
error-invalid-stage = «{ $value }» चरण नहीं है। recruitment, pre-departure, arrival, career या return इस्तेमाल करें।
error-invalid-field = «{ $value }» ऐसी चीज़ नहीं जिसे आप बदल सकें। इनमें से एक इस्तेमाल करें: { $expected }।
error-empty-field = { $field ->
    [title] शीर्षक खाली है। एक छोटा शीर्षक लिखें।
   *[other] { $field } खाली है। इसमें कुछ लिखें।
}
error-date-order = आख़िरी तारीख़ { $to } शुरू की तारीख़ { $from } से पहले है। दोनों तारीख़ें देखें।
error-import-format = यह फ़ाइल Carnet का एक्सपोर्ट नहीं है, इसलिए पढ़ी नहीं जा सकती। वह फ़ाइल चुनें जो Carnet ने एक्सपोर्ट की हो।

## Photos

error-evidence-not-an-image = यह फ़ाइल फ़ोटो नहीं है। Carnet JPEG, PNG और WebP तस्वीरें लेता है।
error-evidence-unsupported-format = यह { $format } तस्वीर है, और Carnet इसे इस्तेमाल नहीं कर सकता। इसे JPEG, PNG या WebP में सहेजें, फिर दोबारा कोशिश करें।
error-evidence-damaged = फ़ोटो ख़राब या अधूरी है। फ़ोटो फिर से लें या चुनें।
error-evidence-too-large = तस्वीर बहुत बड़ी है ({ $width } × { $height } पिक्सेल)। कम क्वालिटी की सेटिंग पर फ़ोटो लें, या छोटी कॉपी चुनें।
error-evidence-file-too-big = फ़ाइल बहुत बड़ी है ({ $megabytes } MB)। सीमा 32 MB है। छोटी फ़ाइल चुनें।
error-evidence-encode-failed = Carnet फ़ोटो सहेज नहीं सका। कृपया दोबारा कोशिश करें। अगर फिर हो, तो कृपया Carnet बनाने वालों को बताएँ।

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» हब का पता नहीं है। हब का पता ऐसा दिखता है: http://192.168.1.10:8470। सेंटर से पूछें।
error-sync-no-hub = इस लॉगबुक के लिए अभी कोई हब सेट नहीं है। सेंटर से उनके हब का पता पूछें।
error-sync-unreachable = Carnet { $url } पर हब तक नहीं पहुँच पा रहा। आपकी लॉगबुक इस डिवाइस पर सुरक्षित है। सेंटर के नेटवर्क से जुड़ने पर दोबारा कोशिश करें।
error-sync-refused = हब इस लॉगबुक के लिए यह डिवाइस नहीं मानता। अगर आपने यह डिवाइस अपनी लॉगबुक से हटाया था, तो यह ठीक है। नहीं तो सेंटर से पूछें।
error-sync-unknown-logbook = हब के पास अभी इस लॉगबुक की कॉपी नहीं है। पहले उस डिवाइस को सिंक करें जिस पर आपकी लॉगबुक है, फिर दोबारा कोशिश करें।
error-sync-rate-limited = हब व्यस्त है। { $seconds } सेकंड रुकें, फिर दोबारा कोशिश करें। आपकी लॉगबुक इस डिवाइस पर सुरक्षित है।
error-sync-hub-full = हब में आपकी लॉगबुक के लिए जगह नहीं बची। आपकी लॉगबुक इस डिवाइस पर सुरक्षित है। सेंटर से पूछें।
error-sync-hub-error = हब में कोई समस्या हुई ({ $status } { $code })। आपकी लॉगबुक इस डिवाइस पर सुरक्षित है। बाद में दोबारा कोशिश करें, या सेंटर से पूछें।
error-sync-protocol = हब ने कुछ ऐसा भेजा जो Carnet का यह संस्करण नहीं पढ़ सकता। आपकी लॉगबुक इस डिवाइस पर सुरक्षित है। Carnet अपडेट करें, या सेंटर से पूछें।
error-sync-forged = हब ने ऐसा बदलाव भेजा जो ख़राब है या किसी ने बदला है। Carnet ने इसे इस्तेमाल नहीं किया, और आपकी लॉगबुक नहीं बदली। सेंटर को बताएँ।
error-sync-incomplete = हब ने वे सारे बदलाव नहीं भेजे जो उसे भेजने थे। Carnet ने उन्हें इस्तेमाल नहीं किया, और आपकी लॉगबुक नहीं बदली। बाद में दोबारा कोशिश करें, या सेंटर को बताएँ।
error-sync-unknown-epoch = इस डिवाइस के पास आपकी लॉगबुक की नई कुंजी नहीं है, इसलिए यह हब की चीज़ें नहीं पढ़ सकता। अगर आपने यह डिवाइस हटाया था, तो यह ठीक है। नहीं तो इसे फिर से जोड़ें।
error-sync-rolled-back = हब का कुछ डेटा खो गया है। इस डिवाइस पर आपकी लॉगबुक पूरी है और नहीं बदली। सेंटर को बताएँ।
error-sync-pairing-code = यह जोड़ने का कोड नहीं है, या इसका कुछ हिस्सा नहीं है। अपने दूसरे डिवाइस पर कोड फिर दिखाएँ, और पूरा स्कैन करें या लिखें।
error-sync-pairing-expired = यह जोड़ने का कोड बहुत पुराना है। अपने दूसरे डिवाइस पर नया कोड दिखाएँ।
error-sync-pairing-taken = किसी और डिवाइस ने पहले ही इस कोड का जवाब दे दिया। कुछ साझा नहीं हुआ। अपने दूसरे डिवाइस पर नया कोड दिखाएँ और दोबारा कोशिश करें।
error-sync-pairing-refused = आपके दूसरे डिवाइस ने इस जोड़ने को मना कर दिया। कुछ साझा नहीं हुआ।
error-sync-remove-self = यह वही डिवाइस है जिसे आप इस्तेमाल कर रहे हैं। इसे हटाने के लिए, अपने किसी दूसरे डिवाइस से करें।
error-sync-cancelled = आपने दूसरे डिवाइस का इंतज़ार रोक दिया। कुछ साझा नहीं हुआ। जब दोनों डिवाइस तैयार हों, फिर से शुरू करें।

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = यह Carnet रिकवरी शीट का चौकोर कोड नहीं है, या Carnet इसे पूरा नहीं पढ़ सका। पूरे कोड की साफ़ फ़ोटो लें, या 12 शब्द लिखें।
error-sync-recovery-words = { $problem ->
    [count] रिकवरी शीट में 12 शब्द होते हैं; आपने { $position } दिए। सभी 12 क्रम से लिखें।
    [unknown] शब्द नंबर { $position } रिकवरी शीट का शब्द नहीं है। शीट पर उसकी स्पेलिंग देखें।
   *[other] शब्द आपस में मेल नहीं खाते: इनमें से एक ग़लत है, या दो की जगह बदली है। शीट पर हर शब्द देखें।
}
error-sync-recovery-no-box = हब के पास इस रिकवरी शीट के लिए कुछ नहीं है। शायद नई शीट ने इसकी जगह ले ली, या शीट किसी और हब की है। अपनी सबसे नई शीट इस्तेमाल करें।
error-sheet-write = Carnet शीट को { $path } में नहीं लिख सका। फ़ोल्डर और खाली जगह देखें। ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet को अपनी ESCO डेटा फ़ाइल नहीं मिल रही ({ $path })। Carnet फिर से इंस्टॉल करें।
error-taxonomy-damaged = Carnet की ESCO डेटा फ़ाइल ख़राब है ({ $reason })। Carnet फिर से इंस्टॉल करें।
error-unknown-concept = कोई ESCO हुनर या पेशा «{ $concept }» नहीं है। इसका पता carnet esco search से खोजें।
error-not-an-occupation = «{ $concept }» एक ESCO हुनर है, पेशा नहीं। पेशा carnet esco search --kind occupation से खोजें।

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet को इस तस्वीर में चौकोर कोड नहीं मिला। पूरे कोड की साफ़ फ़ोटो लें, या इसकी जगह कोड लिखें।
error-save-file = Carnet फ़ाइल को { $path } में सहेज नहीं सका। खाली जगह देखें। ({ $reason })

## Voice notes

error-evidence-not-audio = यह फ़ाइल आवाज़ की रिकॉर्डिंग नहीं है। Carnet WebM, Ogg, MP4, M4A, AAC, MP3 और WAV आवाज़ की फ़ाइलें लेता है।
error-evidence-audio-is-video = यह फ़ाइल वीडियो है। Carnet सिर्फ़ आवाज़ रखता है। आवाज़ का नोट रिकॉर्ड करें, या आवाज़ की फ़ाइल चुनें।
error-evidence-audio-too-big = आवाज़ की फ़ाइल बहुत बड़ी है ({ $megabytes } MB)। सीमा 5 MB है। छोटा आवाज़ का नोट रिकॉर्ड करें।
error-evidence-audio-damaged = आवाज़ की फ़ाइल ख़राब या अधूरी है। इसे फिर रिकॉर्ड करें या चुनें।
error-evidence-not-evidence = यह फ़ाइल न फ़ोटो है न आवाज़ की रिकॉर्डिंग। Carnet फ़ोटो (JPEG, PNG, WebP) और आवाज़ की फ़ाइलें (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) लेता है।
error-microphone-denied = Carnet माइक्रोफ़ोन इस्तेमाल नहीं कर सकता। अपने फ़ोन की सेटिंग्स में इजाज़त दें, या आवाज़ की फ़ाइल जोड़ें।
error-microphone-failed = Carnet रिकॉर्ड नहीं कर सका। दोबारा कोशिश करें, या आवाज़ की फ़ाइल जोड़ें।
error-recording-empty = कुछ रिकॉर्ड नहीं हुआ। दोबारा कोशिश करें और बटन दबाने के बाद बोलें।
error-evidence-missing = यह फ़ोटो या आवाज़ का नोट अभी इस डिवाइस पर नहीं है ({ $sha })। पाने के लिए सिंक करें।
