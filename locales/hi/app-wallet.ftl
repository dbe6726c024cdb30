# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = मेरी पुष्टियाँ
app-present = मेरे हुनर दिखाएँ
app-verify = कोड जाँचें

## Wallet

app-wallet-title = मेरी पुष्टियाँ
app-wallet-intro = ये वे हुनर हैं जिन पर किसी ने आपके लिए हस्ताक्षर किए हैं। आप इन्हें QR कोड से दिखा सकते हैं।
app-wallet-empty = अभी तक किसी ने आपके किसी हुनर पर हस्ताक्षर नहीं किए। किसी ट्रेनर, नियोक्ता या सेंटर से कहें कि आपके काम की पुष्टि करे।
app-wallet-by = हस्ताक्षर: { $name } ({ $kind }, { $country })
app-wallet-issued = हस्ताक्षर की तारीख़ { $date }
app-wallet-expires = { $date } तक मान्य
app-wallet-expired = { $date } को ख़त्म हो गई
app-wallet-no-expiry = कभी ख़त्म नहीं होती
app-wallet-damaged = यह पुष्टि ख़राब है और दिखाई नहीं जा सकती। जिसने हस्ताक्षर किए थे उससे नई माँगें।
app-standing-valid = जाँचा गया: आपकी भरोसे की सूची में किसी के हस्ताक्षर
app-standing-unknown-issuer = हस्ताक्षर है, लेकिन हस्ताक्षर करने वाला आपकी भरोसे की सूची में नहीं है
app-standing-expired = समय ख़त्म
app-standing-revoked = हस्ताक्षर करने वाले ने वापस ले ली
app-standing-malformed = ख़राब

## Present: choosing what to show

app-present-title = मेरे हुनर दिखाएँ
app-present-endorsed = किसी के हस्ताक्षर वाले
app-present-self = सिर्फ़ मैंने बताया
app-present-self-hint = जाँचने वाला इन्हें आपकी अपनी बात मानेगा, हस्ताक्षर वाला नहीं।
app-present-details = हर एक में से क्या दिखाएँ
app-present-details-all = सब कुछ
app-present-details-short = सिर्फ़ नाम और स्तर
app-present-stage = यह किसके लिए है?
app-present-print = कागज़ पर छापने के लिए (5 साल तक मान्य)
app-present-make = QR कोड दिखाएँ
app-present-none = दिखाने के लिए कम से कम एक चीज़ चुनें।
app-present-nothing-yet = आपकी लॉगबुक खाली है। पहले कुछ जोड़ें।

## Present: the QR code

app-qr-title = उन्हें यह कोड स्कैन करने दें
app-qr-expires = यह कोड { $date } तक काम करेगा।
app-qr-preview = जाँचने वाला क्या देखेगा
app-qr-preview-hide = जाँचने वाले का दृश्य छिपाएँ
app-qr-done = हो गया
app-qr-preview-note = इस फ़ोन जैसी भरोसे की सूचियों वाला जाँचने वाला यही देखेगा।

## Verify

app-verify-title = कोड जाँचें
app-verify-intro = Carnet के QR कोड की तस्वीर लें या चुनें। कुछ भी कहीं नहीं भेजा जाता: जाँच इसी डिवाइस पर होती है।
app-verify-picture = तस्वीर लें या चुनें
app-verify-text = या कोड का टेक्स्ट चिपकाएँ (यह CN1: से शुरू होता है)
app-verify-check = जाँचें
app-verify-checking = जाँच हो रही है…
app-verify-again = दूसरा कोड जाँचें

## The verdict

app-verdict-title = नतीजा
app-verdict-made = { $stage } के लिए { $date } को बनाया गया।
app-verdict-expires = कोड { $date } तक काम करेगा।
app-verdict-newer = यह कोड Carnet के नए संस्करण ने बनाया है। जाँचने के लिए Carnet अपडेट करें।
app-item-endorsed = हस्ताक्षर किया
app-item-self = उनकी अपनी बात
app-item-assessed = जाँच का तरीका: { $how }
app-item-hidden = { $count ->
    [one] 1 जानकारी व्यक्ति ने छिपाई है।
   *[other] { $count } जानकारियाँ व्यक्ति ने छिपाई हैं।
}

## Errors of these screens

error-wallet-no-key = इस लॉगबुक के पास हस्ताक्षर करने की कुंजी नहीं है। कुछ नहीं दिखाया गया। कृपया यह समस्या बताएँ।
error-wallet-not-endorsed = «{ $title }» पर अभी किसी ने हस्ताक्षर नहीं किए। इसे «सिर्फ़ मैंने बताया» के रूप में दिखाएँ, या किसी से इसकी पुष्टि करवाएँ।
error-wallet-credential-damaged = «{ $title }» की पुष्टि ख़राब है। इसे «सिर्फ़ मैंने बताया» के रूप में दिखाएँ, या नई माँगें।
error-wallet-entry-unfit = «{ $title }» कोड में नहीं जा सकता: इसका { $field } बहुत लंबा है या सही रूप में नहीं है। एंट्री बदलें, फिर दोबारा कोशिश करें।
error-wallet-selected-twice = «{ $title }» दो बार चुना गया है। इसे एक बार चुनें।
error-wallet-nothing-chosen = दिखाने के लिए कम से कम एक चीज़ चुनें।
error-wallet-too-large = यह एक QR कोड के लिए बहुत ज़्यादा है ({ $chars } अक्षर)। कम चीज़ें चुनें, या सिर्फ़ नाम और स्तर दिखाएँ।
error-wallet-credential = कोड नहीं बन सका। कुछ नहीं दिखाया गया। कृपया यह समस्या बताएँ। (मदद करने वाले के लिए: { $reason })
error-wallet-no-code = इस तस्वीर में Carnet का कोई QR कोड नहीं मिला। तस्वीर फिर से लें, पास से और साफ़, पूरा कोड अंदर रखकर।
error-wallet-not-a-picture = यह फ़ाइल ऐसी तस्वीर नहीं जिसे Carnet पढ़ सके। फ़ोटो इस्तेमाल करें (JPEG या PNG)।
error-wallet-picture-too-large = तस्वीर बहुत बड़ी है ({ $width } × { $height } पिक्सेल)। छोटी तस्वीर लें और दोबारा कोशिश करें।
error-wallet-got-request = यह किसी के हुनर पर हस्ताक्षर का अनुरोध है, हुनर दिखाने वाला कोड नहीं। कुछ नहीं जाँचा गया।
error-wallet-trust-damaged = आपकी भरोसे की सूचियाँ ख़राब हैं या बदली गई हैं। उन्हें फिर से इंपोर्ट करें। तब तक किसी भी हस्ताक्षर करने वाले पर भरोसा नहीं माना जाएगा।
error-wallet-trust-unreadable = Carnet आपकी भरोसे की सूचियाँ { $path } में नहीं पढ़ सका। देखें कि डिवाइस में जगह है। (मदद करने वाले के लिए: { $reason })
error-wallet-not-yours = यह पुष्टि किसी और की लॉगबुक के लिए बनी थी, आपकी नहीं। कुछ नहीं रखा गया। पक्का करें कि आपको अपनी फ़ाइल मिली है।
error-wallet-bad-signature = इस फ़ाइल पर हस्ताक्षर मेल नहीं खाता: यह बदली गई या ख़राब है। कुछ नहीं रखा गया। फ़ाइल फिर माँगें।
error-wallet-not-a-credential = यह फ़ाइल Carnet की हस्ताक्षर वाली पुष्टि नहीं है। कुछ नहीं रखा गया। जिसने हस्ताक्षर किए उससे उनकी बनाई फ़ाइल माँगें।
error-wallet-too-many = एक बार में ज़्यादा से ज़्यादा { $max } चीज़ें माँगें। कम चुनें।
error-wallet-not-from-request = यह पुष्टि नहीं बताती कि यह आपकी किस एंट्री की पुष्टि करती है। कुछ नहीं रखा गया। अपने अनुरोध वाले कोड से बनी नई माँगें।
error-wallet-entry-gone = यह पुष्टि ऐसी एंट्री की है जो अब आपकी लॉगबुक में नहीं है। कुछ नहीं रखा गया। अगर आपने उसे हटाया था, तो किसी कॉपी से फिर जोड़ें, फिर नई पुष्टि माँगें।

## Asking for a signature, and keeping it

app-request = हस्ताक्षर माँगें
app-request-title = हस्ताक्षर माँगें
app-request-intro = यह कोड उस ट्रेनर, नियोक्ता या सेंटर को दिखाएँ जो आपके काम की पुष्टि करेगा। वे इसे Carnet से स्कैन करके आपको हस्ताक्षर वाली फ़ाइल वापस देंगे।
app-request-key = आपकी कुंजी: { $kid }। हस्ताक्षर करने वाला भी यही कोड देखता है।
app-request-text = यही कोड टेक्स्ट के रूप में, मैसेज में भेजने के लिए
app-request-next = जब हस्ताक्षर वाली फ़ाइल मिल जाए, तो «मेरी पुष्टियाँ» खोलें और «हस्ताक्षर वाली फ़ाइल जोड़ें» दबाएँ।
app-receive = हस्ताक्षर वाली फ़ाइल जोड़ें
app-received = रख लिया गया: { $name } ({ $kind }) ने { $titles } पर हस्ताक्षर किए।
