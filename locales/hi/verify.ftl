# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = एक ट्रेनर
issuer-kind-employer = एक नियोक्ता
issuer-kind-centre = एक सेंटर
issuer-kind-college = एक कॉलेज
issuer-kind-colleague = एक साथी

## verify: verdicts, one per code

verdict-valid = मान्य: ऐसे जारी करने वाले के हस्ताक्षर जिस पर आप भरोसा करते हैं, अभी चालू, वापस नहीं लिया गया।
verdict-self-declared = सिर्फ़ व्यक्ति ने कहा: किसी ने हस्ताक्षर नहीं किए।
verdict-unknown-issuer = हस्ताक्षर है, लेकिन ऐसे जारी करने वाले का नहीं जिस पर आप भरोसा करते हैं।
verdict-expired = समय ख़त्म।
verdict-revoked = हस्ताक्षर करने वाले ने वापस ले लिया।
verdict-tampered = बदला हुआ या कॉपी किया हुआ: इस पर भरोसा न करें।
verdict-malformed = यह Carnet का ऐसा कोड नहीं जिसे पढ़ा जा सके।

## verify: reasons, one per code

reason-wrong-prefix = टेक्स्ट CN1: से शुरू नहीं होता, इसलिए यह Carnet कोड नहीं है।
reason-bad-base45 = टेक्स्ट में ऐसे अक्षर हैं जो Carnet कोड में नहीं हो सकते। शायद यह कटा हुआ है या ग़लत लिखा गया है।
reason-bad-zlib = कोड कटा हुआ या ख़राब है।
reason-too-large = कोड Carnet कोड होने के लिए बहुत ज़्यादा बड़ा है।
reason-bad-cose = कोड ख़राब है या Carnet कोड नहीं है।
reason-unsupported-header = कोड ऐसे हस्ताक्षर का इस्तेमाल करता है जिसे Carnet नहीं जानता। शायद Carnet का नया संस्करण इसे पढ़ सके।
reason-bad-payload = कोड के अंदर की जानकारी ख़राब है।
reason-holder-signature-invalid = व्यक्ति का हस्ताक्षर मेल नहीं खाता: कोड बदला गया है।
reason-nonce-mismatch = कोड किसी और अनुरोध के लिए बना था (नंबर { $found }, { $expected } नहीं)। यह कॉपी हो सकती है।
reason-audience-mismatch = कोड «{ $found }» के लिए बना था, «{ $expected }» के लिए नहीं।
reason-presentation-expired = कोड का अपना समय { $exp } को ख़त्म हो गया। व्यक्ति से नया बनाने को कहें।
reason-presentation-not-yet-valid = कोड कहता है कि यह { $iat } को बना, जो अभी आया नहीं। इस डिवाइस की घड़ी देखें।
reason-endorsement-signature-invalid = जारी करने वाले का हस्ताक्षर मेल नहीं खाता: हुनर बदला गया है।
reason-issuer-key-not-sent = जारी करने वाले की पहचान सिर्फ़ { $kid } से है, और आप इसे नहीं जानते।
reason-endorsement-expired = हुनर के हस्ताक्षर का समय { $exp } को ख़त्म हो गया।
reason-endorsement-not-yet-valid = हुनर कहता है कि उस पर { $iat } को हस्ताक्षर हुए, जो अभी आया नहीं। इस डिवाइस की घड़ी देखें।
reason-issuer-unknown = «{ $name }» (कुंजी की पहचान { $kid }) आपकी भरोसे की सूचियों में नहीं है। कोई भी अपने आप को कोई भी नाम दे सकता है।
reason-issuer-not-trusted-at-issue = «{ $name }» (कुंजी की पहचान { $kid }) की हस्ताक्षर वाले दिन ज़मानत नहीं दी गई थी।
reason-issuer-trusted = जारी करने वाला आपकी भरोसे की सूची में है (कुंजी की पहचान { $kid })।
reason-issuer-claims-differ = आपकी भरोसे की सूची कहती है कि यह जारी करने वाला { $country } में { $kind } है; हस्ताक्षर कुछ और कहता है। भरोसे की सूची की बात मानें।
reason-revoked = जारी करने वाले ने प्रमाणपत्र नंबर { $index } वापस ले लिया।
reason-no-revocation-list = आपके पास इस जारी करने वाले की वापस ली गई चीज़ों की सूची नहीं है।
reason-self-declared = यह व्यक्ति कहता है; किसी ने हस्ताक्षर नहीं किए।

## verify: the rest of the report

verify-presentation = { $stage } के लिए दिखाया गया, { $date } को बना, कुंजी { $kid } वाले व्यक्ति द्वारा।
verify-audience = किसके लिए बना: { $audience }
verify-stage-recruitment = भर्ती
verify-stage-pre-departure = जाने की तैयारी
verify-stage-arrival = पहुँचना
verify-stage-career = काम और ट्रेनिंग
verify-stage-return = घर वापसी
verify-endorsed-by = { $name } के हस्ताक्षर, { $country } में { $kind }।
verify-endorsed-by-unchecked = किसी के हस्ताक्षर जो खुद को «{ $name }» कहता है, { $country } में { $kind } (जाँचा नहीं गया; कुंजी की पहचान { $kid })।
verify-colleague-note = यह एक साथी की बात है: कोई जिसने व्यक्ति के साथ काम किया, कोई स्कूल या नियोक्ता नहीं।
verify-endorsed-on = { $date } को हस्ताक्षर हुए; जाँच का तरीका: { $how }।{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } तक मान्य।
}
verify-how-observation = उन्हें काम करते देखना
verify-how-test = एक परीक्षा
verify-how-document = एक दस्तावेज़
verify-how-interview = एक इंटरव्यू
verify-hidden = { $count ->
    [one] 1 जानकारी व्यक्ति ने छिपाई है।
   *[other] { $count } जानकारियाँ व्यक्ति ने छिपाई हैं।
}
verify-trust-age = { $days ->
    [0] भरोसे की सूची आज की।
    [one] भरोसे की सूची 1 दिन पहले की ({ $date })।
   *[other] भरोसे की सूची { $days } दिन पहले की ({ $date })।
}
verify-newer-code = यह कोड Carnet के नए संस्करण ने बनाया है। जाँचने के लिए Carnet अपडेट करें।
verify-status-age = { $days ->
    [0] वापस लिए प्रमाणपत्रों की सूची: आज की।
    [one] वापस लिए प्रमाणपत्रों की सूची: 1 दिन पहले की ({ $date })।
   *[other] वापस लिए प्रमाणपत्रों की सूची: { $days } दिन पहले की ({ $date })।
}
verify-field-kind = क्या:
verify-field-title = शीर्षक:
verify-field-esco = ESCO:
verify-field-entry-id = एंट्री:
verify-field-level = स्तर:
verify-field-from = से:
verify-field-to = तक:
verify-field-country = देश:
verify-field-context = कहाँ सीखा:
verify-field-evidence = सबूत (hash):
verify-field-eqf = EQF स्तर:
verify-entry-kind-skill = एक हुनर
verify-entry-kind-qualification = एक डिप्लोमा या योग्यता
verify-entry-kind-experience = काम का अनुभव
verify-entry-kind-language = एक भाषा
verify-entry-kind-learning = एक कोर्स
verify-context-formal = स्कूल या कॉलेज में
verify-context-non-formal = किसी कोर्स में
verify-context-informal = काम पर या अपने आप
verify-esco-skill = हुनर
verify-esco-occupation = पेशा
verify-esco-qualification = योग्यता
