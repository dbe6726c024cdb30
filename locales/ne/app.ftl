# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = आफ्नो भाषा छान्नुहोस्
app-continue = अगाडि

## First run: making a passphrase

app-create-title = आफ्नो लगबुक सुरक्षित गर्नुहोस्
app-create-intro = एउटा पासफ्रेज छान्नुहोस्। यो तपाईंलाई मात्र थाहा हुन्छ। तपाईंले लगबुक खोल्दा हरेक पटक Carnet ले यो सोध्छ।
app-passphrase = पासफ्रेज
app-passphrase-again = फेरि लेख्नुहोस्
app-passphrase-show = देखाउनुहोस्
app-passphrase-hide = लुकाउनुहोस्
app-strength-too-short = धेरै छोटो: कम्तीमा { $min } अक्षर प्रयोग गर्नुहोस्।
app-strength-weak = कमजोर: केही शब्द सँगै राख्दा सम्झन सजिलो र अनुमान गर्न गाह्रो हुन्छ।
app-strength-fair = राम्रो। लामो भए झन् सुरक्षित हुन्छ।
app-strength-strong = बलियो।
app-passphrase-mismatch = दुई पासफ्रेज एउटै छैनन्। फेरि लेख्नुहोस्।
app-create = मेरो लगबुक बनाउनुहोस्
app-working = कृपया पर्खनुहोस्…
app-back = पछाडि

## Unlock

app-unlock-title = आफ्नो लगबुक खोल्नुहोस्
app-unlock = खोल्नुहोस्
app-lock = बन्द गर्नुहोस्

## The logbook

app-logbook-title = मेरो लगबुक
app-logbook-empty = तपाईंको लगबुक खाली छ। तपाईंले गर्न सक्ने कुनै काम थप्नुहोस्।
app-add = थप्नुहोस्
app-kind-skill = सीपहरू
app-kind-qualification = योग्यताहरू
app-kind-experience = कामको अनुभव
app-kind-language = भाषाहरू
app-kind-learning = कोर्सहरू
app-self-declared = आफैँ भनेको
app-show-more = { $count ->
    [one] अरू 1 देखाउनुहोस्
   *[other] अरू { $count } देखाउनुहोस्
}
app-endorsed = पुष्टि भएको

## Adding an entry

app-add-title = मेरो लगबुकमा थप्नुहोस्
app-add-kind = यो के हो?
app-add-title-label = नाम
app-add-title-hint = जस्तै: वेल्डिङ, ट्रक चलाउने, अरबी
app-add-level = तह
app-level-none = कुनै तह छैन
app-level-basic = सुरुको
app-level-intermediate = मध्यम
app-level-advanced = राम्रो
app-level-expert = विज्ञ
app-level-eqf = तह { $level }
app-save = सेभ गर्नुहोस्
app-cancel = रद्द गर्नुहोस्

## Moving around

app-settings = सेटिङ
app-sync = सिंक
app-edit = बदल्नुहोस्
app-remove = हटाउनुहोस्

## The logbook: search and filter

app-search = खोज्नुहोस्
app-search-hint = कुनै शब्द लेख्नुहोस्, जस्तै: वेल्ड
app-stage-filter = तपाईंको यात्राको चरण
app-stage-any = सबै चरण
app-stage-recruitment = भर्ना
app-stage-pre-departure = जानुअघि
app-stage-arrival = पुगेपछि
app-stage-career = काम
app-stage-return = फर्कने
app-search-none = केही भेटिएन। अर्को शब्द वा अर्को चरण प्रयास गर्नुहोस्।

## Changing and removing an entry

app-edit-title = यो प्रविष्टि बदल्नुहोस्
app-stages = तपाईंको यात्राका चरणहरू
app-remove-confirm = «{ $title }» लाई आफ्नो लगबुकबाट हटाउने? यो फिर्ता हुँदैन।
app-remove-yes = हो, हटाउनुहोस्

## Settings

app-settings-title = सेटिङ
app-settings-language = भाषा
app-settings-lock = बन्द हुने समय
app-lock-minutes = { $minutes ->
    [one] { $minutes } मिनेट प्रयोग नभएपछि
   *[other] { $minutes } मिनेट प्रयोग नभएपछि
}
app-settings-passphrase = पासफ्रेज बदल्नुहोस्
app-passphrase-current = अहिलेको पासफ्रेज
app-passphrase-new = नयाँ पासफ्रेज
app-passphrase-change = पासफ्रेज बदल्नुहोस्
app-passphrase-changed = तपाईंको पासफ्रेज बदलियो। अबदेखि नयाँ प्रयोग गर्नुहोस्।
app-about = Carnet बारे
app-locked-idle = केही समय कसैले प्रयोग नगरेकाले Carnet ले तपाईंको लगबुक बन्द गर्‍यो। आफ्नो पासफ्रेजले फेरि खोल्नुहोस्।

## Sync with a hub

app-sync-title = हबसँग सिंक
app-sync-intro = हबले तपाईंको लगबुकको एउटा ताल्चा लगाएको प्रति राख्छ, ताकि तपाईं यसलाई अर्को फोनमा प्रयोग गर्न सक्नुहुन्छ। हबले यो पढ्न सक्दैन।
app-hub-address = हबको ठेगाना
app-hub-address-hint = जस्तै: https://hub.example.org
app-hub-save = ठेगाना सेभ गर्नुहोस्
app-sync-now = अहिले सिंक गर्नुहोस्
app-sync-never = अहिलेसम्म सिंक भएको छैन।
app-sync-last = अन्तिम सिंक: { $when }
app-sync-pending = { $count ->
    [0] पठाउन केही बाँकी छैन।
    [one] { $count } परिवर्तन पठाउन बाँकी छ।
   *[other] { $count } परिवर्तन पठाउन बाँकी छन्।
}
app-sync-sending = पठाउँदै
app-sync-receiving = प्राप्त गर्दै
app-sync-photos = फोटोहरू
app-sync-done = सिंक सकियो।

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = तपाईंको लगबुक बन्द छ। आफ्नो पासफ्रेजले खोल्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-unknown-language = Carnet मा { $tag } भाषा छैन। सूचीबाट एउटा छान्नुहोस्।

## Settings: how the screens look

app-settings-display = Carnet कस्तो देखिन्छ
app-high-contrast = गाढा फरक (सेतोमा कालो)
app-text-size = अक्षरको आकार
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = सुन्नुहोस्

## Two languages at once

app-dual-language = यसमा पनि देखाउनुहोस्
app-dual-none = दोस्रो भाषा छैन
