# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = यो सेवाले युरोपेली आयोगको ESCO वर्गीकरण प्रयोग गर्छ।
esco-attribution-version = { esco-attribution } ESCO v{ $version }, परिमार्जित: इन्टरनेटबिना प्रयोगका लागि रूपान्तरण गरिएको एउटा भाग।

## Help

cli-cmd-esco = ESCO मा सीप र पेशा हेर्नुहोस्, सीप र पेशाहरूको युरोपेली सूची, इन्टरनेटबिना।
cli-cmd-esco-search = ESCO का सीप र पेशा तिनका नामले खोज्नुहोस्, आफ्नो भाषामा वा अंग्रेजीमा। टाइपका साना गल्ती माफ हुन्छन्।
cli-cmd-match = आफ्नो लगबुकलाई कुनै पेशासँग तुलना गर्नुहोस्: यसका कुन सीप तपाईंसँग छन्, र कुन अझै छैनन्।
cli-arg-esco-text = खोज्ने शब्दहरू, जस्तै "welding" वा "carpenter"।
cli-arg-esco-kind = सीप मात्र वा पेशा मात्र।
cli-arg-esco-limit = बढीमा कति नतिजा देखाउने। सामान्यतया 10।
cli-arg-esco-taxonomy = Carnet सँग आएकोको सट्टा प्रयोग गर्ने ESCO डेटा फाइल।
cli-arg-match-occupation = ESCO पेशा: यसको ठेगाना (http://data.europa.eu/esco/occupation/…) वा यसको अन्त्यको कोड।
cli-arg-match-rank = बरु, तपाईंको लगबुकले मुख्य सीप सबैभन्दा राम्ररी पूरा गर्ने 10 पेशा देखाउनुहोस्।
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = तपाईंको यात्राको कुनै चरणमा तपाईंका कुन प्रविष्टि महत्त्वपूर्ण छन्, र किन, देखाउनुहोस्। भर्नाका लागि, तपाईंले आवेदन दिने जागिरको नाम दिन सक्नुहुन्छ।
cli-arg-stage-view-stage = चरण: recruitment, pre-departure, arrival, career वा return।
cli-arg-stage-view-occupation = भर्नाका लागि: तपाईंले आवेदन दिने जागिर, यसको ESCO ठेगाना (http://data.europa.eu/esco/occupation/…) वा अन्त्यको कोडको रूपमा।
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = सीप
esco-kind-occupation = पेशा
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = «{ $text }» सँग मिल्ने कुनै ESCO सीप वा पेशा छैन।
esco-match-summary = { $total ->
    [0] ESCO मा यो पेशाका कुनै मुख्य सीप छैनन्।
   *[other] तपाईंको लगबुकले यसका { $total } मुख्य सीपमध्ये { $covered } पूरा गर्छ।
}
esco-match-essential = मुख्य सीप:
esco-match-optional = थप सीप:
esco-coverage-endorsed = पुष्टि भएको
esco-coverage-self-declared = तपाईं आफैँले भन्नुभएको
esco-coverage-missing = छैन
esco-match-maybe = सायद तपाईंको प्रविष्टि «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = तपाईंको कुनै प्रविष्टिमा अहिलेसम्म ESCO सीप छैन। यसरी थप्नुहोस्: carnet add skill --title … --esco ADDRESS (ठेगाना carnet esco search ले खोज्नुहोस्)।

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage } का लागि यो प्रविष्टि महत्त्वपूर्ण छ:
   *[other] { $stage } का लागि यी { $count } प्रविष्टि महत्त्वपूर्ण छन्:
}
stage-view-none = तपाईंको कुनै प्रविष्टि अहिलेसम्म { $stage } का लागि महत्त्वपूर्ण छैन। प्रविष्टिमा यो चरण चिनो लगाउनुहोस्: carnet edit ID --set stages={ $stage }
stage-view-present = तिनलाई QR कोडको रूपमा देखाउन: { $command }
stage-why-target-essential = यो जागिरको एउटा मुख्य सीप
stage-why-target-optional = यो जागिरका लागि उपयोगी
stage-why-target-maybe = यो जागिरको कुनै सीपसँग मिल्न सक्छ
stage-why-marked = तपाईंले यसलाई यो चरणका लागि चिनो लगाउनुभयो
stage-why-abroad = विदेशमा सिकेको वा गरेको
stage-why-endorsed = हस्ताक्षर भएको
stage-why-qualification = डिप्लोमा वा प्रमाणपत्र
stage-why-language = एउटा भाषा
stage-why-experience = तपाईंले गरेको काम
stage-why-learning = एउटा कोर्स
stage-why-skill = एउटा सीप
