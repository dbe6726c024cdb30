# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] यह अनुरोध ख़राब है, या Carnet का अनुरोध नहीं है। इसे फिर से माँगें।
        [credential] यह प्रमाणपत्र फ़ाइल ख़राब है, या Carnet का प्रमाणपत्र नहीं है। जिसने आपकी एंट्रियों की पुष्टि की, उससे इसे फिर भेजने को कहें।
       *[other] यह ख़राब है, या Carnet की फ़ाइल नहीं है।
    }
error-credential-wrong-file = { $expected ->
        [request] यह Carnet का अनुरोध नहीं है: यह Carnet की किसी और तरह की फ़ाइल है। अनुरोध carnet request से बनता है।
        [credential] यह Carnet का प्रमाणपत्र नहीं है: यह Carnet की किसी और तरह की फ़ाइल है। देखें कि आपने वही फ़ाइल चुनी है जो पुष्टि करने वाले ने आपको दी।
       *[other] यह Carnet की किसी और तरह की फ़ाइल है। देखें कि आपने सही फ़ाइल चुनी है।
    }
error-credential-newer-version = { $what ->
        [request] यह अनुरोध Carnet के नए संस्करण ने बनाया है।
        [credential] यह प्रमाणपत्र Carnet के नए संस्करण ने बनाया है।
        [text] यह कोड Carnet के नए संस्करण ने बनाया है।
       *[other] यह Carnet के नए संस्करण ने बनाया है।
    } Carnet अपडेट करें, फिर दोबारा कोशिश करें।
error-credential-invalid-field = एक मान इस्तेमाल नहीं हो सकता ({ $field }): यह बहुत लंबा है या सही रूप में नहीं है। कुछ नहीं लिखा गया।
error-credential-entry-count = एक अनुरोध में 1 से { $max } एंट्रियाँ होती हैं, { $found } नहीं। ज़्यादा की पुष्टि के लिए दो अनुरोध बनाएँ।
error-credential-invalid-key = यह सही सार्वजनिक कुंजी नहीं है। देखें कि पूरी कॉपी हुई हो।
error-credential-bad-signature = इस प्रमाणपत्र पर हस्ताक्षर मेल नहीं खाता: हस्ताक्षर के बाद इसे बदला गया या यह ख़राब हो गया। कुछ नहीं रखा गया। फ़ाइल फिर माँगें।
error-credential-not-yours = यह प्रमाणपत्र किसी और की लॉगबुक के लिए बना था, आपकी नहीं। कुछ नहीं रखा गया। पक्का करें कि आपको अपनी फ़ाइल मिली है।
error-credential-no-such-entry = इस प्रमाणपत्र में एंट्री { $index } नहीं है।
error-credential-duplicate-entry = एंट्री { $index } दो बार चुनी गई है।
error-credential-wrong-prefix = यह टेक्स्ट Carnet कोड नहीं है: यह CN1: (जाँचने वाले हुनर) या CNR1: (पुष्टि का अनुरोध) से शुरू नहीं होता।
error-credential-base45 = टेक्स्ट में ऐसे अक्षर हैं जो Carnet कोड में नहीं हो सकते। शायद यह कटा हुआ है या ग़लत लिखा गया है।
error-credential-zlib = कोड कटा हुआ या ख़राब है।
error-credential-too-large = कोड Carnet कोड होने के लिए बहुत ज़्यादा बड़ा है।

## QR codes

error-qr-not-alphanumeric = टेक्स्ट में ऐसे अक्षर हैं जो Carnet का QR कोड नहीं रख सकता। यह Carnet की गड़बड़ी है; कृपया इसकी सूचना दें।
error-qr-too-large = यह एक QR कोड के लिए बहुत ज़्यादा है: { $chars } अक्षर, जबकि फ़ोन आसानी से पढ़ने वाला QR कोड (संस्करण { $version }, स्तर { $ec }) { $capacity } रखता है। कुछ नहीं लिखा गया। { $what ->
        [request] एक बार में कम एंट्रियाँ माँगें, या अनुरोध को .cbor पर ख़त्म होने वाली फ़ाइल में लिखें।
       *[other] कम एंट्रियाँ चुनें, या --fields से कम हिस्से दिखाएँ।
    }
error-qr-bad-version = QR कोड का यह आकार नहीं होता।
error-qr-bad-module-size = बिंदु का यह आकार संभव नहीं।
error-qr-not-an-image = यह फ़ाइल ऐसी तस्वीर नहीं जिसे Carnet पढ़ सके। PNG, JPEG या WebP इस्तेमाल करें।
error-qr-image-too-large = तस्वीर बहुत बड़ी है ({ $width } × { $height } पिक्सेल)। इसे छोटा करें और दोबारा कोशिश करें।
error-qr-not-found = तस्वीर में कोई QR कोड नहीं पढ़ा जा सका। ज़्यादा साफ़ और पास से फ़ोटो लें, पूरे कोड के साथ।
error-qr-render-failed = QR तस्वीर नहीं बन सकी। यह Carnet की गड़बड़ी है; कृपया इसकी सूचना दें।
