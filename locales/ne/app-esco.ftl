# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = मानक नाम खोज्नुहोस् (ESCO)
app-esco-find-hint = केही अक्षर लेख्नुहोस्, जस्तै «वेल्ड»
app-esco-why = अरू देशका रोजगारदाताले यी नाम चिन्छन्। तपाईंको कामसँग सबैभन्दा नजिकको छान्नुहोस्।
app-esco-none = कुनै मानक नाम भेटिएन। अरू शब्द, वा छोटो शब्द प्रयास गर्नुहोस्।
app-esco-english = अंग्रेजीमा: { $english }
app-esco-linked = मानक नाम
app-esco-unlink = हटाउनुहोस्
app-esco-choose = छान्नुहोस्
app-esco-searching = खोज्दै…
app-esco-kind-skill = सीप
app-esco-kind-occupation = जागिर

## Comparing with a job

app-match = मेरा लागि जागिरहरू
app-match-title = मेरा लागि जागिरहरू
app-match-intro = एउटा जागिर छान्नुहोस् र हेर्नुहोस् तपाईंको लगबुकले त्यसका कुन सीप देखाउँछ, र कुन छैनन्।
app-match-find = जागिर खोज्नुहोस्
app-match-chosen = तपाईंले छानेको जागिर
app-match-find-hint = जस्तै «भान्से» वा «वेल्डर»
app-match-fit = मेरो लगबुकसँग मिल्ने जागिरहरू
app-match-fit-none = तपाईंको कुनै प्रविष्टिमा अहिलेसम्म मानक नाम छैन। पहिले कुनै प्रविष्टिमा थप्नुहोस्: बदल्नुहोस्, अनि «मानक नाम खोज्नुहोस्»।
app-match-fit-line = { $total } मध्ये { $covered } मुख्य सीप ({ $percent }%)
app-match-summary = { $total ->
    [0] ESCO मा यो जागिरका कुनै मुख्य सीप छैनन्।
   *[other] तपाईंको लगबुकले यसका { $total } मुख्य सीपमध्ये { $covered } देखाउँछ।
}
app-match-essential = मुख्य सीप
app-match-optional = अरू उपयोगी सीप
app-match-endorsed = हस्ताक्षर भएको
app-match-self-declared = तपाईं आफैँले भन्नुभएको
app-match-missing = छैन
app-match-maybe = के यो तपाईंको प्रविष्टि «{ $title }» हो?
app-match-link = हो, जोड्नुहोस्
app-match-other-job = अर्को जागिर

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = यो चरणका लागि छान्नुहोस्
app-stage-template-hint = Carnet ले यो चरणमा महत्त्वपूर्ण कुरामा चिनो लगाउँछ। तपाईं यसलाई बदल्न सक्नुहुन्छ।
app-stage-target = तपाईंले आवेदन दिने जागिर (यो छोड्न सक्नुहुन्छ)
