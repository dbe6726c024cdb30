# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = ਇੱਕ ਹੋਰ ਡਿਵਾਈਸ ਜੋੜੋ
app-pair-intro = ਆਪਣੀ ਲੌਗਬੁੱਕ ਆਪਣੇ ਕਿਸੇ ਹੋਰ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਉੱਤੇ ਰੱਖੋ। ਦੋਵਾਂ ਡਿਵਾਈਸਾਂ ਨੂੰ ਹੱਬ ਚਾਹੀਦਾ ਹੈ।
app-pair-start = ਇੱਕ ਹੋਰ ਡਿਵਾਈਸ ਜੋੜੋ
app-pair-passphrase = ਡਿਵਾਈਸ ਜੋੜਨ ਲਈ, ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ।
app-pair-show = ਕੋਡ ਦਿਖਾਓ
app-pair-scan = ਨਵੇਂ ਡਿਵਾਈਸ ਉੱਤੇ «ਲੌਗਬੁੱਕ ਨਾਲ ਜੁੜੋ» ਚੁਣੋ, ਫਿਰ ਇਹ ਚੌਰਸ ਕੋਡ ਸਕੈਨ ਕਰੋ ਜਾਂ ਇਸਦੇ ਹੇਠਾਂ ਲਿਖਿਆ ਟੈਕਸਟ ਲਿਖੋ।
app-pair-qr-alt = ਨਵੇਂ ਡਿਵਾਈਸ ਨਾਲ ਸਕੈਨ ਕਰਨ ਲਈ ਚੌਰਸ ਕੋਡ
app-pair-code-label = ਕੋਡ, ਟੈਕਸਟ ਵਜੋਂ
app-pair-expires = ਇਹ ਕੋਡ { $time } ਹੋਰ ਚੱਲੇਗਾ।
app-pair-waiting = ਨਵੇਂ ਡਿਵਾਈਸ ਦੀ ਉਡੀਕ…
app-pair-request = «{ $name }» ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਚਾਹੁੰਦਾ ਹੈ।
app-pair-compare = ਕੀ ਨਵਾਂ ਡਿਵਾਈਸ ਇਹੀ ਕੋਡ ਦਿਖਾ ਰਿਹਾ ਹੈ?
app-pair-approve = ਹਾਂ, ਇਜਾਜ਼ਤ ਦਿਓ
app-pair-refuse = ਨਹੀਂ
app-pair-approved = «{ $name }» ਕੋਲ ਹੁਣ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ। ਸਿੰਕ ਤੋਂ ਬਾਅਦ ਇਹ ਡਿਵਾਈਸਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਦਿਸੇਗਾ।
app-pair-refused = ਤੁਸੀਂ ਨਾਂਹ ਕੀਤੀ। «{ $name }» ਨੂੰ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ।
app-pair-again = ਨਵਾਂ ਕੋਡ ਦਿਖਾਓ

## Sync screen: the devices of this logbook

app-devices-title = ਤੁਹਾਡੇ ਡਿਵਾਈਸ
app-devices-none = ਹਾਲੇ ਤੱਕ ਕਿਸੇ ਡਿਵਾਈਸ ਨੇ ਇਹ ਲੌਗਬੁੱਕ ਸਿੰਕ ਨਹੀਂ ਕੀਤੀ। ਸਿੰਕ ਕਰੋ, ਅਤੇ ਇਹ ਡਿਵਾਈਸ ਇੱਥੇ ਦਿਸੇਗਾ।
app-devices-this = ਇਹ ਡਿਵਾਈਸ
app-devices-added = ਜੋੜਿਆ { $date }
app-devices-removed = ਹਟਾਇਆ { $date }
app-devices-remove = ਹਟਾਓ
app-devices-remove-confirm = «{ $name }» ਹਟਾਉਣਾ ਹੈ? ਇਹ ਉਦੋਂ ਵਰਤੋ ਜਦੋਂ ਫ਼ੋਨ ਗੁੰਮ ਜਾਵੇ, ਵੇਚ ਦਿੱਤਾ ਜਾਵੇ ਜਾਂ ਕਿਸੇ ਨੂੰ ਦੇ ਦਿੱਤਾ ਜਾਵੇ।
app-devices-remove-consequences = ਜੋ ਉਸ ਕੋਲ ਪਹਿਲਾਂ ਹੈ ਉਹ ਰਹੇਗਾ, ਪਰ ਹੁਣ ਤੋਂ ਤੁਸੀਂ ਜੋ ਵੀ ਜੋੜੋਗੇ ਉਹ ਉਸਨੂੰ ਨਹੀਂ ਮਿਲੇਗਾ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਨੂੰ ਨਵੀਂ ਕੁੰਜੀ ਮਿਲਦੀ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸਾਂ ਨੂੰ ਸਿੰਕ ਕਰਨ ਉੱਤੇ ਮਿਲ ਜਾਂਦੀ ਹੈ। ਉਸ ਡਿਵਾਈਸ ਨੂੰ ਦੁਬਾਰਾ ਵਰਤਣ ਲਈ, ਉਸਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ।
app-devices-remove-yes = ਹਾਂ, ਹਟਾਓ
app-devices-removed-done = «{ $name }» ਹਟਾ ਦਿੱਤਾ ਗਿਆ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਦੀ ਹੁਣ ਨਵੀਂ ਕੁੰਜੀ ਹੈ, ਜੋ ਉਸ ਡਿਵਾਈਸ ਕੋਲ ਨਹੀਂ ਹੈ।
app-devices-new-sheet = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਵਿੱਚ ਪੁਰਾਣੀ ਕੁੰਜੀ ਹੈ। ਹੁਣੇ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਨਵੀਂ ਬਣਾਓ, ਅਤੇ ਪੁਰਾਣੀ ਨਸ਼ਟ ਕਰ ਦਿਓ।

## First run: another way to start

app-start-other = ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਪਹਿਲਾਂ ਹੀ ਲੌਗਬੁੱਕ ਹੈ?
app-start-join = ਦੂਜੇ ਡਿਵਾਈਸ ਤੋਂ ਜੁੜੋ
app-start-recover = ਸ਼ੀਟ ਨਾਲ ਵਾਪਸ ਲਿਆਓ

## First run: joining a logbook from another device

app-join-title = ਲੌਗਬੁੱਕ ਨਾਲ ਜੁੜੋ
app-join-intro = ਆਪਣੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਸਿੰਕ ਖੋਲ੍ਹੋ ਅਤੇ «ਇੱਕ ਹੋਰ ਡਿਵਾਈਸ ਜੋੜੋ» ਚੁਣੋ। ਉਹ ਇੱਕ ਕੋਡ ਦਿਖਾਏਗਾ।
app-join-code = ਕੋਡ (ਇਹ CNP1: ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ)
app-join-code-hint = ਕੋਡ ਇੱਥੇ ਚਿਪਕਾਓ ਜਾਂ ਲਿਖੋ
app-join-picture = ਕੋਡ ਦੀ ਤਸਵੀਰ ਖੋਲ੍ਹੋ
app-join-name = ਇਸ ਡਿਵਾਈਸ ਦਾ ਨਾਮ
app-join-name-default = ਮੇਰਾ ਨਵਾਂ ਡਿਵਾਈਸ
app-join-passphrase = ਇਸ ਡਿਵਾਈਸ ਲਈ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ
app-join-send = ਅੱਗੇ
app-join-check = ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਇਹੀ ਕੋਡ ਦਿਸਣਾ ਚਾਹੀਦਾ ਹੈ। ਉੱਥੇ ਇਜਾਜ਼ਤ ਦਿਓ।
app-join-waiting = ਦੂਜੇ ਡਿਵਾਈਸ ਦੀ ਇਜਾਜ਼ਤ ਦੀ ਉਡੀਕ…
app-join-copying = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਕਾਪੀ ਹੋ ਰਹੀ ਹੈ…

## First run: recovering a logbook with a recovery sheet

app-recover-title = ਆਪਣੀ ਲੌਗਬੁੱਕ ਵਾਪਸ ਲਿਆਓ
app-recover-intro = ਆਪਣੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਅਤੇ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਵਰਤੋ। Carnet ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੱਬ ਤੋਂ ਵਾਪਸ ਲਿਆਉਂਦਾ ਹੈ।
app-recover-by-words = 12 ਸ਼ਬਦ ਲਿਖੋ
app-recover-by-code = ਚੌਰਸ ਕੋਡ ਵਰਤੋ
app-recover-words = 12 ਸ਼ਬਦ, ਤਰਤੀਬ ਨਾਲ
app-recover-words-hint = ਸ਼ਬਦ1 ਸ਼ਬਦ2 ਸ਼ਬਦ3 …
app-recover-hub = ਸ਼ੀਟ ਉੱਤੇ ਲਿਖਿਆ ਹੱਬ ਦਾ ਪਤਾ
app-recover-code = ਚੌਰਸ ਕੋਡ ਦਾ ਟੈਕਸਟ (ਇਹ CNS1: ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ)
app-recover-picture = ਸ਼ੀਟ ਦੀ ਫ਼ੋਟੋ ਖੋਲ੍ਹੋ
app-recover-passphrase = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ (ਜੋ ਤੁਸੀਂ ਪਹਿਲਾਂ ਵਰਤਦੇ ਸੀ)
app-recover-start = ਮੇਰੀ ਲੌਗਬੁੱਕ ਵਾਪਸ ਲਿਆਓ

## Reading a square code from a picture

app-picture-read = ਕੋਡ ਤਸਵੀਰ ਤੋਂ ਪੜ੍ਹ ਲਿਆ ਗਿਆ।
app-scan-camera = ਕੈਮਰੇ ਨਾਲ ਸਕੈਨ ਕਰੋ
error-camera-scan = ਕੋਈ ਕੋਡ ਨਹੀਂ ਪੜ੍ਹਿਆ ਗਿਆ। ਜੇ Carnet ਕੈਮਰਾ ਨਹੀਂ ਵਰਤ ਸਕਦਾ, ਤਾਂ ਆਪਣੇ ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਜਾਜ਼ਤ ਦਿਓ। ਤੁਸੀਂ ਕੋਡ ਦੀ ਫ਼ੋਟੋ ਵੀ ਖੋਲ੍ਹ ਸਕਦੇ ਹੋ।

## Settings: the recovery sheet

app-sheet-title = ਰਿਕਵਰੀ ਸ਼ੀਟ
app-sheet-intro = ਰਿਕਵਰੀ ਸ਼ੀਟ ਇੱਕ ਕਾਗ਼ਜ਼ ਹੈ ਜਿਸ ਉੱਤੇ 12 ਸ਼ਬਦ ਅਤੇ ਇੱਕ ਚੌਰਸ ਕੋਡ ਹੁੰਦਾ ਹੈ। ਜੇ ਇਹ ਫ਼ੋਨ ਗੁੰਮ ਜਾਵੇ, ਤਾਂ ਸ਼ੀਟ ਅਤੇ ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਨਵੇਂ ਫ਼ੋਨ ਉੱਤੇ ਵਾਪਸ ਲੈ ਆਉਂਦੇ ਹਨ। ਸ਼ੀਟ ਸੁਰੱਖਿਅਤ ਰੱਖੋ, ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਦੂਰ। ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਇਸਦੇ ਨਾਲ ਨਾ ਰੱਖੋ।
app-sheet-replaces = ਨਵੀਂ ਸ਼ੀਟ ਪੁਰਾਣੀ ਦੀ ਥਾਂ ਲੈਂਦੀ ਹੈ: ਪੁਰਾਣੀ ਸ਼ੀਟ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੰਦੀ ਹੈ।
app-sheet-needs-hub = ਸ਼ੀਟ ਹੱਬ ਵਰਤਦੀ ਹੈ। ਪਹਿਲਾਂ ਸਿੰਕ ਵਾਲੀ ਸਕਰੀਨ ਉੱਤੇ ਹੱਬ ਦਾ ਪਤਾ ਪਾਓ।
app-sheet-passphrase = ਸ਼ੀਟ ਬਣਾਉਣ ਲਈ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ
app-sheet-format = ਇਸ ਤਰ੍ਹਾਂ ਸੰਭਾਲੋ
app-sheet-pdf = PDF, ਛਾਪਣ ਲਈ
app-sheet-png = ਤਸਵੀਰ
app-sheet-make = ਰਿਕਵਰੀ ਸ਼ੀਟ ਬਣਾਓ
app-sheet-saved = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ { $path } ਵਿੱਚ ਸੰਭਾਲੀ ਗਈ। ਇਸਨੂੰ ਛਾਪੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਸ਼ਬਦ ਲਿਖ ਲਓ, ਅਤੇ ਕਾਗ਼ਜ਼ ਸੁਰੱਖਿਅਤ ਰੱਖੋ।
app-sheet-english = ਸ਼ੀਟ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ: Carnet ਹਾਲੇ ਇਸ ਉੱਤੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਦੇ ਅੱਖਰ ਨਹੀਂ ਬਣਾ ਸਕਦਾ।
app-sheet-words = ਤੁਹਾਡੇ 12 ਸ਼ਬਦ

## Settings: export and import

app-export-title = ਐਕਸਪੋਰਟ ਅਤੇ ਇੰਪੋਰਟ
app-export-intro = ਐਕਸਪੋਰਟ ਤੁਹਾਡੀ ਪੂਰੀ ਲੌਗਬੁੱਕ ਇੱਕ ਫ਼ਾਈਲ ਵਿੱਚ ਸੰਭਾਲਦਾ ਹੈ, ਆਪਣੇ ਕੋਲ ਰੱਖਣ ਲਈ ਜਾਂ ਆਪਣੀ ਪਸੰਦ ਦੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਦੇਣ ਲਈ।
app-export-consent = ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਪੜ੍ਹਨਯੋਗ ਰੂਪ ਵਿੱਚ ਹੈ: ਇਹ ਤੁਹਾਡੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਬੰਦ ਨਹੀਂ ਹੈ। ਜਿਸ ਕਿਸੇ ਨੂੰ ਵੀ ਇਹ ਫ਼ਾਈਲ ਮਿਲੇ, ਉਹ ਇਸ ਵਿੱਚ ਸਭ ਕੁਝ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਫ਼ੋਟੋਆਂ ਫ਼ਾਈਲ ਵਿੱਚ ਨਹੀਂ ਹਨ।
app-export-agree = ਮੈਂ ਸਮਝ ਗਿਆ/ਗਈ। ਫ਼ਾਈਲ ਸੰਭਾਲੋ
app-export = ਐਕਸਪੋਰਟ
app-export-saved = { $count ->
    [one] { $count } ਐਂਟਰੀ { $path } ਵਿੱਚ ਸੰਭਾਲੀ ਗਈ।
   *[other] { $count } ਐਂਟਰੀਆਂ { $path } ਵਿੱਚ ਸੰਭਾਲੀਆਂ ਗਈਆਂ।
}
app-import-intro = ਇੰਪੋਰਟ, ਐਕਸਪੋਰਟ ਕੀਤੀ ਫ਼ਾਈਲ ਦੀਆਂ ਚੀਜ਼ਾਂ ਇਸ ਲੌਗਬੁੱਕ ਵਿੱਚ ਜੋੜਦਾ ਹੈ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਵਿੱਚੋਂ ਕੁਝ ਨਹੀਂ ਮਿਟਦਾ।
app-import = ਫ਼ਾਈਲ ਇੰਪੋਰਟ ਕਰੋ
app-import-added = { $count ->
    [0] ਕੋਈ ਨਵੀਂ ਐਂਟਰੀ ਨਹੀਂ।
    [one] { $count } ਨਵੀਂ ਐਂਟਰੀ ਜੋੜੀ ਗਈ।
   *[other] { $count } ਨਵੀਆਂ ਐਂਟਰੀਆਂ ਜੋੜੀਆਂ ਗਈਆਂ।
}
app-import-updated = { $count ->
    [0] ਕੋਈ ਐਂਟਰੀ ਨਹੀਂ ਬਦਲੀ।
    [one] { $count } ਐਂਟਰੀ ਬਦਲੀ।
   *[other] { $count } ਐਂਟਰੀਆਂ ਬਦਲੀਆਂ।
}
app-import-unchanged = { $count ->
    [0] ਕੋਈ ਐਂਟਰੀ ਪਹਿਲਾਂ ਵਰਗੀ ਨਹੀਂ ਸੀ।
    [one] { $count } ਐਂਟਰੀ ਪਹਿਲਾਂ ਵਰਗੀ ਹੀ ਸੀ।
   *[other] { $count } ਐਂਟਰੀਆਂ ਪਹਿਲਾਂ ਵਰਗੀਆਂ ਹੀ ਸਨ।
}
app-import-profile = ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ ਅੱਪਡੇਟ ਹੋ ਗਈ।
app-import-missing-photos = { $count ->
    [one] ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੀ { $count } ਫ਼ੋਟੋ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ ਹੈ।
   *[other] ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੀਆਂ { $count } ਫ਼ੋਟੋਆਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ ਹਨ।
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਹਾਲੇ ਵੀ ਕੰਮ ਕਰਦੀ ਹੈ, ਤੁਹਾਡੇ ਨਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ।
app-passphrase-sheet-not-updated = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਹੱਬ ਉੱਤੇ ਅੱਪਡੇਟ ਨਹੀਂ ਹੋ ਸਕੀ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਨਵੀਂ ਨਹੀਂ ਬਣਾਉਂਦੇ, ਇਸਨੂੰ ਤੁਹਾਡਾ ਪੁਰਾਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਚਾਹੀਦਾ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਜੁੜੇ ਹੋਵੋ, ਨਵੀਂ ਸ਼ੀਟ ਬਣਾਓ।

## This device's name

app-device-name = ਇਸ ਡਿਵਾਈਸ ਦਾ ਨਾਮ
app-device-name-hint = ਉਹ ਨਾਮ ਜੋ ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸ ਇਸ ਲਈ ਦਿਖਾਉਂਦੇ ਹਨ, ਜਿਵੇਂ «ਅਮੀਨਾ ਦਾ ਫ਼ੋਨ»।
app-device-name-saved = ਸੰਭਾਲਿਆ ਗਿਆ। ਇਸ ਡਿਵਾਈਸ ਦੇ ਸਿੰਕ ਹੋਣ ਤੋਂ ਬਾਅਦ ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸ ਇਸਨੂੰ ਦਿਖਾਉਣਗੇ।
