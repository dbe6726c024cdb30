# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] ਇਹ ਬੇਨਤੀ ਖ਼ਰਾਬ ਹੈ, ਜਾਂ Carnet ਦੀ ਬੇਨਤੀ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਮੰਗੋ।
        [credential] ਇਹ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ, ਜਾਂ Carnet ਦਾ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨਹੀਂ ਹੈ। ਜਿਸਨੇ ਤੁਹਾਡੀਆਂ ਐਂਟਰੀਆਂ ਦੀ ਪੁਸ਼ਟੀ ਕੀਤੀ, ਉਸਨੂੰ ਇਹ ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕਹੋ।
       *[other] ਇਹ ਖ਼ਰਾਬ ਹੈ, ਜਾਂ Carnet ਦੀ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ।
    }
error-credential-wrong-file = { $expected ->
        [request] ਇਹ Carnet ਦੀ ਬੇਨਤੀ ਨਹੀਂ ਹੈ: ਇਹ Carnet ਦੀ ਕਿਸੇ ਹੋਰ ਕਿਸਮ ਦੀ ਫ਼ਾਈਲ ਹੈ। ਬੇਨਤੀ carnet request ਨਾਲ ਬਣਦੀ ਹੈ।
        [credential] ਇਹ Carnet ਦਾ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨਹੀਂ ਹੈ: ਇਹ Carnet ਦੀ ਕਿਸੇ ਹੋਰ ਕਿਸਮ ਦੀ ਫ਼ਾਈਲ ਹੈ। ਵੇਖੋ ਕਿ ਤੁਸੀਂ ਉਹੀ ਫ਼ਾਈਲ ਚੁਣੀ ਹੈ ਜੋ ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲੇ ਨੇ ਤੁਹਾਨੂੰ ਦਿੱਤੀ।
       *[other] ਇਹ Carnet ਦੀ ਕਿਸੇ ਹੋਰ ਕਿਸਮ ਦੀ ਫ਼ਾਈਲ ਹੈ। ਵੇਖੋ ਕਿ ਤੁਸੀਂ ਸਹੀ ਫ਼ਾਈਲ ਚੁਣੀ ਹੈ।
    }
error-credential-newer-version = { $what ->
        [request] ਇਹ ਬੇਨਤੀ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਈ ਹੈ।
        [credential] ਇਹ ਪ੍ਰਮਾਣ-ਪੱਤਰ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਇਆ ਹੈ।
        [text] ਇਹ ਕੋਡ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਇਆ ਹੈ।
       *[other] ਇਹ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਇਆ ਹੈ।
    } Carnet ਅੱਪਡੇਟ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-credential-invalid-field = ਇੱਕ ਮੁੱਲ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ({ $field }): ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ ਜਾਂ ਸਹੀ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
error-credential-entry-count = ਇੱਕ ਬੇਨਤੀ ਵਿੱਚ 1 ਤੋਂ { $max } ਐਂਟਰੀਆਂ ਹੁੰਦੀਆਂ ਹਨ, { $found } ਨਹੀਂ। ਵੱਧ ਦੀ ਪੁਸ਼ਟੀ ਲਈ ਦੋ ਬੇਨਤੀਆਂ ਬਣਾਓ।
error-credential-invalid-key = ਇਹ ਸਹੀ ਜਨਤਕ ਕੁੰਜੀ ਨਹੀਂ ਹੈ। ਵੇਖੋ ਕਿ ਪੂਰੀ ਕਾਪੀ ਹੋਈ ਹੋਵੇ।
error-credential-bad-signature = ਇਸ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਉੱਤੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਦਸਤਖ਼ਤ ਤੋਂ ਬਾਅਦ ਇਹ ਬਦਲਿਆ ਗਿਆ ਜਾਂ ਖ਼ਰਾਬ ਹੋ ਗਿਆ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਫ਼ਾਈਲ ਦੁਬਾਰਾ ਮੰਗੋ।
error-credential-not-yours = ਇਹ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਕਿਸੇ ਹੋਰ ਦੀ ਲੌਗਬੁੱਕ ਲਈ ਬਣਿਆ ਸੀ, ਤੁਹਾਡੀ ਨਹੀਂ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਪੱਕਾ ਕਰੋ ਕਿ ਤੁਹਾਨੂੰ ਆਪਣੀ ਫ਼ਾਈਲ ਮਿਲੀ ਹੈ।
error-credential-no-such-entry = ਇਸ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਵਿੱਚ ਐਂਟਰੀ { $index } ਨਹੀਂ ਹੈ।
error-credential-duplicate-entry = ਐਂਟਰੀ { $index } ਦੋ ਵਾਰ ਚੁਣੀ ਗਈ ਹੈ।
error-credential-wrong-prefix = ਇਹ ਟੈਕਸਟ Carnet ਕੋਡ ਨਹੀਂ ਹੈ: ਇਹ CN1: (ਜਾਂਚਣ ਵਾਲੇ ਹੁਨਰ) ਜਾਂ CNR1: (ਪੁਸ਼ਟੀ ਦੀ ਬੇਨਤੀ) ਨਾਲ ਸ਼ੁਰੂ ਨਹੀਂ ਹੁੰਦਾ।
error-credential-base45 = ਟੈਕਸਟ ਵਿੱਚ ਅਜਿਹੇ ਅੱਖਰ ਹਨ ਜੋ Carnet ਕੋਡ ਵਿੱਚ ਨਹੀਂ ਹੋ ਸਕਦੇ। ਸ਼ਾਇਦ ਇਹ ਕੱਟਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ ਹੈ।
error-credential-zlib = ਕੋਡ ਕੱਟਿਆ ਹੋਇਆ ਜਾਂ ਖ਼ਰਾਬ ਹੈ।
error-credential-too-large = ਕੋਡ Carnet ਕੋਡ ਹੋਣ ਲਈ ਬਹੁਤ ਹੀ ਵੱਡਾ ਹੈ।

## QR codes

error-qr-not-alphanumeric = ਟੈਕਸਟ ਵਿੱਚ ਅਜਿਹੇ ਅੱਖਰ ਹਨ ਜੋ Carnet ਦਾ QR ਕੋਡ ਨਹੀਂ ਰੱਖ ਸਕਦਾ। ਇਹ Carnet ਦੀ ਗੜਬੜ ਹੈ; ਕਿਰਪਾ ਕਰਕੇ ਇਸਦੀ ਸੂਚਨਾ ਦਿਓ।
error-qr-too-large = ਇਹ ਇੱਕ QR ਕੋਡ ਲਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ: { $chars } ਅੱਖਰ, ਜਦਕਿ ਫ਼ੋਨ ਸੌਖਿਆਂ ਪੜ੍ਹਨ ਵਾਲਾ QR ਕੋਡ (ਸੰਸਕਰਣ { $version }, ਪੱਧਰ { $ec }) { $capacity } ਰੱਖਦਾ ਹੈ। ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ। { $what ->
        [request] ਇੱਕ ਵਾਰ ਵਿੱਚ ਘੱਟ ਐਂਟਰੀਆਂ ਮੰਗੋ, ਜਾਂ ਬੇਨਤੀ ਨੂੰ .cbor ਉੱਤੇ ਖ਼ਤਮ ਹੋਣ ਵਾਲੀ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੋ।
       *[other] ਘੱਟ ਐਂਟਰੀਆਂ ਚੁਣੋ, ਜਾਂ --fields ਨਾਲ ਘੱਟ ਹਿੱਸੇ ਦਿਖਾਓ।
    }
error-qr-bad-version = QR ਕੋਡ ਦਾ ਇਹ ਆਕਾਰ ਨਹੀਂ ਹੁੰਦਾ।
error-qr-bad-module-size = ਬਿੰਦੂ ਦਾ ਇਹ ਆਕਾਰ ਸੰਭਵ ਨਹੀਂ।
error-qr-not-an-image = ਇਹ ਫ਼ਾਈਲ ਅਜਿਹੀ ਤਸਵੀਰ ਨਹੀਂ ਜੋ Carnet ਪੜ੍ਹ ਸਕੇ। PNG, JPEG ਜਾਂ WebP ਵਰਤੋ।
error-qr-image-too-large = ਤਸਵੀਰ ਬਹੁਤ ਵੱਡੀ ਹੈ ({ $width } × { $height } ਪਿਕਸਲ)। ਇਸਨੂੰ ਛੋਟਾ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-qr-not-found = ਤਸਵੀਰ ਵਿੱਚ ਕੋਈ QR ਕੋਡ ਨਹੀਂ ਪੜ੍ਹਿਆ ਜਾ ਸਕਿਆ। ਵੱਧ ਸਾਫ਼ ਅਤੇ ਨੇੜਿਓਂ ਫ਼ੋਟੋ ਲਓ, ਪੂਰੇ ਕੋਡ ਨਾਲ।
error-qr-render-failed = QR ਤਸਵੀਰ ਨਹੀਂ ਬਣ ਸਕੀ। ਇਹ Carnet ਦੀ ਗੜਬੜ ਹੈ; ਕਿਰਪਾ ਕਰਕੇ ਇਸਦੀ ਸੂਚਨਾ ਦਿਓ।
