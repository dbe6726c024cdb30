# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = प्रशिक्षक, रोजगारदाता वा केन्द्रसँग प्रविष्टि पुष्टि गर्न माग्ने फाइल बनाउनुहोस्।
    .long = प्रशिक्षक, रोजगारदाता, केन्द्र, कलेज वा सहकर्मीसँग तपाईंका केही प्रविष्टि पुष्टि ("endorse") गर्न माग्ने अनुरोध बनाउनुहोस्: एउटा फाइल, फोनमा देखाउन वा छाप्न QR कोड (.png वा .svg मा टुङ्गिने नाम), वा --text सँग सन्देशमा पठाउने पाठ। यो उनीहरूलाई दिनुहोस्। उनीहरूले हस्ताक्षर गरेर तपाईंलाई प्रमाणपत्र फाइल फिर्ता दिन्छन्, जुन तपाईं यसरी राख्नुहुन्छ: carnet receive
cli-cmd-holder-receive = प्रशिक्षक, रोजगारदाता वा केन्द्रले तपाईंका लागि हस्ताक्षर गरेको प्रमाणपत्र राख्नुहोस्।
cli-cmd-holder-credentials = तपाईंले राखेका प्रमाणपत्रहरूको सूची, प्रविष्टि अनुसार। यो पनि: carnet wallet
cli-cmd-holder-present = छानिएका प्रविष्टिहरूलाई जो कोहीले इन्टरनेटबिना जाँच्न सक्ने एउटा QR कोडमा देखाउनुहोस्।
    .long = छानिएका प्रविष्टिहरूलाई जो कोहीले इन्टरनेटबिना जाँच्न सक्ने एउटा QR कोडमा देखाउनुहोस्। पुष्टि भएका प्रविष्टि पुष्टि गर्नेको नामसहित देखिन्छन्; --self-declared सँग दिइएका प्रविष्टि तपाईंले मात्र भनेको रूपमा देखिन्छन्। स्क्रिनमा कोड 24 घण्टा चल्छ; --print सँग, 5 वर्ष।
cli-cmd-holder-export = पुष्टि भएको प्रविष्टिलाई अरू एपका लागि W3C Verifiable Credential (Open Badges 3.0) को रूपमा लेख्नुहोस्।
    .long = पुष्टि भएको प्रविष्टिलाई W3C Verifiable Credential 2.0 (एउटा Open Badges 3.0 ब्याज) को रूपमा लेख्नुहोस्, पुष्टि गर्नेको हस्ताक्षरसहित, ताकि अरू वालेट र एपले यसलाई जाँच्न सकून्। --out बिना यो स्क्रिनमा लेखिन्छ।

## Help: arguments

cli-arg-holder-request-ids = पुष्टि गर्नुपर्ने प्रविष्टिहरू: तिनका ids, वा हरेकको पहिलो 4 वा बढी अक्षर। ids हेर्न लेख्नुहोस्: carnet list
cli-arg-holder-request-out = अनुरोध कहाँ लेख्ने: .png वा .svg मा टुङ्गिने नामले QR कोडको तस्बिर बनाउँछ; अरू कुनै नाम, जस्तै request.cbor, फाइल।
cli-arg-holder-request-text = अनुरोधको पाठ (CNR1: बाट सुरु) स्क्रिनमा लेख्नुहोस्, सन्देशमा पठाउन।
cli-arg-holder-receive-file = तपाईंलाई दिइएको प्रमाणपत्र फाइल, जस्तै credential.cbor।
cli-arg-holder-present-select = देखाउने पुष्टि भएका प्रविष्टिहरू: तिनका ids, वा हरेकको पहिलो 4 वा बढी अक्षर।
cli-arg-holder-present-fields = हरेक प्रविष्टिका यी भाग मात्र देखाउनुहोस्, अल्पविरामले छुट्याएर, जस्तै title,level। अरू लुकेका रहन्छन्। भागहरू: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf। यसबिना सबै देखाइन्छ।
cli-arg-holder-present-self-declared = तपाईंले मात्र भनेको रूपमा देखाउने प्रविष्टि, कसैले पुष्टि नगरेका।
cli-arg-holder-present-stage = तपाईं यो केका लागि देखाउँदै हुनुहुन्छ: recruitment, pre-departure, arrival, career वा return। यसबिना: recruitment।
cli-arg-holder-present-audience = तपाईं यो कसलाई देखाउँदै हुनुहुन्छ, उनीहरूले नाम राख्न भनेका छन् भने, जस्तै कुनै एजेन्सीको नाम।
cli-arg-holder-present-nonce = जाँच गर्ने व्यक्तिले दिएको कोड, दिएको छ भने (अक्षर 0-9 र a-f)।
cli-arg-holder-present-print = कागजका लागि बनाउनुहोस्: कोडले कोरिने र पट्याउने कुरा राम्ररी सहन्छ, र 24 घण्टाको सट्टा 5 वर्ष चल्छ।
cli-arg-holder-present-out = लेख्ने तस्बिर: .png वा .svg मा टुङ्गिने नाम।
cli-arg-holder-present-text = QR कोडभित्रको पाठ पनि लेख्नुहोस्, सन्देशमा पठाउन।
cli-arg-holder-export-id = पुष्टि भएको प्रविष्टि: यसको id, वा यसको पहिलो 4 वा बढी अक्षर।
cli-arg-holder-export-format = लेख्ने ढाँचा। मात्र: vc (W3C Verifiable Credential, Open Badges 3.0)।
cli-arg-holder-export-jwt = प्रमाणसहितको JSON को सट्टा हस्ताक्षर भएको टोकन (VC-JWT) को रूपमा लेख्नुहोस्।
cli-arg-holder-export-out = लेख्ने फाइल, जस्तै badge.json वा badge.jwt।

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
        [one] यो अनुरोधले 1 प्रविष्टिको पुष्टि माग्छ।
       *[other] यो अनुरोधले { $count } प्रविष्टिको पुष्टि माग्छ।
    } पुष्टि गर्नेले हरेकका यी भाग देख्छन्:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = अनुरोध { $path } मा लेखियो।
holder-request-next = फाइल पुष्टि गर्ने व्यक्तिलाई दिनुहोस्। उनीहरूले प्रमाणपत्र फाइल फिर्ता दिएपछि लेख्नुहोस्: carnet receive FILE
holder-receive-done = राखियो: पुष्टि गर्ने { $issuer }, { $kind }, { $country }। जाँचको तरिका: { $assessed }।
holder-validity-until = जारी मिति { $issued }। { $expires } सम्म मान्य।
holder-validity-open = जारी मिति { $issued }। अन्तिम मिति छैन।
holder-wallet-empty = तपाईंसँग अहिलेसम्म कुनै प्रमाणपत्र छैन। माग्न लेख्नुहोस्: carnet request ID --out request.cbor
holder-wallet-damaged = अब पढ्न नसकिने एउटा प्रमाणपत्र। दिने व्यक्तिसँग नयाँ माग्नुहोस्।
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): जारी { $issued }, { $expires } सम्म मान्य
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): जारी { $issued }, अन्तिम मिति छैन
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): जारी { $issued }, { $expires } मा सकियो
holder-present-nothing = के देखाउने भन्नुहोस्: पुष्टि भएका प्रविष्टिका लागि --select ID, अरूका लागि --self-declared ID।
holder-present-done = QR कोड { $path } मा लेखियो: { $endorsed } पुष्टि भएका, { $declared } तपाईंले भनेका।
holder-present-size = आकार: QR संस्करण { $version }, तह { $ec }, { $chars } अक्षर।
holder-present-expires = यो { $when } सम्म जाँच्न सकिन्छ ({ $hours } घण्टा)।
holder-present-by-kid = अटाउनका लागि, जारी गर्नेलाई छोटो पहिचानले देखाइएको छ। जाँच गर्नेको भरोसायोग्य सूचीमा उनीहरू छन् भने मात्र उनीहरू को हुन् थाहा हुन्छ।

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = एक प्रशिक्षक
holder-issuer-kind-employer = एक रोजगारदाता
holder-issuer-kind-centre = एउटा केन्द्र
holder-issuer-kind-college = एउटा कलेज
holder-issuer-kind-colleague = एक सहकर्मी (तपाईंसँग काम गरेको व्यक्ति, कुनै संस्था होइन)

## How they checked

holder-assessed-observation = उनीहरूले तपाईंलाई काम गर्दा हेरे
holder-assessed-test = एउटा परीक्षा
holder-assessed-document = उनीहरूले एउटा कागजात जाँचे
holder-assessed-interview = एउटा अन्तर्वार्ता

## Errors

error-holder-no-key = यो लगबुकसँग प्रमाणपत्रमा हस्ताक्षर गर्ने कुञ्जी छैन। केही बदलिएन। कृपया यो समस्या जानकारी गराउनुहोस्।
error-holder-write-file = फाइल { $path } लेख्न सकिएन: { $reason }। फोल्डर छ र खाली ठाउँ छ कि हेर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-holder-entry-unfit = प्रविष्टि "{ $title }" प्रमाणपत्रमा राख्न मिल्दैन: यसको { $field } धेरै लामो छ वा सही रूपमा छैन। carnet edit ले बदल्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-holder-unknown-field = "{ $value }" देखाउन सकिने प्रविष्टिको भाग होइन। भागहरू: { $known }।
error-holder-credential-no-entries = प्रमाणपत्र { $path } ले तपाईंका कुन प्रविष्टि पुष्टि गर्छ भन्दैन। केही राखिएन। अनुरोध फाइलबाट बनेको नयाँ माग्नुहोस्: carnet request
error-holder-credential-entry-gone = प्रमाणपत्र { $path } ले अब तपाईंको लगबुकमा नभएको प्रविष्टि पुष्टि गर्छ ({ $id })। केही राखिएन। यो डिभाइसमा मेट्नुभएको हो भने, लगबुकको प्रतिबाट थप्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-holder-credential-damaged = प्रविष्टि "{ $title }" को प्रमाणपत्र अब पढ्न सकिँदैन। पुष्टि गर्नेसँग नयाँ माग्नुहोस्।
error-holder-not-endorsed = प्रविष्टि "{ $title }" अहिलेसम्म कसैले पुष्टि गरेको छैन। --self-declared सँग देखाउनुहोस्, वा पुष्टि माग्नुहोस्: carnet request
error-holder-selected-twice = प्रविष्टि "{ $title }" --select र --self-declared दुवैसँग दिइएको छ। एक पटक मात्र दिनुहोस्।
error-holder-bad-stage = "{ $value }" चरण होइन। चरणहरू: recruitment, pre-departure, arrival, career, return।
error-holder-bad-audience = हेर्नेको नाम 1 देखि 100 अक्षरको, एउटै लाइनमा हुनुपर्छ।
error-holder-bad-nonce = "{ $value }" जाँच गर्ने व्यक्तिको कोड होइन: यसमा 2 देखि 128 अक्षर 0-9 र a-f हुनुपर्छ।
error-holder-bad-out = तस्बिर { $path } को नाम .png वा .svg मा टुङ्गिनुपर्छ।
error-holder-no-vc = "{ $title }" को { $issuer } ले गरेको पुष्टि Carnet ले W3C प्रमाणपत्रको रूपमा लेख्न सक्नुअघि बनेको थियो, र उनीहरूले मात्र त्यसमा हस्ताक्षर गर्न सक्छन्। उनीहरूलाई फेरि पुष्टि गर्न भन्नुहोस्: नयाँ अनुरोध बनाउनुहोस् (carnet request ID --out request.cbor), उनीहरूलाई दिनुहोस्, र फिर्ता दिएको फाइल राख्नुहोस् (carnet receive FILE)।
