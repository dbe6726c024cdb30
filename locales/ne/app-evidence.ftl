# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = फोटो र आवाज नोट
app-evidence-hint = तपाईं के गर्न सक्नुहुन्छ देखाउनुहोस्: कुनै कागजको फोटो खिच्नुहोस्, वा आफ्नै आवाजमा त्यसबारे भन्नुहोस्।
app-evidence-add-photo = प्रमाणपत्रको फोटो थप्नुहोस्
app-evidence-record = आवाज नोट रेकर्ड गर्नुहोस्
app-evidence-attach-sound = आवाजको फाइल जोड्नुहोस्
app-evidence-adding-photo = फोटो थप्दै…
app-evidence-adding-voice = आवाज नोट थप्दै…
app-evidence-recording = रेकर्ड हुँदैछ: { $max } मध्ये { $time }
app-evidence-stop = रोक्नुहोस् र राख्नुहोस्
app-evidence-starting = माइक्रोफोन सुरु हुँदैछ…
app-evidence-photo = फोटो { $number }
app-evidence-voice = आवाज नोट { $number }
app-evidence-view = ठूलो गरेर हेर्नुहोस्
app-evidence-close = बन्द गर्नुहोस्
app-evidence-missing = अहिले यो फोनमा छैन। पाउन सिंक गर्नुहोस्।
app-evidence-other = Carnet को नयाँ संस्करणको फाइल। हेर्न Carnet अपडेट गर्नुहोस्।
app-evidence-saved = सेभ भयो। तपाईं अरू पनि थप्न सक्नुहुन्छ।
app-evidence-remove-confirm = यसलाई प्रविष्टिबाट हटाउने? यो डिभाइसबाट पनि मेटिन्छ।
