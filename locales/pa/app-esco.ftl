# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = ਮਿਆਰੀ ਨਾਮ ਲੱਭੋ (ESCO)
app-esco-find-hint = ਕੁਝ ਅੱਖਰ ਲਿਖੋ, ਜਿਵੇਂ «ਵੈਲਡ»
app-esco-why = ਦੂਜੇ ਦੇਸ਼ਾਂ ਵਿੱਚ ਮਾਲਕ ਇਹ ਨਾਮ ਜਾਣਦੇ ਹਨ। ਉਹ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ ਕੰਮ ਦੇ ਸਭ ਤੋਂ ਨੇੜੇ ਹੋਵੇ।
app-esco-none = ਕੋਈ ਮਿਆਰੀ ਨਾਮ ਨਹੀਂ ਮਿਲਿਆ। ਹੋਰ ਸ਼ਬਦ, ਜਾਂ ਛੋਟਾ ਸ਼ਬਦ ਅਜ਼ਮਾਓ।
app-esco-english = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ: { $english }
app-esco-linked = ਮਿਆਰੀ ਨਾਮ
app-esco-unlink = ਹਟਾਓ
app-esco-choose = ਚੁਣੋ
app-esco-searching = ਲੱਭ ਰਹੇ ਹਾਂ…
app-esco-kind-skill = ਹੁਨਰ
app-esco-kind-occupation = ਨੌਕਰੀ

## Comparing with a job

app-match = ਮੇਰੇ ਲਈ ਨੌਕਰੀਆਂ
app-match-title = ਮੇਰੇ ਲਈ ਨੌਕਰੀਆਂ
app-match-intro = ਇੱਕ ਨੌਕਰੀ ਚੁਣੋ ਅਤੇ ਵੇਖੋ ਕਿ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਉਸਦੇ ਕਿਹੜੇ ਹੁਨਰ ਦਿਖਾਉਂਦੀ ਹੈ, ਅਤੇ ਕਿਹੜੇ ਨਹੀਂ ਹਨ।
app-match-find = ਨੌਕਰੀ ਲੱਭੋ
app-match-chosen = ਤੁਹਾਡੀ ਚੁਣੀ ਨੌਕਰੀ
app-match-find-hint = ਜਿਵੇਂ «ਰਸੋਈਆ» ਜਾਂ «ਵੈਲਡਰ»
app-match-fit = ਮੇਰੀ ਲੌਗਬੁੱਕ ਨਾਲ ਮੇਲ ਖਾਂਦੀਆਂ ਨੌਕਰੀਆਂ
app-match-fit-none = ਤੁਹਾਡੀ ਕਿਸੇ ਐਂਟਰੀ ਦਾ ਹਾਲੇ ਮਿਆਰੀ ਨਾਮ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਕਿਸੇ ਐਂਟਰੀ ਵਿੱਚ ਜੋੜੋ: ਬਦਲੋ, ਫਿਰ «ਮਿਆਰੀ ਨਾਮ ਲੱਭੋ»।
app-match-fit-line = { $total } ਵਿੱਚੋਂ { $covered } ਮੁੱਖ ਹੁਨਰ ({ $percent }%)
app-match-summary = { $total ->
    [0] ESCO ਵਿੱਚ ਇਸ ਨੌਕਰੀ ਦੇ ਕੋਈ ਮੁੱਖ ਹੁਨਰ ਨਹੀਂ ਹਨ।
   *[other] ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸਦੇ { $total } ਮੁੱਖ ਹੁਨਰਾਂ ਵਿੱਚੋਂ { $covered } ਦਿਖਾਉਂਦੀ ਹੈ।
}
app-match-essential = ਮੁੱਖ ਹੁਨਰ
app-match-optional = ਹੋਰ ਕੰਮ ਦੇ ਹੁਨਰ
app-match-endorsed = ਦਸਤਖ਼ਤ ਹੋਏ
app-match-self-declared = ਤੁਸੀਂ ਆਪ ਦੱਸਿਆ
app-match-missing = ਨਹੀਂ ਹੈ
app-match-maybe = ਕੀ ਇਹ ਤੁਹਾਡੀ ਐਂਟਰੀ «{ $title }» ਹੈ?
app-match-link = ਹਾਂ, ਜੋੜ ਦਿਓ
app-match-other-job = ਕੋਈ ਹੋਰ ਨੌਕਰੀ

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = ਇਸ ਪੜਾਅ ਲਈ ਚੁਣੋ
app-stage-template-hint = Carnet ਉਹਨਾਂ ਚੀਜ਼ਾਂ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਉਂਦਾ ਹੈ ਜੋ ਇਸ ਪੜਾਅ ਵਿੱਚ ਜ਼ਰੂਰੀ ਹਨ। ਤੁਸੀਂ ਇਸਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।
app-stage-target = ਉਹ ਨੌਕਰੀ ਜਿਸ ਲਈ ਤੁਸੀਂ ਅਰਜ਼ੀ ਦੇ ਰਹੇ ਹੋ (ਇਹ ਛੱਡ ਸਕਦੇ ਹੋ)
