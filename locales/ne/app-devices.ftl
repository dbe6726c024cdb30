# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = अर्को डिभाइस थप्नुहोस्
app-pair-intro = आफ्नो लगबुक आफ्नो अर्को फोन वा कम्प्युटरमा राख्नुहोस्। दुवै डिभाइसलाई हब चाहिन्छ।
app-pair-start = अर्को डिभाइस थप्नुहोस्
app-pair-passphrase = डिभाइस थप्न, आफ्नो पासफ्रेज लेख्नुहोस्।
app-pair-show = कोड देखाउनुहोस्
app-pair-scan = नयाँ डिभाइसमा «लगबुकमा जोडिनुहोस्» छान्नुहोस्, अनि यो चारकुने कोड स्क्यान गर्नुहोस् वा यसको तलको पाठ लेख्नुहोस्।
app-pair-qr-alt = नयाँ डिभाइसले स्क्यान गर्ने चारकुने कोड
app-pair-code-label = कोड, पाठको रूपमा
app-pair-expires = यो कोड अझै { $time } चल्छ।
app-pair-waiting = नयाँ डिभाइसको प्रतीक्षा गर्दै…
app-pair-request = «{ $name }» ले तपाईंको लगबुक चाहन्छ।
app-pair-compare = के नयाँ डिभाइसले यही कोड देखाउँदैछ?
app-pair-approve = हो, अनुमति दिनुहोस्
app-pair-refuse = होइन
app-pair-approved = «{ $name }» सँग अब तपाईंको लगबुक छ। सिंक भएपछि यो डिभाइसको सूचीमा देखिन्छ।
app-pair-refused = तपाईंले होइन भन्नुभयो। «{ $name }» ले केही पाएन।
app-pair-again = नयाँ कोड देखाउनुहोस्

## Sync screen: the devices of this logbook

app-devices-title = तपाईंका डिभाइसहरू
app-devices-none = अहिलेसम्म कुनै डिभाइसले यो लगबुक सिंक गरेको छैन। सिंक गर्नुहोस्, र यो डिभाइस यहाँ देखिन्छ।
app-devices-this = यो डिभाइस
app-devices-added = थपिएको { $date }
app-devices-removed = हटाइएको { $date }
app-devices-remove = हटाउनुहोस्
app-devices-remove-confirm = «{ $name }» हटाउने? फोन हराएमा, बेचेमा वा कसैलाई दिएमा यो प्रयोग गर्नुहोस्।
app-devices-remove-consequences = त्यससँग पहिलेदेखि भएको कुरा रहन्छ, तर अबदेखि तपाईंले थप्ने कुनै कुरा त्यसले पाउँदैन। तपाईंको लगबुकले नयाँ कुञ्जी पाउँछ, र तपाईंका अरू डिभाइसले सिंक गर्दा पाउँछन्। त्यो डिभाइस फेरि प्रयोग गर्न, फेरि थप्नुहोस्।
app-devices-remove-yes = हो, हटाउनुहोस्
app-devices-removed-done = «{ $name }» हटाइयो। तपाईंको लगबुकसँग अब नयाँ कुञ्जी छ, जुन त्यो डिभाइससँग छैन।
app-devices-new-sheet = तपाईंको रिकभरी पानामा पुरानो कुञ्जी छ। अहिल्यै सेटिङमा नयाँ बनाउनुहोस्, र पुरानो नष्ट गर्नुहोस्।

## First run: another way to start

app-start-other = के तपाईंसँग पहिले नै लगबुक छ?
app-start-join = अर्को डिभाइसबाट जोडिनुहोस्
app-start-recover = पानाबाट फिर्ता ल्याउनुहोस्

## First run: joining a logbook from another device

app-join-title = लगबुकमा जोडिनुहोस्
app-join-intro = आफ्नो अर्को डिभाइसमा सिंक खोल्नुहोस् र «अर्को डिभाइस थप्नुहोस्» छान्नुहोस्। त्यसले एउटा कोड देखाउँछ।
app-join-code = कोड (यो CNP1: बाट सुरु हुन्छ)
app-join-code-hint = कोड यहाँ टाँस्नुहोस् वा लेख्नुहोस्
app-join-picture = कोडको तस्बिर खोल्नुहोस्
app-join-name = यो डिभाइसको नाम
app-join-name-default = मेरो नयाँ डिभाइस
app-join-passphrase = यो डिभाइसका लागि पासफ्रेज छान्नुहोस्
app-join-send = अगाडि
app-join-check = तपाईंको अर्को डिभाइसले यही कोड देखाउनुपर्छ। त्यहाँ अनुमति दिनुहोस्।
app-join-waiting = अर्को डिभाइसको अनुमतिको प्रतीक्षा गर्दै…
app-join-copying = तपाईंको लगबुक प्रतिलिपि हुँदैछ…

## First run: recovering a logbook with a recovery sheet

app-recover-title = आफ्नो लगबुक फिर्ता ल्याउनुहोस्
app-recover-intro = आफ्नो रिकभरी पाना र पासफ्रेज प्रयोग गर्नुहोस्। Carnet ले तपाईंको लगबुक हबबाट फिर्ता ल्याउँछ।
app-recover-by-words = 12 शब्द लेख्नुहोस्
app-recover-by-code = चारकुने कोड प्रयोग गर्नुहोस्
app-recover-words = 12 शब्द, क्रमैसँग
app-recover-words-hint = शब्द1 शब्द2 शब्द3 …
app-recover-hub = पानामा लेखिएको हबको ठेगाना
app-recover-code = चारकुने कोडको पाठ (यो CNS1: बाट सुरु हुन्छ)
app-recover-picture = पानाको फोटो खोल्नुहोस्
app-recover-passphrase = तपाईंको पासफ्रेज (पहिले प्रयोग गरेको)
app-recover-start = मेरो लगबुक फिर्ता ल्याउनुहोस्

## Reading a square code from a picture

app-picture-read = कोड तस्बिरबाट पढियो।
app-scan-camera = क्यामेराले स्क्यान गर्नुहोस्
error-camera-scan = कुनै कोड पढिएन। Carnet ले क्यामेरा प्रयोग गर्न पाउँदैन भने, आफ्नो फोनको सेटिङमा अनुमति दिनुहोस्। तपाईं कोडको फोटो पनि खोल्न सक्नुहुन्छ।

## Settings: the recovery sheet

app-sheet-title = रिकभरी पाना
app-sheet-intro = रिकभरी पाना 12 शब्द र एउटा चारकुने कोड भएको कागज हो। यो फोन हरायो भने, पाना र तपाईंको पासफ्रेजले लगबुक नयाँ फोनमा फिर्ता ल्याउँछ। पाना सुरक्षित राख्नुहोस्, फोनबाट टाढा। पासफ्रेज यससँगै नराख्नुहोस्।
app-sheet-replaces = नयाँ पानाले पुरानोको ठाउँ लिन्छ: पुरानो पानाले काम गर्न छोड्छ।
app-sheet-needs-hub = पानाले हब प्रयोग गर्छ। पहिले सिंक स्क्रिनमा हबको ठेगाना राख्नुहोस्।
app-sheet-passphrase = पाना बनाउन आफ्नो पासफ्रेज लेख्नुहोस्
app-sheet-format = यसरी सेभ गर्नुहोस्
app-sheet-pdf = PDF, छाप्नका लागि
app-sheet-png = तस्बिर
app-sheet-make = रिकभरी पाना बनाउनुहोस्
app-sheet-saved = तपाईंको रिकभरी पाना { $path } मा सेभ भयो। यसलाई छाप्नुहोस्, वा तलका शब्द लेखेर राख्नुहोस्, र कागज सुरक्षित राख्नुहोस्।
app-sheet-english = पाना अंग्रेजीमा छ: Carnet ले अझै यसमा तपाईंको भाषाका अक्षर बनाउन सक्दैन।
app-sheet-words = तपाईंका 12 शब्द

## Settings: export and import

app-export-title = निर्यात र आयात
app-export-intro = निर्यातले तपाईंको पूरा लगबुक एउटा फाइलमा सेभ गर्छ, आफूसँग राख्न वा आफूले रोजेको व्यक्तिलाई दिन।
app-export-consent = यो फाइलमा तपाईंको लगबुक पढ्न मिल्ने रूपमा छ: यो तपाईंको पासफ्रेजले बन्द छैन। यो फाइल पाउने जो कोहीले यसको सबै कुरा पढ्न सक्छ। फोटोहरू फाइलमा छैनन्।
app-export-agree = मैले बुझें। फाइल सेभ गर्नुहोस्
app-export = निर्यात
app-export-saved = { $count ->
    [one] { $count } प्रविष्टि { $path } मा सेभ भयो।
   *[other] { $count } प्रविष्टिहरू { $path } मा सेभ भए।
}
app-import-intro = आयातले निर्यात गरिएको फाइलका कुरा यो लगबुकमा थप्छ। तपाईंको लगबुकबाट केही मेटिँदैन।
app-import = फाइल आयात गर्नुहोस्
app-import-added = { $count ->
    [0] कुनै नयाँ प्रविष्टि छैन।
    [one] { $count } नयाँ प्रविष्टि थपियो।
   *[other] { $count } नयाँ प्रविष्टिहरू थपिए।
}
app-import-updated = { $count ->
    [0] कुनै प्रविष्टि बदलिएन।
    [one] { $count } प्रविष्टि बदलियो।
   *[other] { $count } प्रविष्टिहरू बदलिए।
}
app-import-unchanged = { $count ->
    [0] कुनै प्रविष्टि पहिले नै उस्तै थिएन।
    [one] { $count } प्रविष्टि पहिले नै उस्तै थियो।
   *[other] { $count } प्रविष्टिहरू पहिले नै उस्तै थिए।
}
app-import-profile = तपाईंको प्रोफाइल अपडेट भयो।
app-import-missing-photos = { $count ->
    [one] फाइलमा नाम भएको { $count } फोटो यो डिभाइसमा छैन।
   *[other] फाइलमा नाम भएका { $count } फोटोहरू यो डिभाइसमा छैनन्।
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = तपाईंको रिकभरी पानाले अझै काम गर्छ, तपाईंको नयाँ पासफ्रेजसँग।
app-passphrase-sheet-not-updated = तपाईंको रिकभरी पाना हबमा अपडेट हुन सकेन। तपाईंले नयाँ नबनाएसम्म, यसलाई पुरानो पासफ्रेज चाहिन्छ। जोडिएको बेला नयाँ पाना बनाउनुहोस्।

## This device's name

app-device-name = यो डिभाइसको नाम
app-device-name-hint = तपाईंका अरू डिभाइसले यसका लागि देखाउने नाम, जस्तै «अमिनाको फोन»।
app-device-name-saved = सेभ भयो। यो डिभाइस सिंक भएपछि तपाईंका अरू डिभाइसले यो देखाउँछन्।
