# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = पासफ्रेज सही छैन। जाँचेर फेरि प्रयास गर्नुहोस्। ठूला र साना अक्षर फरक मानिन्छन्।
error-too-many-attempts = { $minutes ->
    [one] धेरै पटक गलत पासफ्रेज। 1 मिनेट पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
   *[other] धेरै पटक गलत पासफ्रेज। { $minutes } मिनेट पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
}
error-passphrase-too-short = यो पासफ्रेज धेरै छोटो छ। कम्तीमा { $min } अक्षर प्रयोग गर्नुहोस्।

## The logbook files

error-no-logbook = यो फोल्डरमा अहिलेसम्म कुनै लगबुक छैन। पहिले एउटा बनाउनुहोस्, वा तपाईंको लगबुक भएको फोल्डर छान्नुहोस्।
error-already-exists = यो फोल्डरमा पहिले नै लगबुक छ। केही बदलिएन।
error-damaged-key-file = तपाईंको लगबुकको कुञ्जी बिग्रेको वा हराएको छ, त्यसैले खोल्न सकिँदैन। ब्याकअपबाट, वा यससँग जोडिएको डिभाइसबाट प्रति फिर्ता राख्नुहोस्।
error-damaged-database = तपाईंको लगबुक बिग्रेको छ, त्यसैले खोल्न सकिँदैन। ब्याकअपबाट, वा यससँग जोडिएको डिभाइसबाट प्रति फिर्ता राख्नुहोस्।
error-too-new = { $what ->
    [export-file] यो फाइल Carnet को नयाँ संस्करणले बनाएको हो। Carnet अपडेट गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
    [taxonomy] Carnet सँग आएको ESCO डेटा Carnet को नयाँ संस्करणको हो। Carnet अपडेट गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
   *[other] तपाईंको लगबुक Carnet को नयाँ संस्करणले सेभ गरेको हो। Carnet अपडेट गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
}
error-disk-full = डिस्क भरिएको छ। केही हराएको छैन। केही ठाउँ खाली गर्नुहोस्, जस्तै पुराना फाइल मेटेर, अनि फेरि प्रयास गर्नुहोस्।
error-io = Carnet ले तपाईंको लगबुकका फाइल पढ्न वा लेख्न सकेन। फोल्डर छ र त्यसमा लेख्ने अनुमति छ कि हेर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-internal = Carnet भित्र केही गडबड भयो। यो Carnet को गल्ती हो, तपाईंको होइन। कृपया Carnet बनाउनेहरूलाई भन्नुहोस्।

## Entries

error-not-found = कुनै प्रविष्टिको id «{ $id }» छैन। id जाँचेर फेरि प्रयास गर्नुहोस्।
error-ambiguous-id = एकभन्दा बढी प्रविष्टि «{ $id }» बाट सुरु हुन्छन्। id को अरू भाग पनि लेख्नुहोस्।

## Values the person typed

error-invalid-kind = «{ $value }» प्रविष्टिको प्रकार होइन। skill, qualification, experience, language वा learning प्रयोग गर्नुहोस्।
error-invalid-date = «{ $value }» मिति होइन। वर्ष (2019), महिना (2019-05) वा दिन (2019-05-14) लेख्नुहोस्।
error-invalid-level = { $kind ->
    [language] «{ $value }» भाषाको तह होइन। A1, A2, B1, B2, C1 वा C2 प्रयोग गर्नुहोस्।
    [qualification] «{ $value }» योग्यताको तह होइन। 1 देखि 8 सम्मको नम्बर प्रयोग गर्नुहोस् (EQF)।
    [learning] «{ $value }» कोर्सको तह होइन। 1 देखि 8 सम्मको नम्बर प्रयोग गर्नुहोस् (EQF)।
    [eqf] «{ $value }» EQF तह होइन। 1 देखि 8 सम्मको नम्बर प्रयोग गर्नुहोस्।
   *[other] «{ $value }» तह होइन। basic, intermediate, advanced वा expert प्रयोग गर्नुहोस्।
}
error-invalid-country = «{ $value }» देशको कोड होइन। दुई अक्षर प्रयोग गर्नुहोस्, जस्तै SY, AF, ER वा DE।
error-invalid-language = «{ $value }» भाषाको कोड होइन। छोटो कोड प्रयोग गर्नुहोस्, जस्तै ar, fa-AF वा en।
error-invalid-esco = «{ $value }» ESCO ठेगाना होइन। यो http://data.europa.eu/esco/ बाट सुरु हुन्छ
error-invalid-isco = «{ $value }» ISCO-08 जागिर कोड होइन। 1 देखि 4 अङ्क प्रयोग गर्नुहोस्, जस्तै 7212।
error-invalid-proficiency = «{ $value }» तह होइन। basic, intermediate, advanced वा expert प्रयोग गर्नुहोस्।
error-invalid-context = «{ $value }» सिक्ने तरिका होइन। formal, non-formal वा informal प्रयोग गर्नुहोस्।
error-invalid-stage = «{ $value }» चरण होइन। recruitment, pre-departure, arrival, career वा return प्रयोग गर्नुहोस्।
error-invalid-field = «{ $value }» तपाईंले बदल्न सक्ने कुरा होइन। यीमध्ये एउटा प्रयोग गर्नुहोस्: { $expected }।
error-empty-field = { $field ->
    [title] शीर्षक खाली छ। छोटो शीर्षक लेख्नुहोस्।
   *[other] { $field } खाली छ। यसमा केही लेख्नुहोस्।
}
error-date-order = अन्तिम मिति { $to } सुरु मिति { $from } भन्दा अघि छ। दुवै मिति जाँच्नुहोस्।
error-import-format = यो फाइल Carnet को निर्यात होइन, त्यसैले पढ्न सकिँदैन। Carnet ले निर्यात गरेको फाइल छान्नुहोस्।

## Photos

error-evidence-not-an-image = यो फाइल फोटो होइन। Carnet ले JPEG, PNG र WebP तस्बिर लिन्छ।
error-evidence-unsupported-format = यो { $format } तस्बिर हो, र Carnet ले यसलाई प्रयोग गर्न सक्दैन। JPEG, PNG वा WebP मा सेभ गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-evidence-damaged = फोटो बिग्रेको वा अधुरो छ। फोटो फेरि खिच्नुहोस् वा छान्नुहोस्।
error-evidence-too-large = तस्बिर धेरै ठूलो छ ({ $width } × { $height } पिक्सेल)। कम गुणस्तरको सेटिङमा फोटो खिच्नुहोस्, वा सानो प्रति छान्नुहोस्।
error-evidence-file-too-big = फाइल धेरै ठूलो छ ({ $megabytes } MB)। सीमा 32 MB हो। सानो फाइल छान्नुहोस्।
error-evidence-encode-failed = Carnet ले फोटो सेभ गर्न सकेन। कृपया फेरि प्रयास गर्नुहोस्। फेरि भयो भने, कृपया Carnet बनाउनेहरूलाई भन्नुहोस्।

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» हबको ठेगाना होइन। हबको ठेगाना यस्तो देखिन्छ: http://192.168.1.10:8470। केन्द्रलाई सोध्नुहोस्।
error-sync-no-hub = यो लगबुकका लागि अहिलेसम्म कुनै हब सेट गरिएको छैन। केन्द्रसँग उनीहरूको हबको ठेगाना सोध्नुहोस्।
error-sync-unreachable = Carnet { $url } को हबसम्म पुग्न सक्दैन। तपाईंको लगबुक यो डिभाइसमा सुरक्षित छ। केन्द्रको नेटवर्कमा जोडिएपछि फेरि प्रयास गर्नुहोस्।
error-sync-refused = हबले यो लगबुकका लागि यो डिभाइस स्वीकार गर्दैन। तपाईंले यो डिभाइस लगबुकबाट हटाउनुभएको हो भने, यो स्वाभाविक हो। नत्र केन्द्रलाई सोध्नुहोस्।
error-sync-unknown-logbook = हबसँग अहिलेसम्म यो लगबुकको प्रति छैन। पहिले तपाईंको लगबुक भएको डिभाइस सिंक गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-sync-rate-limited = हब व्यस्त छ। { $seconds } सेकेन्ड पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्। तपाईंको लगबुक यो डिभाइसमा सुरक्षित छ।
error-sync-hub-full = हबमा तपाईंको लगबुकका लागि ठाउँ बाँकी छैन। तपाईंको लगबुक यो डिभाइसमा सुरक्षित छ। केन्द्रलाई सोध्नुहोस्।
error-sync-hub-error = हबमा समस्या भयो ({ $status } { $code })। तपाईंको लगबुक यो डिभाइसमा सुरक्षित छ। पछि फेरि प्रयास गर्नुहोस्, वा केन्द्रलाई सोध्नुहोस्।
error-sync-protocol = हबले Carnet को यो संस्करणले पढ्न नसक्ने कुरा पठायो। तपाईंको लगबुक यो डिभाइसमा सुरक्षित छ। Carnet अपडेट गर्नुहोस्, वा केन्द्रलाई सोध्नुहोस्।
error-sync-forged = हबले बिग्रेको वा कसैले बदलेको परिवर्तन पठायो। Carnet ले त्यो प्रयोग गरेन, र तपाईंको लगबुक बदलिएन। केन्द्रलाई भन्नुहोस्।
error-sync-incomplete = हबले पठाउनुपर्ने सबै परिवर्तन पठाएन। Carnet ले ती प्रयोग गरेन, र तपाईंको लगबुक बदलिएन। पछि फेरि प्रयास गर्नुहोस्, वा केन्द्रलाई भन्नुहोस्।
error-sync-unknown-epoch = यो डिभाइससँग तपाईंको लगबुकको नयाँ कुञ्जी छैन, त्यसैले हबमा भएको कुरा पढ्न सक्दैन। तपाईंले यो डिभाइस हटाउनुभएको हो भने, यो स्वाभाविक हो। नत्र, यसलाई फेरि जोड्नुहोस्।
error-sync-rolled-back = हबले केही डेटा गुमाएको छ। यो डिभाइसमा तपाईंको लगबुक पूरा छ र बदलिएको छैन। केन्द्रलाई भन्नुहोस्।
error-sync-pairing-code = यो जोड्ने कोड होइन, वा यसको केही भाग छुटेको छ। अर्को डिभाइसमा कोड फेरि देखाउनुहोस्, र पूरै स्क्यान गर्नुहोस् वा लेख्नुहोस्।
error-sync-pairing-expired = यो जोड्ने कोड धेरै पुरानो भयो। अर्को डिभाइसमा नयाँ कोड देखाउनुहोस्।
error-sync-pairing-taken = अर्को डिभाइसले पहिले नै यो कोडको जवाफ दिइसक्यो। केही साझा भएन। अर्को डिभाइसमा नयाँ कोड देखाउनुहोस् र फेरि प्रयास गर्नुहोस्।
error-sync-pairing-refused = तपाईंको अर्को डिभाइसले यो जोड्न अस्वीकार गर्‍यो। केही साझा भएन।
error-sync-remove-self = यो तपाईंले प्रयोग गरिरहेकै डिभाइस हो। यसलाई हटाउन, आफ्नो अर्को डिभाइसबाट गर्नुहोस्।
error-sync-cancelled = तपाईंले अर्को डिभाइसको प्रतीक्षा रोक्नुभयो। केही साझा भएन। दुवै डिभाइस तयार भएपछि फेरि सुरु गर्नुहोस्।

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = यो Carnet रिकभरी पानाको चारकुने कोड होइन, वा Carnet ले पूरै पढ्न सकेन। पूरै कोडको सफा फोटो खिच्नुहोस्, वा 12 शब्द लेख्नुहोस्।
error-sync-recovery-words = { $problem ->
    [count] रिकभरी पानामा 12 शब्द हुन्छन्; तपाईंले { $position } दिनुभयो। सबै 12 क्रमैसँग लेख्नुहोस्।
    [unknown] शब्द नम्बर { $position } रिकभरी पानाको शब्द होइन। पानामा यसको हिज्जे हेर्नुहोस्।
   *[other] शब्दहरू आपसमा मिल्दैनन्: एउटा गलत छ, वा दुईको ठाउँ साटिएको छ। पानामा हरेक शब्द जाँच्नुहोस्।
}
error-sync-recovery-no-box = हबसँग यो रिकभरी पानाका लागि केही छैन। नयाँ पानाले यसको ठाउँ लिएको हुन सक्छ, वा पाना अर्कै हबको हो। आफ्नो सबैभन्दा नयाँ पाना प्रयोग गर्नुहोस्।
error-sheet-write = Carnet ले पाना { $path } मा लेख्न सकेन। फोल्डर र खाली ठाउँ जाँच्नुहोस्। ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ले आफ्नो ESCO डेटा फाइल भेट्टाउन सक्दैन ({ $path })। Carnet फेरि इन्स्टल गर्नुहोस्।
error-taxonomy-damaged = Carnet को ESCO डेटा फाइल बिग्रेको छ ({ $reason })। Carnet फेरि इन्स्टल गर्नुहोस्।
error-unknown-concept = «{ $concept }» नामको कुनै ESCO सीप वा पेशा छैन। यसको ठेगाना carnet esco search ले खोज्नुहोस्।
error-not-an-occupation = «{ $concept }» ESCO सीप हो, पेशा होइन। पेशा carnet esco search --kind occupation ले खोज्नुहोस्।

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet ले यो तस्बिरमा चारकुने कोड भेटेन। पूरै कोडको सफा फोटो खिच्नुहोस्, वा बरु कोड लेख्नुहोस्।
error-save-file = Carnet ले फाइल { $path } मा सेभ गर्न सकेन। खाली ठाउँ जाँच्नुहोस्। ({ $reason })

## Voice notes

error-evidence-not-audio = यो फाइल आवाजको रेकर्डिङ होइन। Carnet ले WebM, Ogg, MP4, M4A, AAC, MP3 र WAV आवाज फाइल लिन्छ।
error-evidence-audio-is-video = यो फाइल भिडियो हो। Carnet ले आवाज मात्र राख्छ। आवाज नोट रेकर्ड गर्नुहोस्, वा आवाजको फाइल छान्नुहोस्।
error-evidence-audio-too-big = आवाजको फाइल धेरै ठूलो छ ({ $megabytes } MB)। सीमा 5 MB हो। छोटो आवाज नोट रेकर्ड गर्नुहोस्।
error-evidence-audio-damaged = आवाजको फाइल बिग्रेको वा अधुरो छ। फेरि रेकर्ड गर्नुहोस् वा छान्नुहोस्।
error-evidence-not-evidence = यो फाइल न फोटो हो न आवाजको रेकर्डिङ। Carnet ले फोटो (JPEG, PNG, WebP) र आवाज फाइल (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) लिन्छ।
error-microphone-denied = Carnet ले माइक्रोफोन प्रयोग गर्न पाउँदैन। आफ्नो फोनको सेटिङमा अनुमति दिनुहोस्, वा आवाजको फाइल जोड्नुहोस्।
error-microphone-failed = Carnet ले रेकर्ड गर्न सकेन। फेरि प्रयास गर्नुहोस्, वा आवाजको फाइल जोड्नुहोस्।
error-recording-empty = केही रेकर्ड भएन। फेरि प्रयास गर्नुहोस् र बटन थिचेपछि बोल्नुहोस्।
error-evidence-missing = यो फोटो वा आवाज नोट अहिले यो डिभाइसमा छैन ({ $sha })। पाउन सिंक गर्नुहोस्।
