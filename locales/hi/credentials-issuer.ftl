# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = दूसरे लोगों के हुनर पर हस्ताक्षर करें, ट्रेनर, नियोक्ता, सेंटर, कॉलेज या साथी के रूप में।
cli-cmd-issuer-init = जारी करने वाले के रूप में अपनी हस्ताक्षर कुंजी बनाएँ। यह पासफ़्रेज़ से बंद होती है।
cli-cmd-issuer-show = जारी करने वाले का नाम, प्रकार और सार्वजनिक कुंजी दिखाएँ। पासफ़्रेज़ नहीं चाहिए।
cli-cmd-issuer-revoke = अपने हस्ताक्षर किए एक प्रमाणपत्र को उसके नंबर से वापस लें।
cli-cmd-issuer-status-list = वापस लिए गए प्रमाणपत्रों की हस्ताक्षर वाली सूची लिखें, जाँचने वालों को देने के लिए।
cli-cmd-endorse = किसी का दिया अनुरोध हस्ताक्षर करें, और वापस देने के लिए प्रमाणपत्र लिखें।
cli-cmd-trust = चुनें कि QR कोड जाँचते समय आप किनके हस्ताक्षर पर भरोसा करते हैं।
cli-cmd-trust-anchor = भरोसे के आधार: वे नेटवर्क या संस्थाएँ जो जारी करने वालों की ज़मानत देते हैं।
cli-cmd-trust-anchor-init = भरोसे के आधार के रूप में हस्ताक्षर कुंजी बनाएँ, जारी करने वालों की ज़मानत देने के लिए।
cli-cmd-trust-anchor-show = अपने भरोसे के आधार का नाम और सार्वजनिक कुंजी दिखाएँ।
cli-cmd-trust-anchor-add = इस भरोसे के आधार की कुंजी से हस्ताक्षर वाली सूचियों पर भरोसा करें।
cli-cmd-trust-bundle = भरोसे के आधार के रूप में, उन जारी करने वालों की सूची पर हस्ताक्षर करें जिनकी आप ज़मानत देते हैं।
cli-cmd-trust-import = भरोसेमंद जारी करने वालों की हस्ताक्षर वाली सूची फ़ाइल से जोड़ें।
cli-cmd-trust-list = वे जारी करने वाले दिखाएँ जिन पर आप भरोसा करते हैं, और हर सूची कितनी पुरानी है।
cli-cmd-revocation = उन प्रमाणपत्रों की सूचियाँ जो जारी करने वालों ने वापस लिए।
cli-cmd-revocation-import = किसी जारी करने वाले की वापस लिए प्रमाणपत्रों की हस्ताक्षर वाली सूची जोड़ें।
cli-cmd-verify = Carnet का QR कोड जाँचें: हर हुनर पर किसने हस्ताक्षर किए, और क्या वह अब भी मान्य है।

## Help: what to give

cli-arg-issuer-name = आपका नाम या आपकी संस्था का नाम, जैसे लोगों को दिखना चाहिए।
cli-arg-issuer-country = आपका देश, दो अक्षरों में, जैसे KE या PT।
cli-arg-issuer-kind = आप क्या हैं: trainer, employer, centre, college या colleague।
cli-arg-revoke-index = वापस लिए जाने वाले प्रमाणपत्र का नंबर।
cli-arg-cred-out = लिखी जाने वाली फ़ाइल।
cli-arg-endorse-request = व्यक्ति का दिया अनुरोध: फ़ाइल (request.cbor), उसके QR कोड की तस्वीर (PNG या JPEG), या CNR1: से शुरू होने वाले टेक्स्ट की फ़ाइल
cli-arg-endorse-text = अनुरोध का टेक्स्ट, CNR1: से शुरू, अगर व्यक्ति ने इसे मैसेज में भेजा। फ़ाइल की जगह।
cli-arg-endorse-assessed-by = आपने हुनर कैसे जाँचा: observation, test, document या interview।
cli-arg-endorse-expires = प्रमाणपत्र का आख़िरी मान्य दिन, जैसे 2027-05-14। इसके बिना यह ख़त्म नहीं होता।
cli-arg-endorse-valid-days = आज से कितने दिन प्रमाणपत्र मान्य रहे।
cli-arg-anchor-name = भरोसे के आधार का नाम, जैसे लोगों को दिखना चाहिए।
cli-arg-anchor-key = भरोसे के आधार की सार्वजनिक कुंजी: 64 अक्षर और अंक।
cli-arg-bundle-issuer = जारी करने वाले की फ़ाइल, carnet issuer show --json से। हर जारी करने वाले के लिए एक बार दें।
cli-arg-trust-file = भरोसे की सूची की फ़ाइल (.cbor)।
cli-arg-status-file = जारी करने वाले की सूची की फ़ाइल (.cbor)।
cli-arg-verify-image = QR कोड की तस्वीर: PNG, JPEG या WebP।
cli-arg-verify-text = QR कोड का टेक्स्ट, CN1: से शुरू
cli-arg-verify-nonce = वह नंबर जो आपने व्यक्ति से कोड में डालने को कहा (hex)।
cli-arg-verify-audience = वह नाम जो आपने व्यक्ति से कोड में डालने को कहा।

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = { $name } के लिए आपकी जारी करने वाले की कुंजी तैयार है। अपना पासफ़्रेज़ सुरक्षित रखें: इसके बिना आप हस्ताक्षर नहीं कर सकते।
issuer-label-name = नाम:
issuer-label-country = देश:
issuer-label-kind = प्रकार:
issuer-label-public-key = सार्वजनिक कुंजी:
issuer-label-kid = कुंजी की पहचान:
issuer-label-issued = दिए गए नंबर:
issuer-label-revoked = वापस लिए गए:
issuer-revoked = प्रमाणपत्र नंबर { $index } वापस ले लिया गया।
issuer-already-revoked = प्रमाणपत्र नंबर { $index } पहले ही वापस लिया जा चुका था।
issuer-revoked-next-step = जाँचने वालों को यह सिर्फ़ आपकी अगली सूची से पता चलेगा: इसे carnet issuer status-list --out list.cbor से लिखें, फिर फ़ाइल उन्हें दें।
issuer-status-list-written = { $count ->
    [one] सूची { $path } में है। इसमें 1 वापस लिया गया प्रमाणपत्र है।
   *[other] सूची { $path } में है। इसमें { $count } वापस लिए गए प्रमाणपत्र हैं।
}

endorse-intro = { $count ->
    [one] आप कुंजी { $holder } वाले व्यक्ति के लिए 1 एंट्री पर हस्ताक्षर करने वाले हैं:
   *[other] आप कुंजी { $holder } वाले व्यक्ति के लिए { $count } एंट्रियों पर हस्ताक्षर करने वाले हैं:
}
endorse-entry = { $title } ({ $kind }, स्तर { $level }, { $dates })
endorse-untitled = (कोई शीर्षक नहीं)
endorse-how-observation = आप कहते हैं कि आपने उन्हें यह करते देखा।
endorse-how-test = आप कहते हैं कि उन्होंने परीक्षा पास की।
endorse-how-document = आप कहते हैं कि आपने एक दस्तावेज़ जाँचा।
endorse-how-interview = आप कहते हैं कि आपने इसे इंटरव्यू में जाँचा।
endorse-expires-on = यह { $date } तक मान्य है।
endorse-no-expiry = यह ख़त्म नहीं होता।
endorse-written = { $count ->
    [one] हस्ताक्षर हो गए। { $path } व्यक्ति को वापस दें। इसका नंबर { $first } है।
   *[other] हस्ताक्षर हो गए। { $path } व्यक्ति को वापस दें। इनके नंबर { $first } से { $last } तक हैं।
}

trust-anchor-added = अब आप { $name } की हस्ताक्षर वाली सूचियों पर भरोसा करते हैं (कुंजी की पहचान { $kid })।
trust-bundle-written = { $count ->
    [one] 1 जारी करने वाले की हस्ताक्षर वाली सूची { $path } में है।
   *[other] { $count } जारी करने वालों की हस्ताक्षर वाली सूची { $path } में है।
}
trust-imported = { $count ->
    [one] 1 जारी करने वाले की भरोसे की सूची जोड़ी गई, { $date } को बनी।
   *[other] { $count } जारी करने वालों की भरोसे की सूची जोड़ी गई, { $date } को बनी।
}
trust-list-empty = आप अभी किसी जारी करने वाले पर भरोसा नहीं करते। carnet trust import से भरोसे की सूची जोड़ें।
trust-list-bundle = { $days ->
    [0] { $anchor } की भरोसे की सूची, आज बनी ({ $date }):
    [one] { $anchor } की भरोसे की सूची, 1 दिन पहले बनी ({ $date }):
   *[other] { $anchor } की भरोसे की सूची, { $days } दिन पहले बनी ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, कुंजी की पहचान { $kid }
revocation-imported = { $count ->
    [one] { $name } की सूची जोड़ी गई, { $date } को बनी: 1 प्रमाणपत्र वापस लिया गया।
   *[other] { $name } की सूची जोड़ी गई, { $date } को बनी: { $count } प्रमाणपत्र वापस लिए गए।
}

## Errors of these commands

error-issuer-exists = इस फ़ोल्डर में पहले से जारी करने वाले की कुंजी है। कुछ नहीं बदला।
error-no-issuer = इस फ़ोल्डर में अभी जारी करने वाले की कुंजी नहीं है। carnet issuer init से बनाएँ।
error-issuer-damaged = इस फ़ोल्डर में जारी करने वाले की कुंजी ख़राब है या अपनी जानकारी से मेल नहीं खाती। बैकअप से कॉपी वापस रखें।
error-anchor-exists = इस फ़ोल्डर में पहले से भरोसे के आधार की कुंजी है। कुछ नहीं बदला।
error-no-anchor = इस फ़ोल्डर में अभी भरोसे के आधार की कुंजी नहीं है। carnet trust anchor init से बनाएँ।
error-anchor-damaged = इस फ़ोल्डर में भरोसे के आधार की कुंजी ख़राब है या अपनी जानकारी से मेल नहीं खाती। बैकअप से कॉपी वापस रखें।
error-identity-too-new = यह कुंजी Carnet के नए संस्करण ने बनाई है। इस्तेमाल के लिए Carnet अपडेट करें।
error-storage-file = Carnet { $path } को लिख या पढ़ नहीं सका। देखें कि जगह है और आपको वहाँ लिखने की इजाज़त है। (मदद करने वाले के लिए: { $reason })
error-file-too-big = { $path } Carnet फ़ाइल होने के लिए बहुत ज़्यादा बड़ी है।
error-issuer-kind = «{ $value }» जारी करने वाले का प्रकार नहीं है। trainer, employer, centre, college या colleague लिखें।
error-assessed-by = «{ $value }» जाँचने का तरीका नहीं है। observation, test, document या interview लिखें।
error-expires-date = «{ $value }» कोई दिन नहीं है। इसे साल-महीना-दिन के रूप में लिखें, जैसे 2027-05-14।
error-expires-past = आख़िरी दिन आज के बाद का होना चाहिए।
error-issuer-indexes-used-up = इस जारी करने वाले की कुंजी अपने सारे नंबर दे चुकी है। नई जारी करने वाले की कुंजी बनाएँ।
error-revoke-not-issued = आपने नंबर { $index } वाले प्रमाणपत्र पर हस्ताक्षर नहीं किए। आपके नंबर 0 से { $next } से कम तक हैं।
error-anchor-name = नाम 1 से 100 अक्षरों का होना चाहिए।
error-anchor-known = आप पहले से इस भरोसे के आधार पर भरोसा करते हैं (कुंजी की पहचान { $kid })।
error-issuer-file = { $path } जारी करने वाले की फ़ाइल नहीं है। जारी करने वाले से carnet issuer show --json का नतीजा माँगें।
error-trust-bundle-not-newer = आपके पास यह भरोसे की सूची या उसी आधार की नई सूची पहले से है। कुछ नहीं बदला।
error-status-list-not-newer = आपके पास इस जारी करने वाले की नई सूची पहले से है। कुछ नहीं बदला।
error-status-list-issuer-unknown = यह सूची ऐसे जारी करने वाले की है जिस पर आप अभी भरोसा नहीं करते (कुंजी की पहचान { $kid })। पहले वह भरोसे की सूची इंपोर्ट करें जिसमें उसका नाम हो।
error-verifier-damaged = आपकी सहेजी भरोसे की सूचियाँ ख़राब हैं या बदली गई हैं। उन्हें फिर से इंपोर्ट करें।
error-verify-nonce = «{ $value }» hex में नंबर नहीं है, जैसे 3fa9।
error-verify-got-request = यह किसी की एंट्रियों की पुष्टि का अनुरोध है (इसका टेक्स्ट CNR1: से शुरू होता है), हुनर दिखाने वाला कोड नहीं। कुछ नहीं जाँचा गया। पुष्टि करने वाला इस पर ऐसे हस्ताक्षर करता है: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = यह किसी के हुनर दिखाने वाला कोड है (इसका टेक्स्ट CN1: से शुरू होता है), उनकी पुष्टि का अनुरोध नहीं। कुछ हस्ताक्षर नहीं हुआ। जाँचने के लिए लिखें: carnet verify PICTURE, या carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = भरोसे की सूची ख़राब है या भरोसे की सूची नहीं है।
error-trust-bundle-wrong-file = यह Carnet की किसी और तरह की फ़ाइल है, भरोसे की सूची नहीं।
error-trust-bundle-newer-version = यह भरोसे की सूची Carnet के नए संस्करण ने बनाई है। पढ़ने के लिए Carnet अपडेट करें।
error-trust-bundle-unknown-anchor = इस भरोसे की सूची पर ऐसे आधार के हस्ताक्षर हैं जिस पर आप भरोसा नहीं करते (कुंजी की पहचान { $kid })। अगर आप उसे जानते हैं, तो पहले carnet trust anchor add से जोड़ें।
error-trust-bundle-bad-signature = इस भरोसे की सूची पर हस्ताक्षर मेल नहीं खाता। फ़ाइल बदली गई या ख़राब है।
error-trust-bundle-invalid = भरोसे की सूची का एक मान इस्तेमाल नहीं हो सकता ({ $field })।
error-trust-bundle-too-large = भरोसे की सूची बहुत बड़ी है।
error-status-list-malformed = सूची ख़राब है या वापस लिए प्रमाणपत्रों की सूची नहीं है।
error-status-list-wrong-file = यह Carnet की किसी और तरह की फ़ाइल है, वापस लिए प्रमाणपत्रों की सूची नहीं।
error-status-list-newer-version = यह सूची Carnet के नए संस्करण ने बनाई है। पढ़ने के लिए Carnet अपडेट करें।
error-status-list-wrong-issuer = यह सूची किसी और जारी करने वाले की है ({ $found }, { $expected } नहीं)।
error-status-list-bad-signature = इस सूची पर हस्ताक्षर मेल नहीं खाता। फ़ाइल बदली गई या ख़राब है।
error-status-list-invalid = सूची का एक मान इस्तेमाल नहीं हो सकता ({ $field })।
error-status-list-too-large = सूची बहुत बड़ी है।
