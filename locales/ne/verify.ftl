# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = एक प्रशिक्षक
issuer-kind-employer = एक रोजगारदाता
issuer-kind-centre = एउटा केन्द्र
issuer-kind-college = एउटा कलेज
issuer-kind-colleague = एक सहकर्मी

## verify: verdicts, one per code

verdict-valid = मान्य: तपाईंले भरोसा गर्ने जारी गर्नेको हस्ताक्षर, अझै चालू, फिर्ता लिइएको छैन।
verdict-self-declared = व्यक्तिले मात्र भनेको: कसैले हस्ताक्षर गरेको छैन।
verdict-unknown-issuer = हस्ताक्षर छ, तर तपाईंले भरोसा गर्ने जारी गर्नेको होइन।
verdict-expired = म्याद सकिएको।
verdict-revoked = हस्ताक्षर गर्ने जारीकर्ताले फिर्ता लियो।
verdict-tampered = बदलिएको वा नक्कल गरिएको: यसमा भर नपर्नुहोस्।
verdict-malformed = यो पढ्न सकिने Carnet कोड होइन।

## verify: reasons, one per code

reason-wrong-prefix = पाठ CN1: बाट सुरु हुँदैन, त्यसैले यो Carnet कोड होइन।
reason-bad-base45 = पाठमा Carnet कोडमा हुन नसक्ने अक्षर छन्। यो काटिएको वा गलत लेखिएको हुन सक्छ।
reason-bad-zlib = कोड काटिएको वा बिग्रेको छ।
reason-too-large = कोड Carnet कोड हुन धेरै नै ठूलो छ।
reason-bad-cose = कोड बिग्रेको छ वा Carnet कोड होइन।
reason-unsupported-header = कोडले Carnet लाई थाहा नभएको हस्ताक्षर प्रयोग गर्छ। Carnet को नयाँ संस्करणले पढ्न सक्छ।
reason-bad-payload = कोडभित्रको सामग्री बिग्रेको छ।
reason-holder-signature-invalid = व्यक्तिको हस्ताक्षर मिल्दैन: कोड बदलिएको छ।
reason-nonce-mismatch = कोड अर्कै अनुरोधका लागि बनेको हो (नम्बर { $found }, { $expected } होइन)। यो प्रतिलिपि हुन सक्छ।
reason-audience-mismatch = कोड «{ $found }» का लागि बनेको हो, «{ $expected }» का लागि होइन।
reason-presentation-expired = कोडको आफ्नै म्याद { $exp } मा सकियो। व्यक्तिलाई नयाँ बनाउन भन्नुहोस्।
reason-presentation-not-yet-valid = कोडले यो { $iat } मा बनेको भन्छ, जुन अझै आएको छैन। यो डिभाइसको घडी जाँच्नुहोस्।
reason-endorsement-signature-invalid = जारी गर्नेको हस्ताक्षर मिल्दैन: सीप बदलिएको छ।
reason-issuer-key-not-sent = जारी गर्नेलाई पहिचान { $kid } ले मात्र चिनाइएको छ, र तपाईं यसलाई चिन्नुहुन्न।
reason-endorsement-expired = सीपको हस्ताक्षरको म्याद { $exp } मा सकियो।
reason-endorsement-not-yet-valid = सीपले आफूमा { $iat } मा हस्ताक्षर भएको भन्छ, जुन अझै आएको छैन। यो डिभाइसको घडी जाँच्नुहोस्।
reason-issuer-unknown = «{ $name }» (कुञ्जीको पहिचान { $kid }) तपाईंका भरोसाका सूचीमा छैन। जो कोहीले आफूलाई कुनै पनि नाम दिन सक्छ।
reason-issuer-not-trusted-at-issue = «{ $name }» (कुञ्जीको पहिचान { $kid }) लाई हस्ताक्षर गरेको दिन जमानत दिइएको थिएन।
reason-issuer-trusted = जारी गर्ने तपाईंको भरोसाको सूचीमा छ (कुञ्जीको पहिचान { $kid })।
reason-issuer-claims-differ = तपाईंको भरोसाको सूचीले यो जारी गर्ने { $country } मा { $kind } हो भन्छ; हस्ताक्षरले अर्कै भन्छ। भरोसाको सूची मान्नुहोस्।
reason-revoked = जारी गर्नेले प्रमाणपत्र नम्बर { $index } फिर्ता लियो।
reason-no-revocation-list = तपाईंसँग यो जारी गर्नेले फिर्ता लिएका कुराको सूची छैन।
reason-self-declared = व्यक्तिले यो भन्छ; कसैले हस्ताक्षर गरेको छैन।

## verify: the rest of the report

verify-presentation = { $stage } का लागि देखाइएको, { $date } मा बनेको, कुञ्जी { $kid } भएको व्यक्तिबाट।
verify-audience = कसका लागि बनेको: { $audience }
verify-stage-recruitment = भर्ना
verify-stage-pre-departure = जाने तयारी
verify-stage-arrival = पुगेपछि
verify-stage-career = काम र तालिम
verify-stage-return = घर फर्कने
verify-endorsed-by = { $name } को हस्ताक्षर, { $country } मा { $kind }।
verify-endorsed-by-unchecked = आफूलाई «{ $name }» भन्ने कसैको हस्ताक्षर, { $country } मा { $kind } (जाँचिएको छैन; कुञ्जीको पहिचान { $kid })।
verify-colleague-note = यो एक सहकर्मीको भनाइ हो: व्यक्तिसँगै काम गरेको कोही, विद्यालय वा रोजगारदाता होइन।
verify-endorsed-on = { $date } मा हस्ताक्षर भयो; जाँचको तरिका: { $how }।{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } सम्म मान्य।
}
verify-how-observation = उनीहरूलाई काम गर्दा हेरेर
verify-how-test = एउटा परीक्षा
verify-how-document = एउटा कागजात
verify-how-interview = एउटा अन्तर्वार्ता
verify-hidden = { $count ->
    [one] 1 विवरण व्यक्तिले लुकाएको छ।
   *[other] { $count } विवरण व्यक्तिले लुकाएका छन्।
}
verify-trust-age = { $days ->
    [0] आजको भरोसाको सूची।
    [one] 1 दिनअघिको भरोसाको सूची ({ $date })।
   *[other] { $days } दिनअघिको भरोसाको सूची ({ $date })।
}
verify-newer-code = यो कोड Carnet को नयाँ संस्करणले बनाएको हो। जाँच्न Carnet अपडेट गर्नुहोस्।
verify-status-age = { $days ->
    [0] फिर्ता लिइएका प्रमाणपत्रहरूको सूची: आजको।
    [one] फिर्ता लिइएका प्रमाणपत्रहरूको सूची: 1 दिनअघिको ({ $date })।
   *[other] फिर्ता लिइएका प्रमाणपत्रहरूको सूची: { $days } दिनअघिको ({ $date })।
}
verify-field-kind = के:
verify-field-title = शीर्षक:
verify-field-esco = ESCO:
verify-field-entry-id = प्रविष्टि:
verify-field-level = तह:
verify-field-from = देखि:
verify-field-to = सम्म:
verify-field-country = देश:
verify-field-context = कहाँ सिकेको:
verify-field-evidence = प्रमाण (hash):
verify-field-eqf = EQF तह:
verify-entry-kind-skill = एउटा सीप
verify-entry-kind-qualification = डिप्लोमा वा योग्यता
verify-entry-kind-experience = कामको अनुभव
verify-entry-kind-language = एउटा भाषा
verify-entry-kind-learning = एउटा कोर्स
verify-context-formal = विद्यालय वा कलेजमा
verify-context-non-formal = कोर्समा
verify-context-informal = काममा वा आफैँ
verify-esco-skill = सीप
verify-esco-occupation = पेशा
verify-esco-qualification = योग्यता
