# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = ऐसी फ़ाइल बनाएँ जो किसी ट्रेनर, नियोक्ता या सेंटर से एंट्रियों की पुष्टि माँगे।
    .long = ऐसा अनुरोध बनाएँ जो किसी ट्रेनर, नियोक्ता, सेंटर, कॉलेज या साथी से आपकी कुछ एंट्रियों की पुष्टि ("endorse") माँगे: एक फ़ाइल, एक QR कोड (.png या .svg पर ख़त्म होने वाला नाम) फ़ोन पर दिखाने या छापने के लिए, या --text के साथ मैसेज में भेजने का टेक्स्ट। यह उन्हें दें। वे इस पर हस्ताक्षर करके आपको प्रमाणपत्र फ़ाइल वापस देंगे, जिसे आप इससे रखें: carnet receive
cli-cmd-holder-receive = वह प्रमाणपत्र रखें जिस पर किसी ट्रेनर, नियोक्ता या सेंटर ने आपके लिए हस्ताक्षर किए।
cli-cmd-holder-credentials = आपके रखे प्रमाणपत्रों की सूची, एंट्री के हिसाब से। यह भी: carnet wallet
cli-cmd-holder-present = चुनी हुई एंट्रियों को एक QR कोड के रूप में दिखाएँ जिसे कोई भी बिना इंटरनेट जाँच सके।
    .long = चुनी हुई एंट्रियों को एक QR कोड के रूप में दिखाएँ जिसे कोई भी बिना इंटरनेट जाँच सके। पुष्टि वाली एंट्रियाँ पुष्टि करने वाले के नाम के साथ दिखती हैं; --self-declared से दी गई एंट्रियाँ सिर्फ़ आपकी बात के रूप में दिखती हैं। स्क्रीन पर कोड 24 घंटे चलता है; --print के साथ, 5 साल।
cli-cmd-holder-export = पुष्टि वाली एंट्री को दूसरे ऐप्स के लिए W3C Verifiable Credential (Open Badges 3.0) के रूप में लिखें।
    .long = पुष्टि वाली एंट्री को W3C Verifiable Credential 2.0 (एक Open Badges 3.0 बैज) के रूप में लिखें, पुष्टि करने वाले के हस्ताक्षर के साथ, ताकि दूसरे वॉलेट और ऐप्स इसे जाँच सकें। --out के बिना यह स्क्रीन पर लिखा जाता है।

## Help: arguments

cli-arg-holder-request-ids = पुष्टि के लिए एंट्रियाँ: उनकी ids, या हर एक के पहले 4 या ज़्यादा अक्षर। ids देखने के लिए लिखें: carnet list
cli-arg-holder-request-out = अनुरोध कहाँ लिखें: .png या .svg पर ख़त्म होने वाला नाम QR कोड की तस्वीर बनाता है; कोई और नाम, जैसे request.cbor, एक फ़ाइल।
cli-arg-holder-request-text = अनुरोध का टेक्स्ट (CNR1: से शुरू) स्क्रीन पर लिखें, मैसेज में भेजने के लिए।
cli-arg-holder-receive-file = आपको दी गई प्रमाणपत्र फ़ाइल, जैसे credential.cbor।
cli-arg-holder-present-select = दिखाने के लिए पुष्टि वाली एंट्रियाँ: उनकी ids, या हर एक के पहले 4 या ज़्यादा अक्षर।
cli-arg-holder-present-fields = हर एंट्री के सिर्फ़ ये हिस्से दिखाएँ, कॉमा से अलग, जैसे title,level। बाकी छिपे रहेंगे। हिस्से ये हैं: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf। इसके बिना सब कुछ दिखता है।
cli-arg-holder-present-self-declared = वे एंट्रियाँ जो सिर्फ़ आपकी बात के रूप में दिखें, किसी की पुष्टि वाली नहीं।
cli-arg-holder-present-stage = आप यह किसलिए दिखा रहे हैं: recruitment, pre-departure, arrival, career या return। इसके बिना: recruitment।
cli-arg-holder-present-audience = आप यह किसे दिखा रहे हैं, अगर उन्होंने नाम लिखने को कहा हो, जैसे किसी एजेंसी का नाम।
cli-arg-holder-present-nonce = जाँचने वाले का दिया कोड, अगर दिया हो (अक्षर 0-9 और a-f)।
cli-arg-holder-present-print = कागज़ के लिए बनाएँ: कोड खरोंच और मोड़ को बेहतर झेलता है, और 24 घंटे की जगह 5 साल चलता है।
cli-arg-holder-present-out = लिखी जाने वाली तस्वीर: .png या .svg पर ख़त्म होने वाला नाम।
cli-arg-holder-present-text = QR कोड के अंदर का टेक्स्ट भी लिखें, मैसेज में भेजने के लिए।
cli-arg-holder-export-id = पुष्टि वाली एंट्री: उसकी id, या उसके पहले 4 या ज़्यादा अक्षर।
cli-arg-holder-export-format = लिखने का फ़ॉर्मैट। सिर्फ़: vc (W3C Verifiable Credential, Open Badges 3.0)।
cli-arg-holder-export-jwt = सबूत वाले JSON की जगह हस्ताक्षर वाले टोकन (VC-JWT) के रूप में लिखें।
cli-arg-holder-export-out = लिखी जाने वाली फ़ाइल, जैसे badge.json या badge.jwt।

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] यह अनुरोध 1 एंट्री की पुष्टि माँगता है।
       *[other] यह अनुरोध { $count } एंट्रियों की पुष्टि माँगता है।
    } पुष्टि करने वाला हर एक के ये हिस्से देखेगा:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = अनुरोध { $path } में लिखा गया।
holder-request-next = फ़ाइल पुष्टि करने वाले को दें। जब वे आपको प्रमाणपत्र फ़ाइल वापस दें, तो लिखें: carnet receive FILE
holder-receive-done = रख लिया गया: पुष्टि करने वाला { $issuer }, { $kind }, { $country }। जाँच का तरीका: { $assessed }।
holder-validity-until = जारी हुआ { $issued }। { $expires } तक मान्य।
holder-validity-open = जारी हुआ { $issued }। कोई आख़िरी तारीख़ नहीं।
holder-wallet-empty = आपके पास अभी कोई प्रमाणपत्र नहीं है। एक माँगने के लिए लिखें: carnet request ID --out request.cbor
holder-wallet-damaged = एक प्रमाणपत्र जो अब पढ़ा नहीं जा सकता। जिसने दिया था उससे नया माँगें।
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): जारी { $issued }, { $expires } तक मान्य
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): जारी { $issued }, कोई आख़िरी तारीख़ नहीं
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): जारी { $issued }, { $expires } को ख़त्म
holder-present-nothing = बताएँ कि क्या दिखाना है: पुष्टि वाली एंट्रियों के लिए --select ID, बाकी के लिए --self-declared ID।
holder-present-done = QR कोड { $path } में लिखा गया: { $endorsed } पुष्टि वाली, { $declared } आपकी बताई।
holder-present-size = आकार: QR संस्करण { $version }, स्तर { $ec }, { $chars } अक्षर।
holder-present-expires = इसे { $when } तक जाँचा जा सकता है ({ $hours } घंटे)।
holder-present-by-kid = जगह बचाने के लिए, जारी करने वालों को छोटी पहचान से दिखाया गया है। जाँचने वाला तभी जानेगा कि वे कौन हैं अगर वे उसकी भरोसेमंद सूची में हों।

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = एक ट्रेनर
holder-issuer-kind-employer = एक नियोक्ता
holder-issuer-kind-centre = एक सेंटर
holder-issuer-kind-college = एक कॉलेज
holder-issuer-kind-colleague = एक साथी (कोई व्यक्ति जिसने आपके साथ काम किया, कोई संस्था नहीं)

## How they checked

holder-assessed-observation = उन्होंने आपको काम करते देखा
holder-assessed-test = एक परीक्षा
holder-assessed-document = उन्होंने एक दस्तावेज़ जाँचा
holder-assessed-interview = एक इंटरव्यू

## Errors

error-holder-no-key = इस लॉगबुक के पास प्रमाणपत्रों पर हस्ताक्षर की कुंजी नहीं है। कुछ नहीं बदला। कृपया यह समस्या बताएँ।
error-holder-write-file = फ़ाइल { $path } नहीं लिखी जा सकी: { $reason }। देखें कि फ़ोल्डर मौजूद है और जगह खाली है, फिर दोबारा कोशिश करें।
error-holder-entry-unfit = एंट्री "{ $title }" प्रमाणपत्र में नहीं डाली जा सकती: इसका { $field } बहुत लंबा है या सही रूप में नहीं है। इसे carnet edit से बदलें, फिर दोबारा कोशिश करें।
error-holder-unknown-field = "{ $value }" एंट्री का ऐसा हिस्सा नहीं जो दिखाया जा सके। हिस्से ये हैं: { $known }।
error-holder-credential-no-entries = प्रमाणपत्र { $path } नहीं बताता कि यह आपकी किन एंट्रियों की पुष्टि करता है। कुछ नहीं रखा गया। अनुरोध फ़ाइल से बना नया माँगें: carnet request
error-holder-credential-entry-gone = प्रमाणपत्र { $path } ऐसी एंट्री की पुष्टि करता है जो अब आपकी लॉगबुक में नहीं है ({ $id })। कुछ नहीं रखा गया। अगर आपने इसे इस डिवाइस पर मिटाया था, तो लॉगबुक की कॉपी से जोड़ें, फिर दोबारा कोशिश करें।
error-holder-credential-damaged = एंट्री "{ $title }" का प्रमाणपत्र अब पढ़ा नहीं जा सकता। पुष्टि करने वाले से नया माँगें।
error-holder-not-endorsed = एंट्री "{ $title }" की अभी किसी ने पुष्टि नहीं की। इसे --self-declared से दिखाएँ, या पुष्टि माँगें: carnet request
error-holder-selected-twice = एंट्री "{ $title }" --select और --self-declared दोनों से दी गई है। इसे एक बार दें।
error-holder-bad-stage = "{ $value }" कोई चरण नहीं है। चरण ये हैं: recruitment, pre-departure, arrival, career, return।
error-holder-bad-audience = पाने वाले का नाम 1 से 100 अक्षरों का हो, एक लाइन में।
error-holder-bad-nonce = "{ $value }" जाँचने वाले का कोड नहीं है: इसमें 2 से 128 अक्षर 0-9 और a-f होने चाहिए।
error-holder-bad-out = तस्वीर { $path } का नाम .png या .svg पर ख़त्म होना चाहिए।
error-holder-no-vc = "{ $title }" की { $issuer } द्वारा पुष्टि तब हुई थी जब Carnet इसे W3C प्रमाणपत्र के रूप में नहीं लिख सकता था, और सिर्फ़ वही इस पर हस्ताक्षर कर सकते हैं। उनसे फिर पुष्टि करने को कहें: नया अनुरोध बनाएँ (carnet request ID --out request.cbor), उन्हें दें, और उनकी वापस दी फ़ाइल रखें (carnet receive FILE)।
