# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = ਅਜਿਹੀ ਫ਼ਾਈਲ ਬਣਾਓ ਜੋ ਕਿਸੇ ਟ੍ਰੇਨਰ, ਮਾਲਕ ਜਾਂ ਕੇਂਦਰ ਤੋਂ ਐਂਟਰੀਆਂ ਦੀ ਪੁਸ਼ਟੀ ਮੰਗੇ।
    .long = ਅਜਿਹੀ ਬੇਨਤੀ ਬਣਾਓ ਜੋ ਕਿਸੇ ਟ੍ਰੇਨਰ, ਮਾਲਕ, ਕੇਂਦਰ, ਕਾਲਜ ਜਾਂ ਸਾਥੀ ਤੋਂ ਤੁਹਾਡੀਆਂ ਕੁਝ ਐਂਟਰੀਆਂ ਦੀ ਪੁਸ਼ਟੀ ("endorse") ਮੰਗੇ: ਇੱਕ ਫ਼ਾਈਲ, ਇੱਕ QR ਕੋਡ (.png ਜਾਂ .svg ਉੱਤੇ ਖ਼ਤਮ ਹੋਣ ਵਾਲਾ ਨਾਮ) ਫ਼ੋਨ ਉੱਤੇ ਦਿਖਾਉਣ ਜਾਂ ਛਾਪਣ ਲਈ, ਜਾਂ --text ਨਾਲ ਸੁਨੇਹੇ ਵਿੱਚ ਭੇਜਣ ਲਈ ਟੈਕਸਟ। ਇਹ ਉਹਨਾਂ ਨੂੰ ਦਿਓ। ਉਹ ਇਸ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰਕੇ ਤੁਹਾਨੂੰ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਫ਼ਾਈਲ ਵਾਪਸ ਦੇਣਗੇ, ਜੋ ਤੁਸੀਂ ਇਸ ਨਾਲ ਰੱਖੋ: carnet receive
cli-cmd-holder-receive = ਉਹ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਰੱਖੋ ਜਿਸ ਉੱਤੇ ਕਿਸੇ ਟ੍ਰੇਨਰ, ਮਾਲਕ ਜਾਂ ਕੇਂਦਰ ਨੇ ਤੁਹਾਡੇ ਲਈ ਦਸਤਖ਼ਤ ਕੀਤੇ।
cli-cmd-holder-credentials = ਤੁਹਾਡੇ ਰੱਖੇ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਸੂਚੀ, ਐਂਟਰੀ ਅਨੁਸਾਰ। ਇਹ ਵੀ: carnet wallet
cli-cmd-holder-present = ਚੁਣੀਆਂ ਐਂਟਰੀਆਂ ਨੂੰ ਇੱਕ QR ਕੋਡ ਵਜੋਂ ਦਿਖਾਓ ਜਿਸਨੂੰ ਕੋਈ ਵੀ ਬਿਨਾਂ ਇੰਟਰਨੈੱਟ ਜਾਂਚ ਸਕੇ।
    .long = ਚੁਣੀਆਂ ਐਂਟਰੀਆਂ ਨੂੰ ਇੱਕ QR ਕੋਡ ਵਜੋਂ ਦਿਖਾਓ ਜਿਸਨੂੰ ਕੋਈ ਵੀ ਬਿਨਾਂ ਇੰਟਰਨੈੱਟ ਜਾਂਚ ਸਕੇ। ਪੁਸ਼ਟੀ ਵਾਲੀਆਂ ਐਂਟਰੀਆਂ ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲੇ ਦੇ ਨਾਮ ਨਾਲ ਦਿਸਦੀਆਂ ਹਨ; --self-declared ਨਾਲ ਦਿੱਤੀਆਂ ਐਂਟਰੀਆਂ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਗੱਲ ਵਜੋਂ ਦਿਸਦੀਆਂ ਹਨ। ਸਕਰੀਨ ਉੱਤੇ ਕੋਡ 24 ਘੰਟੇ ਚੱਲਦਾ ਹੈ; --print ਨਾਲ, 5 ਸਾਲ।
cli-cmd-holder-export = ਪੁਸ਼ਟੀ ਵਾਲੀ ਐਂਟਰੀ ਨੂੰ ਦੂਜੀਆਂ ਐਪਾਂ ਲਈ W3C Verifiable Credential (Open Badges 3.0) ਵਜੋਂ ਲਿਖੋ।
    .long = ਪੁਸ਼ਟੀ ਵਾਲੀ ਐਂਟਰੀ ਨੂੰ W3C Verifiable Credential 2.0 (ਇੱਕ Open Badges 3.0 ਬੈਜ) ਵਜੋਂ ਲਿਖੋ, ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲੇ ਦੇ ਦਸਤਖ਼ਤਾਂ ਨਾਲ, ਤਾਂ ਜੋ ਦੂਜੇ ਵਾਲਿਟ ਅਤੇ ਐਪਾਂ ਇਸਨੂੰ ਜਾਂਚ ਸਕਣ। --out ਤੋਂ ਬਿਨਾਂ ਇਹ ਸਕਰੀਨ ਉੱਤੇ ਲਿਖਿਆ ਜਾਂਦਾ ਹੈ।

## Help: arguments

cli-arg-holder-request-ids = ਪੁਸ਼ਟੀ ਲਈ ਐਂਟਰੀਆਂ: ਉਹਨਾਂ ਦੀਆਂ ids, ਜਾਂ ਹਰ ਇੱਕ ਦੇ ਪਹਿਲੇ 4 ਜਾਂ ਵੱਧ ਅੱਖਰ। ids ਵੇਖਣ ਲਈ ਲਿਖੋ: carnet list
cli-arg-holder-request-out = ਬੇਨਤੀ ਕਿੱਥੇ ਲਿਖਣੀ ਹੈ: .png ਜਾਂ .svg ਉੱਤੇ ਖ਼ਤਮ ਹੋਣ ਵਾਲਾ ਨਾਮ QR ਕੋਡ ਦੀ ਤਸਵੀਰ ਬਣਾਉਂਦਾ ਹੈ; ਕੋਈ ਹੋਰ ਨਾਮ, ਜਿਵੇਂ request.cbor, ਇੱਕ ਫ਼ਾਈਲ।
cli-arg-holder-request-text = ਬੇਨਤੀ ਦਾ ਟੈਕਸਟ (CNR1: ਨਾਲ ਸ਼ੁਰੂ) ਸਕਰੀਨ ਉੱਤੇ ਲਿਖੋ, ਸੁਨੇਹੇ ਵਿੱਚ ਭੇਜਣ ਲਈ।
cli-arg-holder-receive-file = ਤੁਹਾਨੂੰ ਦਿੱਤੀ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਫ਼ਾਈਲ, ਜਿਵੇਂ credential.cbor।
cli-arg-holder-present-select = ਦਿਖਾਉਣ ਲਈ ਪੁਸ਼ਟੀ ਵਾਲੀਆਂ ਐਂਟਰੀਆਂ: ਉਹਨਾਂ ਦੀਆਂ ids, ਜਾਂ ਹਰ ਇੱਕ ਦੇ ਪਹਿਲੇ 4 ਜਾਂ ਵੱਧ ਅੱਖਰ।
cli-arg-holder-present-fields = ਹਰ ਐਂਟਰੀ ਦੇ ਸਿਰਫ਼ ਇਹ ਹਿੱਸੇ ਦਿਖਾਓ, ਕੌਮਿਆਂ ਨਾਲ ਵੱਖ, ਜਿਵੇਂ title,level। ਬਾਕੀ ਲੁਕੇ ਰਹਿਣਗੇ। ਹਿੱਸੇ ਇਹ ਹਨ: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf। ਇਸਦੇ ਬਿਨਾਂ ਸਭ ਕੁਝ ਦਿਸਦਾ ਹੈ।
cli-arg-holder-present-self-declared = ਉਹ ਐਂਟਰੀਆਂ ਜੋ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਗੱਲ ਵਜੋਂ ਦਿਸਣ, ਕਿਸੇ ਦੀ ਪੁਸ਼ਟੀ ਵਾਲੀਆਂ ਨਹੀਂ।
cli-arg-holder-present-stage = ਤੁਸੀਂ ਇਹ ਕਿਸ ਲਈ ਦਿਖਾ ਰਹੇ ਹੋ: recruitment, pre-departure, arrival, career ਜਾਂ return। ਇਸਦੇ ਬਿਨਾਂ: recruitment।
cli-arg-holder-present-audience = ਤੁਸੀਂ ਇਹ ਕਿਸਨੂੰ ਦਿਖਾ ਰਹੇ ਹੋ, ਜੇ ਉਹਨਾਂ ਨੇ ਨਾਮ ਲਿਖਣ ਲਈ ਕਿਹਾ ਹੋਵੇ, ਜਿਵੇਂ ਕਿਸੇ ਏਜੰਸੀ ਦਾ ਨਾਮ।
cli-arg-holder-present-nonce = ਜਾਂਚ ਕਰਨ ਵਾਲੇ ਦਾ ਦਿੱਤਾ ਕੋਡ, ਜੇ ਦਿੱਤਾ ਹੋਵੇ (ਅੱਖਰ 0-9 ਅਤੇ a-f)।
cli-arg-holder-present-print = ਕਾਗ਼ਜ਼ ਲਈ ਬਣਾਓ: ਕੋਡ ਝਰੀਟਾਂ ਅਤੇ ਤਹਿਆਂ ਨੂੰ ਵਧੀਆ ਸਹਿੰਦਾ ਹੈ, ਅਤੇ 24 ਘੰਟਿਆਂ ਦੀ ਥਾਂ 5 ਸਾਲ ਚੱਲਦਾ ਹੈ।
cli-arg-holder-present-out = ਲਿਖੀ ਜਾਣ ਵਾਲੀ ਤਸਵੀਰ: .png ਜਾਂ .svg ਉੱਤੇ ਖ਼ਤਮ ਹੋਣ ਵਾਲਾ ਨਾਮ।
cli-arg-holder-present-text = QR ਕੋਡ ਦੇ ਅੰਦਰਲਾ ਟੈਕਸਟ ਵੀ ਲਿਖੋ, ਸੁਨੇਹੇ ਵਿੱਚ ਭੇਜਣ ਲਈ।
cli-arg-holder-export-id = ਪੁਸ਼ਟੀ ਵਾਲੀ ਐਂਟਰੀ: ਉਸਦੀ id, ਜਾਂ ਉਸਦੇ ਪਹਿਲੇ 4 ਜਾਂ ਵੱਧ ਅੱਖਰ।
cli-arg-holder-export-format = ਲਿਖਣ ਦਾ ਫ਼ਾਰਮੈਟ। ਸਿਰਫ਼: vc (W3C Verifiable Credential, Open Badges 3.0)।
cli-arg-holder-export-jwt = ਸਬੂਤ ਵਾਲੇ JSON ਦੀ ਥਾਂ ਦਸਤਖ਼ਤ ਵਾਲੇ ਟੋਕਨ (VC-JWT) ਵਜੋਂ ਲਿਖੋ।
cli-arg-holder-export-out = ਲਿਖੀ ਜਾਣ ਵਾਲੀ ਫ਼ਾਈਲ, ਜਿਵੇਂ badge.json ਜਾਂ badge.jwt।

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
        [one] ਇਹ ਬੇਨਤੀ 1 ਐਂਟਰੀ ਦੀ ਪੁਸ਼ਟੀ ਮੰਗਦੀ ਹੈ।
       *[other] ਇਹ ਬੇਨਤੀ { $count } ਐਂਟਰੀਆਂ ਦੀ ਪੁਸ਼ਟੀ ਮੰਗਦੀ ਹੈ।
    } ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲਾ ਹਰ ਇੱਕ ਦੇ ਇਹ ਹਿੱਸੇ ਵੇਖੇਗਾ:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = ਬੇਨਤੀ { $path } ਵਿੱਚ ਲਿਖੀ ਗਈ।
holder-request-next = ਫ਼ਾਈਲ ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲੇ ਨੂੰ ਦਿਓ। ਜਦੋਂ ਉਹ ਤੁਹਾਨੂੰ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਫ਼ਾਈਲ ਵਾਪਸ ਦੇਣ, ਤਾਂ ਲਿਖੋ: carnet receive FILE
holder-receive-done = ਰੱਖ ਲਿਆ ਗਿਆ: ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲਾ { $issuer }, { $kind }, { $country }। ਜਾਂਚ ਦਾ ਤਰੀਕਾ: { $assessed }।
holder-validity-until = ਜਾਰੀ ਹੋਇਆ { $issued }। { $expires } ਤੱਕ ਜਾਇਜ਼।
holder-validity-open = ਜਾਰੀ ਹੋਇਆ { $issued }। ਕੋਈ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਨਹੀਂ।
holder-wallet-empty = ਤੁਹਾਡੇ ਕੋਲ ਹਾਲੇ ਕੋਈ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨਹੀਂ ਹੈ। ਇੱਕ ਮੰਗਣ ਲਈ ਲਿਖੋ: carnet request ID --out request.cbor
holder-wallet-damaged = ਇੱਕ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਜੋ ਹੁਣ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਜਿਸਨੇ ਦਿੱਤਾ ਸੀ ਉਸ ਤੋਂ ਨਵਾਂ ਮੰਗੋ।
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): ਜਾਰੀ { $issued }, { $expires } ਤੱਕ ਜਾਇਜ਼
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): ਜਾਰੀ { $issued }, ਕੋਈ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ ਨਹੀਂ
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): ਜਾਰੀ { $issued }, { $expires } ਨੂੰ ਖ਼ਤਮ
holder-present-nothing = ਦੱਸੋ ਕਿ ਕੀ ਦਿਖਾਉਣਾ ਹੈ: ਪੁਸ਼ਟੀ ਵਾਲੀਆਂ ਐਂਟਰੀਆਂ ਲਈ --select ID, ਬਾਕੀਆਂ ਲਈ --self-declared ID।
holder-present-done = QR ਕੋਡ { $path } ਵਿੱਚ ਲਿਖਿਆ ਗਿਆ: { $endorsed } ਪੁਸ਼ਟੀ ਵਾਲੀਆਂ, { $declared } ਤੁਹਾਡੀਆਂ ਦੱਸੀਆਂ।
holder-present-size = ਆਕਾਰ: QR ਸੰਸਕਰਣ { $version }, ਪੱਧਰ { $ec }, { $chars } ਅੱਖਰ।
holder-present-expires = ਇਸਨੂੰ { $when } ਤੱਕ ਜਾਂਚਿਆ ਜਾ ਸਕਦਾ ਹੈ ({ $hours } ਘੰਟੇ)।
holder-present-by-kid = ਥਾਂ ਬਚਾਉਣ ਲਈ, ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਛੋਟੀ ਪਛਾਣ ਨਾਲ ਦਿਖਾਇਆ ਗਿਆ ਹੈ। ਜਾਂਚ ਕਰਨ ਵਾਲਾ ਤਾਂ ਹੀ ਜਾਣੇਗਾ ਕਿ ਉਹ ਕੌਣ ਹਨ ਜੇ ਉਹ ਉਸਦੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਵਿੱਚ ਹੋਣ।

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = ਇੱਕ ਟ੍ਰੇਨਰ
holder-issuer-kind-employer = ਇੱਕ ਮਾਲਕ
holder-issuer-kind-centre = ਇੱਕ ਕੇਂਦਰ
holder-issuer-kind-college = ਇੱਕ ਕਾਲਜ
holder-issuer-kind-colleague = ਇੱਕ ਸਾਥੀ (ਕੋਈ ਵਿਅਕਤੀ ਜਿਸਨੇ ਤੁਹਾਡੇ ਨਾਲ ਕੰਮ ਕੀਤਾ, ਕੋਈ ਸੰਸਥਾ ਨਹੀਂ)

## How they checked

holder-assessed-observation = ਉਹਨਾਂ ਨੇ ਤੁਹਾਨੂੰ ਕੰਮ ਕਰਦੇ ਵੇਖਿਆ
holder-assessed-test = ਇੱਕ ਪ੍ਰੀਖਿਆ
holder-assessed-document = ਉਹਨਾਂ ਨੇ ਇੱਕ ਦਸਤਾਵੇਜ਼ ਜਾਂਚਿਆ
holder-assessed-interview = ਇੱਕ ਇੰਟਰਵਿਊ

## Errors

error-holder-no-key = ਇਸ ਲੌਗਬੁੱਕ ਕੋਲ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਉੱਤੇ ਦਸਤਖ਼ਤ ਲਈ ਕੁੰਜੀ ਨਹੀਂ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸਮੱਸਿਆ ਦੱਸੋ।
error-holder-write-file = ਫ਼ਾਈਲ { $path } ਲਿਖੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $reason }। ਵੇਖੋ ਕਿ ਫ਼ੋਲਡਰ ਮੌਜੂਦ ਹੈ ਅਤੇ ਥਾਂ ਖਾਲੀ ਹੈ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-holder-entry-unfit = ਐਂਟਰੀ "{ $title }" ਪ੍ਰਮਾਣ-ਪੱਤਰ ਵਿੱਚ ਨਹੀਂ ਪਾਈ ਜਾ ਸਕਦੀ: ਇਸਦਾ { $field } ਬਹੁਤ ਲੰਮਾ ਹੈ ਜਾਂ ਸਹੀ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ carnet edit ਨਾਲ ਬਦਲੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-holder-unknown-field = "{ $value }" ਐਂਟਰੀ ਦਾ ਅਜਿਹਾ ਹਿੱਸਾ ਨਹੀਂ ਜੋ ਦਿਖਾਇਆ ਜਾ ਸਕੇ। ਹਿੱਸੇ ਇਹ ਹਨ: { $known }।
error-holder-credential-no-entries = ਪ੍ਰਮਾਣ-ਪੱਤਰ { $path } ਨਹੀਂ ਦੱਸਦਾ ਕਿ ਇਹ ਤੁਹਾਡੀਆਂ ਕਿਹੜੀਆਂ ਐਂਟਰੀਆਂ ਦੀ ਪੁਸ਼ਟੀ ਕਰਦਾ ਹੈ। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਬੇਨਤੀ ਫ਼ਾਈਲ ਤੋਂ ਬਣਿਆ ਨਵਾਂ ਮੰਗੋ: carnet request
error-holder-credential-entry-gone = ਪ੍ਰਮਾਣ-ਪੱਤਰ { $path } ਅਜਿਹੀ ਐਂਟਰੀ ਦੀ ਪੁਸ਼ਟੀ ਕਰਦਾ ਹੈ ਜੋ ਹੁਣ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਵਿੱਚ ਨਹੀਂ ਹੈ ({ $id })। ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ ਗਿਆ। ਜੇ ਤੁਸੀਂ ਇਸਨੂੰ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਮਿਟਾਇਆ ਸੀ, ਤਾਂ ਲੌਗਬੁੱਕ ਦੀ ਕਾਪੀ ਤੋਂ ਜੋੜੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-holder-credential-damaged = ਐਂਟਰੀ "{ $title }" ਦਾ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਹੁਣ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲੇ ਤੋਂ ਨਵਾਂ ਮੰਗੋ।
error-holder-not-endorsed = ਐਂਟਰੀ "{ $title }" ਦੀ ਹਾਲੇ ਕਿਸੇ ਨੇ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ। ਇਸਨੂੰ --self-declared ਨਾਲ ਦਿਖਾਓ, ਜਾਂ ਪੁਸ਼ਟੀ ਮੰਗੋ: carnet request
error-holder-selected-twice = ਐਂਟਰੀ "{ $title }" --select ਅਤੇ --self-declared ਦੋਵਾਂ ਨਾਲ ਦਿੱਤੀ ਗਈ ਹੈ। ਇਸਨੂੰ ਇੱਕ ਵਾਰ ਦਿਓ।
error-holder-bad-stage = "{ $value }" ਕੋਈ ਪੜਾਅ ਨਹੀਂ ਹੈ। ਪੜਾਅ ਇਹ ਹਨ: recruitment, pre-departure, arrival, career, return।
error-holder-bad-audience = ਵੇਖਣ ਵਾਲੇ ਦਾ ਨਾਮ 1 ਤੋਂ 100 ਅੱਖਰਾਂ ਦਾ ਹੋਵੇ, ਇੱਕ ਲਾਈਨ ਵਿੱਚ।
error-holder-bad-nonce = "{ $value }" ਜਾਂਚ ਕਰਨ ਵਾਲੇ ਦਾ ਕੋਡ ਨਹੀਂ ਹੈ: ਇਸ ਵਿੱਚ 2 ਤੋਂ 128 ਅੱਖਰ 0-9 ਅਤੇ a-f ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
error-holder-bad-out = ਤਸਵੀਰ { $path } ਦਾ ਨਾਮ .png ਜਾਂ .svg ਉੱਤੇ ਖ਼ਤਮ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-holder-no-vc = "{ $title }" ਦੀ { $issuer } ਵੱਲੋਂ ਪੁਸ਼ਟੀ ਉਦੋਂ ਹੋਈ ਸੀ ਜਦੋਂ Carnet ਇਸਨੂੰ W3C ਪ੍ਰਮਾਣ-ਪੱਤਰ ਵਜੋਂ ਨਹੀਂ ਲਿਖ ਸਕਦਾ ਸੀ, ਅਤੇ ਸਿਰਫ਼ ਉਹੀ ਇਸ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰ ਸਕਦੇ ਹਨ। ਉਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਕਹੋ: ਨਵੀਂ ਬੇਨਤੀ ਬਣਾਓ (carnet request ID --out request.cbor), ਉਹਨਾਂ ਨੂੰ ਦਿਓ, ਅਤੇ ਉਹਨਾਂ ਦੀ ਵਾਪਸ ਦਿੱਤੀ ਫ਼ਾਈਲ ਰੱਖੋ (carnet receive FILE)।
