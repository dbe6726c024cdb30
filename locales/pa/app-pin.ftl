# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = PIN ਨਾਲ ਖੋਲ੍ਹੋ
app-pin-intro = PIN ਇੱਕ ਛੋਟਾ ਨੰਬਰ ਹੈ ਜੋ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਸਿਰਫ਼ ਇਸੇ ਡਿਵਾਈਸ ਉੱਤੇ ਖੋਲ੍ਹਦਾ ਹੈ। ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਹਾਲੇ ਵੀ ਕੰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਦੂਜੇ ਡਿਵਾਈਸਾਂ ਨੂੰ ਹਾਲੇ ਵੀ ਇਸਦੀ ਲੋੜ ਹੈ।
app-pin-unavailable = ਇਸ ਡਿਵਾਈਸ ਵਿੱਚ PIN ਰੱਖਣ ਦੀ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਨਹੀਂ ਹੈ। ਆਪਣੀ ਲੌਗਬੁੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੋਲ੍ਹੋ।
app-pin-on = PIN ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਖੋਲ੍ਹਦਾ ਹੈ।
app-pin-new = ਨਵਾਂ PIN (6 ਤੋਂ 12 ਅੰਕ)
app-pin-again = PIN ਦੁਬਾਰਾ ਲਿਖੋ
app-pin-set = ਇਹ PIN ਵਰਤੋ
app-pin-set-done = ਤੁਹਾਡਾ PIN ਤਿਆਰ ਹੈ। ਅਗਲੀ ਵਾਰ ਆਪਣੀ ਲੌਗਬੁੱਕ ਇਸ ਨਾਲ ਖੋਲ੍ਹੋ।
app-pin-remove = PIN ਵਰਤਣਾ ਬੰਦ ਕਰੋ
app-pin-removed = PIN ਬੰਦ ਹੋ ਗਿਆ। ਆਪਣੀ ਲੌਗਬੁੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੋਲ੍ਹੋ।
app-pin-mismatch = ਦੋਵੇਂ PIN ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।

## Unlock

app-pin = PIN
app-pin-unlock = ਮੇਰੇ PIN ਨਾਲ ਖੋਲ੍ਹੋ
app-pin-use-passphrase = ਇਸਦੀ ਥਾਂ ਮੇਰਾ ਪਾਸਫ਼ਰੇਜ਼ ਵਰਤੋ
app-pin-use-pin = ਮੇਰਾ PIN ਵਰਤੋ

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN ਵਿੱਚ 6 ਤੋਂ 12 ਅੰਕ ਹੁੰਦੇ ਹਨ, ਹੋਰ ਕੁਝ ਨਹੀਂ।
error-pin-wrong = ਇਹ PIN ਸਹੀ ਨਹੀਂ ਹੈ। { $left ->
    [one] 1 ਹੋਰ ਕੋਸ਼ਿਸ਼, ਫਿਰ ਤੁਹਾਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਚਾਹੀਦਾ ਹੋਵੇਗਾ।
   *[other] { $left } ਹੋਰ ਕੋਸ਼ਿਸ਼ਾਂ, ਫਿਰ ਤੁਹਾਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਚਾਹੀਦਾ ਹੋਵੇਗਾ।
}
error-pin-locked = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ PIN, ਇਸ ਲਈ PIN ਬੰਦ ਹੋ ਗਿਆ। ਆਪਣੀ ਲੌਗਬੁੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੋਲ੍ਹੋ। ਫਿਰ ਤੁਸੀਂ ਨਵਾਂ PIN ਬਣਾ ਸਕਦੇ ਹੋ।
error-pin-none = ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਕੋਈ PIN ਨਹੀਂ ਹੈ। ਆਪਣੀ ਲੌਗਬੁੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੋਲ੍ਹੋ।
error-pin-keystore = ਇਸ ਡਿਵਾਈਸ ਦੀ ਸੁਰੱਖਿਅਤ ਥਾਂ ਨੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ, ਇਸ ਲਈ PIN ਹੁਣ ਨਹੀਂ ਵਰਤਿਆ ਜਾ ਸਕਦਾ। ਆਪਣੀ ਲੌਗਬੁੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੋਲ੍ਹੋ।
