# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] यो अनुरोध बिग्रेको छ, वा Carnet को अनुरोध होइन। फेरि माग्नुहोस्।
        [credential] यो प्रमाणपत्र फाइल बिग्रेको छ, वा Carnet को प्रमाणपत्र होइन। तपाईंका प्रविष्टि पुष्टि गर्ने व्यक्तिलाई फेरि पठाउन भन्नुहोस्।
       *[other] यो बिग्रेको छ, वा Carnet को फाइल होइन।
    }
error-credential-wrong-file = { $expected ->
        [request] यो Carnet को अनुरोध होइन: यो Carnet को अर्कै प्रकारको फाइल हो। अनुरोध carnet request ले बनाइन्छ।
        [credential] यो Carnet को प्रमाणपत्र होइन: यो Carnet को अर्कै प्रकारको फाइल हो। पुष्टि गर्ने व्यक्तिले दिएको फाइल नै छान्नुभयो कि हेर्नुहोस्।
       *[other] यो Carnet को अर्कै प्रकारको फाइल हो। सही फाइल छान्नुभयो कि हेर्नुहोस्।
    }
error-credential-newer-version = { $what ->
        [request] यो अनुरोध Carnet को नयाँ संस्करणले बनाएको हो।
        [credential] यो प्रमाणपत्र Carnet को नयाँ संस्करणले बनाएको हो।
        [text] यो कोड Carnet को नयाँ संस्करणले बनाएको हो।
       *[other] यो Carnet को नयाँ संस्करणले बनाएको हो।
    } Carnet अपडेट गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-credential-invalid-field = एउटा मान प्रयोग गर्न मिल्दैन ({ $field }): यो धेरै लामो छ वा सही रूपमा छैन। केही लेखिएन।
error-credential-entry-count = एउटा अनुरोधमा 1 देखि { $max } प्रविष्टि हुन्छन्, { $found } होइन। बढी पुष्टि गराउन दुई अनुरोध बनाउनुहोस्।
error-credential-invalid-key = यो सही सार्वजनिक कुञ्जी होइन। पूरै प्रतिलिपि भएको छ कि हेर्नुहोस्।
error-credential-bad-signature = यो प्रमाणपत्रको हस्ताक्षर मिल्दैन: हस्ताक्षरपछि यो बदलियो वा बिग्रियो। केही राखिएन। फाइल फेरि माग्नुहोस्।
error-credential-not-yours = यो प्रमाणपत्र अरू कसैको लगबुकका लागि बनेको हो, तपाईंको होइन। केही राखिएन। आफ्नै फाइल पाउनुभएको छ कि पक्का गर्नुहोस्।
error-credential-no-such-entry = यो प्रमाणपत्रमा प्रविष्टि { $index } छैन।
error-credential-duplicate-entry = प्रविष्टि { $index } दुई पटक छानिएको छ।
error-credential-wrong-prefix = यो पाठ Carnet कोड होइन: यो CN1: (जाँच्ने सीप) वा CNR1: (पुष्टिको अनुरोध) बाट सुरु हुँदैन।
error-credential-base45 = पाठमा Carnet कोडमा हुन नसक्ने अक्षर छन्। यो काटिएको वा गलत लेखिएको हुन सक्छ।
error-credential-zlib = कोड काटिएको वा बिग्रेको छ।
error-credential-too-large = कोड Carnet कोड हुन धेरै नै ठूलो छ।

## QR codes

error-qr-not-alphanumeric = पाठमा Carnet को QR कोडले राख्न नसक्ने अक्षर छन्। यो Carnet को गल्ती हो; कृपया जानकारी गराउनुहोस्।
error-qr-too-large = यो एउटा QR कोडका लागि धेरै हो: { $chars } अक्षर, जबकि फोनले राम्ररी पढ्ने QR कोड (संस्करण { $version }, तह { $ec }) ले { $capacity } राख्छ। केही लेखिएन। { $what ->
        [request] एक पटकमा कम प्रविष्टि माग्नुहोस्, वा अनुरोधलाई .cbor मा टुङ्गिने फाइलमा लेख्नुहोस्।
       *[other] कम प्रविष्टि छान्नुहोस्, वा --fields ले कम भाग देखाउनुहोस्।
    }
error-qr-bad-version = QR कोडको यो आकार हुँदैन।
error-qr-bad-module-size = थोप्लाको यो आकार सम्भव छैन।
error-qr-not-an-image = यो फाइल Carnet ले पढ्न सक्ने तस्बिर होइन। PNG, JPEG वा WebP प्रयोग गर्नुहोस्।
error-qr-image-too-large = तस्बिर धेरै ठूलो छ ({ $width } × { $height } पिक्सेल)। सानो बनाएर फेरि प्रयास गर्नुहोस्।
error-qr-not-found = तस्बिरमा कुनै QR कोड पढ्न सकिएन। पूरै कोड भित्र पारेर, नजिकबाट सफा फोटो खिच्नुहोस्।
error-qr-render-failed = QR तस्बिर बन्न सकेन। यो Carnet को गल्ती हो; कृपया जानकारी गराउनुहोस्।
