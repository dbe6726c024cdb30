# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = एक और डिवाइस जोड़ें
app-pair-intro = अपनी लॉगबुक अपने किसी दूसरे फ़ोन या कंप्यूटर पर रखें। दोनों डिवाइस को हब चाहिए।
app-pair-start = एक और डिवाइस जोड़ें
app-pair-passphrase = डिवाइस जोड़ने के लिए अपना पासफ़्रेज़ लिखें।
app-pair-show = कोड दिखाएँ
app-pair-scan = नए डिवाइस पर «लॉगबुक से जुड़ें» चुनें, फिर यह चौकोर कोड स्कैन करें या इसके नीचे लिखा टेक्स्ट लिखें।
app-pair-qr-alt = नए डिवाइस से स्कैन करने के लिए चौकोर कोड
app-pair-code-label = कोड, टेक्स्ट के रूप में
app-pair-expires = यह कोड { $time } और चलेगा।
app-pair-waiting = नए डिवाइस का इंतज़ार…
app-pair-request = «{ $name }» आपकी लॉगबुक चाहता है।
app-pair-compare = क्या नया डिवाइस यही कोड दिखा रहा है?
app-pair-approve = हाँ, इजाज़त दें
app-pair-refuse = नहीं
app-pair-approved = «{ $name }» के पास अब आपकी लॉगबुक है। सिंक के बाद यह डिवाइस की सूची में दिखेगा।
app-pair-refused = आपने मना किया। «{ $name }» को कुछ नहीं मिला।
app-pair-again = नया कोड दिखाएँ

## Sync screen: the devices of this logbook

app-devices-title = आपके डिवाइस
app-devices-none = अभी तक किसी डिवाइस ने यह लॉगबुक सिंक नहीं की। सिंक करें, और यह डिवाइस यहाँ दिखेगा।
app-devices-this = यह डिवाइस
app-devices-added = जोड़ा गया { $date }
app-devices-removed = हटाया गया { $date }
app-devices-remove = हटाएँ
app-devices-remove-confirm = «{ $name }» हटाएँ? इसे तब इस्तेमाल करें जब फ़ोन खो जाए, बिक जाए या किसी को दे दिया जाए।
app-devices-remove-consequences = उसके पास जो पहले से है वह रहेगा, लेकिन अब से आप जो भी जोड़ेंगे वह उसे नहीं मिलेगा। आपकी लॉगबुक को नई कुंजी मिलती है, और आपके दूसरे डिवाइस को सिंक करने पर मिल जाती है। उस डिवाइस को फिर इस्तेमाल करने के लिए उसे फिर से जोड़ें।
app-devices-remove-yes = हाँ, हटाएँ
app-devices-removed-done = «{ $name }» हटा दिया गया। आपकी लॉगबुक की अब नई कुंजी है, जो उस डिवाइस के पास नहीं है।
app-devices-new-sheet = आपकी रिकवरी शीट में पुरानी कुंजी है। अभी सेटिंग्स में नई बनाएँ, और पुरानी को नष्ट कर दें।

## First run: another way to start

app-start-other = क्या आपके पास पहले से लॉगबुक है?
app-start-join = दूसरे डिवाइस से जुड़ें
app-start-recover = शीट से वापस लाएँ

## First run: joining a logbook from another device

app-join-title = लॉगबुक से जुड़ें
app-join-intro = अपने दूसरे डिवाइस पर सिंक खोलें और «एक और डिवाइस जोड़ें» चुनें। वह एक कोड दिखाएगा।
app-join-code = कोड (यह CNP1: से शुरू होता है)
app-join-code-hint = कोड यहाँ चिपकाएँ या लिखें
app-join-picture = कोड की तस्वीर खोलें
app-join-name = इस डिवाइस का नाम
app-join-name-default = मेरा नया डिवाइस
app-join-passphrase = इस डिवाइस के लिए पासफ़्रेज़ चुनें
app-join-send = आगे
app-join-check = आपके दूसरे डिवाइस पर यही कोड दिखना चाहिए। वहाँ इजाज़त दें।
app-join-waiting = दूसरे डिवाइस की इजाज़त का इंतज़ार…
app-join-copying = आपकी लॉगबुक कॉपी हो रही है…

## First run: recovering a logbook with a recovery sheet

app-recover-title = अपनी लॉगबुक वापस लाएँ
app-recover-intro = अपनी रिकवरी शीट और अपना पासफ़्रेज़ इस्तेमाल करें। Carnet आपकी लॉगबुक हब से वापस लाता है।
app-recover-by-words = 12 शब्द लिखें
app-recover-by-code = चौकोर कोड इस्तेमाल करें
app-recover-words = 12 शब्द, क्रम से
app-recover-words-hint = शब्द1 शब्द2 शब्द3 …
app-recover-hub = शीट पर लिखा हब का पता
app-recover-code = चौकोर कोड का टेक्स्ट (यह CNS1: से शुरू होता है)
app-recover-picture = शीट की फ़ोटो खोलें
app-recover-passphrase = आपका पासफ़्रेज़ (जो आप पहले इस्तेमाल करते थे)
app-recover-start = मेरी लॉगबुक वापस लाएँ

## Reading a square code from a picture

app-picture-read = कोड तस्वीर से पढ़ लिया गया।
app-scan-camera = कैमरे से स्कैन करें
error-camera-scan = कोई कोड नहीं पढ़ा गया। अगर Carnet कैमरा इस्तेमाल नहीं कर सकता, तो अपने फ़ोन की सेटिंग्स में इजाज़त दें। आप कोड की फ़ोटो भी खोल सकते हैं।

## Settings: the recovery sheet

app-sheet-title = रिकवरी शीट
app-sheet-intro = रिकवरी शीट एक कागज़ है जिस पर 12 शब्द और एक चौकोर कोड होता है। अगर यह फ़ोन खो जाए, तो शीट और आपका पासफ़्रेज़ आपकी लॉगबुक नए फ़ोन पर वापस ले आते हैं। शीट को सुरक्षित रखें, अपने फ़ोन से दूर। अपना पासफ़्रेज़ उसके साथ न रखें।
app-sheet-replaces = नई शीट पुरानी की जगह लेती है: पुरानी शीट काम करना बंद कर देती है।
app-sheet-needs-hub = शीट हब का इस्तेमाल करती है। पहले सिंक स्क्रीन पर हब का पता डालें।
app-sheet-passphrase = शीट बनाने के लिए अपना पासफ़्रेज़ लिखें
app-sheet-format = इस रूप में सहेजें
app-sheet-pdf = PDF, छापने के लिए
app-sheet-png = तस्वीर
app-sheet-make = रिकवरी शीट बनाएँ
app-sheet-saved = आपकी रिकवरी शीट { $path } में सहेजी गई। इसे छापें, या नीचे के शब्द लिख लें, और कागज़ सुरक्षित रखें।
app-sheet-english = शीट अंग्रेज़ी में है: Carnet अभी उस पर आपकी भाषा के अक्षर नहीं बना सकता।
app-sheet-words = आपके 12 शब्द

## Settings: export and import

app-export-title = एक्सपोर्ट और इंपोर्ट
app-export-intro = एक्सपोर्ट आपकी पूरी लॉगबुक एक फ़ाइल में सहेजता है, अपने पास रखने के लिए या अपनी पसंद के किसी व्यक्ति को देने के लिए।
app-export-consent = इस फ़ाइल में आपकी लॉगबुक पढ़ने लायक रूप में है: यह आपके पासफ़्रेज़ से बंद नहीं है। जिसे भी यह फ़ाइल मिलेगी, वह इसमें सब कुछ पढ़ सकता है। फ़ोटो फ़ाइल में नहीं हैं।
app-export-agree = मैं समझ गया/गई। फ़ाइल सहेजें
app-export = एक्सपोर्ट
app-export-saved = { $count ->
    [one] { $count } एंट्री { $path } में सहेजी गई।
   *[other] { $count } एंट्रियाँ { $path } में सहेजी गईं।
}
app-import-intro = इंपोर्ट, एक्सपोर्ट की गई फ़ाइल की चीज़ें इस लॉगबुक में जोड़ता है। आपकी लॉगबुक से कुछ नहीं मिटता।
app-import = फ़ाइल इंपोर्ट करें
app-import-added = { $count ->
    [0] कोई नई एंट्री नहीं।
    [one] { $count } नई एंट्री जोड़ी गई।
   *[other] { $count } नई एंट्रियाँ जोड़ी गईं।
}
app-import-updated = { $count ->
    [0] कोई एंट्री नहीं बदली।
    [one] { $count } एंट्री बदली।
   *[other] { $count } एंट्रियाँ बदलीं।
}
app-import-unchanged = { $count ->
    [0] कोई एंट्री पहले से वैसी नहीं थी।
    [one] { $count } एंट्री पहले से वैसी ही थी।
   *[other] { $count } एंट्रियाँ पहले से वैसी ही थीं।
}
app-import-profile = आपकी प्रोफ़ाइल अपडेट हो गई।
app-import-missing-photos = { $count ->
    [one] फ़ाइल में लिखी { $count } फ़ोटो इस डिवाइस पर नहीं है।
   *[other] फ़ाइल में लिखी { $count } फ़ोटो इस डिवाइस पर नहीं हैं।
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = आपकी रिकवरी शीट अब भी काम करती है, आपके नए पासफ़्रेज़ के साथ।
app-passphrase-sheet-not-updated = आपकी रिकवरी शीट हब पर अपडेट नहीं हो सकी। जब तक आप नई नहीं बनाते, उसे आपका पुराना पासफ़्रेज़ चाहिए। जब आप जुड़े हों, तब नई शीट बनाएँ।

## This device's name

app-device-name = इस डिवाइस का नाम
app-device-name-hint = वह नाम जो आपके दूसरे डिवाइस इस डिवाइस के लिए दिखाते हैं, जैसे «अमीना का फ़ोन»।
app-device-name-saved = सहेजा गया। इस डिवाइस के सिंक होने के बाद आपके दूसरे डिवाइस इसे दिखाएँगे।
