# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN ले खोल्नुहोस्
app-pin-intro = PIN एउटा छोटो नम्बर हो जसले तपाईंको लगबुक यही डिभाइसमा मात्र खोल्छ। तपाईंको पासफ्रेजले अझै काम गर्छ, र अरू डिभाइसलाई अझै त्यो चाहिन्छ।
app-pin-unavailable = यो डिभाइसमा PIN राख्ने सुरक्षित ठाउँ छैन। आफ्नो लगबुक पासफ्रेजले खोल्नुहोस्।
app-pin-on = PIN ले यो डिभाइसमा तपाईंको लगबुक खोल्छ।
app-pin-new = नयाँ PIN (6 देखि 12 अङ्क)
app-pin-again = PIN फेरि लेख्नुहोस्
app-pin-set = यो PIN प्रयोग गर्नुहोस्
app-pin-set-done = तपाईंको PIN तयार छ। अर्को पटक आफ्नो लगबुक यसैले खोल्नुहोस्।
app-pin-remove = PIN प्रयोग गर्न छोड्नुहोस्
app-pin-removed = PIN बन्द भयो। आफ्नो लगबुक पासफ्रेजले खोल्नुहोस्।
app-pin-mismatch = दुई PIN एउटै छैनन्। फेरि लेख्नुहोस्।

## Unlock

app-pin = PIN
app-pin-unlock = मेरो PIN ले खोल्नुहोस्
app-pin-use-passphrase = बरु मेरो पासफ्रेज प्रयोग गर्नुहोस्
app-pin-use-pin = मेरो PIN प्रयोग गर्नुहोस्

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN मा 6 देखि 12 अङ्क हुन्छन्, अरू केही हुँदैन।
error-pin-wrong = यो PIN सही छैन। { $left ->
    [one] अरू 1 प्रयास, त्यसपछि तपाईंलाई पासफ्रेज चाहिन्छ।
   *[other] अरू { $left } प्रयास, त्यसपछि तपाईंलाई पासफ्रेज चाहिन्छ।
}
error-pin-locked = धेरै पटक गलत PIN, त्यसैले PIN बन्द भयो। आफ्नो लगबुक पासफ्रेजले खोल्नुहोस्। त्यसपछि नयाँ PIN बनाउन सक्नुहुन्छ।
error-pin-none = यो डिभाइसमा कुनै PIN छैन। आफ्नो लगबुक पासफ्रेजले खोल्नुहोस्।
error-pin-keystore = यो डिभाइसको सुरक्षित भण्डारले जवाफ दिएन, त्यसैले PIN अहिले प्रयोग हुन सक्दैन। आफ्नो लगबुक पासफ्रेजले खोल्नुहोस्।
