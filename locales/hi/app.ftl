# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = अपनी भाषा चुनें
app-continue = आगे

## First run: making a passphrase

app-create-title = अपनी लॉगबुक सुरक्षित करें
app-create-intro = एक पासफ़्रेज़ चुनें। इसे सिर्फ़ आप जानते हैं। जब भी आप अपनी लॉगबुक खोलेंगे, Carnet इसे पूछेगा।
app-passphrase = पासफ़्रेज़
app-passphrase-again = फिर से लिखें
app-passphrase-show = दिखाएँ
app-passphrase-hide = छिपाएँ
app-strength-too-short = बहुत छोटा: कम से कम { $min } अक्षर लिखें।
app-strength-weak = कमज़ोर: कुछ शब्द एक साथ याद रखना आसान और अंदाज़ा लगाना मुश्किल होता है।
app-strength-fair = अच्छा। लंबा हो तो और भी सुरक्षित है।
app-strength-strong = मज़बूत।
app-passphrase-mismatch = दोनों पासफ़्रेज़ एक जैसे नहीं हैं। उन्हें फिर से लिखें।
app-create = मेरी लॉगबुक बनाएँ
app-working = कृपया रुकें…
app-back = वापस

## Unlock

app-unlock-title = अपनी लॉगबुक खोलें
app-unlock = खोलें
app-lock = बंद करें

## The logbook

app-logbook-title = मेरी लॉगबुक
app-logbook-empty = आपकी लॉगबुक खाली है। कोई ऐसा काम जोड़ें जो आप कर सकते हैं।
app-add = जोड़ें
app-kind-skill = हुनर
app-kind-qualification = योग्यताएँ
app-kind-experience = काम का अनुभव
app-kind-language = भाषाएँ
app-kind-learning = कोर्स
app-self-declared = खुद बताया
app-show-more = { $count ->
    [one] 1 और दिखाएँ
   *[other] { $count } और दिखाएँ
}
app-endorsed = पुष्टि हुई

## Adding an entry

app-add-title = मेरी लॉगबुक में जोड़ें
app-add-kind = यह क्या है?
app-add-title-label = नाम
app-add-title-hint = उदाहरण: वेल्डिंग, ट्रक चलाना, अरबी
app-add-level = स्तर
app-level-none = कोई स्तर नहीं
app-level-basic = शुरुआती
app-level-intermediate = मध्यम
app-level-advanced = अच्छा
app-level-expert = माहिर
app-level-eqf = स्तर { $level }
app-save = सहेजें
app-cancel = रद्द करें

## Moving around

app-settings = सेटिंग्स
app-sync = सिंक
app-edit = बदलें
app-remove = हटाएँ

## The logbook: search and filter

app-search = खोजें
app-search-hint = कोई शब्द लिखें, जैसे: वेल्ड
app-stage-filter = आपके सफ़र का चरण
app-stage-any = सभी चरण
app-stage-recruitment = भर्ती
app-stage-pre-departure = जाने से पहले
app-stage-arrival = पहुँचना
app-stage-career = काम
app-stage-return = वापसी
app-search-none = कुछ नहीं मिला। कोई और शब्द या कोई और चरण आज़माएँ।

## Changing and removing an entry

app-edit-title = यह एंट्री बदलें
app-stages = आपके सफ़र के चरण
app-remove-confirm = «{ $title }» को अपनी लॉगबुक से हटाएँ? यह वापस नहीं होगा।
app-remove-yes = हाँ, हटाएँ

## Settings

app-settings-title = सेटिंग्स
app-settings-language = भाषा
app-settings-lock = बंद हो जाए
app-lock-minutes = { $minutes ->
    [one] { $minutes } मिनट इस्तेमाल न होने पर
   *[other] { $minutes } मिनट इस्तेमाल न होने पर
}
app-settings-passphrase = पासफ़्रेज़ बदलें
app-passphrase-current = मौजूदा पासफ़्रेज़
app-passphrase-new = नया पासफ़्रेज़
app-passphrase-change = पासफ़्रेज़ बदलें
app-passphrase-changed = आपका पासफ़्रेज़ बदल गया है। अब से नया इस्तेमाल करें।
app-about = Carnet के बारे में
app-locked-idle = कुछ देर तक किसी ने इस्तेमाल नहीं किया, इसलिए Carnet ने आपकी लॉगबुक बंद कर दी। अपने पासफ़्रेज़ से इसे फिर खोलें।

## Sync with a hub

app-sync-title = हब के साथ सिंक
app-sync-intro = हब आपकी लॉगबुक की एक बंद (ताला लगी) कॉपी रखता है, ताकि आप उसे दूसरे फ़ोन पर इस्तेमाल कर सकें। हब उसे पढ़ नहीं सकता।
app-hub-address = हब का पता
app-hub-address-hint = उदाहरण: https://hub.example.org
app-hub-save = पता सहेजें
app-sync-now = अभी सिंक करें
app-sync-never = अभी तक सिंक नहीं हुआ।
app-sync-last = आख़िरी सिंक: { $when }
app-sync-pending = { $count ->
    [0] भेजने के लिए कुछ बाकी नहीं।
    [one] { $count } बदलाव भेजे जाने का इंतज़ार कर रहा है।
   *[other] { $count } बदलाव भेजे जाने का इंतज़ार कर रहे हैं।
}
app-sync-sending = भेजा जा रहा है
app-sync-receiving = मिल रहा है
app-sync-photos = फ़ोटो
app-sync-done = सिंक पूरा हुआ।

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = आपकी लॉगबुक बंद है। अपने पासफ़्रेज़ से उसे खोलें, फिर दोबारा कोशिश करें।
error-unknown-language = Carnet में { $tag } भाषा नहीं है। सूची में से कोई एक चुनें।

## Settings: how the screens look

app-settings-display = Carnet कैसा दिखे
app-high-contrast = गहरा अंतर (सफ़ेद पर काला)
app-text-size = अक्षरों का आकार
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = सुनें

## Two languages at once

app-dual-language = इसमें भी दिखाएँ
app-dual-none = कोई दूसरी भाषा नहीं
