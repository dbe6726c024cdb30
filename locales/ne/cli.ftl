# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = कसरी लेख्ने:
cli-help-commands = कमान्डहरू:
cli-help-arguments = के दिने:
cli-help-options = विकल्पहरू:
cli-help-examples = उदाहरणहरू:

## Help: the whole program

cli-about = Carnet ले तपाईं के गर्न सक्नुहुन्छ त्यसको रेकर्ड राख्छ: सीप, काम, भाषा, डिप्लोमा र कोर्स। रेकर्ड तपाईंको डिभाइसमै रहन्छ, तपाईंको पासफ्रेजले बन्द।

cli-examples =
    लगबुक सुरु गर्नुहोस्:       carnet init
    सीप थप्नुहोस्:              carnet add skill --title "Welding" --level advanced
    आफ्ना प्रविष्टि हेर्नुहोस्:   carnet list
    एउटा प्रविष्टि हेर्नुहोस्:    carnet show 3f2a
    कमान्डको सहायता:           carnet add --help

cli-opt-data-dir = तपाईंको लगबुक राखिएको फोल्डर। तपाईं CARNET_DATA_DIR पनि सेट गर्न सक्नुहुन्छ।
cli-opt-json = अरू प्रोग्रामका लागि JSON मा जवाफ दिनुहोस्।
cli-opt-lang = Carnet का सन्देशको भाषा, जस्तै ar, fa, fr, uk वा en।
cli-opt-help = यो सहायता देखाउनुहोस्।
cli-opt-version = Carnet को संस्करण देखाउनुहोस्।

## Help: commands

cli-cmd-init = पासफ्रेजले बन्द गरिएको नयाँ लगबुक बनाउनुहोस्।
cli-cmd-passphrase = आफ्नो लगबुकको पासफ्रेज बदल्नुहोस्।
cli-cmd-passphrase-change = आफ्नो पासफ्रेज बदल्नुहोस्। पहिले पुरानो लेख्नुहोस्, अनि नयाँ दुई पटक।
cli-cmd-profile = आफ्नो प्रोफाइल हेर्नुहोस् वा बदल्नुहोस्: तपाईंको नाम, देशहरू, भाषाहरू।
cli-cmd-profile-show = आफ्नो प्रोफाइल देखाउनुहोस्।
cli-cmd-profile-set = आफ्नो प्रोफाइल बदल्नुहोस्। कुनै कुरा खाली गर्न खाली मान दिनुहोस्, जस्तै --contact ""।
cli-cmd-add = प्रविष्टि थप्नुहोस्: सीप, योग्यता, कामको अनुभव, भाषा वा कोर्स।
cli-cmd-list = आफ्ना प्रविष्टिहरूको सूची देखाउनुहोस्।
cli-cmd-show = एउटा प्रविष्टिबारे सबै देखाउनुहोस्।
cli-cmd-edit = कुनै प्रविष्टि बदल्नुहोस्।
cli-cmd-rm = कुनै प्रविष्टि मेट्नुहोस्।
cli-cmd-search = केही शब्द भएका प्रविष्टिहरू खोज्नुहोस्।
cli-cmd-detach = कुनै प्रविष्टिबाट फोटो वा आवाज नोट हटाउनुहोस्। अर्को प्रविष्टिले नदेखाएसम्म यो यो डिभाइसबाट पनि मेटिन्छ।
cli-cmd-attach = कुनै प्रविष्टिमा कागजको फोटो थप्नुहोस्, जस्तै डिप्लोमा, प्रमाणपत्र वा कामको कागज। वा आवाज नोट थप्नुहोस्: सीपबारे तपाईंले बोलेको आवाजको फाइल।
cli-cmd-export = आफ्नो पूरा लगबुक अरू प्रोग्रामले पढ्न सक्ने फाइलमा लेख्नुहोस्।
cli-cmd-import = Carnet को निर्यात फाइल आफ्नो लगबुकमा पढ्नुहोस्। तपाईंको लगबुकबाट केही मेटिँदैन।
cli-cmd-devices = तपाईंको लगबुक भएका डिभाइसहरू।
cli-cmd-devices-list = तपाईंको लगबुक भएका डिभाइसहरू देखाउनुहोस्।
cli-cmd-devices-remove = कुनै डिभाइसबाट आफ्नो लगबुक हटाउनुहोस्, जस्तै हराएको फोन। त्यसले अबदेखि तपाईंले थप्ने केही पनि पढ्न सक्दैन।
cli-cmd-pair = आफ्नो लगबुक आफ्नो अर्को डिभाइसमा राख्नुहोस्, जस्तै नयाँ फोन।
cli-cmd-pair-show = तपाईंको लगबुक भएको डिभाइसमा: नयाँ डिभाइसका लागि कोड देखाउनुहोस्, अनि अनुमति दिनुहोस्।
cli-cmd-pair-join = नयाँ डिभाइसमा: अर्को डिभाइसले देखाएको कोडले आफ्नो लगबुक पाउनुहोस्।
cli-cmd-sync = आफ्ना परिवर्तन केन्द्रको हबमा पठाउनुहोस् र अरू डिभाइसमा गरिएका परिवर्तन पाउनुहोस्। हबले पढ्न नसक्ने बन्द प्रति मात्र राख्छ।

## Help: what to give to the commands

cli-arg-kind = प्रविष्टिको प्रकार: skill (सीप), qualification (योग्यता), experience (काम), language (भाषा) वा learning (कोर्स)।
cli-arg-title = छोटो नाम, जस्तै "Welding" वा "Driving licence B"।
cli-arg-description = यसबारे थप शब्द, चाहनुहुन्छ भने।
cli-arg-level = तपाईं कति राम्रो हुनुहुन्छ। सीप वा कामका लागि: basic, intermediate, advanced वा expert। भाषाका लागि: A1 (सुरुवात) देखि C2 (धेरै राम्रो)। योग्यता वा कोर्सका लागि: यसको EQF तह, 1 देखि 8।
cli-arg-eqf = डिप्लोमा वा कोर्सको EQF तह, 1 देखि 8, थाहा छ भने।
cli-arg-from = कहिले सुरु भयो: वर्ष (2019), महिना (2019-05) वा दिन (2019-05-14)।
cli-arg-to = कहिले सकियो, उसैगरी लेखिएको। अझै चलिरहेको छ भने छोड्नुहोस्।
cli-arg-organisation = रोजगारदाता, विद्यालय वा तालिम केन्द्र।
cli-arg-place = सहर वा ठाउँ।
cli-arg-country = देश, दुई अक्षरमा, जस्तै SY, AF, DE।
cli-arg-context = तपाईंले यो कसरी सिक्नुभयो: formal (विद्यालय, डिप्लोमा), non-formal (कोर्स) वा informal (गरेरै)।
cli-arg-written-in = तपाईंले यो प्रविष्टि लेखेको भाषा, छोटो कोडमा, जस्तै ar वा en।
cli-arg-esco = सीप वा जागिरको ESCO ठेगाना, थाहा छ भने।
cli-arg-isco = ISCO-08 जागिर कोड (1 देखि 4 अङ्क), थाहा छ भने।
cli-arg-stage = तपाईंको यात्रामा यो कहिले काम लाग्छ: recruitment, pre-departure, arrival, career वा return। एकभन्दा बढी दिन सक्नुहुन्छ।

cli-arg-list-kind = यो प्रकारका प्रविष्टि मात्र देखाउनुहोस्: skill, qualification, experience, language वा learning।
cli-arg-list-stage = यो चरणका प्रविष्टि मात्र देखाउनुहोस्: recruitment, pre-departure, arrival, career वा return।

cli-arg-id = प्रविष्टिको id। पहिलो 4 वा बढी अक्षर पुग्छन्। ids हेर्न लेख्नुहोस्: carnet list
cli-arg-set = एउटा परिवर्तन, FIELD=VALUE रूपमा, जस्तै level=advanced। थप बदल्न फेरि दिनुहोस्। खाली मानले खण्ड खाली गर्छ। खण्डहरू: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco।
cli-arg-text = खोज्ने शब्दहरू।
cli-arg-evidence = हटाउने फोटो वा आवाज नोट: यसको id, जसरी carnet show र carnet attach ले देखाउँछन् (पहिलो 8 वा बढी अक्षर पुग्छन्)।
cli-arg-photo = फोटो (JPEG, PNG वा WebP) वा आवाजको फाइल (WebM, Ogg, MP4, M4A, AAC, MP3 वा WAV, 5 MB सम्म)। Carnet ले फाइलभित्र हेरेर कुन हो थाहा पाउँछ। यसले लुकेको जानकारी हटाउँछ, जस्तै फोटो खिचेको ठाउँ।
cli-arg-format = फाइलको प्रकार। अहिले json मात्र।
cli-arg-file = पढ्ने निर्यात फाइल।

cli-arg-name = तपाईंको नाम, अरूले जसरी देखून् भन्ने चाहनुहुन्छ।
cli-arg-birth-date = तपाईंको जन्म मिति: 1990, 1990-05 वा 1990-05-14।
cli-arg-origin = तपाईं आएको देश, दुई अक्षरमा, जस्तै SY, AF, ER।
cli-arg-current = तपाईं अहिले बस्ने देश, दुई अक्षरमा, जस्तै DE, FR।
cli-arg-contact = मानिसहरूले तपाईंलाई कसरी सम्पर्क गर्ने, जस्तै फोन नम्बर वा इमेल।
cli-arg-language = तपाईंलाई आउने भाषा, छोटो कोडमा, जस्तै ar, fa-AF वा en। तलका विकल्पहरू यही भाषाबारे हुन्।
cli-arg-mother-tongue = यो भाषा तपाईंको मातृभाषा हो।
cli-arg-not-mother-tongue = यो भाषा तपाईंको मातृभाषा होइन।
cli-arg-listening = बोल्ने मानिसलाई तपाईं कति राम्रोसँग बुझ्नुहुन्छ: A1 (सुरुवात) देखि C2 (धेरै राम्रो)।
cli-arg-reading = तपाईं कति राम्रोसँग पढ्नुहुन्छ: A1 देखि C2।
cli-arg-spoken-interaction = कुराकानीमा तपाईं कति राम्रोसँग भाग लिनुहुन्छ: A1 देखि C2।
cli-arg-spoken-production = तपाईं आफैँ कति राम्रोसँग बोल्नुहुन्छ: A1 देखि C2।
cli-arg-writing = तपाईं कति राम्रोसँग लेख्नुहुन्छ: A1 देखि C2।
cli-arg-remove-language = प्रोफाइलबाट कुनै भाषा हटाउनुहोस्।
cli-arg-hub = केन्द्रको हबको ठेगाना, जस्तै http://192.168.1.10:8470। Carnet ले यो सम्झन्छ।
cli-arg-device-id = डिभाइसको id, जसरी यसले देखाउँछ: carnet devices list (पहिलो 4 वा बढी अक्षर पुग्छन्)।
cli-arg-pair-approve = नयाँ डिभाइसले यो कोड देखाएमा नसोधी अनुमति दिनुहोस् (सहयोगी र स्क्रिप्टका लागि)।
cli-arg-pair-code = तपाईंको अर्को डिभाइसले देखाएको कोड। यो CNP1: बाट सुरु हुन्छ
cli-arg-pair-name = यो डिभाइसको नाम, ताकि अर्कोमा चिन्न सकियोस् (जस्तै "Amal's phone")।
cli-arg-sync-status = अन्तिम सिंक कहिले भयो र कति परिवर्तन बाँकी छन् मात्र देखाउनुहोस्। केही पठाइँदैन।
cli-arg-sync-watch = सिंक गरिरहनुहोस्। हबसम्म पुग्न नसकिए, पछि फेरि प्रयास गर्नुहोस्, हरेक पटक बढी पर्खेर।
cli-arg-sync-every = --watch सँग: दुई सिंकबीच कति सेकेन्ड पर्खने (नदिए 300)।

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = कम्तीमा { $min } अक्षरको पासफ्रेज छान्नुहोस्। लगबुक खोल्दा हरेक पटक यो चाहिन्छ। कसैले पनि यो तपाईंलाई फिर्ता दिन सक्दैन।
cli-passphrase-prompt = पासफ्रेज:
cli-passphrase-new-prompt = नयाँ पासफ्रेज:
cli-passphrase-repeat-prompt = नयाँ पासफ्रेज फेरि लेख्नुहोस्:
cli-passphrase-changed = तपाईंको पासफ्रेज बदलियो। अबदेखि नयाँ प्रयोग गर्नुहोस्।

## Answers

cli-init-done = तपाईंको लगबुक तयार छ। यो यो फोल्डरमा छ: { $dir }
cli-init-next = आफ्नो पासफ्रेज सुरक्षित राख्नुहोस्। यसबिना कसैले पनि तपाईंको लगबुक खोल्न सक्दैन, तपाईंले पनि। अब तपाईं के गर्न सक्नुहुन्छ थप्नुहोस्, जस्तै: carnet add skill --title "Cooking"

cli-list-empty = तपाईंको लगबुकमा अहिलेसम्म कुनै प्रविष्टि छैन। थप्न लेख्नुहोस्: carnet add skill --title "Cooking"
cli-list-none-match = तपाईंले मागेसँग कुनै प्रविष्टि मिल्दैन।
cli-search-none = कुनै प्रविष्टिमा यी शब्द छैनन्। अरू शब्द प्रयास गर्नुहोस्, वा लेख्नुहोस्: carnet list

cli-edit-saved = तपाईंको परिवर्तन सेभ भयो।
cli-rm-done = मेटियो: { $title }
cli-detached = फोटो वा आवाज नोट प्रविष्टिबाट हटाइयो।

cli-profile-saved = तपाईंको प्रोफाइल सेभ भयो।
cli-profile-empty = तपाईंको प्रोफाइल खाली छ। आफ्नो नाम थप्न लेख्नुहोस्: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 प्रविष्टि थपियो।
   *[other] { $count } प्रविष्टिहरू थपिए।
}
cli-import-updated = { $count ->
    [one] 1 प्रविष्टि अपडेट भयो।
   *[other] { $count } प्रविष्टिहरू अपडेट भए।
}
cli-import-unchanged = { $count ->
    [one] 1 प्रविष्टि पहिले नै उस्तै थियो।
   *[other] { $count } प्रविष्टिहरू पहिले नै उस्तै थिए।
}
cli-import-profile-updated = तपाईंको प्रोफाइल पनि अपडेट भयो।
cli-import-missing-photos = { $count ->
    [one] 1 फोटो यो डिभाइसमा छैन। निर्यात फाइलमा फोटो हुँदैनन्। यसलाई फेरि थप्नुहोस्: carnet attach
   *[other] { $count } फोटोहरू यो डिभाइसमा छैनन्। निर्यात फाइलमा फोटो हुँदैनन्। यिनलाई फेरि थप्नुहोस्: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = प्रकार
cli-show-added = थपिएको
cli-show-changed = बदलिएको
cli-show-evidence = फोटो र आवाज नोट
cli-show-photo = { $sha }  { $width } × { $height } पिक्सेल, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } पिक्सेल, यो डिभाइसमा छैन
cli-show-voice = { $sha }  आवाज नोट, { $kilobytes } KB
cli-show-voice-missing = { $sha }  आवाज नोट, यो डिभाइसमा छैन
cli-show-conflicts = अर्को डिभाइसले पनि लेख्यो:
cli-show-conflicts-hint = यीमध्ये एउटा राख्न लेख्नुहोस्: carnet edit { $id } --set FIELD=VALUE

cli-field-title = शीर्षक
cli-field-description = विवरण
cli-field-written-in = लेखिएको भाषा
cli-field-esco = ESCO
cli-field-isco = ISCO-08 जागिर कोड
cli-field-level = तह
cli-field-eqf = EQF तह
cli-field-organisation = संस्था
cli-field-place = ठाउँ
cli-field-country = देश
cli-field-from = देखि
cli-field-to = सम्म
cli-field-context = कसरी सिक्नुभयो
cli-field-stages = चरणहरू

cli-kind-skill = सीप
cli-kind-qualification = योग्यता
cli-kind-experience = अनुभव
cli-kind-language = भाषा
cli-kind-learning = कोर्स

cli-context-formal = औपचारिक (विद्यालय, डिप्लोमा)
cli-context-non-formal = गैरऔपचारिक (कोर्स)
cli-context-informal = अनौपचारिक (गरेरै)

cli-stage-recruitment = भर्ना
cli-stage-pre-departure = जानुअघि
cli-stage-arrival = पुगेपछि
cli-stage-career = काम
cli-stage-return = फर्कने

cli-proficiency-basic = सुरुको
cli-proficiency-intermediate = मध्यम
cli-proficiency-advanced = राम्रो
cli-proficiency-expert = विज्ञ

cli-level-eqf = EQF तह { $level }

cli-profile-name = नाम
cli-profile-birth-date = जन्म मिति
cli-profile-origin = कहाँबाट
cli-profile-current = कहाँ बस्छन्
cli-profile-contact = सम्पर्क
cli-profile-languages = भाषाहरू
cli-profile-mother-tongue = { $language } (मातृभाषा)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = सुन्ने { $level }
cli-cefr-reading = पढ्ने { $level }
cli-cefr-spoken-interaction = अरूसँग कुराकानी { $level }
cli-cefr-spoken-production = बोल्ने { $level }
cli-cefr-writing = लेख्ने { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet लाई यहाँ «{ $arg }» थाहा छैन।
cli-error-unknown-command = «{ $command }» भन्ने कमान्ड छैन।
cli-error-invalid-value = «{ $value }» { $arg } का लागि प्रयोग गर्न मिल्दैन।
cli-error-missing-value = { $arg } पछि एउटा मान चाहिन्छ।
cli-error-valid-values = तपाईं यी प्रयोग गर्न सक्नुहुन्छ: { $values }
cli-error-missing-argument = केही छुट्यो: { $arg }
cli-error-missing-command = «{ $command }» पछि Carnet ले के गर्ने भन्नुहोस्।
cli-error-valid-commands = कमान्डहरू यी हुन्: { $commands }
cli-error-conflict = { $arg } लाई { $other } सँगै प्रयोग गर्न मिल्दैन।
cli-error-no-equals = { $arg } लाई बराबर चिन्हसँग लेख्नुहोस् र मान त्यसको लगत्तै।
cli-error-too-many-values = { $arg } ले कम मान लिन्छ। «{ $value }» एउटा बढी भयो।
cli-error-wrong-number-of-values = { $arg } का मानको सङ्ख्या गलत छ।
cli-error-invalid-utf8 = तपाईंले लेखेका केही अक्षर Carnet ले पढ्न सक्दैन। फेरि लेख्नुहोस्।
cli-error-did-you-mean = के तपाईंको मतलब { $suggestion } हो?
cli-error-usage = Carnet ले यो कमान्ड बुझेन।
cli-error-usage-hint = के लेख्न सकिन्छ हेर्न { $command } --help लेख्नुहोस्।
cli-error-set-format = «{ $value }» परिवर्तन होइन। FIELD=VALUE लेख्नुहोस्, जस्तै --set level=advanced
cli-error-nothing-to-change = बदल्ने केही छैन। कम्तीमा एउटा विकल्प दिनुहोस्, जस्तै --name "Your name"।

cli-error-passphrase-unavailable = Carnet लाई पासफ्रेज चाहिन्छ तर यहाँ सोध्न सक्दैन। Carnet टर्मिनलमा चलाउनुहोस्, वा { $variable } सेट गर्नुहोस्।
cli-error-passphrase-mismatch = दुई पासफ्रेज एउटै छैनन्। केही बदलिएन। कृपया फेरि प्रयास गर्नुहोस्।
cli-error-read-file = Carnet ले { $path } फाइल पढ्न सक्दैन। फाइलको नाम र फोल्डर हेर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
cli-error-no-data-dir = Carnet ले तपाईंको लगबुकका लागि फोल्डर भेट्टाउन सक्दैन। --data-dir ले एउटा छान्नुहोस्, जस्तै --data-dir ./carnet
cli-error-output = Carnet ले आफ्नो जवाफ लेख्न सकेन। डिस्क भरिएको छैन कि हेर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
cli-error-details = सहयोगीका लागि विवरण: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = बनाउन लेख्नुहोस्: carnet init
cli-hint-already-exists = यसमा के छ हेर्न लेख्नुहोस्: carnet list। दोस्रो लगबुकका लागि --data-dir ले अर्को फोल्डर छान्नुहोस्।
cli-hint-not-found = ids हेर्न लेख्नुहोस्: carnet list
cli-hint-ambiguous-id = ids हेर्न लेख्नुहोस्: carnet list
cli-hint-import-format = यसबाट बनेको फाइल छान्नुहोस्: carnet export --format json
cli-hint-invalid-field = खण्डहरूको सूचीका लागि लेख्नुहोस्: carnet edit --help

## carnet sync

cli-sync-phase-sending = पठाउँदै
cli-sync-phase-receiving = प्राप्त गर्दै
cli-sync-phase-photos = फोटोहरू
cli-sync-done = { $hub } सँग सिंक भयो।
cli-sync-changes = { $sent ->
    [one] 1 परिवर्तन पठाइयो
   *[other] { $sent } परिवर्तन पठाइए
}, { $received ->
    [one] 1 परिवर्तन प्राप्त भयो।
   *[other] { $received } परिवर्तन प्राप्त भए।
}
cli-sync-photos = { $sent ->
    [one] 1 फोटो पठाइयो
   *[other] { $sent } फोटो पठाइए
}, { $received ->
    [one] 1 फोटो प्राप्त भयो।
   *[other] { $received } फोटो प्राप्त भए।
}
cli-sync-bytes = प्रयोग भएको डेटा: { $up } KB माथि, { $down } KB तल।
cli-sync-retry = फेरि प्रयास { $seconds ->
    [one] 1 सेकेन्डमा।
   *[other] { $seconds } सेकेन्डमा।
}
cli-sync-status-hub = हब: { $hub }
cli-sync-status-last = अन्तिम सिंक: { $when }
cli-sync-status-pending = { $count ->
    [0] कुनै परिवर्तन बाँकी छैन।
    [one] 1 परिवर्तन पठाउन बाँकी छ।
   *[other] { $count } परिवर्तन पठाउन बाँकी छन्।
}
cli-sync-no-hub = अहिलेसम्म छैन
cli-sync-never = कहिल्यै होइन
cli-hint-sync-no-hub = सेट गर्न लेख्नुहोस्: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = तपाईंका परिवर्तन सुरक्षित छन्। पछि फेरि प्रयास गर्न लेख्नुहोस्: carnet sync

## carnet pair

cli-pair-show-scan = यो कोड आफ्नो नयाँ डिभाइसले स्क्यान गर्नुहोस्, वा त्यहाँ तलको पाठ लेख्नुहोस्।
cli-pair-show-expires = कोड 10 मिनेट चल्छ।
cli-pair-show-request = «{ $name }» डिभाइसले तपाईंको लगबुक चाहन्छ। यसको कोड { $fingerprint } हो।
cli-pair-show-ask = के तपाईंको नयाँ डिभाइसले यही कोड देखाउँदैछ? अनुमति दिन yes लेख्नुहोस्, वा no।
cli-pair-yes = yes
cli-pair-show-approved = «{ $name }» सँग अब तपाईंको लगबुक छ।
cli-pair-show-refused = तपाईंले होइन भन्नुभयो। «{ $name }» ले केही पाएन।
cli-pair-default-name = नयाँ डिभाइस
cli-pair-join-check = तपाईंको अर्को डिभाइसले यो कोड देखाउनुपर्छ: { $fingerprint }। त्यहाँ अनुमति दिनुहोस्।
cli-pair-join-done = { $count ->
    [one] यो डिभाइसमा अब तपाईंको लगबुक छ, 1 प्रविष्टिसहित।
   *[other] यो डिभाइसमा अब तपाईंको लगबुक छ, { $count } प्रविष्टिसहित।
}

## carnet devices

cli-devices-none = अहिलेसम्म कुनै डिभाइसले यो लगबुक सिंक गरेको छैन।
cli-devices-line = { $id }  { $name }  ({ $added } देखि)
cli-devices-this = ← यो डिभाइस
cli-devices-removed = (हटाइएको { $when })
cli-devices-removed-done = «{ $name }» हटाइयो। तपाईंको लगबुकसँग अब नयाँ कुञ्जी छ, जुन त्यो डिभाइससँग छैन।
cli-devices-new-sheet = तपाईंको रिकभरी पानामा पुरानो कुञ्जी छ। अहिल्यै नयाँ छाप्नुहोस् र पुरानो नष्ट गर्नुहोस्: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = रिकभरी पाना छाप्नुहोस्: यो र तपाईंको पासफ्रेजले, यो फोन हराए तपाईं आफ्नो लगबुक नयाँ फोनमा फिर्ता ल्याउन सक्नुहुन्छ।
cli-cmd-recover = नयाँ डिभाइसमा: आफ्नो रिकभरी पाना र पासफ्रेजले लगबुक फिर्ता ल्याउनुहोस्।
cli-arg-recovery-out = पाना लेख्ने फाइल। यसको नाम .png वा .pdf मा टुङ्गिनुपर्छ।
cli-arg-recover-sheet = तपाईंको रिकभरी पानाको फोटो वा स्क्यान (PNG वा JPEG)। Carnet ले यसको चारकुने कोड पढ्छ।
cli-arg-recover-words = तपाईंको रिकभरी पानाका 12 शब्द, क्रमैसँग, उद्धरण चिन्हभित्र। --hub पनि दिनुहोस्।
cli-arg-recover-hub = तपाईंको रिकभरी पानामा छापिएको हबको ठेगाना, जस्तै http://192.168.1.10:8470।
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ले पाना .png वा .pdf फाइलको रूपमा लेख्न सक्छ, «{ $path }» को रूपमा होइन।
cli-recovery-sheet-done = तपाईंको रिकभरी पाना { $path } मा छ। यसलाई छाप्नुहोस् र कागज सुरक्षित ठाउँमा राख्नुहोस्, फोनबाट टाढा।
cli-recovery-sheet-english = पाना अंग्रेजीमा छ: Carnet ले अझै यसमा तपाईंको भाषाका अक्षर ठीकसँग बनाउन सक्दैन।
cli-recovery-sheet-replaced = पहिले छापेको कुनै पनि पानाले अब काम गर्दैन। त्यसलाई नष्ट गर्नुहोस्।
cli-recover-done = { $count ->
    [one] तपाईंको लगबुक यो डिभाइसमा फर्कियो: { $count } प्रविष्टि।
   *[other] तपाईंको लगबुक यो डिभाइसमा फर्कियो: { $count } प्रविष्टिहरू।
}
cli-passphrase-sheet-updated = तपाईंको रिकभरी पानाले अझै काम गर्छ, तपाईंको नयाँ पासफ्रेजसँग।
cli-passphrase-sheet-not-updated = तपाईंको रिकभरी पाना हबमा अपडेट हुन सकेन। नयाँ नछापेसम्म यसलाई पुरानो पासफ्रेज चाहिन्छ। जोडिएको बेला नयाँ पाना छाप्नुहोस्: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet रिकभरी पाना
cli-sheet-made = बनाएको मिति { $date }
cli-sheet-hub = हब: { $hub }
cli-sheet-words = तपाईंका 12 शब्द
cli-sheet-instructions =
    यो कागज सुरक्षित राख्नुहोस्। यो र तपाईंको पासफ्रेजले तपाईं लगबुक नयाँ फोनमा फिर्ता ल्याउन सक्नुहुन्छ:
    1. नयाँ फोनमा Carnet राख्नुहोस् र लगबुक फिर्ता ल्याउने छान्नुहोस्।
    2. चारकुने कोड स्क्यान गर्नुहोस्, वा 12 शब्द र हबको ठेगाना लेख्नुहोस्।
    3. आफ्नो पासफ्रेज लेख्नुहोस्। लगबुक हबबाट फर्किन्छ।
    कम्प्युटरमा: carnet recover --sheet photo.jpg
cli-sheet-warning = यो कागजले मात्र तपाईंको लगबुक खोल्दैन: तपाईंको पासफ्रेज पनि चाहिन्छ। दुवैलाई सँगै नराख्नुहोस्। नयाँ पाना छाप्नुभयो भने, यसले काम गर्न छोड्छ।
