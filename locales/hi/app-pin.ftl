# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN से खोलें
app-pin-intro = PIN एक छोटा नंबर है जो आपकी लॉगबुक सिर्फ़ इसी डिवाइस पर खोलता है। आपका पासफ़्रेज़ अब भी काम करता है, और दूसरे डिवाइस को अब भी उसकी ज़रूरत है।
app-pin-unavailable = इस डिवाइस में PIN रखने की कोई सुरक्षित जगह नहीं है। अपनी लॉगबुक पासफ़्रेज़ से खोलें।
app-pin-on = PIN इस डिवाइस पर आपकी लॉगबुक खोलता है।
app-pin-new = नया PIN (6 से 12 अंक)
app-pin-again = PIN फिर से लिखें
app-pin-set = यह PIN इस्तेमाल करें
app-pin-set-done = आपका PIN तैयार है। अगली बार अपनी लॉगबुक इससे खोलें।
app-pin-remove = PIN इस्तेमाल करना बंद करें
app-pin-removed = PIN बंद हो गया। अपनी लॉगबुक पासफ़्रेज़ से खोलें।
app-pin-mismatch = दोनों PIN एक जैसे नहीं हैं। उन्हें फिर से लिखें।

## Unlock

app-pin = PIN
app-pin-unlock = मेरे PIN से खोलें
app-pin-use-passphrase = इसकी जगह मेरा पासफ़्रेज़ इस्तेमाल करें
app-pin-use-pin = मेरा PIN इस्तेमाल करें

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN में 6 से 12 अंक होते हैं, और कुछ नहीं।
error-pin-wrong = यह PIN सही नहीं है। { $left ->
    [one] 1 और कोशिश, फिर आपको पासफ़्रेज़ चाहिए होगा।
   *[other] { $left } और कोशिशें, फिर आपको पासफ़्रेज़ चाहिए होगा।
}
error-pin-locked = बहुत बार ग़लत PIN, इसलिए PIN बंद हो गया। अपनी लॉगबुक पासफ़्रेज़ से खोलें। फिर आप नया PIN बना सकते हैं।
error-pin-none = इस डिवाइस पर कोई PIN नहीं है। अपनी लॉगबुक पासफ़्रेज़ से खोलें।
error-pin-keystore = इस डिवाइस की सुरक्षित जगह ने जवाब नहीं दिया, इसलिए PIN अभी इस्तेमाल नहीं हो सकता। अपनी लॉगबुक पासफ़्रेज़ से खोलें।
