# Review status: machine-drafted, needs review by a native speaker.

app-evidence-title = ਫ਼ੋਟੋਆਂ ਅਤੇ ਆਵਾਜ਼ ਨੋਟ
app-evidence-hint = ਦਿਖਾਓ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ: ਕਿਸੇ ਕਾਗ਼ਜ਼ ਦੀ ਫ਼ੋਟੋ ਲਓ, ਜਾਂ ਆਪਣੀ ਆਵਾਜ਼ ਵਿੱਚ ਇਸ ਬਾਰੇ ਦੱਸੋ।
app-evidence-add-photo = ਸਰਟੀਫ਼ਿਕੇਟ ਦੀ ਫ਼ੋਟੋ ਜੋੜੋ
app-evidence-record = ਆਵਾਜ਼ ਨੋਟ ਰਿਕਾਰਡ ਕਰੋ
app-evidence-attach-sound = ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਜੋੜੋ
app-evidence-adding-photo = ਫ਼ੋਟੋ ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
app-evidence-adding-voice = ਆਵਾਜ਼ ਨੋਟ ਜੋੜਿਆ ਜਾ ਰਿਹਾ ਹੈ…
app-evidence-recording = ਰਿਕਾਰਡਿੰਗ: { $max } ਵਿੱਚੋਂ { $time }
app-evidence-stop = ਰੋਕੋ ਅਤੇ ਰੱਖੋ
app-evidence-starting = ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਚਾਲੂ ਹੋ ਰਿਹਾ ਹੈ…
app-evidence-photo = ਫ਼ੋਟੋ { $number }
app-evidence-voice = ਆਵਾਜ਼ ਨੋਟ { $number }
app-evidence-view = ਵੱਡਾ ਕਰਕੇ ਵੇਖੋ
app-evidence-close = ਬੰਦ ਕਰੋ
app-evidence-missing = ਹਾਲੇ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਨਹੀਂ ਹੈ। ਲੈਣ ਲਈ ਸਿੰਕ ਕਰੋ।
app-evidence-other = Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਦੀ ਫ਼ਾਈਲ। ਵੇਖਣ ਲਈ Carnet ਅੱਪਡੇਟ ਕਰੋ।
app-evidence-saved = ਸੰਭਾਲਿਆ ਗਿਆ। ਤੁਸੀਂ ਹੋਰ ਵੀ ਜੋੜ ਸਕਦੇ ਹੋ।
app-evidence-remove-confirm = ਇਸਨੂੰ ਐਂਟਰੀ ਤੋਂ ਹਟਾਉਣਾ ਹੈ? ਇਹ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਵੀ ਮਿਟ ਜਾਵੇਗਾ।
