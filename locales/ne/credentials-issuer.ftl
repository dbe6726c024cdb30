# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = अरूका सीपमा हस्ताक्षर गर्नुहोस्, प्रशिक्षक, रोजगारदाता, केन्द्र, कलेज वा सहकर्मीको रूपमा।
cli-cmd-issuer-init = जारी गर्नेको रूपमा आफ्नो हस्ताक्षर कुञ्जी बनाउनुहोस्। यो पासफ्रेजले बन्द हुन्छ।
cli-cmd-issuer-show = जारी गर्नेको नाम, प्रकार र सार्वजनिक कुञ्जी देखाउनुहोस्। पासफ्रेज चाहिँदैन।
cli-cmd-issuer-revoke = आफूले हस्ताक्षर गरेको एउटा प्रमाणपत्र त्यसको नम्बरले फिर्ता लिनुहोस्।
cli-cmd-issuer-status-list = फिर्ता लिएका प्रमाणपत्रहरूको हस्ताक्षर भएको सूची लेख्नुहोस्, जाँच गर्नेलाई दिन।
cli-cmd-endorse = कसैले दिएको अनुरोधमा हस्ताक्षर गर्नुहोस्, र फिर्ता दिने प्रमाणपत्र लेख्नुहोस्।
cli-cmd-trust = QR कोड जाँच्दा कसका हस्ताक्षरमा भरोसा गर्ने छान्नुहोस्।
cli-cmd-trust-anchor = भरोसाका आधार: जारी गर्नेहरूको जमानत दिने नेटवर्क वा निकायहरू।
cli-cmd-trust-anchor-init = भरोसाको आधारको रूपमा हस्ताक्षर कुञ्जी बनाउनुहोस्, जारी गर्नेहरूको जमानत दिन।
cli-cmd-trust-anchor-show = आफ्नो भरोसाको आधारको नाम र सार्वजनिक कुञ्जी देखाउनुहोस्।
cli-cmd-trust-anchor-add = यो भरोसाको आधारको कुञ्जीले हस्ताक्षर गरेका सूचीमा भरोसा गर्नुहोस्।
cli-cmd-trust-bundle = भरोसाको आधारको रूपमा, आफूले जमानत दिने जारी गर्नेहरूको सूचीमा हस्ताक्षर गर्नुहोस्।
cli-cmd-trust-import = भरोसायोग्य जारी गर्नेहरूको हस्ताक्षर भएको सूची फाइलबाट थप्नुहोस्।
cli-cmd-trust-list = तपाईंले भरोसा गर्ने जारी गर्नेहरू, र हरेक सूची कति पुरानो छ देखाउनुहोस्।
cli-cmd-revocation = जारी गर्नेहरूले फिर्ता लिएका प्रमाणपत्रहरूका सूचीहरू।
cli-cmd-revocation-import = कुनै जारी गर्नेले फिर्ता लिएका प्रमाणपत्रहरूको हस्ताक्षर भएको सूची थप्नुहोस्।
cli-cmd-verify = Carnet को QR कोड जाँच्नुहोस्: हरेक सीपमा कसले हस्ताक्षर गर्‍यो, र अझै मान्य छ कि छैन।

## Help: what to give

cli-arg-issuer-name = तपाईंको वा तपाईंको संस्थाको नाम, मानिसहरूले जसरी देख्नुपर्छ।
cli-arg-issuer-country = तपाईंको देश, दुई अक्षरमा, जस्तै KE वा PT।
cli-arg-issuer-kind = तपाईं को हुनुहुन्छ: trainer, employer, centre, college वा colleague।
cli-arg-revoke-index = फिर्ता लिने प्रमाणपत्रको नम्बर।
cli-arg-cred-out = लेख्ने फाइल।
cli-arg-endorse-request = व्यक्तिले दिएको अनुरोध: फाइल (request.cbor), यसको QR कोडको तस्बिर (PNG वा JPEG), वा CNR1: बाट सुरु हुने पाठ भएको फाइल
cli-arg-endorse-text = अनुरोधको पाठ, CNR1: बाट सुरु, व्यक्तिले सन्देशमा पठाएको भए। फाइलको सट्टा।
cli-arg-endorse-assessed-by = तपाईंले सीप कसरी जाँच्नुभयो: observation, test, document वा interview।
cli-arg-endorse-expires = प्रमाणपत्र मान्य रहने अन्तिम दिन, जस्तै 2027-05-14। यसबिना यसको म्याद सकिँदैन।
cli-arg-endorse-valid-days = आजदेखि कति दिन प्रमाणपत्र मान्य रहने।
cli-arg-anchor-name = भरोसाको आधारको नाम, मानिसहरूले जसरी देख्नुपर्छ।
cli-arg-anchor-key = भरोसाको आधारको सार्वजनिक कुञ्जी: 64 अक्षर र अङ्क।
cli-arg-bundle-issuer = जारी गर्नेको फाइल, carnet issuer show --json बाट। हरेक जारी गर्नेका लागि एक पटक दिनुहोस्।
cli-arg-trust-file = भरोसाको सूचीको फाइल (.cbor)।
cli-arg-status-file = जारी गर्नेको सूचीको फाइल (.cbor)।
cli-arg-verify-image = QR कोडको तस्बिर: PNG, JPEG वा WebP।
cli-arg-verify-text = QR कोडको पाठ, CN1: बाट सुरु
cli-arg-verify-nonce = तपाईंले व्यक्तिलाई कोडमा राख्न भनेको नम्बर (hex)।
cli-arg-verify-audience = तपाईंले व्यक्तिलाई कोडमा राख्न भनेको नाम।

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

issuer-created = { $name } का लागि तपाईंको जारी गर्ने कुञ्जी तयार छ। आफ्नो पासफ्रेज सुरक्षित राख्नुहोस्: यसबिना तपाईं हस्ताक्षर गर्न सक्नुहुन्न।
issuer-label-name = नाम:
issuer-label-country = देश:
issuer-label-kind = प्रकार:
issuer-label-public-key = सार्वजनिक कुञ्जी:
issuer-label-kid = कुञ्जीको पहिचान:
issuer-label-issued = दिइएका नम्बर:
issuer-label-revoked = फिर्ता लिइएका:
issuer-revoked = प्रमाणपत्र नम्बर { $index } फिर्ता लिइयो।
issuer-already-revoked = प्रमाणपत्र नम्बर { $index } पहिले नै फिर्ता लिइसकिएको थियो।
issuer-revoked-next-step = जाँच गर्नेले यो तपाईंको अर्को सूचीबाट मात्र थाहा पाउँछन्: carnet issuer status-list --out list.cbor ले लेख्नुहोस्, अनि फाइल उनीहरूलाई दिनुहोस्।
issuer-status-list-written = { $count ->
    [one] सूची { $path } मा छ। यसमा फिर्ता लिइएको 1 प्रमाणपत्र छ।
   *[other] सूची { $path } मा छ। यसमा फिर्ता लिइएका { $count } प्रमाणपत्र छन्।
}

endorse-intro = { $count ->
    [one] तपाईं कुञ्जी { $holder } भएको व्यक्तिका लागि 1 प्रविष्टिमा हस्ताक्षर गर्न लाग्नुभएको छ:
   *[other] तपाईं कुञ्जी { $holder } भएको व्यक्तिका लागि { $count } प्रविष्टिमा हस्ताक्षर गर्न लाग्नुभएको छ:
}
endorse-entry = { $title } ({ $kind }, तह { $level }, { $dates })
endorse-untitled = (शीर्षक छैन)
endorse-how-observation = तपाईंले उनीहरूलाई यो गर्दा हेर्नुभयो भन्नुहुन्छ।
endorse-how-test = उनीहरूले परीक्षा पास गरे भन्नुहुन्छ।
endorse-how-document = तपाईंले कागजात जाँच्नुभयो भन्नुहुन्छ।
endorse-how-interview = तपाईंले अन्तर्वार्तामा जाँच्नुभयो भन्नुहुन्छ।
endorse-expires-on = यो { $date } सम्म मान्य छ।
endorse-no-expiry = यसको म्याद सकिँदैन।
endorse-written = { $count ->
    [one] हस्ताक्षर भयो। { $path } व्यक्तिलाई फिर्ता दिनुहोस्। यसको नम्बर { $first } हो।
   *[other] हस्ताक्षर भयो। { $path } व्यक्तिलाई फिर्ता दिनुहोस्। यिनका नम्बर { $first } देखि { $last } सम्म हुन्।
}

trust-anchor-added = तपाईं अब { $name } ले हस्ताक्षर गरेका सूचीमा भरोसा गर्नुहुन्छ (कुञ्जीको पहिचान { $kid })।
trust-bundle-written = { $count ->
    [one] 1 जारी गर्नेको हस्ताक्षर भएको सूची { $path } मा छ।
   *[other] { $count } जारी गर्नेहरूको हस्ताक्षर भएको सूची { $path } मा छ।
}
trust-imported = { $count ->
    [one] 1 जारी गर्नेको भरोसाको सूची थपियो, { $date } मा बनेको।
   *[other] { $count } जारी गर्नेहरूको भरोसाको सूची थपियो, { $date } मा बनेको।
}
trust-list-empty = तपाईं अहिलेसम्म कुनै जारी गर्नेमा भरोसा गर्नुहुन्न। carnet trust import ले भरोसाको सूची थप्नुहोस्।
trust-list-bundle = { $days ->
    [0] { $anchor } को भरोसाको सूची, आज बनेको ({ $date }):
    [one] { $anchor } को भरोसाको सूची, 1 दिनअघि बनेको ({ $date }):
   *[other] { $anchor } को भरोसाको सूची, { $days } दिनअघि बनेको ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, कुञ्जीको पहिचान { $kid }
revocation-imported = { $count ->
    [one] { $name } को सूची थपियो, { $date } मा बनेको: 1 प्रमाणपत्र फिर्ता लिइयो।
   *[other] { $name } को सूची थपियो, { $date } मा बनेको: { $count } प्रमाणपत्र फिर्ता लिइए।
}

## Errors of these commands

error-issuer-exists = यो फोल्डरमा पहिले नै जारी गर्ने कुञ्जी छ। केही बदलिएन।
error-no-issuer = यो फोल्डरमा अहिलेसम्म जारी गर्ने कुञ्जी छैन। carnet issuer init ले बनाउनुहोस्।
error-issuer-damaged = यो फोल्डरको जारी गर्ने कुञ्जी बिग्रेको छ वा आफ्नो विवरणसँग मिल्दैन। ब्याकअपबाट प्रति फिर्ता राख्नुहोस्।
error-anchor-exists = यो फोल्डरमा पहिले नै भरोसाको आधारको कुञ्जी छ। केही बदलिएन।
error-no-anchor = यो फोल्डरमा अहिलेसम्म भरोसाको आधारको कुञ्जी छैन। carnet trust anchor init ले बनाउनुहोस्।
error-anchor-damaged = यो फोल्डरको भरोसाको आधारको कुञ्जी बिग्रेको छ वा आफ्नो विवरणसँग मिल्दैन। ब्याकअपबाट प्रति फिर्ता राख्नुहोस्।
error-identity-too-new = यो कुञ्जी Carnet को नयाँ संस्करणले बनाएको हो। प्रयोग गर्न Carnet अपडेट गर्नुहोस्।
error-storage-file = Carnet ले { $path } लेख्न वा पढ्न सकेन। ठाउँ छ र त्यहाँ लेख्ने अनुमति छ कि हेर्नुहोस्। (सहयोगीका लागि: { $reason })
error-file-too-big = { $path } Carnet फाइल हुन धेरै नै ठूलो छ।
error-issuer-kind = «{ $value }» जारी गर्नेको प्रकार होइन। trainer, employer, centre, college वा colleague लेख्नुहोस्।
error-assessed-by = «{ $value }» जाँच्ने तरिका होइन। observation, test, document वा interview लेख्नुहोस्।
error-expires-date = «{ $value }» दिन होइन। वर्ष-महिना-दिनको रूपमा लेख्नुहोस्, जस्तै 2027-05-14।
error-expires-past = अन्तिम दिन आजपछिको हुनुपर्छ।
error-issuer-indexes-used-up = यो जारी गर्ने कुञ्जीले आफ्ना सबै नम्बर दिइसक्यो। नयाँ जारी गर्ने कुञ्जी बनाउनुहोस्।
error-revoke-not-issued = तपाईंले नम्बर { $index } को प्रमाणपत्रमा हस्ताक्षर गर्नुभएको छैन। तपाईंका नम्बर 0 देखि { $next } भन्दा कमसम्म छन्।
error-anchor-name = नाम 1 देखि 100 अक्षरको हुनुपर्छ।
error-anchor-known = तपाईं पहिले नै यो भरोसाको आधारमा भरोसा गर्नुहुन्छ (कुञ्जीको पहिचान { $kid })।
error-issuer-file = { $path } जारी गर्नेको फाइल होइन। जारी गर्नेसँग carnet issuer show --json को नतिजा माग्नुहोस्।
error-trust-bundle-not-newer = तपाईंसँग यो भरोसाको सूची वा उही आधारको नयाँ सूची पहिले नै छ। केही बदलिएन।
error-status-list-not-newer = तपाईंसँग यो जारी गर्नेको नयाँ सूची पहिले नै छ। केही बदलिएन।
error-status-list-issuer-unknown = यो सूची तपाईंले अहिलेसम्म भरोसा नगरेको जारी गर्नेबाट हो (कुञ्जीको पहिचान { $kid })। पहिले त्यसको नाम भएको भरोसाको सूची आयात गर्नुहोस्।
error-verifier-damaged = तपाईंका सेभ गरिएका भरोसाका सूचीहरू बिग्रेका वा बदलिएका छन्। फेरि आयात गर्नुहोस्।
error-verify-nonce = «{ $value }» hex मा नम्बर होइन, जस्तै 3fa9।
error-verify-got-request = यो कसैका प्रविष्टि पुष्टि गर्ने अनुरोध हो (यसको पाठ CNR1: बाट सुरु हुन्छ), सीप देखाउने कोड होइन। केही जाँचिएन। पुष्टि गर्नेले यसमा यसरी हस्ताक्षर गर्छन्: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = यो कसैका सीप देखाउने कोड हो (यसको पाठ CN1: बाट सुरु हुन्छ), तिनको पुष्टिको अनुरोध होइन। केही हस्ताक्षर भएन। जाँच्न लेख्नुहोस्: carnet verify PICTURE, वा carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = भरोसाको सूची बिग्रेको छ वा भरोसाको सूची होइन।
error-trust-bundle-wrong-file = यो Carnet को अर्कै प्रकारको फाइल हो, भरोसाको सूची होइन।
error-trust-bundle-newer-version = यो भरोसाको सूची Carnet को नयाँ संस्करणले बनाएको हो। पढ्न Carnet अपडेट गर्नुहोस्।
error-trust-bundle-unknown-anchor = यो भरोसाको सूचीमा तपाईंले भरोसा नगर्ने आधारको हस्ताक्षर छ (कुञ्जीको पहिचान { $kid })। चिन्नुहुन्छ भने, पहिले carnet trust anchor add ले थप्नुहोस्।
error-trust-bundle-bad-signature = यो भरोसाको सूचीको हस्ताक्षर मिल्दैन। फाइल बदलिएको वा बिग्रेको छ।
error-trust-bundle-invalid = भरोसाको सूचीको एउटा मान प्रयोग गर्न मिल्दैन ({ $field })।
error-trust-bundle-too-large = भरोसाको सूची धेरै ठूलो छ।
error-status-list-malformed = सूची बिग्रेको छ वा फिर्ता लिइएका प्रमाणपत्रहरूको सूची होइन।
error-status-list-wrong-file = यो Carnet को अर्कै प्रकारको फाइल हो, फिर्ता लिइएका प्रमाणपत्रहरूको सूची होइन।
error-status-list-newer-version = यो सूची Carnet को नयाँ संस्करणले बनाएको हो। पढ्न Carnet अपडेट गर्नुहोस्।
error-status-list-wrong-issuer = यो सूची अर्कै जारी गर्नेको हो ({ $found }, { $expected } होइन)।
error-status-list-bad-signature = यो सूचीको हस्ताक्षर मिल्दैन। फाइल बदलिएको वा बिग्रेको छ।
error-status-list-invalid = सूचीको एउटा मान प्रयोग गर्न मिल्दैन ({ $field })।
error-status-list-too-large = सूची धेरै ठूलो छ।
