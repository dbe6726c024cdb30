# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = यह सेवा यूरोपीय आयोग के ESCO वर्गीकरण का उपयोग करती है।
esco-attribution-version = { esco-attribution } ESCO v{ $version }, बदला हुआ: बिना इंटरनेट इस्तेमाल के लिए बदला गया एक हिस्सा।

## Help

cli-cmd-esco = ESCO में हुनर और पेशे देखें, हुनर और पेशों की यूरोपीय सूची, बिना इंटरनेट।
cli-cmd-esco-search = ESCO के हुनर और पेशे उनके नाम से खोजें, अपनी भाषा में या अंग्रेज़ी में। लिखने की छोटी ग़लतियाँ चल जाती हैं।
cli-cmd-match = अपनी लॉगबुक की किसी पेशे से तुलना करें: उसके कौन-से हुनर आपके पास हैं, और कौन-से अभी नहीं।
cli-arg-esco-text = खोजने के शब्द, जैसे "welding" या "carpenter"।
cli-arg-esco-kind = सिर्फ़ हुनर या सिर्फ़ पेशा।
cli-arg-esco-limit = ज़्यादा से ज़्यादा कितने नतीजे दिखाएँ। सामान्य रूप से 10।
cli-arg-esco-taxonomy = वह ESCO डेटा फ़ाइल जो Carnet के साथ आई फ़ाइल की जगह इस्तेमाल हो।
cli-arg-match-occupation = ESCO पेशा: उसका पता (http://data.europa.eu/esco/occupation/…) या उसके आख़िर का कोड।
cli-arg-match-rank = इसकी जगह वे 10 पेशे दिखाएँ जिनके मुख्य हुनर आपकी लॉगबुक में सबसे ज़्यादा हैं।
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = दिखाएँ कि आपके सफ़र के किसी चरण में आपकी कौन-सी एंट्रियाँ काम की हैं, और क्यों। भर्ती के लिए, आप उस नौकरी का नाम दे सकते हैं जिसके लिए आवेदन कर रहे हैं।
cli-arg-stage-view-stage = चरण: recruitment, pre-departure, arrival, career या return।
cli-arg-stage-view-occupation = भर्ती के लिए: वह नौकरी जिसके लिए आप आवेदन कर रहे हैं, उसके ESCO पते (http://data.europa.eu/esco/occupation/…) या उसके आख़िर के कोड के रूप में।
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = हुनर
esco-kind-occupation = पेशा
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = कोई ESCO हुनर या पेशा «{ $text }» से मेल नहीं खाता।
esco-match-summary = { $total ->
    [0] ESCO में इस पेशे के कोई मुख्य हुनर नहीं हैं।
   *[other] आपकी लॉगबुक इसके { $total } मुख्य हुनर में से { $covered } पूरे करती है।
}
esco-match-essential = मुख्य हुनर:
esco-match-optional = अतिरिक्त हुनर:
esco-coverage-endorsed = पुष्टि हुई
esco-coverage-self-declared = आपने खुद बताया
esco-coverage-missing = नहीं है
esco-match-maybe = शायद आपकी एंट्री «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = आपकी किसी एंट्री में अभी ESCO हुनर नहीं है। इससे जोड़ें: carnet add skill --title … --esco ADDRESS (पता carnet esco search से खोजें)।

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage } के लिए यह एंट्री काम की है:
   *[other] { $stage } के लिए ये { $count } एंट्रियाँ काम की हैं:
}
stage-view-none = आपकी कोई एंट्री अभी { $stage } के लिए काम की नहीं है। एंट्रियों पर यह चरण लगाएँ: carnet edit ID --set stages={ $stage }
stage-view-present = इन्हें QR कोड के रूप में दिखाने के लिए: { $command }
stage-why-target-essential = इस नौकरी का एक मुख्य हुनर
stage-why-target-optional = इस नौकरी के लिए काम का
stage-why-target-maybe = शायद इस नौकरी के किसी हुनर से मेल खाए
stage-why-marked = आपने इसे इस चरण के लिए चुना
stage-why-abroad = विदेश में सीखा या किया
stage-why-endorsed = हस्ताक्षर किया
stage-why-qualification = एक डिप्लोमा या सर्टिफ़िकेट
stage-why-language = एक भाषा
stage-why-experience = आपका किया काम
stage-why-learning = एक कोर्स
stage-why-skill = एक हुनर
