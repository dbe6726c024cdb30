# Review status: machine-drafted, needs review by a native speaker.

## Passphrase

error-wrong-passphrase = ਪਾਸਫ਼ਰੇਜ਼ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਵੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਵੱਡੇ ਅਤੇ ਛੋਟੇ ਅੱਖਰ ਵੱਖਰੇ ਮੰਨੇ ਜਾਂਦੇ ਹਨ।
error-too-many-attempts = { $minutes ->
    [one] ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਪਾਸਫ਼ਰੇਜ਼। 1 ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[other] ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਪਾਸਫ਼ਰੇਜ਼। { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
error-passphrase-too-short = ਇਹ ਪਾਸਫ਼ਰੇਜ਼ ਬਹੁਤ ਛੋਟਾ ਹੈ। ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਵਰਤੋ।

## The logbook files

error-no-logbook = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਹਾਲੇ ਕੋਈ ਲੌਗਬੁੱਕ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਇੱਕ ਬਣਾਓ, ਜਾਂ ਉਹ ਫ਼ੋਲਡਰ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ।
error-already-exists = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਲੌਗਬੁੱਕ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-damaged-key-file = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਦੀ ਕੁੰਜੀ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਨਹੀਂ ਮਿਲ ਰਹੀ, ਇਸ ਲਈ ਇਹ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦੀ। ਬੈਕਅੱਪ ਤੋਂ ਕਾਪੀ ਵਾਪਸ ਰੱਖੋ, ਜਾਂ ਉਸ ਡਿਵਾਈਸ ਤੋਂ ਜੋ ਤੁਸੀਂ ਇਸ ਨਾਲ ਜੋੜਿਆ ਸੀ।
error-damaged-database = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਖ਼ਰਾਬ ਹੈ, ਇਸ ਲਈ ਇਹ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦੀ। ਬੈਕਅੱਪ ਤੋਂ ਕਾਪੀ ਵਾਪਸ ਰੱਖੋ, ਜਾਂ ਉਸ ਡਿਵਾਈਸ ਤੋਂ ਜੋ ਤੁਸੀਂ ਇਸ ਨਾਲ ਜੋੜਿਆ ਸੀ।
error-too-new = { $what ->
    [export-file] ਇਹ ਫ਼ਾਈਲ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਈ ਹੈ। Carnet ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
    [taxonomy] Carnet ਨਾਲ ਆਇਆ ESCO ਡੇਟਾ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਦਾ ਹੈ। Carnet ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[other] ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਸੰਭਾਲੀ ਹੈ। Carnet ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
error-disk-full = ਡਿਸਕ ਭਰੀ ਹੋਈ ਹੈ। ਕੁਝ ਨਹੀਂ ਗੁਆਚਿਆ। ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ, ਜਿਵੇਂ ਪੁਰਾਣੀਆਂ ਫ਼ਾਈਲਾਂ ਮਿਟਾ ਕੇ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-io = Carnet ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਪੜ੍ਹ ਜਾਂ ਲਿਖ ਨਹੀਂ ਸਕਿਆ। ਵੇਖੋ ਕਿ ਫ਼ੋਲਡਰ ਮੌਜੂਦ ਹੈ ਅਤੇ ਤੁਹਾਨੂੰ ਉਸ ਵਿੱਚ ਲਿਖਣ ਦੀ ਇਜਾਜ਼ਤ ਹੈ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-internal = Carnet ਦੇ ਅੰਦਰ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਇਹ Carnet ਦੀ ਗ਼ਲਤੀ ਹੈ, ਤੁਹਾਡੀ ਨਹੀਂ। ਕਿਰਪਾ ਕਰਕੇ Carnet ਬਣਾਉਣ ਵਾਲਿਆਂ ਨੂੰ ਦੱਸੋ।

## Entries

error-not-found = ਕਿਸੇ ਐਂਟਰੀ ਦੀ id «{ $id }» ਨਹੀਂ ਹੈ। id ਵੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-ambiguous-id = ਇੱਕ ਤੋਂ ਵੱਧ ਐਂਟਰੀਆਂ «{ $id }» ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦੀਆਂ ਹਨ। id ਦਾ ਹੋਰ ਹਿੱਸਾ ਲਿਖੋ।

## Values the person typed

error-invalid-kind = «{ $value }» ਐਂਟਰੀ ਦੀ ਕਿਸਮ ਨਹੀਂ ਹੈ। skill, qualification, experience, language ਜਾਂ learning ਵਰਤੋ।
error-invalid-date = «{ $value }» ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ। ਸਾਲ (2019), ਮਹੀਨਾ (2019-05) ਜਾਂ ਦਿਨ (2019-05-14) ਲਿਖੋ।
error-invalid-level = { $kind ->
    [language] «{ $value }» ਭਾਸ਼ਾ ਦਾ ਪੱਧਰ ਨਹੀਂ ਹੈ। A1, A2, B1, B2, C1 ਜਾਂ C2 ਵਰਤੋ।
    [qualification] «{ $value }» ਯੋਗਤਾ ਦਾ ਪੱਧਰ ਨਹੀਂ ਹੈ। 1 ਤੋਂ 8 ਤੱਕ ਦਾ ਨੰਬਰ ਵਰਤੋ (EQF)।
    [learning] «{ $value }» ਕੋਰਸ ਦਾ ਪੱਧਰ ਨਹੀਂ ਹੈ। 1 ਤੋਂ 8 ਤੱਕ ਦਾ ਨੰਬਰ ਵਰਤੋ (EQF)।
    [eqf] «{ $value }» EQF ਪੱਧਰ ਨਹੀਂ ਹੈ। 1 ਤੋਂ 8 ਤੱਕ ਦਾ ਨੰਬਰ ਵਰਤੋ।
   *[other] «{ $value }» ਪੱਧਰ ਨਹੀਂ ਹੈ। basic, intermediate, advanced ਜਾਂ expert ਵਰਤੋ।
}
error-invalid-country = «{ $value }» ਦੇਸ਼ ਦਾ ਕੋਡ ਨਹੀਂ ਹੈ। ਦੋ ਅੱਖਰ ਵਰਤੋ, ਜਿਵੇਂ SY, AF, ER ਜਾਂ DE।
error-invalid-language = «{ $value }» ਭਾਸ਼ਾ ਦਾ ਕੋਡ ਨਹੀਂ ਹੈ। ਛੋਟਾ ਕੋਡ ਵਰਤੋ, ਜਿਵੇਂ ar, fa-AF ਜਾਂ en।
error-invalid-esco = «{ $value }» ESCO ਪਤਾ ਨਹੀਂ ਹੈ। ਇਹ http://data.europa.eu/esco/ ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ
error-invalid-isco = «{ $value }» ISCO-08 ਨੌਕਰੀ ਕੋਡ ਨਹੀਂ ਹੈ। 1 ਤੋਂ 4 ਅੰਕ ਵਰਤੋ, ਜਿਵੇਂ 7212।
error-invalid-proficiency = «{ $value }» ਪੱਧਰ ਨਹੀਂ ਹੈ। basic, intermediate, advanced ਜਾਂ expert ਵਰਤੋ।
error-invalid-context = «{ $value }» ਸਿੱਖਣ ਦਾ ਤਰੀਕਾ ਨਹੀਂ ਹੈ। formal, non-formal ਜਾਂ informal ਵਰਤੋ।
error-invalid-stage = «{ $value }» ਪੜਾਅ ਨਹੀਂ ਹੈ। recruitment, pre-departure, arrival, career ਜਾਂ return ਵਰਤੋ।
error-invalid-field = «{ $value }» ਅਜਿਹੀ ਚੀਜ਼ ਨਹੀਂ ਜੋ ਤੁਸੀਂ ਬਦਲ ਸਕੋ। ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਵਰਤੋ: { $expected }।
error-empty-field = { $field ->
    [title] ਸਿਰਲੇਖ ਖਾਲੀ ਹੈ। ਇੱਕ ਛੋਟਾ ਸਿਰਲੇਖ ਲਿਖੋ।
   *[other] { $field } ਖਾਲੀ ਹੈ। ਇਸ ਵਿੱਚ ਕੁਝ ਲਿਖੋ।
}
error-date-order = ਆਖ਼ਰੀ ਤਾਰੀਖ਼ { $to } ਸ਼ੁਰੂ ਦੀ ਤਾਰੀਖ਼ { $from } ਤੋਂ ਪਹਿਲਾਂ ਹੈ। ਦੋਵੇਂ ਤਾਰੀਖ਼ਾਂ ਵੇਖੋ।
error-import-format = ਇਹ ਫ਼ਾਈਲ Carnet ਦਾ ਐਕਸਪੋਰਟ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਉਹ ਫ਼ਾਈਲ ਚੁਣੋ ਜੋ Carnet ਨੇ ਐਕਸਪੋਰਟ ਕੀਤੀ ਹੋਵੇ।

## Photos

error-evidence-not-an-image = ਇਹ ਫ਼ਾਈਲ ਫ਼ੋਟੋ ਨਹੀਂ ਹੈ। Carnet JPEG, PNG ਅਤੇ WebP ਤਸਵੀਰਾਂ ਲੈਂਦਾ ਹੈ।
error-evidence-unsupported-format = ਇਹ { $format } ਤਸਵੀਰ ਹੈ, ਅਤੇ Carnet ਇਸਨੂੰ ਵਰਤ ਨਹੀਂ ਸਕਦਾ। ਇਸਨੂੰ JPEG, PNG ਜਾਂ WebP ਵਜੋਂ ਸੰਭਾਲੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-evidence-damaged = ਫ਼ੋਟੋ ਖ਼ਰਾਬ ਜਾਂ ਅਧੂਰੀ ਹੈ। ਫ਼ੋਟੋ ਦੁਬਾਰਾ ਲਓ ਜਾਂ ਚੁਣੋ।
error-evidence-too-large = ਤਸਵੀਰ ਬਹੁਤ ਵੱਡੀ ਹੈ ({ $width } × { $height } ਪਿਕਸਲ)। ਘੱਟ ਕੁਆਲਿਟੀ ਦੀ ਸੈਟਿੰਗ ਨਾਲ ਫ਼ੋਟੋ ਲਓ, ਜਾਂ ਛੋਟੀ ਕਾਪੀ ਚੁਣੋ।
error-evidence-file-too-big = ਫ਼ਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ ({ $megabytes } MB)। ਹੱਦ 32 MB ਹੈ। ਛੋਟੀ ਫ਼ਾਈਲ ਚੁਣੋ।
error-evidence-encode-failed = Carnet ਫ਼ੋਟੋ ਸੰਭਾਲ ਨਹੀਂ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਫਿਰ ਹੋਵੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ Carnet ਬਣਾਉਣ ਵਾਲਿਆਂ ਨੂੰ ਦੱਸੋ।

## Sync with a hub (a computer at a drop-in centre that keeps an encrypted copy)

error-sync-bad-hub-address = «{ $url }» ਹੱਬ ਦਾ ਪਤਾ ਨਹੀਂ ਹੈ। ਹੱਬ ਦਾ ਪਤਾ ਇਸ ਤਰ੍ਹਾਂ ਦਿਸਦਾ ਹੈ: http://192.168.1.10:8470। ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
error-sync-no-hub = ਇਸ ਲੌਗਬੁੱਕ ਲਈ ਹਾਲੇ ਕੋਈ ਹੱਬ ਸੈੱਟ ਨਹੀਂ ਹੈ। ਕੇਂਦਰ ਤੋਂ ਉਹਨਾਂ ਦੇ ਹੱਬ ਦਾ ਪਤਾ ਪੁੱਛੋ।
error-sync-unreachable = Carnet { $url } ਉੱਤੇ ਹੱਬ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦਾ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੁਰੱਖਿਅਤ ਹੈ। ਕੇਂਦਰ ਦੇ ਨੈੱਟਵਰਕ ਨਾਲ ਜੁੜਨ 'ਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-sync-refused = ਹੱਬ ਇਸ ਲੌਗਬੁੱਕ ਲਈ ਇਹ ਡਿਵਾਈਸ ਨਹੀਂ ਮੰਨਦਾ। ਜੇ ਤੁਸੀਂ ਇਹ ਡਿਵਾਈਸ ਆਪਣੀ ਲੌਗਬੁੱਕ ਤੋਂ ਹਟਾਇਆ ਸੀ, ਤਾਂ ਇਹ ਠੀਕ ਹੈ। ਨਹੀਂ ਤਾਂ ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
error-sync-unknown-logbook = ਹੱਬ ਕੋਲ ਹਾਲੇ ਇਸ ਲੌਗਬੁੱਕ ਦੀ ਕਾਪੀ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਉਹ ਡਿਵਾਈਸ ਸਿੰਕ ਕਰੋ ਜਿਸ ਉੱਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-sync-rate-limited = ਹੱਬ ਰੁੱਝਿਆ ਹੋਇਆ ਹੈ। { $seconds } ਸਕਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੁਰੱਖਿਅਤ ਹੈ।
error-sync-hub-full = ਹੱਬ ਵਿੱਚ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਲਈ ਥਾਂ ਨਹੀਂ ਬਚੀ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੁਰੱਖਿਅਤ ਹੈ। ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
error-sync-hub-error = ਹੱਬ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਆਈ ({ $status } { $code })। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੁਰੱਖਿਅਤ ਹੈ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
error-sync-protocol = ਹੱਬ ਨੇ ਕੁਝ ਅਜਿਹਾ ਭੇਜਿਆ ਜੋ Carnet ਦਾ ਇਹ ਸੰਸਕਰਣ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੁਰੱਖਿਅਤ ਹੈ। Carnet ਅੱਪਡੇਟ ਕਰੋ, ਜਾਂ ਕੇਂਦਰ ਤੋਂ ਪੁੱਛੋ।
error-sync-forged = ਹੱਬ ਨੇ ਅਜਿਹਾ ਬਦਲਾਅ ਭੇਜਿਆ ਜੋ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਕਿਸੇ ਨੇ ਬਦਲਿਆ ਹੈ। Carnet ਨੇ ਇਸਨੂੰ ਨਹੀਂ ਵਰਤਿਆ, ਅਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਨਹੀਂ ਬਦਲੀ। ਕੇਂਦਰ ਨੂੰ ਦੱਸੋ।
error-sync-incomplete = ਹੱਬ ਨੇ ਉਹ ਸਾਰੇ ਬਦਲਾਅ ਨਹੀਂ ਭੇਜੇ ਜੋ ਉਸਨੂੰ ਭੇਜਣੇ ਚਾਹੀਦੇ ਸਨ। Carnet ਨੇ ਇਹਨਾਂ ਨੂੰ ਨਹੀਂ ਵਰਤਿਆ, ਅਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਨਹੀਂ ਬਦਲੀ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਕੇਂਦਰ ਨੂੰ ਦੱਸੋ।
error-sync-unknown-epoch = ਇਸ ਡਿਵਾਈਸ ਕੋਲ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਦੀ ਨਵੀਂ ਕੁੰਜੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਹੱਬ ਦੀਆਂ ਚੀਜ਼ਾਂ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ। ਜੇ ਤੁਸੀਂ ਇਹ ਡਿਵਾਈਸ ਹਟਾਇਆ ਸੀ, ਤਾਂ ਇਹ ਠੀਕ ਹੈ। ਨਹੀਂ ਤਾਂ ਇਸਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ।
error-sync-rolled-back = ਹੱਬ ਦਾ ਕੁਝ ਡੇਟਾ ਗੁਆਚ ਗਿਆ ਹੈ। ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਪੂਰੀ ਹੈ ਅਤੇ ਨਹੀਂ ਬਦਲੀ। ਕੇਂਦਰ ਨੂੰ ਦੱਸੋ।
error-sync-pairing-code = ਇਹ ਜੋੜਨ ਵਾਲਾ ਕੋਡ ਨਹੀਂ ਹੈ, ਜਾਂ ਇਸਦਾ ਕੁਝ ਹਿੱਸਾ ਨਹੀਂ ਹੈ। ਆਪਣੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਕੋਡ ਦੁਬਾਰਾ ਦਿਖਾਓ, ਅਤੇ ਪੂਰਾ ਸਕੈਨ ਕਰੋ ਜਾਂ ਲਿਖੋ।
error-sync-pairing-expired = ਇਹ ਜੋੜਨ ਵਾਲਾ ਕੋਡ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ। ਆਪਣੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਨਵਾਂ ਕੋਡ ਦਿਖਾਓ।
error-sync-pairing-taken = ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ ਨੇ ਪਹਿਲਾਂ ਹੀ ਇਸ ਕੋਡ ਦਾ ਜਵਾਬ ਦੇ ਦਿੱਤਾ। ਕੁਝ ਸਾਂਝਾ ਨਹੀਂ ਹੋਇਆ। ਆਪਣੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਨਵਾਂ ਕੋਡ ਦਿਖਾਓ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-sync-pairing-refused = ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸ ਨੇ ਇਸ ਜੋੜਨ ਤੋਂ ਨਾਂਹ ਕਰ ਦਿੱਤੀ। ਕੁਝ ਸਾਂਝਾ ਨਹੀਂ ਹੋਇਆ।
error-sync-remove-self = ਇਹ ਉਹੀ ਡਿਵਾਈਸ ਹੈ ਜੋ ਤੁਸੀਂ ਵਰਤ ਰਹੇ ਹੋ। ਇਸਨੂੰ ਹਟਾਉਣ ਲਈ, ਆਪਣੇ ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ ਤੋਂ ਕਰੋ।
error-sync-cancelled = ਤੁਸੀਂ ਦੂਜੇ ਡਿਵਾਈਸ ਦੀ ਉਡੀਕ ਰੋਕ ਦਿੱਤੀ। ਕੁਝ ਸਾਂਝਾ ਨਹੀਂ ਹੋਇਆ। ਜਦੋਂ ਦੋਵੇਂ ਡਿਵਾਈਸ ਤਿਆਰ ਹੋਣ, ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।

## Recovery sheet (carnet recovery-sheet, carnet recover)

error-sync-recovery-code = ਇਹ Carnet ਰਿਕਵਰੀ ਸ਼ੀਟ ਦਾ ਚੌਰਸ ਕੋਡ ਨਹੀਂ ਹੈ, ਜਾਂ Carnet ਇਸਨੂੰ ਪੂਰਾ ਨਹੀਂ ਪੜ੍ਹ ਸਕਿਆ। ਪੂਰੇ ਕੋਡ ਦੀ ਸਾਫ਼ ਫ਼ੋਟੋ ਲਓ, ਜਾਂ 12 ਸ਼ਬਦ ਲਿਖੋ।
error-sync-recovery-words = { $problem ->
    [count] ਰਿਕਵਰੀ ਸ਼ੀਟ ਵਿੱਚ 12 ਸ਼ਬਦ ਹੁੰਦੇ ਹਨ; ਤੁਸੀਂ { $position } ਦਿੱਤੇ। ਸਾਰੇ 12 ਤਰਤੀਬ ਨਾਲ ਲਿਖੋ।
    [unknown] ਸ਼ਬਦ ਨੰਬਰ { $position } ਰਿਕਵਰੀ ਸ਼ੀਟ ਦਾ ਸ਼ਬਦ ਨਹੀਂ ਹੈ। ਸ਼ੀਟ ਉੱਤੇ ਇਸਦੇ ਸ਼ਬਦ-ਜੋੜ ਵੇਖੋ।
   *[other] ਸ਼ਬਦ ਆਪਸ ਵਿੱਚ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਗ਼ਲਤ ਹੈ, ਜਾਂ ਦੋ ਦੀ ਥਾਂ ਬਦਲੀ ਹੋਈ ਹੈ। ਸ਼ੀਟ ਉੱਤੇ ਹਰ ਸ਼ਬਦ ਵੇਖੋ।
}
error-sync-recovery-no-box = ਹੱਬ ਕੋਲ ਇਸ ਰਿਕਵਰੀ ਸ਼ੀਟ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ। ਸ਼ਾਇਦ ਨਵੀਂ ਸ਼ੀਟ ਨੇ ਇਸਦੀ ਥਾਂ ਲੈ ਲਈ, ਜਾਂ ਸ਼ੀਟ ਕਿਸੇ ਹੋਰ ਹੱਬ ਦੀ ਹੈ। ਆਪਣੀ ਸਭ ਤੋਂ ਨਵੀਂ ਸ਼ੀਟ ਵਰਤੋ।
error-sheet-write = Carnet ਸ਼ੀਟ ਨੂੰ { $path } ਵਿੱਚ ਨਹੀਂ ਲਿਖ ਸਕਿਆ। ਫ਼ੋਲਡਰ ਅਤੇ ਖਾਲੀ ਥਾਂ ਵੇਖੋ। ({ $reason })

## The ESCO taxonomy

error-taxonomy-missing = Carnet ਨੂੰ ਆਪਣੀ ESCO ਡੇਟਾ ਫ਼ਾਈਲ ਨਹੀਂ ਮਿਲ ਰਹੀ ({ $path })। Carnet ਦੁਬਾਰਾ ਇੰਸਟਾਲ ਕਰੋ।
error-taxonomy-damaged = Carnet ਦੀ ESCO ਡੇਟਾ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ ({ $reason })। Carnet ਦੁਬਾਰਾ ਇੰਸਟਾਲ ਕਰੋ।
error-unknown-concept = ਕੋਈ ESCO ਹੁਨਰ ਜਾਂ ਕਿੱਤਾ «{ $concept }» ਨਹੀਂ ਹੈ। ਇਸਦਾ ਪਤਾ carnet esco search ਨਾਲ ਲੱਭੋ।
error-not-an-occupation = «{ $concept }» ਇੱਕ ESCO ਹੁਨਰ ਹੈ, ਕਿੱਤਾ ਨਹੀਂ। ਕਿੱਤਾ carnet esco search --kind occupation ਨਾਲ ਲੱਭੋ।

## The app: reading a picture, saving a file

error-qr-unreadable = Carnet ਨੂੰ ਇਸ ਤਸਵੀਰ ਵਿੱਚ ਚੌਰਸ ਕੋਡ ਨਹੀਂ ਮਿਲਿਆ। ਪੂਰੇ ਕੋਡ ਦੀ ਸਾਫ਼ ਫ਼ੋਟੋ ਲਓ, ਜਾਂ ਇਸਦੀ ਥਾਂ ਕੋਡ ਲਿਖੋ।
error-save-file = Carnet ਫ਼ਾਈਲ ਨੂੰ { $path } ਵਿੱਚ ਸੰਭਾਲ ਨਹੀਂ ਸਕਿਆ। ਖਾਲੀ ਥਾਂ ਵੇਖੋ। ({ $reason })

## Voice notes

error-evidence-not-audio = ਇਹ ਫ਼ਾਈਲ ਆਵਾਜ਼ ਦੀ ਰਿਕਾਰਡਿੰਗ ਨਹੀਂ ਹੈ। Carnet WebM, Ogg, MP4, M4A, AAC, MP3 ਅਤੇ WAV ਆਵਾਜ਼ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਲੈਂਦਾ ਹੈ।
error-evidence-audio-is-video = ਇਹ ਫ਼ਾਈਲ ਵੀਡੀਓ ਹੈ। Carnet ਸਿਰਫ਼ ਆਵਾਜ਼ ਰੱਖਦਾ ਹੈ। ਆਵਾਜ਼ ਨੋਟ ਰਿਕਾਰਡ ਕਰੋ, ਜਾਂ ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਚੁਣੋ।
error-evidence-audio-too-big = ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ ({ $megabytes } MB)। ਹੱਦ 5 MB ਹੈ। ਛੋਟਾ ਆਵਾਜ਼ ਨੋਟ ਰਿਕਾਰਡ ਕਰੋ।
error-evidence-audio-damaged = ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਜਾਂ ਅਧੂਰੀ ਹੈ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਰਿਕਾਰਡ ਕਰੋ ਜਾਂ ਚੁਣੋ।
error-evidence-not-evidence = ਇਹ ਫ਼ਾਈਲ ਨਾ ਫ਼ੋਟੋ ਹੈ ਨਾ ਆਵਾਜ਼ ਦੀ ਰਿਕਾਰਡਿੰਗ। Carnet ਫ਼ੋਟੋਆਂ (JPEG, PNG, WebP) ਅਤੇ ਆਵਾਜ਼ ਦੀਆਂ ਫ਼ਾਈਲਾਂ (WebM, Ogg, MP4, M4A, AAC, MP3, WAV) ਲੈਂਦਾ ਹੈ।
error-microphone-denied = Carnet ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਨਹੀਂ ਵਰਤ ਸਕਦਾ। ਆਪਣੇ ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਜਾਜ਼ਤ ਦਿਓ, ਜਾਂ ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਜੋੜੋ।
error-microphone-failed = Carnet ਰਿਕਾਰਡ ਨਹੀਂ ਕਰ ਸਕਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਜੋੜੋ।
error-recording-empty = ਕੁਝ ਰਿਕਾਰਡ ਨਹੀਂ ਹੋਇਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ ਅਤੇ ਬਟਨ ਦਬਾਉਣ ਤੋਂ ਬਾਅਦ ਬੋਲੋ।
error-evidence-missing = ਇਹ ਫ਼ੋਟੋ ਜਾਂ ਆਵਾਜ਼ ਨੋਟ ਹਾਲੇ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ ਹੈ ({ $sha })। ਲੈਣ ਲਈ ਸਿੰਕ ਕਰੋ।
