# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = भरोसे की सूचियाँ
app-trust-title = भरोसे की सूचियाँ
app-trust-intro = भरोसे की सूची किसी ऐसे नेटवर्क से आती है जिसे आप जानते हैं, जैसे ट्रेनिंग सेंटरों का एक समूह। उसमें वे कॉलेज, सेंटर और नियोक्ता होते हैं जिनकी नेटवर्क ज़मानत देता है। इनमें से किसी के हस्ताक्षर वाला कोड जाँचा हुआ दिखता है।
app-trust-warning = सिर्फ़ उस नेटवर्क पर भरोसा करें जिसकी कुंजी आपने खुद नेटवर्क से ली हो: आमने-सामने, उसके अपने कागज़ पर, या उसकी अपनी वेबसाइट से। जो कोई यहाँ कुंजी डाल सकता है, वह नकली कोड को जाँचा हुआ दिखा सकता है।

## What is held

app-trust-held = यह डिवाइस किस पर भरोसा करता है
app-trust-none = यह डिवाइस अभी किसी नेटवर्क पर भरोसा नहीं करता। हस्ताक्षर वाले कोड पर दिखेगा «हस्ताक्षर है, लेकिन किसी ऐसे जारी करने वाले का नहीं जिस पर आप भरोसा करते हैं»।
app-trust-kid = कुंजी की पहचान: { $kid }
app-trust-no-list = इस नेटवर्क की अभी कोई भरोसे की सूची नहीं है। नीचे उसकी फ़ाइल जोड़ें।
app-trust-list-line = { $date } की भरोसे की सूची ({ $days ->
    [0] आज की
    [one] 1 दिन पुरानी
   *[other] { $days } दिन पुरानी
}): { $count ->
    [one] 1 जगह
   *[other] { $count } जगहें
}
app-trust-status-held = वापस ली गई पुष्टियाँ
app-trust-status-line = { $name }: { $date } की सूची ({ $days ->
    [0] आज की
    [one] 1 दिन पुरानी
   *[other] { $days } दिन पुरानी
}), { $count ->
    [0] कुछ वापस नहीं लिया गया
    [one] 1 वापस ली गई
   *[other] { $count } वापस ली गईं
}

## Stop trusting a network

app-trust-remove = भरोसा हटाएँ
app-trust-remove-confirm = { $name } पर भरोसा हटाएँ? उसकी सूची की जगहों के हस्ताक्षर वाले कोड अब जाँचे हुए नहीं दिखेंगे। आप बाद में नेटवर्क फिर से जोड़ सकते हैं।
app-trust-remove-yes = हाँ, भरोसा हटाएँ
app-trust-removed = अब आप { $name } पर भरोसा नहीं करते।

## Trust a network

app-trust-add-title = किसी नेटवर्क पर भरोसा करें
app-trust-add-hint = नेटवर्क की कुंजी और नाम लिखें या चिपकाएँ, या वह फ़ाइल खोलें जो नेटवर्क ने आपको दी।
app-trust-key = नेटवर्क की कुंजी (64 अक्षर और अंक)
app-trust-name = नेटवर्क का नाम
app-trust-from-file = नेटवर्क की कुंजी वाली फ़ाइल खोलें
app-trust-add = इस नेटवर्क पर भरोसा करें
app-trust-added = अब आप { $name } पर भरोसा करते हैं। अब उसकी भरोसे की सूची जोड़ें।

## Files

app-trust-bundle-title = भरोसे की सूची जोड़ें
app-trust-bundle-hint = एक फ़ाइल जिसका नाम .cbor पर ख़त्म होता है और जो नेटवर्क ने आपको दी। नई फ़ाइल पुरानी की जगह ले लेती है।
app-trust-bundle-open = भरोसे की सूची की फ़ाइल खोलें
app-trust-bundle-done = { $name } की भरोसे की सूची जोड़ी गई ({ $date }): { $count ->
    [one] 1 जगह
   *[other] { $count } जगहें
}।
app-trust-status-title = वापस ली गई पुष्टियों की सूची जोड़ें
app-trust-status-hint = कोई कॉलेज या सेंटर ग़लती से दी गई पुष्टि वापस ले सकता है। उसकी सूची इस डिवाइस को बताती है कि कौन-सी।
app-trust-status-open = सूची की फ़ाइल खोलें
app-trust-status-done = { $name } की सूची जोड़ी गई ({ $date }): { $count ->
    [0] कुछ वापस नहीं लिया गया
    [one] 1 पुष्टि वापस ली गई
   *[other] { $count } पुष्टियाँ वापस ली गईं
}।

## Refusals: nothing was changed in any case

error-trust-anchor-file = यह फ़ाइल नेटवर्क की कुंजी वाली फ़ाइल नहीं है। वह फ़ाइल खोलें जो नेटवर्क ने आपको दी, या कुंजी लिखें।
error-app-anchor-invalid-key = यह नेटवर्क की कुंजी नहीं है। कुंजी में ठीक 64 अक्षर (a से f) और अंक होते हैं। देखें कि पूरी कॉपी हुई हो।
error-app-anchor-name = नेटवर्क को 1 से 100 अक्षरों का नाम दें।
error-app-anchor-known = आप पहले से इस नेटवर्क पर भरोसा करते हैं (कुंजी की पहचान { $kid })। कुछ नहीं बदला।
error-app-trust-bundle-malformed = यह फ़ाइल भरोसे की सूची नहीं है, या ख़राब है। कुछ नहीं बदला।
error-app-trust-bundle-wrong-file = यह Carnet की किसी और तरह की फ़ाइल है, भरोसे की सूची नहीं। कुछ नहीं बदला।
error-app-trust-bundle-newer-version = यह भरोसे की सूची Carnet के नए संस्करण ने बनाई है। पढ़ने के लिए Carnet अपडेट करें।
error-app-trust-bundle-unknown-anchor = यह भरोसे की सूची ऐसे नेटवर्क से है जिस पर आप भरोसा नहीं करते (कुंजी की पहचान { $kid })। पहले नेटवर्क पर भरोसा करें, फिर उसकी सूची फिर से जोड़ें।
error-app-trust-bundle-bad-signature = इस भरोसे की सूची पर हस्ताक्षर मेल नहीं खाता: फ़ाइल बदली गई या ख़राब है। कुछ नहीं बदला। नेटवर्क से फ़ाइल फिर माँगें।
error-app-trust-bundle-invalid = यह भरोसे की सूची इस्तेमाल नहीं हो सकती। कुछ नहीं बदला। नेटवर्क से फ़ाइल फिर माँगें।
error-app-trust-bundle-too-large = यह फ़ाइल भरोसे की सूची होने के लिए बहुत बड़ी है। कुछ नहीं बदला।
error-app-trust-bundle-not-newer = आपके पास यह भरोसे की सूची या उसी नेटवर्क की नई सूची पहले से है। कुछ नहीं बदला।
error-app-status-list-malformed = यह फ़ाइल वापस ली गई पुष्टियों की सूची नहीं है, या ख़राब है। कुछ नहीं बदला।
error-app-status-list-wrong-file = यह Carnet की किसी और तरह की फ़ाइल है, वापस ली गई पुष्टियों की सूची नहीं। कुछ नहीं बदला।
error-app-status-list-newer-version = यह सूची Carnet के नए संस्करण ने बनाई है। पढ़ने के लिए Carnet अपडेट करें।
error-app-status-list-wrong-issuer = यह सूची किसी और हस्ताक्षर करने वाले की है ({ $found }, { $expected } नहीं)। कुछ नहीं बदला।
error-app-status-list-bad-signature = इस सूची पर हस्ताक्षर मेल नहीं खाता: फ़ाइल बदली गई या ख़राब है। कुछ नहीं बदला।
error-app-status-list-invalid = यह सूची इस्तेमाल नहीं हो सकती। कुछ नहीं बदला। फ़ाइल फिर माँगें।
error-app-status-list-too-large = यह फ़ाइल वापस ली गई पुष्टियों की सूची होने के लिए बहुत बड़ी है। कुछ नहीं बदला।
error-app-status-list-issuer-unknown = यह सूची ऐसे हस्ताक्षर करने वाले की है जो आपकी किसी भरोसे की सूची में नहीं है (कुंजी की पहचान { $kid })। पहले वह भरोसे की सूची जोड़ें जिसमें उनका नाम हो।
error-app-status-list-not-newer = आपके पास इस हस्ताक्षर करने वाले की नई सूची पहले से है। कुछ नहीं बदला।
error-app-verifier-write = Carnet फ़ाइल को { $path } में सहेज नहीं सका। देखें कि डिवाइस में जगह है। (मदद करने वाले के लिए: { $reason })
