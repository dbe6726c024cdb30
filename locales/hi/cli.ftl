# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = कैसे लिखें:
cli-help-commands = कमांड:
cli-help-arguments = क्या देना है:
cli-help-options = विकल्प:
cli-help-examples = उदाहरण:

## Help: the whole program

cli-about = Carnet आपके काम का रिकॉर्ड रखता है: हुनर, काम, भाषाएँ, डिप्लोमा और कोर्स। रिकॉर्ड आपके डिवाइस पर रहता है, आपके पासफ़्रेज़ से बंद।

cli-examples =
    लॉगबुक शुरू करें:        carnet init
    हुनर जोड़ें:             carnet add skill --title "Welding" --level advanced
    अपनी एंट्रियाँ देखें:     carnet list
    एक एंट्री देखें:          carnet show 3f2a
    कमांड की मदद:            carnet add --help

cli-opt-data-dir = वह फ़ोल्डर जिसमें आपकी लॉगबुक रखी है। आप CARNET_DATA_DIR भी सेट कर सकते हैं।
cli-opt-json = JSON में जवाब दें, दूसरे प्रोग्रामों के लिए।
cli-opt-lang = Carnet के संदेशों की भाषा, जैसे ar, fa, fr, uk या en।
cli-opt-help = यह मदद दिखाएँ।
cli-opt-version = Carnet का संस्करण दिखाएँ।

## Help: commands

cli-cmd-init = नई लॉगबुक बनाएँ, पासफ़्रेज़ से बंद।
cli-cmd-passphrase = अपनी लॉगबुक का पासफ़्रेज़ बदलें।
cli-cmd-passphrase-change = अपना पासफ़्रेज़ बदलें। पहले पुराना लिखें, फिर नया दो बार।
cli-cmd-profile = अपनी प्रोफ़ाइल देखें या बदलें: आपका नाम, आपके देश, आपकी भाषाएँ।
cli-cmd-profile-show = अपनी प्रोफ़ाइल दिखाएँ।
cli-cmd-profile-set = अपनी प्रोफ़ाइल बदलें। कुछ मिटाने के लिए उसे खाली मान दें, जैसे --contact ""।
cli-cmd-add = एंट्री जोड़ें: हुनर, योग्यता, काम का अनुभव, भाषा या कोर्स।
cli-cmd-list = अपनी एंट्रियों की सूची दिखाएँ।
cli-cmd-show = एक एंट्री के बारे में सब कुछ दिखाएँ।
cli-cmd-edit = कोई एंट्री बदलें।
cli-cmd-rm = कोई एंट्री मिटाएँ।
cli-cmd-search = ऐसी एंट्रियाँ खोजें जिनमें कुछ शब्द हों।
cli-cmd-detach = किसी एंट्री से फ़ोटो या आवाज़ का नोट हटाएँ। यह इस डिवाइस से भी मिट जाता है, जब तक कोई और एंट्री इसे न दिखाए।
cli-cmd-attach = किसी एंट्री में कागज़ की फ़ोटो जोड़ें, जैसे डिप्लोमा, सर्टिफ़िकेट या काम का कागज़। या आवाज़ का नोट जोड़ें: एक आवाज़ की फ़ाइल जिसमें आप हुनर के बारे में बताएँ।
cli-cmd-export = अपनी पूरी लॉगबुक ऐसी फ़ाइल में लिखें जिसे दूसरे प्रोग्राम पढ़ सकें।
cli-cmd-import = Carnet की एक्सपोर्ट फ़ाइल को अपनी लॉगबुक में पढ़ें। आपकी लॉगबुक से कुछ नहीं मिटता।
cli-cmd-devices = वे डिवाइस जिन पर आपकी लॉगबुक है।
cli-cmd-devices-list = वे डिवाइस दिखाएँ जिन पर आपकी लॉगबुक है।
cli-cmd-devices-remove = किसी डिवाइस से अपनी लॉगबुक हटा लें, जैसे खोया हुआ फ़ोन। वह अब से आपकी जोड़ी हुई कोई चीज़ नहीं पढ़ सकेगा।
cli-cmd-pair = अपनी लॉगबुक अपने किसी दूसरे डिवाइस पर रखें, जैसे नया फ़ोन।
cli-cmd-pair-show = जिस डिवाइस पर आपकी लॉगबुक है उस पर: नए डिवाइस के लिए कोड दिखाएँ, फिर इजाज़त दें।
cli-cmd-pair-join = नए डिवाइस पर: अपने दूसरे डिवाइस के दिखाए कोड से अपनी लॉगबुक पाएँ।
cli-cmd-sync = अपने बदलाव सेंटर के हब को भेजें और अपने दूसरे डिवाइस पर किए गए बदलाव पाएँ। हब सिर्फ़ एक बंद कॉपी रखता है जिसे वह पढ़ नहीं सकता।

## Help: what to give to the commands

cli-arg-kind = एंट्री का प्रकार: skill (हुनर), qualification (योग्यता), experience (काम), language (भाषा) या learning (कोर्स)।
cli-arg-title = एक छोटा नाम, जैसे "Welding" या "Driving licence B"।
cli-arg-description = इसके बारे में और शब्द, अगर आप चाहें।
cli-arg-level = आप कितने अच्छे हैं। हुनर या काम के लिए: basic, intermediate, advanced या expert। भाषा के लिए: A1 (शुरुआत) से C2 (बहुत अच्छा)। योग्यता या कोर्स के लिए: उसका EQF स्तर, 1 से 8।
cli-arg-eqf = डिप्लोमा या कोर्स का EQF स्तर, 1 से 8, अगर आप जानते हैं।
cli-arg-from = कब शुरू हुआ: साल (2019), महीना (2019-05) या दिन (2019-05-14)।
cli-arg-to = कब ख़त्म हुआ, उसी तरह लिखा हुआ। अगर अभी चल रहा है तो छोड़ दें।
cli-arg-organisation = नियोक्ता, स्कूल या ट्रेनिंग सेंटर।
cli-arg-place = शहर या जगह।
cli-arg-country = देश, दो अक्षरों में, जैसे SY, AF, DE।
cli-arg-context = आपने यह कैसे सीखा: formal (स्कूल, डिप्लोमा), non-formal (कोर्स) या informal (करके)।
cli-arg-written-in = वह भाषा जिसमें आपने यह एंट्री लिखी, छोटे कोड में, जैसे ar या en।
cli-arg-esco = हुनर या नौकरी का ESCO पता, अगर आप जानते हैं।
cli-arg-isco = ISCO-08 नौकरी कोड (1 से 4 अंक), अगर आप जानते हैं।
cli-arg-stage = आपके सफ़र में यह कब काम आता है: recruitment, pre-departure, arrival, career या return। आप एक से ज़्यादा दे सकते हैं।

cli-arg-list-kind = सिर्फ़ इस प्रकार की एंट्रियाँ दिखाएँ: skill, qualification, experience, language या learning।
cli-arg-list-stage = सिर्फ़ इस चरण की एंट्रियाँ दिखाएँ: recruitment, pre-departure, arrival, career या return।

cli-arg-id = एंट्री की id। पहले 4 या ज़्यादा अक्षर काफ़ी हैं। ids देखने के लिए लिखें: carnet list
cli-arg-set = एक बदलाव, FIELD=VALUE के रूप में, जैसे level=advanced। और बदलने के लिए इसे फिर दें। खाली मान खाने को मिटा देता है। खाने ये हैं: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco।
cli-arg-text = खोजने के शब्द।
cli-arg-evidence = हटाने वाली फ़ोटो या आवाज़ का नोट: उसकी id, जैसे carnet show और carnet attach दिखाते हैं (पहले 8 या ज़्यादा अक्षर काफ़ी हैं)।
cli-arg-photo = एक फ़ोटो (JPEG, PNG या WebP) या आवाज़ की फ़ाइल (WebM, Ogg, MP4, M4A, AAC, MP3 या WAV, 5 MB तक)। Carnet फ़ाइल के अंदर देखकर पता करता है कि यह क्या है। यह छिपी जानकारी हटा देता है, जैसे वह जगह जहाँ फ़ोटो ली गई।
cli-arg-format = फ़ाइल का प्रकार। अभी सिर्फ़ json।
cli-arg-file = पढ़ने वाली एक्सपोर्ट फ़ाइल।

cli-arg-name = आपका नाम, जैसे आप चाहते हैं कि दूसरे देखें।
cli-arg-birth-date = आपकी जन्म तारीख़: 1990, 1990-05 या 1990-05-14।
cli-arg-origin = वह देश जहाँ से आप आए हैं, दो अक्षरों में, जैसे SY, AF, ER।
cli-arg-current = वह देश जहाँ आप अभी रहते हैं, दो अक्षरों में, जैसे DE, FR।
cli-arg-contact = लोग आपसे कैसे संपर्क करें, जैसे फ़ोन नंबर या ईमेल।
cli-arg-language = कोई भाषा जो आप जानते हैं, छोटे कोड में, जैसे ar, fa-AF या en। नीचे के विकल्प इसी भाषा के बारे में हैं।
cli-arg-mother-tongue = यह भाषा आपकी मातृभाषा है।
cli-arg-not-mother-tongue = यह भाषा आपकी मातृभाषा नहीं है।
cli-arg-listening = आप बोलने वालों को कितना अच्छा समझते हैं: A1 (शुरुआत) से C2 (बहुत अच्छा)।
cli-arg-reading = आप कितना अच्छा पढ़ते हैं: A1 से C2।
cli-arg-spoken-interaction = आप बातचीत में कितना अच्छा हिस्सा लेते हैं: A1 से C2।
cli-arg-spoken-production = आप अपने आप कितना अच्छा बोलते हैं: A1 से C2।
cli-arg-writing = आप कितना अच्छा लिखते हैं: A1 से C2।
cli-arg-remove-language = कोई भाषा अपनी प्रोफ़ाइल से हटाएँ।
cli-arg-hub = सेंटर के हब का पता, जैसे http://192.168.1.10:8470। Carnet इसे याद रखता है।
cli-arg-device-id = डिवाइस की id, जैसे यह दिखाता है: carnet devices list (पहले 4 या ज़्यादा अक्षर काफ़ी हैं)।
cli-arg-pair-approve = नए डिवाइस को बिना पूछे इजाज़त दें, अगर वह यह कोड दिखाए (मदद करने वालों और स्क्रिप्ट के लिए)।
cli-arg-pair-code = आपके दूसरे डिवाइस पर दिखा कोड। यह CNP1: से शुरू होता है
cli-arg-pair-name = इस डिवाइस का नाम, ताकि आप इसे दूसरे पर पहचान सकें (जैसे "Amal's phone")।
cli-arg-sync-status = सिर्फ़ दिखाएँ कि आख़िरी सिंक कब हुआ और कितने बदलाव इंतज़ार में हैं। कुछ नहीं भेजा जाता।
cli-arg-sync-watch = सिंक करते रहें। जब हब तक न पहुँच सकें, तो बाद में फिर कोशिश करें, हर बार ज़्यादा इंतज़ार करके।
cli-arg-sync-every = --watch के साथ: दो सिंक के बीच कितने सेकंड रुकें (न दिया जाए तो 300)।

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

cli-passphrase-new-intro = कम से कम { $min } अक्षरों का पासफ़्रेज़ चुनें। हर बार लॉगबुक खोलने के लिए आपको इसकी ज़रूरत होगी। कोई भी इसे आपके लिए वापस नहीं ला सकता।
cli-passphrase-prompt = पासफ़्रेज़:
cli-passphrase-new-prompt = नया पासफ़्रेज़:
cli-passphrase-repeat-prompt = नया पासफ़्रेज़ फिर से लिखें:
cli-passphrase-changed = आपका पासफ़्रेज़ बदल गया है। अब से नया इस्तेमाल करें।

## Answers

cli-init-done = आपकी लॉगबुक तैयार है। यह इस फ़ोल्डर में है: { $dir }
cli-init-next = अपना पासफ़्रेज़ सुरक्षित रखें। इसके बिना कोई भी आपकी लॉगबुक नहीं खोल सकता, आप भी नहीं। अब वह जोड़ें जो आप कर सकते हैं, जैसे: carnet add skill --title "Cooking"

cli-list-empty = आपकी लॉगबुक में अभी कोई एंट्री नहीं है। जोड़ने के लिए लिखें: carnet add skill --title "Cooking"
cli-list-none-match = कोई एंट्री आपकी माँग से मेल नहीं खाती।
cli-search-none = किसी एंट्री में ये शब्द नहीं हैं। दूसरे शब्द आज़माएँ, या लिखें: carnet list

cli-edit-saved = आपका बदलाव सहेजा गया।
cli-rm-done = मिटाया गया: { $title }
cli-detached = फ़ोटो या आवाज़ का नोट एंट्री से हटा दिया गया।

cli-profile-saved = आपकी प्रोफ़ाइल सहेजी गई।
cli-profile-empty = आपकी प्रोफ़ाइल खाली है। अपना नाम जोड़ने के लिए लिखें: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 एंट्री जोड़ी गई।
   *[other] { $count } एंट्रियाँ जोड़ी गईं।
}
cli-import-updated = { $count ->
    [one] 1 एंट्री अपडेट हुई।
   *[other] { $count } एंट्रियाँ अपडेट हुईं।
}
cli-import-unchanged = { $count ->
    [one] 1 एंट्री पहले से वैसी ही थी।
   *[other] { $count } एंट्रियाँ पहले से वैसी ही थीं।
}
cli-import-profile-updated = आपकी प्रोफ़ाइल भी अपडेट हुई।
cli-import-missing-photos = { $count ->
    [one] 1 फ़ोटो इस डिवाइस पर नहीं है। एक्सपोर्ट फ़ाइलों में फ़ोटो नहीं होतीं। इसे फिर से जोड़ें: carnet attach
   *[other] { $count } फ़ोटो इस डिवाइस पर नहीं हैं। एक्सपोर्ट फ़ाइलों में फ़ोटो नहीं होतीं। इन्हें फिर से जोड़ें: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = प्रकार
cli-show-added = जोड़ा गया
cli-show-changed = बदला गया
cli-show-evidence = फ़ोटो और आवाज़ के नोट
cli-show-photo = { $sha }  { $width } × { $height } पिक्सेल, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } पिक्सेल, इस डिवाइस पर नहीं
cli-show-voice = { $sha }  आवाज़ का नोट, { $kilobytes } KB
cli-show-voice-missing = { $sha }  आवाज़ का नोट, इस डिवाइस पर नहीं
cli-show-conflicts = एक और डिवाइस ने भी लिखा:
cli-show-conflicts-hint = इनमें से एक रखने के लिए लिखें: carnet edit { $id } --set FIELD=VALUE

cli-field-title = शीर्षक
cli-field-description = विवरण
cli-field-written-in = किस भाषा में लिखा
cli-field-esco = ESCO
cli-field-isco = ISCO-08 नौकरी कोड
cli-field-level = स्तर
cli-field-eqf = EQF स्तर
cli-field-organisation = संस्था
cli-field-place = जगह
cli-field-country = देश
cli-field-from = से
cli-field-to = तक
cli-field-context = कैसे सीखा
cli-field-stages = चरण

cli-kind-skill = हुनर
cli-kind-qualification = योग्यता
cli-kind-experience = अनुभव
cli-kind-language = भाषा
cli-kind-learning = कोर्स

cli-context-formal = औपचारिक (स्कूल, डिप्लोमा)
cli-context-non-formal = गैर-औपचारिक (कोर्स)
cli-context-informal = अनौपचारिक (करके सीखा)

cli-stage-recruitment = भर्ती
cli-stage-pre-departure = जाने से पहले
cli-stage-arrival = पहुँचना
cli-stage-career = काम
cli-stage-return = वापसी

cli-proficiency-basic = शुरुआती
cli-proficiency-intermediate = मध्यम
cli-proficiency-advanced = अच्छा
cli-proficiency-expert = माहिर

cli-level-eqf = EQF स्तर { $level }

cli-profile-name = नाम
cli-profile-birth-date = जन्म तारीख़
cli-profile-origin = कहाँ से हैं
cli-profile-current = कहाँ रहते हैं
cli-profile-contact = संपर्क
cli-profile-languages = भाषाएँ
cli-profile-mother-tongue = { $language } (मातृभाषा)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = सुनना { $level }
cli-cefr-reading = पढ़ना { $level }
cli-cefr-spoken-interaction = दूसरों से बातचीत { $level }
cli-cefr-spoken-production = बोलना { $level }
cli-cefr-writing = लिखना { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet यहाँ «{ $arg }» नहीं जानता।
cli-error-unknown-command = «{ $command }» नाम की कोई कमांड नहीं है।
cli-error-invalid-value = «{ $value }» को { $arg } के लिए इस्तेमाल नहीं किया जा सकता।
cli-error-missing-value = { $arg } के बाद एक मान चाहिए।
cli-error-valid-values = आप ये इस्तेमाल कर सकते हैं: { $values }
cli-error-missing-argument = कुछ छूट गया है: { $arg }
cli-error-missing-command = बताएँ कि «{ $command }» के बाद Carnet क्या करे।
cli-error-valid-commands = कमांड ये हैं: { $commands }
cli-error-conflict = { $arg } को { $other } के साथ इस्तेमाल नहीं किया जा सकता।
cli-error-no-equals = { $arg } को बराबर के निशान के साथ लिखें और मान उसके ठीक बाद।
cli-error-too-many-values = { $arg } कम मान लेता है। «{ $value }» एक ज़्यादा है।
cli-error-wrong-number-of-values = { $arg } के मानों की गिनती ग़लत है।
cli-error-invalid-utf8 = Carnet आपके लिखे कुछ अक्षर नहीं पढ़ सकता। उन्हें फिर से लिखें।
cli-error-did-you-mean = क्या आपका मतलब { $suggestion } था?
cli-error-usage = Carnet यह कमांड नहीं समझ पाया।
cli-error-usage-hint = आप क्या लिख सकते हैं यह देखने के लिए { $command } --help लिखें।
cli-error-set-format = «{ $value }» कोई बदलाव नहीं है। FIELD=VALUE लिखें, जैसे --set level=advanced
cli-error-nothing-to-change = बदलने को कुछ नहीं है। कम से कम एक विकल्प दें, जैसे --name "Your name"।

cli-error-passphrase-unavailable = Carnet को पासफ़्रेज़ चाहिए लेकिन यहाँ पूछ नहीं सकता। Carnet को टर्मिनल में चलाएँ, या { $variable } सेट करें।
cli-error-passphrase-mismatch = दोनों पासफ़्रेज़ एक जैसे नहीं हैं। कुछ नहीं बदला। कृपया दोबारा कोशिश करें।
cli-error-read-file = Carnet फ़ाइल { $path } नहीं पढ़ सकता। फ़ाइल का नाम और फ़ोल्डर देखें, फिर दोबारा कोशिश करें।
cli-error-no-data-dir = Carnet को आपकी लॉगबुक के लिए फ़ोल्डर नहीं मिल रहा। --data-dir से एक चुनें, जैसे --data-dir ./carnet
cli-error-output = Carnet अपना जवाब नहीं लिख सका। देखें कि डिस्क भरी न हो, फिर दोबारा कोशिश करें।
cli-error-details = मदद करने वाले के लिए जानकारी: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = बनाने के लिए लिखें: carnet init
cli-hint-already-exists = इसमें क्या है देखने के लिए लिखें: carnet list। दूसरी लॉगबुक के लिए --data-dir से कोई और फ़ोल्डर चुनें।
cli-hint-not-found = ids देखने के लिए लिखें: carnet list
cli-hint-ambiguous-id = ids देखने के लिए लिखें: carnet list
cli-hint-import-format = ऐसी फ़ाइल चुनें जो इससे बनी हो: carnet export --format json
cli-hint-invalid-field = खानों की सूची के लिए लिखें: carnet edit --help

## carnet sync

cli-sync-phase-sending = भेजा जा रहा है
cli-sync-phase-receiving = मिल रहा है
cli-sync-phase-photos = फ़ोटो
cli-sync-done = { $hub } के साथ सिंक हुआ।
cli-sync-changes = { $sent ->
    [one] 1 बदलाव भेजा
   *[other] { $sent } बदलाव भेजे
}, { $received ->
    [one] 1 बदलाव मिला।
   *[other] { $received } बदलाव मिले।
}
cli-sync-photos = { $sent ->
    [one] 1 फ़ोटो भेजी
   *[other] { $sent } फ़ोटो भेजीं
}, { $received ->
    [one] 1 फ़ोटो मिली।
   *[other] { $received } फ़ोटो मिलीं।
}
cli-sync-bytes = इस्तेमाल हुआ डेटा: { $up } KB ऊपर, { $down } KB नीचे।
cli-sync-retry = फिर कोशिश { $seconds ->
    [one] 1 सेकंड में।
   *[other] { $seconds } सेकंड में।
}
cli-sync-status-hub = हब: { $hub }
cli-sync-status-last = आख़िरी सिंक: { $when }
cli-sync-status-pending = { $count ->
    [0] कोई बदलाव इंतज़ार में नहीं।
    [one] 1 बदलाव भेजे जाने के इंतज़ार में है।
   *[other] { $count } बदलाव भेजे जाने के इंतज़ार में हैं।
}
cli-sync-no-hub = अभी कोई नहीं
cli-sync-never = कभी नहीं
cli-hint-sync-no-hub = सेट करने के लिए लिखें: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = आपके बदलाव सुरक्षित हैं। बाद में फिर कोशिश करने के लिए लिखें: carnet sync

## carnet pair

cli-pair-show-scan = यह कोड अपने नए डिवाइस से स्कैन करें, या वहाँ नीचे का टेक्स्ट लिखें।
cli-pair-show-expires = कोड 10 मिनट तक काम करता है।
cli-pair-show-request = डिवाइस «{ $name }» आपकी लॉगबुक चाहता है। उसका कोड { $fingerprint } है।
cli-pair-show-ask = क्या आपका नया डिवाइस यही कोड दिखा रहा है? इजाज़त के लिए yes लिखें, या no।
cli-pair-yes = yes
cli-pair-show-approved = «{ $name }» के पास अब आपकी लॉगबुक है।
cli-pair-show-refused = आपने मना किया। «{ $name }» को कुछ नहीं मिला।
cli-pair-default-name = नया डिवाइस
cli-pair-join-check = आपके दूसरे डिवाइस पर यह कोड दिखना चाहिए: { $fingerprint }। वहाँ इजाज़त दें।
cli-pair-join-done = { $count ->
    [one] इस डिवाइस पर अब आपकी लॉगबुक है, 1 एंट्री के साथ।
   *[other] इस डिवाइस पर अब आपकी लॉगबुक है, { $count } एंट्रियों के साथ।
}

## carnet devices

cli-devices-none = अभी तक किसी डिवाइस ने यह लॉगबुक सिंक नहीं की।
cli-devices-line = { $id }  { $name }  ({ $added } से)
cli-devices-this = ← यह डिवाइस
cli-devices-removed = (हटाया गया { $when })
cli-devices-removed-done = «{ $name }» हटा दिया गया। आपकी लॉगबुक की अब नई कुंजी है, जो उस डिवाइस के पास नहीं है।
cli-devices-new-sheet = आपकी रिकवरी शीट में पुरानी कुंजी है। अभी नई छापें और पुरानी को नष्ट करें: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = रिकवरी शीट छापें: इससे और अपने पासफ़्रेज़ से, यह फ़ोन खो जाने पर आप अपनी लॉगबुक नए फ़ोन पर वापस ला सकते हैं।
cli-cmd-recover = नए डिवाइस पर: अपनी रिकवरी शीट और पासफ़्रेज़ से अपनी लॉगबुक वापस लाएँ।
cli-arg-recovery-out = वह फ़ाइल जिसमें शीट लिखी जाए। इसका नाम .png या .pdf पर ख़त्म होना चाहिए।
cli-arg-recover-sheet = आपकी रिकवरी शीट की फ़ोटो या स्कैन (PNG या JPEG)। Carnet उसका चौकोर कोड पढ़ता है।
cli-arg-recover-words = आपकी रिकवरी शीट के 12 शब्द, क्रम से, उद्धरण चिह्नों में। --hub भी दें।
cli-arg-recover-hub = आपकी रिकवरी शीट पर छपा हब का पता, जैसे http://192.168.1.10:8470।
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet शीट को .png या .pdf फ़ाइल के रूप में लिख सकता है, «{ $path }» के रूप में नहीं।
cli-recovery-sheet-done = आपकी रिकवरी शीट { $path } में है। इसे छापें और कागज़ किसी सुरक्षित जगह रखें, अपने फ़ोन से दूर।
cli-recovery-sheet-english = शीट अंग्रेज़ी में है: Carnet अभी उस पर आपकी भाषा के अक्षर ठीक से नहीं बना सकता।
cli-recovery-sheet-replaced = पहले छापी गई कोई भी शीट अब काम नहीं करती। उसे नष्ट करें।
cli-recover-done = { $count ->
    [one] आपकी लॉगबुक इस डिवाइस पर वापस आ गई: { $count } एंट्री।
   *[other] आपकी लॉगबुक इस डिवाइस पर वापस आ गई: { $count } एंट्रियाँ।
}
cli-passphrase-sheet-updated = आपकी रिकवरी शीट अब भी काम करती है, आपके नए पासफ़्रेज़ के साथ।
cli-passphrase-sheet-not-updated = आपकी रिकवरी शीट हब पर अपडेट नहीं हो सकी। जब तक आप नई नहीं छापते, उसे आपका पुराना पासफ़्रेज़ चाहिए। जुड़ने पर नई शीट छापें: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet रिकवरी शीट
cli-sheet-made = बनाने की तारीख़ { $date }
cli-sheet-hub = हब: { $hub }
cli-sheet-words = आपके 12 शब्द
cli-sheet-instructions =
    यह कागज़ सुरक्षित रखें। इससे और अपने पासफ़्रेज़ से आप अपनी लॉगबुक नए फ़ोन पर वापस ला सकते हैं:
    1. नए फ़ोन पर Carnet डालें और लॉगबुक वापस लाना चुनें।
    2. चौकोर कोड स्कैन करें, या 12 शब्द और हब का पता लिखें।
    3. अपना पासफ़्रेज़ लिखें। लॉगबुक हब से वापस आ जाती है।
    कंप्यूटर पर: carnet recover --sheet photo.jpg
cli-sheet-warning = सिर्फ़ यह कागज़ आपकी लॉगबुक नहीं खोलता: आपका पासफ़्रेज़ भी चाहिए। दोनों को एक साथ न रखें। अगर आप नई शीट छापते हैं, तो यह काम करना बंद कर देगी।
