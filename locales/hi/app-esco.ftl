# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = मानक नाम खोजें (ESCO)
app-esco-find-hint = कुछ अक्षर लिखें, जैसे «वेल्ड»
app-esco-why = दूसरे देशों में नियोक्ता ये नाम जानते हैं। वह चुनें जो आपके काम के सबसे क़रीब हो।
app-esco-none = कोई मानक नाम नहीं मिला। दूसरे शब्द, या छोटा शब्द आज़माएँ।
app-esco-english = अंग्रेज़ी में: { $english }
app-esco-linked = मानक नाम
app-esco-unlink = हटाएँ
app-esco-choose = चुनें
app-esco-searching = खोज रहे हैं…
app-esco-kind-skill = हुनर
app-esco-kind-occupation = नौकरी

## Comparing with a job

app-match = मेरे लिए नौकरियाँ
app-match-title = मेरे लिए नौकरियाँ
app-match-intro = एक नौकरी चुनें और देखें कि आपकी लॉगबुक उसके कौन-से हुनर दिखाती है, और कौन-से नहीं हैं।
app-match-find = नौकरी खोजें
app-match-chosen = आपकी चुनी हुई नौकरी
app-match-find-hint = जैसे «रसोइया» या «वेल्डर»
app-match-fit = मेरी लॉगबुक से मेल खाती नौकरियाँ
app-match-fit-none = आपकी किसी एंट्री का अभी मानक नाम नहीं है। पहले किसी एंट्री में जोड़ें: बदलें, फिर «मानक नाम खोजें»।
app-match-fit-line = { $total } में से { $covered } मुख्य हुनर ({ $percent }%)
app-match-summary = { $total ->
    [0] ESCO में इस नौकरी के कोई मुख्य हुनर नहीं हैं।
   *[other] आपकी लॉगबुक इसके { $total } मुख्य हुनर में से { $covered } दिखाती है।
}
app-match-essential = मुख्य हुनर
app-match-optional = दूसरे काम के हुनर
app-match-endorsed = हस्ताक्षर किया
app-match-self-declared = आपने खुद बताया
app-match-missing = नहीं है
app-match-maybe = क्या यह आपकी एंट्री «{ $title }» है?
app-match-link = हाँ, जोड़ दें
app-match-other-job = कोई और नौकरी

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = इस चरण के लिए चुनें
app-stage-template-hint = Carnet उन चीज़ों पर निशान लगाता है जो इस चरण में ज़रूरी हैं। आप इसे बदल सकते हैं।
app-stage-target = वह नौकरी जिसके लिए आप आवेदन कर रहे हैं (इसे छोड़ सकते हैं)
