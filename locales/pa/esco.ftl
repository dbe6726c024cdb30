# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = ਇਹ ਸੇਵਾ ਯੂਰਪੀ ਕਮਿਸ਼ਨ ਦਾ ESCO ਵਰਗੀਕਰਨ ਵਰਤਦੀ ਹੈ।
esco-attribution-version = { esco-attribution } ESCO v{ $version }, ਬਦਲਿਆ ਹੋਇਆ: ਬਿਨਾਂ ਇੰਟਰਨੈੱਟ ਵਰਤਣ ਲਈ ਬਦਲਿਆ ਇੱਕ ਹਿੱਸਾ।

## Help

cli-cmd-esco = ESCO ਵਿੱਚ ਹੁਨਰ ਅਤੇ ਕਿੱਤੇ ਵੇਖੋ, ਹੁਨਰਾਂ ਅਤੇ ਕਿੱਤਿਆਂ ਦੀ ਯੂਰਪੀ ਸੂਚੀ, ਬਿਨਾਂ ਇੰਟਰਨੈੱਟ।
cli-cmd-esco-search = ESCO ਦੇ ਹੁਨਰ ਅਤੇ ਕਿੱਤੇ ਉਹਨਾਂ ਦੇ ਨਾਮਾਂ ਨਾਲ ਲੱਭੋ, ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਜਾਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ। ਲਿਖਣ ਦੀਆਂ ਛੋਟੀਆਂ ਗ਼ਲਤੀਆਂ ਚੱਲ ਜਾਂਦੀਆਂ ਹਨ।
cli-cmd-match = ਆਪਣੀ ਲੌਗਬੁੱਕ ਦੀ ਕਿਸੇ ਕਿੱਤੇ ਨਾਲ ਤੁਲਨਾ ਕਰੋ: ਇਸਦੇ ਕਿਹੜੇ ਹੁਨਰ ਤੁਹਾਡੇ ਕੋਲ ਹਨ, ਅਤੇ ਕਿਹੜੇ ਹਾਲੇ ਨਹੀਂ।
cli-arg-esco-text = ਲੱਭਣ ਵਾਲੇ ਸ਼ਬਦ, ਜਿਵੇਂ "welding" ਜਾਂ "carpenter"।
cli-arg-esco-kind = ਸਿਰਫ਼ ਹੁਨਰ ਜਾਂ ਸਿਰਫ਼ ਕਿੱਤਾ।
cli-arg-esco-limit = ਵੱਧ ਤੋਂ ਵੱਧ ਕਿੰਨੇ ਨਤੀਜੇ ਦਿਖਾਉਣੇ ਹਨ। ਆਮ ਤੌਰ 'ਤੇ 10।
cli-arg-esco-taxonomy = ਉਹ ESCO ਡੇਟਾ ਫ਼ਾਈਲ ਜੋ Carnet ਨਾਲ ਆਈ ਫ਼ਾਈਲ ਦੀ ਥਾਂ ਵਰਤੀ ਜਾਵੇ।
cli-arg-match-occupation = ESCO ਕਿੱਤਾ: ਇਸਦਾ ਪਤਾ (http://data.europa.eu/esco/occupation/…) ਜਾਂ ਇਸਦੇ ਅਖ਼ੀਰ ਦਾ ਕੋਡ।
cli-arg-match-rank = ਇਸਦੀ ਥਾਂ ਉਹ 10 ਕਿੱਤੇ ਦਿਖਾਓ ਜਿਨ੍ਹਾਂ ਦੇ ਮੁੱਖ ਹੁਨਰ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਵਿੱਚ ਸਭ ਤੋਂ ਵੱਧ ਹਨ।
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = ਦਿਖਾਓ ਕਿ ਤੁਹਾਡੇ ਸਫ਼ਰ ਦੇ ਕਿਸੇ ਪੜਾਅ ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਕਿਹੜੀਆਂ ਐਂਟਰੀਆਂ ਕੰਮ ਦੀਆਂ ਹਨ, ਅਤੇ ਕਿਉਂ। ਭਰਤੀ ਲਈ, ਤੁਸੀਂ ਉਸ ਨੌਕਰੀ ਦਾ ਨਾਮ ਦੇ ਸਕਦੇ ਹੋ ਜਿਸ ਲਈ ਅਰਜ਼ੀ ਦੇ ਰਹੇ ਹੋ।
cli-arg-stage-view-stage = ਪੜਾਅ: recruitment, pre-departure, arrival, career ਜਾਂ return।
cli-arg-stage-view-occupation = ਭਰਤੀ ਲਈ: ਉਹ ਨੌਕਰੀ ਜਿਸ ਲਈ ਤੁਸੀਂ ਅਰਜ਼ੀ ਦੇ ਰਹੇ ਹੋ, ਇਸਦੇ ESCO ਪਤੇ (http://data.europa.eu/esco/occupation/…) ਜਾਂ ਇਸਦੇ ਅਖ਼ੀਰ ਦੇ ਕੋਡ ਵਜੋਂ।
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = ਹੁਨਰ
esco-kind-occupation = ਕਿੱਤਾ
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = ਕੋਈ ESCO ਹੁਨਰ ਜਾਂ ਕਿੱਤਾ «{ $text }» ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ।
esco-match-summary = { $total ->
    [0] ESCO ਵਿੱਚ ਇਸ ਕਿੱਤੇ ਦੇ ਕੋਈ ਮੁੱਖ ਹੁਨਰ ਨਹੀਂ ਹਨ।
   *[other] ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸਦੇ { $total } ਮੁੱਖ ਹੁਨਰਾਂ ਵਿੱਚੋਂ { $covered } ਪੂਰੇ ਕਰਦੀ ਹੈ।
}
esco-match-essential = ਮੁੱਖ ਹੁਨਰ:
esco-match-optional = ਵਾਧੂ ਹੁਨਰ:
esco-coverage-endorsed = ਪੁਸ਼ਟੀ ਹੋਈ
esco-coverage-self-declared = ਤੁਸੀਂ ਆਪ ਦੱਸਿਆ
esco-coverage-missing = ਨਹੀਂ ਹੈ
esco-match-maybe = ਸ਼ਾਇਦ ਤੁਹਾਡੀ ਐਂਟਰੀ «{ $title }» ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ਤੁਹਾਡੀ ਕਿਸੇ ਐਂਟਰੀ ਵਿੱਚ ਹਾਲੇ ESCO ਹੁਨਰ ਨਹੀਂ ਹੈ। ਇਸ ਨਾਲ ਜੋੜੋ: carnet add skill --title … --esco ADDRESS (ਪਤਾ carnet esco search ਨਾਲ ਲੱਭੋ)।

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage } ਲਈ ਇਹ ਐਂਟਰੀ ਕੰਮ ਦੀ ਹੈ:
   *[other] { $stage } ਲਈ ਇਹ { $count } ਐਂਟਰੀਆਂ ਕੰਮ ਦੀਆਂ ਹਨ:
}
stage-view-none = ਤੁਹਾਡੀ ਕੋਈ ਐਂਟਰੀ ਹਾਲੇ { $stage } ਲਈ ਕੰਮ ਦੀ ਨਹੀਂ ਹੈ। ਐਂਟਰੀਆਂ ਉੱਤੇ ਇਹ ਪੜਾਅ ਲਾਓ: carnet edit ID --set stages={ $stage }
stage-view-present = ਇਹਨਾਂ ਨੂੰ QR ਕੋਡ ਵਜੋਂ ਦਿਖਾਉਣ ਲਈ: { $command }
stage-why-target-essential = ਇਸ ਨੌਕਰੀ ਦਾ ਇੱਕ ਮੁੱਖ ਹੁਨਰ
stage-why-target-optional = ਇਸ ਨੌਕਰੀ ਲਈ ਕੰਮ ਦਾ
stage-why-target-maybe = ਸ਼ਾਇਦ ਇਸ ਨੌਕਰੀ ਦੇ ਕਿਸੇ ਹੁਨਰ ਨਾਲ ਮੇਲ ਖਾਵੇ
stage-why-marked = ਤੁਸੀਂ ਇਸਨੂੰ ਇਸ ਪੜਾਅ ਲਈ ਚੁਣਿਆ
stage-why-abroad = ਵਿਦੇਸ਼ ਵਿੱਚ ਸਿੱਖਿਆ ਜਾਂ ਕੀਤਾ
stage-why-endorsed = ਦਸਤਖ਼ਤ ਹੋਏ
stage-why-qualification = ਇੱਕ ਡਿਪਲੋਮਾ ਜਾਂ ਸਰਟੀਫ਼ਿਕੇਟ
stage-why-language = ਇੱਕ ਭਾਸ਼ਾ
stage-why-experience = ਤੁਹਾਡਾ ਕੀਤਾ ਕੰਮ
stage-why-learning = ਇੱਕ ਕੋਰਸ
stage-why-skill = ਇੱਕ ਹੁਨਰ
