# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = ਮੇਰੀਆਂ ਪੁਸ਼ਟੀਆਂ
app-present = ਮੇਰੇ ਹੁਨਰ ਦਿਖਾਓ
app-verify = ਕੋਡ ਜਾਂਚੋ

## Wallet

app-wallet-title = ਮੇਰੀਆਂ ਪੁਸ਼ਟੀਆਂ
app-wallet-intro = ਇਹ ਉਹ ਹੁਨਰ ਹਨ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਕਿਸੇ ਨੇ ਤੁਹਾਡੇ ਲਈ ਦਸਤਖ਼ਤ ਕੀਤੇ ਹਨ। ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ QR ਕੋਡ ਨਾਲ ਦਿਖਾ ਸਕਦੇ ਹੋ।
app-wallet-empty = ਹਾਲੇ ਤੱਕ ਕਿਸੇ ਨੇ ਤੁਹਾਡੇ ਕਿਸੇ ਹੁਨਰ ਉੱਤੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕੀਤੇ। ਕਿਸੇ ਟ੍ਰੇਨਰ, ਮਾਲਕ ਜਾਂ ਕੇਂਦਰ ਨੂੰ ਕਹੋ ਕਿ ਤੁਹਾਡੇ ਕੰਮ ਦੀ ਪੁਸ਼ਟੀ ਕਰੇ।
app-wallet-by = ਦਸਤਖ਼ਤ: { $name } ({ $kind }, { $country })
app-wallet-issued = ਦਸਤਖ਼ਤ ਦੀ ਤਾਰੀਖ਼ { $date }
app-wallet-expires = { $date } ਤੱਕ ਜਾਇਜ਼
app-wallet-expired = { $date } ਨੂੰ ਖ਼ਤਮ ਹੋ ਗਈ
app-wallet-no-expiry = ਕਦੇ ਖ਼ਤਮ ਨਹੀਂ ਹੁੰਦੀ
app-wallet-damaged = ਇਹ ਪੁਸ਼ਟੀ ਖ਼ਰਾਬ ਹੈ ਅਤੇ ਦਿਖਾਈ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਜਿਸਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਸਨ ਉਸ ਤੋਂ ਨਵੀਂ ਮੰਗੋ।
app-standing-valid = ਜਾਂਚਿਆ ਗਿਆ: ਤੁਹਾਡੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਵਿੱਚ ਕਿਸੇ ਦੇ ਦਸਤਖ਼ਤ
app-standing-unknown-issuer = ਦਸਤਖ਼ਤ ਹਨ, ਪਰ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਾ ਤੁਹਾਡੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ
app-standing-expired = ਸਮਾਂ ਖ਼ਤਮ
app-standing-revoked = ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਨੇ ਵਾਪਸ ਲੈ ਲਈ
app-standing-malformed = ਖ਼ਰਾਬ

## Present: choosing what to show

app-present-title = ਮੇਰੇ ਹੁਨਰ ਦਿਖਾਓ
app-present-endorsed = ਕਿਸੇ ਦੇ ਦਸਤਖ਼ਤ ਵਾਲੇ
app-present-self = ਸਿਰਫ਼ ਮੈਂ ਦੱਸਿਆ
app-present-self-hint = ਜਾਂਚ ਕਰਨ ਵਾਲਾ ਇਹਨਾਂ ਨੂੰ ਤੁਹਾਡੀ ਆਪਣੀ ਗੱਲ ਮੰਨੇਗਾ, ਦਸਤਖ਼ਤ ਵਾਲੇ ਨਹੀਂ।
app-present-details = ਹਰ ਇੱਕ ਵਿੱਚੋਂ ਕੀ ਦਿਖਾਉਣਾ ਹੈ
app-present-details-all = ਸਭ ਕੁਝ
app-present-details-short = ਸਿਰਫ਼ ਨਾਮ ਅਤੇ ਪੱਧਰ
app-present-stage = ਇਹ ਕਿਸ ਲਈ ਹੈ?
app-present-print = ਕਾਗ਼ਜ਼ ਉੱਤੇ ਛਾਪਣ ਲਈ (5 ਸਾਲ ਤੱਕ ਜਾਇਜ਼)
app-present-make = QR ਕੋਡ ਦਿਖਾਓ
app-present-none = ਦਿਖਾਉਣ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਚੀਜ਼ ਚੁਣੋ।
app-present-nothing-yet = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਖਾਲੀ ਹੈ। ਪਹਿਲਾਂ ਕੁਝ ਜੋੜੋ।

## Present: the QR code

app-qr-title = ਉਹਨਾਂ ਨੂੰ ਇਹ ਕੋਡ ਸਕੈਨ ਕਰਨ ਦਿਓ
app-qr-expires = ਇਹ ਕੋਡ { $date } ਤੱਕ ਕੰਮ ਕਰੇਗਾ।
app-qr-preview = ਜਾਂਚ ਕਰਨ ਵਾਲਾ ਕੀ ਵੇਖੇਗਾ
app-qr-preview-hide = ਜਾਂਚ ਕਰਨ ਵਾਲੇ ਦਾ ਦ੍ਰਿਸ਼ ਲੁਕਾਓ
app-qr-done = ਹੋ ਗਿਆ
app-qr-preview-note = ਇਸ ਫ਼ੋਨ ਵਰਗੀਆਂ ਭਰੋਸੇ ਦੀਆਂ ਸੂਚੀਆਂ ਵਾਲਾ ਜਾਂਚ ਕਰਨ ਵਾਲਾ ਇਹੀ ਵੇਖੇਗਾ।

## Verify

app-verify-title = ਕੋਡ ਜਾਂਚੋ
app-verify-intro = Carnet ਦੇ QR ਕੋਡ ਦੀ ਤਸਵੀਰ ਲਓ ਜਾਂ ਚੁਣੋ। ਕੁਝ ਵੀ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ: ਜਾਂਚ ਇਸੇ ਡਿਵਾਈਸ ਉੱਤੇ ਹੁੰਦੀ ਹੈ।
app-verify-picture = ਤਸਵੀਰ ਲਓ ਜਾਂ ਚੁਣੋ
app-verify-text = ਜਾਂ ਕੋਡ ਦਾ ਟੈਕਸਟ ਚਿਪਕਾਓ (ਇਹ CN1: ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ)
app-verify-check = ਜਾਂਚੋ
app-verify-checking = ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…
app-verify-again = ਹੋਰ ਕੋਡ ਜਾਂਚੋ

## The verdict

app-verdict-title = ਨਤੀਜਾ
app-verdict-made = { $stage } ਲਈ { $date } ਨੂੰ ਬਣਾਇਆ ਗਿਆ।
app-verdict-expires = ਕੋਡ { $date } ਤੱਕ ਕੰਮ ਕਰੇਗਾ।
app-verdict-newer = ਇਹ ਕੋਡ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਇਆ ਹੈ। ਜਾਂਚਣ ਲਈ Carnet ਅੱਪਡੇਟ ਕਰੋ।
app-item-endorsed = ਦਸਤਖ਼ਤ ਹੋਏ
app-item-self = ਉਹਨਾਂ ਦੀ ਆਪਣੀ ਗੱਲ
app-item-assessed = ਜਾਂਚ ਦਾ ਤਰੀਕਾ: { $how }
app-item-hidden = { $count ->
    [one] 1 ਜਾਣਕਾਰੀ ਵਿਅਕਤੀ ਨੇ ਲੁਕਾਈ ਹੈ।
   *[other] { $count } ਜਾਣਕਾਰੀਆਂ ਵਿਅਕਤੀ ਨੇ ਲੁਕਾਈਆਂ ਹਨ।
}

## Errors of these screens

error-wallet-no-key = ਇਸ ਲੌਗਬੁੱਕ ਕੋਲ ਦਸਤਖ਼ਤ ਕਰਨ ਲਈ ਕੁੰਜੀ ਨਹੀਂ ਹੈ। ਕੁਝ ਨਹੀਂ ਦਿਖਾਇਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸਮੱਸਿਆ ਦੱਸੋ।
error-wallet-not-endorsed = «{ $title }» ਉੱਤੇ ਹਾਲੇ ਕਿਸੇ ਨੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕੀਤੇ। ਇਸਨੂੰ «ਸਿਰਫ਼ ਮੈਂ ਦੱਸਿਆ» ਵਜੋਂ ਦਿਖਾਓ, ਜਾਂ ਕਿਸੇ ਤੋਂ ਇਸਦੀ ਪੁਸ਼ਟੀ ਕਰਵਾਓ।
error-wallet-credential-damaged = «{ $title }» ਦੀ ਪੁਸ਼ਟੀ ਖ਼ਰਾਬ ਹੈ। ਇਸਨੂੰ «ਸਿਰਫ਼ ਮੈਂ ਦੱਸਿਆ» ਵਜੋਂ ਦਿਖਾਓ, ਜਾਂ ਨਵੀਂ ਮੰਗੋ।
error-wallet-entry-unfit = «{ $title }» ਕੋਡ ਵਿੱਚ ਨਹੀਂ ਜਾ ਸਕਦਾ: ਇਸਦਾ { $field } ਬਹੁਤ ਲੰਮਾ ਹੈ ਜਾਂ ਸਹੀ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਐਂਟਰੀ ਬਦਲੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-wallet-selected-twice = «{ $title }» ਦੋ ਵਾਰ ਚੁਣਿਆ ਗਿਆ ਹੈ। ਇਸਨੂੰ ਇੱਕ ਵਾਰ ਚੁਣੋ।
error-wallet-nothing-chosen = ਦਿਖਾਉਣ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਚੀਜ਼ ਚੁਣੋ।
error-wallet-too-large = ਇਹ ਇੱਕ QR ਕੋਡ ਲਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ ({ $chars } ਅੱਖਰ)। ਘੱਟ ਚੀਜ਼ਾਂ ਚੁਣੋ, ਜਾਂ ਸਿਰਫ਼ ਨਾਮ ਅਤੇ ਪੱਧਰ ਦਿਖਾਓ।
error-wallet-credential = ਕੋਡ ਨਹੀਂ ਬਣ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਦਿਖਾਇਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸਮੱਸਿਆ ਦੱਸੋ। (ਮਦਦ ਕਰਨ ਵਾਲੇ ਲਈ: { $reason })
error-wallet-no-code = ਇਸ ਤਸਵੀਰ ਵਿੱਚ Carnet ਦਾ ਕੋਈ QR ਕੋਡ ਨਹੀਂ ਮਿਲਿਆ। ਤਸਵੀਰ ਦੁਬਾਰਾ ਲਓ, ਨੇੜਿਓਂ ਅਤੇ ਸਾਫ਼, ਪੂਰਾ ਕੋਡ ਅੰਦਰ ਰੱਖ ਕੇ।
error-wallet-not-a-picture = ਇਹ ਫ਼ਾਈਲ ਅਜਿਹੀ ਤਸਵੀਰ ਨਹੀਂ ਜੋ Carnet ਪੜ੍ਹ ਸਕੇ। ਫ਼ੋਟੋ ਵਰਤੋ (JPEG ਜਾਂ PNG)।
error-wallet-picture-too-large = ਤਸਵੀਰ ਬਹੁਤ ਵੱਡੀ ਹੈ ({ $width } × { $height } ਪਿਕਸਲ)। ਛੋਟੀ ਤਸਵੀਰ ਲਓ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-wallet-got-request = ਇਹ ਕਿਸੇ ਦੇ ਹੁਨਰਾਂ ਉੱਤੇ ਦਸਤਖ਼ਤ ਦੀ ਬੇਨਤੀ ਹੈ, ਹੁਨਰ ਦਿਖਾਉਣ ਵਾਲਾ ਕੋਡ ਨਹੀਂ। ਕੁਝ ਨਹੀਂ ਜਾਂਚਿਆ ਗਿਆ।
error-wallet-trust-damaged = ਤੁਹਾਡੀਆਂ ਭਰੋਸੇ ਦੀਆਂ ਸੂਚੀਆਂ ਖ਼ਰਾਬ ਹਨ ਜਾਂ ਬਦਲੀਆਂ ਗਈਆਂ ਹਨ। ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ। ਉਦੋਂ ਤੱਕ ਕਿਸੇ ਵੀ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਉੱਤੇ ਭਰੋਸਾ ਨਹੀਂ ਮੰਨਿਆ ਜਾਵੇਗਾ।
error-wallet-trust-unreadable = Carnet ਤੁਹਾਡੀਆਂ ਭਰੋਸੇ ਦੀਆਂ ਸੂਚੀਆਂ { $path } ਵਿੱਚ ਨਹੀਂ ਪੜ੍ਹ ਸਕਿਆ। ਵੇਖੋ ਕਿ ਡਿਵਾਈਸ ਵਿੱਚ ਥਾਂ ਹੈ। (ਮਦਦ ਕਰਨ ਵਾਲੇ ਲਈ: { $reason })
error-wallet-not-yours = ਇਹ ਪੁਸ਼ਟੀ ਕਿਸੇ ਹੋਰ ਦੀ ਲੌਗਬੁੱਕ ਲਈ ਬਣੀ ਸੀ, ਤੁਹਾਡੀ ਨਹੀਂ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਪੱਕਾ ਕਰੋ ਕਿ ਤੁਹਾਨੂੰ ਆਪਣੀ ਫ਼ਾਈਲ ਮਿਲੀ ਹੈ।
error-wallet-bad-signature = ਇਸ ਫ਼ਾਈਲ ਉੱਤੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਇਹ ਬਦਲੀ ਗਈ ਜਾਂ ਖ਼ਰਾਬ ਹੈ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਮੰਗੋ।
error-wallet-not-a-credential = ਇਹ ਫ਼ਾਈਲ Carnet ਦੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੈ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਜਿਸਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਉਸ ਤੋਂ ਉਹਨਾਂ ਦੀ ਬਣਾਈ ਫ਼ਾਈਲ ਮੰਗੋ।
error-wallet-too-many = ਇੱਕ ਵਾਰ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਚੀਜ਼ਾਂ ਮੰਗੋ। ਘੱਟ ਚੁਣੋ।
error-wallet-not-from-request = ਇਹ ਪੁਸ਼ਟੀ ਨਹੀਂ ਦੱਸਦੀ ਕਿ ਇਹ ਤੁਹਾਡੀ ਕਿਹੜੀ ਐਂਟਰੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰਦੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਆਪਣੀ ਬੇਨਤੀ ਵਾਲੇ ਕੋਡ ਤੋਂ ਬਣੀ ਨਵੀਂ ਮੰਗੋ।
error-wallet-entry-gone = ਇਹ ਪੁਸ਼ਟੀ ਅਜਿਹੀ ਐਂਟਰੀ ਦੀ ਹੈ ਜੋ ਹੁਣ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਜੇ ਤੁਸੀਂ ਇਸਨੂੰ ਹਟਾਇਆ ਸੀ, ਤਾਂ ਕਿਸੇ ਕਾਪੀ ਤੋਂ ਦੁਬਾਰਾ ਜੋੜੋ, ਫਿਰ ਨਵੀਂ ਪੁਸ਼ਟੀ ਮੰਗੋ।

## Asking for a signature, and keeping it

app-request = ਦਸਤਖ਼ਤ ਮੰਗੋ
app-request-title = ਦਸਤਖ਼ਤ ਮੰਗੋ
app-request-intro = ਇਹ ਕੋਡ ਉਸ ਟ੍ਰੇਨਰ, ਮਾਲਕ ਜਾਂ ਕੇਂਦਰ ਨੂੰ ਦਿਖਾਓ ਜੋ ਤੁਹਾਡੇ ਕੰਮ ਦੀ ਪੁਸ਼ਟੀ ਕਰੇਗਾ। ਉਹ ਇਸਨੂੰ Carnet ਨਾਲ ਸਕੈਨ ਕਰਕੇ ਤੁਹਾਨੂੰ ਦਸਤਖ਼ਤ ਵਾਲੀ ਫ਼ਾਈਲ ਵਾਪਸ ਦੇਣਗੇ।
app-request-key = ਤੁਹਾਡੀ ਕੁੰਜੀ: { $kid }। ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਾ ਵੀ ਇਹੀ ਕੋਡ ਵੇਖਦਾ ਹੈ।
app-request-text = ਇਹੀ ਕੋਡ ਟੈਕਸਟ ਵਜੋਂ, ਸੁਨੇਹੇ ਵਿੱਚ ਭੇਜਣ ਲਈ
app-request-next = ਜਦੋਂ ਦਸਤਖ਼ਤ ਵਾਲੀ ਫ਼ਾਈਲ ਮਿਲ ਜਾਵੇ, ਤਾਂ «ਮੇਰੀਆਂ ਪੁਸ਼ਟੀਆਂ» ਖੋਲ੍ਹੋ ਅਤੇ «ਦਸਤਖ਼ਤ ਵਾਲੀ ਫ਼ਾਈਲ ਜੋੜੋ» ਦਬਾਓ।
app-receive = ਦਸਤਖ਼ਤ ਵਾਲੀ ਫ਼ਾਈਲ ਜੋੜੋ
app-received = ਰੱਖ ਲਿਆ ਗਿਆ: { $name } ({ $kind }) ਨੇ { $titles } ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ।
