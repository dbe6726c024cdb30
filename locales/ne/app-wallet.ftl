# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = मेरा पुष्टिहरू
app-present = मेरा सीप देखाउनुहोस्
app-verify = कोड जाँच्नुहोस्

## Wallet

app-wallet-title = मेरा पुष्टिहरू
app-wallet-intro = यी तपाईंका लागि कसैले हस्ताक्षर गरेका सीपहरू हुन्। तपाईं यिनलाई QR कोडले देखाउन सक्नुहुन्छ।
app-wallet-empty = अहिलेसम्म कसैले तपाईंको कुनै सीपमा हस्ताक्षर गरेको छैन। तपाईं के गर्न सक्नुहुन्छ भनेर पुष्टि गर्न कुनै प्रशिक्षक, रोजगारदाता वा केन्द्रलाई भन्नुहोस्।
app-wallet-by = हस्ताक्षर: { $name } ({ $kind }, { $country })
app-wallet-issued = हस्ताक्षर मिति { $date }
app-wallet-expires = { $date } सम्म मान्य
app-wallet-expired = { $date } मा म्याद सकियो
app-wallet-no-expiry = म्याद सकिँदैन
app-wallet-damaged = यो पुष्टि बिग्रेको छ र देखाउन सकिँदैन। हस्ताक्षर गर्नेसँग नयाँ माग्नुहोस्।
app-standing-valid = जाँचियो: तपाईंको भरोसाको सूचीमा भएको कसैको हस्ताक्षर
app-standing-unknown-issuer = हस्ताक्षर छ, तर हस्ताक्षर गर्ने तपाईंको भरोसाको सूचीमा छैन
app-standing-expired = म्याद सकिएको
app-standing-revoked = हस्ताक्षर गर्नेले फिर्ता लियो
app-standing-malformed = बिग्रेको

## Present: choosing what to show

app-present-title = मेरा सीप देखाउनुहोस्
app-present-endorsed = कसैले हस्ताक्षर गरेका
app-present-self = मैले मात्र भनेको
app-present-self-hint = जाँच गर्नेले यिनलाई तपाईंको आफ्नै भनाइ ठान्छ, हस्ताक्षर भएको होइन।
app-present-details = हरेकबाट के देखाउने
app-present-details-all = सबै
app-present-details-short = नाम र तह मात्र
app-present-stage = यो कसका लागि हो?
app-present-print = कागजमा छाप्नका लागि (5 वर्षसम्म मान्य)
app-present-make = QR कोड देखाउनुहोस्
app-present-none = देखाउन कम्तीमा एउटा कुरा छान्नुहोस्।
app-present-nothing-yet = तपाईंको लगबुक खाली छ। पहिले केही थप्नुहोस्।

## Present: the QR code

app-qr-title = उनीहरूलाई यो कोड स्क्यान गर्न दिनुहोस्
app-qr-expires = यो कोड { $date } सम्म चल्छ।
app-qr-preview = जाँच गर्नेले के देख्छ
app-qr-preview-hide = जाँच गर्नेले देख्ने कुरा लुकाउनुहोस्
app-qr-done = भयो
app-qr-preview-note = यो फोनजस्तै भरोसाका सूची भएको जाँच गर्नेले यही देख्छ।

## Verify

app-verify-title = कोड जाँच्नुहोस्
app-verify-intro = Carnet को QR कोडको फोटो खिच्नुहोस् वा छान्नुहोस्। केही पनि कतै पठाइँदैन: जाँच यही डिभाइसमा हुन्छ।
app-verify-picture = फोटो खिच्नुहोस् वा छान्नुहोस्
app-verify-text = वा कोडको पाठ टाँस्नुहोस् (यो CN1: बाट सुरु हुन्छ)
app-verify-check = जाँच्नुहोस्
app-verify-checking = जाँच्दै…
app-verify-again = अर्को कोड जाँच्नुहोस्

## The verdict

app-verdict-title = नतिजा
app-verdict-made = { $stage } का लागि { $date } मा बनाइएको।
app-verdict-expires = कोड { $date } सम्म चल्छ।
app-verdict-newer = यो कोड Carnet को नयाँ संस्करणले बनाएको हो। जाँच्न Carnet अपडेट गर्नुहोस्।
app-item-endorsed = हस्ताक्षर भएको
app-item-self = उनीहरूको आफ्नै भनाइ
app-item-assessed = जाँचको तरिका: { $how }
app-item-hidden = { $count ->
    [one] 1 विवरण व्यक्तिले लुकाएको छ।
   *[other] { $count } विवरण व्यक्तिले लुकाएका छन्।
}

## Errors of these screens

error-wallet-no-key = यो लगबुकसँग हस्ताक्षर गर्ने कुञ्जी छैन। केही देखाइएन। कृपया यो समस्या जानकारी गराउनुहोस्।
error-wallet-not-endorsed = «{ $title }» मा अहिलेसम्म कसैले हस्ताक्षर गरेको छैन। यसलाई «मैले मात्र भनेको» को रूपमा देखाउनुहोस्, वा कसैलाई पुष्टि गर्न भन्नुहोस्।
error-wallet-credential-damaged = «{ $title }» को पुष्टि बिग्रेको छ। यसलाई «मैले मात्र भनेको» को रूपमा देखाउनुहोस्, वा नयाँ माग्नुहोस्।
error-wallet-entry-unfit = «{ $title }» कोडमा राख्न मिल्दैन: यसको { $field } धेरै लामो छ वा सही रूपमा छैन। प्रविष्टि बदल्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-wallet-selected-twice = «{ $title }» दुई पटक छानिएको छ। एक पटक मात्र छान्नुहोस्।
error-wallet-nothing-chosen = देखाउन कम्तीमा एउटा कुरा छान्नुहोस्।
error-wallet-too-large = यो एउटा QR कोडका लागि धेरै हो ({ $chars } अक्षर)। कम कुरा छान्नुहोस्, वा नाम र तह मात्र देखाउनुहोस्।
error-wallet-credential = कोड बन्न सकेन। केही देखाइएन। कृपया यो समस्या जानकारी गराउनुहोस्। (सहयोगीका लागि: { $reason })
error-wallet-no-code = यो तस्बिरमा Carnet को कुनै QR कोड भेटिएन। नजिकबाट र सफा गरी, पूरै कोड भित्र पारेर फेरि फोटो खिच्नुहोस्।
error-wallet-not-a-picture = यो फाइल Carnet ले पढ्न सक्ने तस्बिर होइन। फोटो प्रयोग गर्नुहोस् (JPEG वा PNG)।
error-wallet-picture-too-large = तस्बिर धेरै ठूलो छ ({ $width } × { $height } पिक्सेल)। सानो तस्बिर खिचेर फेरि प्रयास गर्नुहोस्।
error-wallet-got-request = यो कसैको सीपमा हस्ताक्षर गर्ने अनुरोध हो, सीप देखाउने कोड होइन। केही जाँचिएन।
error-wallet-trust-damaged = तपाईंका भरोसाका सूचीहरू बिग्रेका वा बदलिएका छन्। फेरि आयात गर्नुहोस्। त्यतिन्जेल कुनै पनि हस्ताक्षरकर्तालाई भरोसायोग्य मानिँदैन।
error-wallet-trust-unreadable = Carnet ले { $path } मा तपाईंका भरोसाका सूचीहरू पढ्न सकेन। डिभाइसमा ठाउँ छ कि हेर्नुहोस्। (सहयोगीका लागि: { $reason })
error-wallet-not-yours = यो पुष्टि अरू कसैको लगबुकका लागि बनेको हो, तपाईंको होइन। केही राखिएन। आफ्नै फाइल पाउनुभएको छ कि पक्का गर्नुहोस्।
error-wallet-bad-signature = यो फाइलको हस्ताक्षर मिल्दैन: यो बदलिएको वा बिग्रेको छ। केही राखिएन। फाइल फेरि माग्नुहोस्।
error-wallet-not-a-credential = यो फाइल Carnet को हस्ताक्षर भएको पुष्टि होइन। केही राखिएन। हस्ताक्षर गर्नेसँग उनीहरूले बनाएको फाइल माग्नुहोस्।
error-wallet-too-many = एक पटकमा बढीमा { $max } कुरा माग्नुहोस्। कम छान्नुहोस्।
error-wallet-not-from-request = यो पुष्टिले तपाईंको कुन प्रविष्टि पुष्टि गर्छ भन्दैन। केही राखिएन। तपाईंको अनुरोध कोडबाट बनेको नयाँ माग्नुहोस्।
error-wallet-entry-gone = यो पुष्टि अब तपाईंको लगबुकमा नभएको प्रविष्टिको हो। केही राखिएन। तपाईंले हटाउनुभएको हो भने, कुनै प्रतिबाट फेरि थप्नुहोस्, अनि नयाँ पुष्टि माग्नुहोस्।

## Asking for a signature, and keeping it

app-request = हस्ताक्षर माग्नुहोस्
app-request-title = हस्ताक्षर माग्नुहोस्
app-request-intro = तपाईं के गर्न सक्नुहुन्छ भनेर पुष्टि गर्ने प्रशिक्षक, रोजगारदाता वा केन्द्रलाई यो कोड देखाउनुहोस्। उनीहरूले Carnet ले स्क्यान गरेर तपाईंलाई हस्ताक्षर भएको फाइल फिर्ता दिन्छन्।
app-request-key = तपाईंको कुञ्जी: { $kid }। हस्ताक्षर गर्नेले पनि यही कोड देख्छ।
app-request-text = यही कोड पाठको रूपमा, सन्देशमा पठाउनका लागि
app-request-next = हस्ताक्षर भएको फाइल पाएपछि, «मेरा पुष्टिहरू» खोल्नुहोस् र «हस्ताक्षर भएको फाइल थप्नुहोस्» थिच्नुहोस्।
app-receive = हस्ताक्षर भएको फाइल थप्नुहोस्
app-received = राखियो: { $name } ({ $kind }) ले { $titles } मा हस्ताक्षर गर्नुभयो।
