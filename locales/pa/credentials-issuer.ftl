# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = ਦੂਜੇ ਲੋਕਾਂ ਦੇ ਹੁਨਰਾਂ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰੋ, ਟ੍ਰੇਨਰ, ਮਾਲਕ, ਕੇਂਦਰ, ਕਾਲਜ ਜਾਂ ਸਾਥੀ ਵਜੋਂ।
cli-cmd-issuer-init = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਵਜੋਂ ਆਪਣੀ ਦਸਤਖ਼ਤ ਕੁੰਜੀ ਬਣਾਓ। ਇਹ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਬੰਦ ਹੁੰਦੀ ਹੈ।
cli-cmd-issuer-show = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦਾ ਨਾਮ, ਕਿਸਮ ਅਤੇ ਜਨਤਕ ਕੁੰਜੀ ਦਿਖਾਓ। ਪਾਸਫ਼ਰੇਜ਼ ਦੀ ਲੋੜ ਨਹੀਂ।
cli-cmd-issuer-revoke = ਆਪਣੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਇੱਕ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨੂੰ ਉਸਦੇ ਨੰਬਰ ਨਾਲ ਵਾਪਸ ਲਓ।
cli-cmd-issuer-status-list = ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਸੂਚੀ ਲਿਖੋ, ਜਾਂਚ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਦੇਣ ਲਈ।
cli-cmd-endorse = ਕਿਸੇ ਦੀ ਦਿੱਤੀ ਬੇਨਤੀ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰੋ, ਅਤੇ ਵਾਪਸ ਦੇਣ ਲਈ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਲਿਖੋ।
cli-cmd-trust = ਚੁਣੋ ਕਿ QR ਕੋਡ ਜਾਂਚਣ ਵੇਲੇ ਤੁਸੀਂ ਕਿਨ੍ਹਾਂ ਦੇ ਦਸਤਖ਼ਤਾਂ ਉੱਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹੋ।
cli-cmd-trust-anchor = ਭਰੋਸੇ ਦੇ ਆਧਾਰ: ਉਹ ਨੈੱਟਵਰਕ ਜਾਂ ਸੰਸਥਾਵਾਂ ਜੋ ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਜ਼ਮਾਨਤ ਦਿੰਦੇ ਹਨ।
cli-cmd-trust-anchor-init = ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਵਜੋਂ ਦਸਤਖ਼ਤ ਕੁੰਜੀ ਬਣਾਓ, ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਜ਼ਮਾਨਤ ਦੇਣ ਲਈ।
cli-cmd-trust-anchor-show = ਆਪਣੇ ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦਾ ਨਾਮ ਅਤੇ ਜਨਤਕ ਕੁੰਜੀ ਦਿਖਾਓ।
cli-cmd-trust-anchor-add = ਇਸ ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦੀ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕੀਤੀਆਂ ਸੂਚੀਆਂ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ।
cli-cmd-trust-bundle = ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਵਜੋਂ, ਉਹਨਾਂ ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਸੂਚੀ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰੋ ਜਿਨ੍ਹਾਂ ਦੀ ਤੁਸੀਂ ਜ਼ਮਾਨਤ ਦਿੰਦੇ ਹੋ।
cli-cmd-trust-import = ਭਰੋਸੇਯੋਗ ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਸੂਚੀ ਫ਼ਾਈਲ ਤੋਂ ਜੋੜੋ।
cli-cmd-trust-list = ਉਹ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦਿਖਾਓ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ, ਅਤੇ ਹਰ ਸੂਚੀ ਕਿੰਨੀ ਪੁਰਾਣੀ ਹੈ।
cli-cmd-revocation = ਉਹਨਾਂ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀਆਂ ਸੂਚੀਆਂ ਜੋ ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਨੇ ਵਾਪਸ ਲਏ।
cli-cmd-revocation-import = ਕਿਸੇ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਸੂਚੀ ਜੋੜੋ।
cli-cmd-verify = Carnet ਦਾ QR ਕੋਡ ਜਾਂਚੋ: ਹਰ ਹੁਨਰ ਉੱਤੇ ਕਿਸਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ, ਅਤੇ ਕੀ ਇਹ ਹਾਲੇ ਵੀ ਜਾਇਜ਼ ਹੈ।

## Help: what to give

cli-arg-issuer-name = ਤੁਹਾਡਾ ਨਾਮ ਜਾਂ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦਾ ਨਾਮ, ਜਿਵੇਂ ਲੋਕਾਂ ਨੂੰ ਦਿਸਣਾ ਚਾਹੀਦਾ ਹੈ।
cli-arg-issuer-country = ਤੁਹਾਡਾ ਦੇਸ਼, ਦੋ ਅੱਖਰਾਂ ਵਿੱਚ, ਜਿਵੇਂ KE ਜਾਂ PT।
cli-arg-issuer-kind = ਤੁਸੀਂ ਕੀ ਹੋ: trainer, employer, centre, college ਜਾਂ colleague।
cli-arg-revoke-index = ਵਾਪਸ ਲਏ ਜਾਣ ਵਾਲੇ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਦਾ ਨੰਬਰ।
cli-arg-cred-out = ਲਿਖੀ ਜਾਣ ਵਾਲੀ ਫ਼ਾਈਲ।
cli-arg-endorse-request = ਵਿਅਕਤੀ ਦੀ ਦਿੱਤੀ ਬੇਨਤੀ: ਫ਼ਾਈਲ (request.cbor), ਉਸਦੇ QR ਕੋਡ ਦੀ ਤਸਵੀਰ (PNG ਜਾਂ JPEG), ਜਾਂ CNR1: ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲੇ ਟੈਕਸਟ ਦੀ ਫ਼ਾਈਲ
cli-arg-endorse-text = ਬੇਨਤੀ ਦਾ ਟੈਕਸਟ, CNR1: ਨਾਲ ਸ਼ੁਰੂ, ਜੇ ਵਿਅਕਤੀ ਨੇ ਇਸਨੂੰ ਸੁਨੇਹੇ ਵਿੱਚ ਭੇਜਿਆ। ਫ਼ਾਈਲ ਦੀ ਥਾਂ।
cli-arg-endorse-assessed-by = ਤੁਸੀਂ ਹੁਨਰ ਕਿਵੇਂ ਜਾਂਚਿਆ: observation, test, document ਜਾਂ interview।
cli-arg-endorse-expires = ਪ੍ਰਮਾਣ-ਪੱਤਰ ਦਾ ਆਖ਼ਰੀ ਜਾਇਜ਼ ਦਿਨ, ਜਿਵੇਂ 2027-05-14। ਇਸਦੇ ਬਿਨਾਂ ਇਹ ਖ਼ਤਮ ਨਹੀਂ ਹੁੰਦਾ।
cli-arg-endorse-valid-days = ਅੱਜ ਤੋਂ ਕਿੰਨੇ ਦਿਨ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਜਾਇਜ਼ ਰਹੇ।
cli-arg-anchor-name = ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦਾ ਨਾਮ, ਜਿਵੇਂ ਲੋਕਾਂ ਨੂੰ ਦਿਸਣਾ ਚਾਹੀਦਾ ਹੈ।
cli-arg-anchor-key = ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦੀ ਜਨਤਕ ਕੁੰਜੀ: 64 ਅੱਖਰ ਅਤੇ ਅੰਕ।
cli-arg-bundle-issuer = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਫ਼ਾਈਲ, carnet issuer show --json ਤੋਂ। ਹਰ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਲਈ ਇੱਕ ਵਾਰ ਦਿਓ।
cli-arg-trust-file = ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਵਾਲੀ ਫ਼ਾਈਲ (.cbor)।
cli-arg-status-file = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਸੂਚੀ ਵਾਲੀ ਫ਼ਾਈਲ (.cbor)।
cli-arg-verify-image = QR ਕੋਡ ਦੀ ਤਸਵੀਰ: PNG, JPEG ਜਾਂ WebP।
cli-arg-verify-text = QR ਕੋਡ ਦਾ ਟੈਕਸਟ, CN1: ਨਾਲ ਸ਼ੁਰੂ
cli-arg-verify-nonce = ਉਹ ਨੰਬਰ ਜੋ ਤੁਸੀਂ ਵਿਅਕਤੀ ਨੂੰ ਕੋਡ ਵਿੱਚ ਪਾਉਣ ਲਈ ਕਿਹਾ (hex)।
cli-arg-verify-audience = ਉਹ ਨਾਮ ਜੋ ਤੁਸੀਂ ਵਿਅਕਤੀ ਨੂੰ ਕੋਡ ਵਿੱਚ ਪਾਉਣ ਲਈ ਕਿਹਾ।

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = { $name } ਲਈ ਤੁਹਾਡੀ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕੁੰਜੀ ਤਿਆਰ ਹੈ। ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਸੁਰੱਖਿਅਤ ਰੱਖੋ: ਇਸਦੇ ਬਿਨਾਂ ਤੁਸੀਂ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕਰ ਸਕਦੇ।
issuer-label-name = ਨਾਮ:
issuer-label-country = ਦੇਸ਼:
issuer-label-kind = ਕਿਸਮ:
issuer-label-public-key = ਜਨਤਕ ਕੁੰਜੀ:
issuer-label-kid = ਕੁੰਜੀ ਦੀ ਪਛਾਣ:
issuer-label-issued = ਦਿੱਤੇ ਨੰਬਰ:
issuer-label-revoked = ਵਾਪਸ ਲਏ:
issuer-revoked = ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨੰਬਰ { $index } ਵਾਪਸ ਲੈ ਲਿਆ ਗਿਆ।
issuer-already-revoked = ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨੰਬਰ { $index } ਪਹਿਲਾਂ ਹੀ ਵਾਪਸ ਲਿਆ ਜਾ ਚੁੱਕਾ ਸੀ।
issuer-revoked-next-step = ਜਾਂਚ ਕਰਨ ਵਾਲਿਆਂ ਨੂੰ ਇਹ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਅਗਲੀ ਸੂਚੀ ਤੋਂ ਪਤਾ ਲੱਗੇਗਾ: ਇਸਨੂੰ carnet issuer status-list --out list.cbor ਨਾਲ ਲਿਖੋ, ਫਿਰ ਫ਼ਾਈਲ ਉਹਨਾਂ ਨੂੰ ਦਿਓ।
issuer-status-list-written = { $count ->
    [one] ਸੂਚੀ { $path } ਵਿੱਚ ਹੈ। ਇਸ ਵਿੱਚ 1 ਵਾਪਸ ਲਿਆ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਹੈ।
   *[other] ਸੂਚੀ { $path } ਵਿੱਚ ਹੈ। ਇਸ ਵਿੱਚ { $count } ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਹਨ।
}

endorse-intro = { $count ->
    [one] ਤੁਸੀਂ ਕੁੰਜੀ { $holder } ਵਾਲੇ ਵਿਅਕਤੀ ਲਈ 1 ਐਂਟਰੀ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਹੋ:
   *[other] ਤੁਸੀਂ ਕੁੰਜੀ { $holder } ਵਾਲੇ ਵਿਅਕਤੀ ਲਈ { $count } ਐਂਟਰੀਆਂ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਹੋ:
}
endorse-entry = { $title } ({ $kind }, ਪੱਧਰ { $level }, { $dates })
endorse-untitled = (ਕੋਈ ਸਿਰਲੇਖ ਨਹੀਂ)
endorse-how-observation = ਤੁਸੀਂ ਕਹਿੰਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਇਹ ਕਰਦੇ ਵੇਖਿਆ।
endorse-how-test = ਤੁਸੀਂ ਕਹਿੰਦੇ ਹੋ ਕਿ ਉਹਨਾਂ ਨੇ ਪ੍ਰੀਖਿਆ ਪਾਸ ਕੀਤੀ।
endorse-how-document = ਤੁਸੀਂ ਕਹਿੰਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਇੱਕ ਦਸਤਾਵੇਜ਼ ਜਾਂਚਿਆ।
endorse-how-interview = ਤੁਸੀਂ ਕਹਿੰਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਇਸਨੂੰ ਇੰਟਰਵਿਊ ਵਿੱਚ ਜਾਂਚਿਆ।
endorse-expires-on = ਇਹ { $date } ਤੱਕ ਜਾਇਜ਼ ਹੈ।
endorse-no-expiry = ਇਹ ਖ਼ਤਮ ਨਹੀਂ ਹੁੰਦਾ।
endorse-written = { $count ->
    [one] ਦਸਤਖ਼ਤ ਹੋ ਗਏ। { $path } ਵਿਅਕਤੀ ਨੂੰ ਵਾਪਸ ਦਿਓ। ਇਸਦਾ ਨੰਬਰ { $first } ਹੈ।
   *[other] ਦਸਤਖ਼ਤ ਹੋ ਗਏ। { $path } ਵਿਅਕਤੀ ਨੂੰ ਵਾਪਸ ਦਿਓ। ਇਹਨਾਂ ਦੇ ਨੰਬਰ { $first } ਤੋਂ { $last } ਤੱਕ ਹਨ।
}

trust-anchor-added = ਹੁਣ ਤੁਸੀਂ { $name } ਦੀਆਂ ਦਸਤਖ਼ਤ ਕੀਤੀਆਂ ਸੂਚੀਆਂ ਉੱਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹੋ (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid })।
trust-bundle-written = { $count ->
    [one] 1 ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਸੂਚੀ { $path } ਵਿੱਚ ਹੈ।
   *[other] { $count } ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਦਸਤਖ਼ਤ ਵਾਲੀ ਸੂਚੀ { $path } ਵਿੱਚ ਹੈ।
}
trust-imported = { $count ->
    [one] 1 ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਜੋੜੀ ਗਈ, { $date } ਨੂੰ ਬਣੀ।
   *[other] { $count } ਜਾਰੀ ਕਰਨ ਵਾਲਿਆਂ ਦੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਜੋੜੀ ਗਈ, { $date } ਨੂੰ ਬਣੀ।
}
trust-list-empty = ਤੁਸੀਂ ਹਾਲੇ ਕਿਸੇ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਉੱਤੇ ਭਰੋਸਾ ਨਹੀਂ ਕਰਦੇ। carnet trust import ਨਾਲ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਜੋੜੋ।
trust-list-bundle = { $days ->
    [0] { $anchor } ਦੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ, ਅੱਜ ਬਣੀ ({ $date }):
    [one] { $anchor } ਦੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ, 1 ਦਿਨ ਪਹਿਲਾਂ ਬਣੀ ({ $date }):
   *[other] { $anchor } ਦੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ, { $days } ਦਿਨ ਪਹਿਲਾਂ ਬਣੀ ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid }
revocation-imported = { $count ->
    [one] { $name } ਦੀ ਸੂਚੀ ਜੋੜੀ ਗਈ, { $date } ਨੂੰ ਬਣੀ: 1 ਪ੍ਰਮਾਣ-ਪੱਤਰ ਵਾਪਸ ਲਿਆ ਗਿਆ।
   *[other] { $name } ਦੀ ਸੂਚੀ ਜੋੜੀ ਗਈ, { $date } ਨੂੰ ਬਣੀ: { $count } ਪ੍ਰਮਾਣ-ਪੱਤਰ ਵਾਪਸ ਲਏ ਗਏ।
}

## Errors of these commands

error-issuer-exists = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕੁੰਜੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-no-issuer = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਹਾਲੇ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕੁੰਜੀ ਨਹੀਂ ਹੈ। carnet issuer init ਨਾਲ ਬਣਾਓ।
error-issuer-damaged = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕੁੰਜੀ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਆਪਣੀ ਜਾਣਕਾਰੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ। ਬੈਕਅੱਪ ਤੋਂ ਕਾਪੀ ਵਾਪਸ ਰੱਖੋ।
error-anchor-exists = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦੀ ਕੁੰਜੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-no-anchor = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਹਾਲੇ ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦੀ ਕੁੰਜੀ ਨਹੀਂ ਹੈ। carnet trust anchor init ਨਾਲ ਬਣਾਓ।
error-anchor-damaged = ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਦੀ ਕੁੰਜੀ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਆਪਣੀ ਜਾਣਕਾਰੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ। ਬੈਕਅੱਪ ਤੋਂ ਕਾਪੀ ਵਾਪਸ ਰੱਖੋ।
error-identity-too-new = ਇਹ ਕੁੰਜੀ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਈ ਹੈ। ਵਰਤਣ ਲਈ Carnet ਅੱਪਡੇਟ ਕਰੋ।
error-storage-file = Carnet { $path } ਨੂੰ ਲਿਖ ਜਾਂ ਪੜ੍ਹ ਨਹੀਂ ਸਕਿਆ। ਵੇਖੋ ਕਿ ਥਾਂ ਹੈ ਅਤੇ ਤੁਹਾਨੂੰ ਉੱਥੇ ਲਿਖਣ ਦੀ ਇਜਾਜ਼ਤ ਹੈ। (ਮਦਦ ਕਰਨ ਵਾਲੇ ਲਈ: { $reason })
error-file-too-big = { $path } Carnet ਫ਼ਾਈਲ ਹੋਣ ਲਈ ਬਹੁਤ ਹੀ ਵੱਡੀ ਹੈ।
error-issuer-kind = «{ $value }» ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕਿਸਮ ਨਹੀਂ ਹੈ। trainer, employer, centre, college ਜਾਂ colleague ਲਿਖੋ।
error-assessed-by = «{ $value }» ਜਾਂਚਣ ਦਾ ਤਰੀਕਾ ਨਹੀਂ ਹੈ। observation, test, document ਜਾਂ interview ਲਿਖੋ।
error-expires-date = «{ $value }» ਕੋਈ ਦਿਨ ਨਹੀਂ ਹੈ। ਇਸਨੂੰ ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ ਰੂਪ ਵਿੱਚ ਲਿਖੋ, ਜਿਵੇਂ 2027-05-14।
error-expires-past = ਆਖ਼ਰੀ ਦਿਨ ਅੱਜ ਤੋਂ ਬਾਅਦ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-issuer-indexes-used-up = ਇਸ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕੁੰਜੀ ਆਪਣੇ ਸਾਰੇ ਨੰਬਰ ਦੇ ਚੁੱਕੀ ਹੈ। ਨਵੀਂ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਕੁੰਜੀ ਬਣਾਓ।
error-revoke-not-issued = ਤੁਸੀਂ ਨੰਬਰ { $index } ਵਾਲੇ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਉੱਤੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕੀਤੇ। ਤੁਹਾਡੇ ਨੰਬਰ 0 ਤੋਂ { $next } ਤੋਂ ਘੱਟ ਤੱਕ ਹਨ।
error-anchor-name = ਨਾਮ 1 ਤੋਂ 100 ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-anchor-known = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਇਸ ਭਰੋਸੇ ਦੇ ਆਧਾਰ ਉੱਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹੋ (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid })।
error-issuer-file = { $path } ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ। ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਤੋਂ carnet issuer show --json ਦਾ ਨਤੀਜਾ ਮੰਗੋ।
error-trust-bundle-not-newer = ਤੁਹਾਡੇ ਕੋਲ ਇਹ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਜਾਂ ਉਸੇ ਆਧਾਰ ਦੀ ਨਵੀਂ ਸੂਚੀ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-status-list-not-newer = ਤੁਹਾਡੇ ਕੋਲ ਇਸ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਨਵੀਂ ਸੂਚੀ ਪਹਿਲਾਂ ਹੀ ਹੈ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
error-status-list-issuer-unknown = ਇਹ ਸੂਚੀ ਅਜਿਹੇ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਹੈ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਹਾਲੇ ਭਰੋਸਾ ਨਹੀਂ ਕਰਦੇ (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid })। ਪਹਿਲਾਂ ਉਹ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਇੰਪੋਰਟ ਕਰੋ ਜਿਸ ਵਿੱਚ ਉਸਦਾ ਨਾਮ ਹੋਵੇ।
error-verifier-damaged = ਤੁਹਾਡੀਆਂ ਸੰਭਾਲੀਆਂ ਭਰੋਸੇ ਦੀਆਂ ਸੂਚੀਆਂ ਖ਼ਰਾਬ ਹਨ ਜਾਂ ਬਦਲੀਆਂ ਗਈਆਂ ਹਨ। ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਇੰਪੋਰਟ ਕਰੋ।
error-verify-nonce = «{ $value }» hex ਵਿੱਚ ਨੰਬਰ ਨਹੀਂ ਹੈ, ਜਿਵੇਂ 3fa9।
error-verify-got-request = ਇਹ ਕਿਸੇ ਦੀਆਂ ਐਂਟਰੀਆਂ ਦੀ ਪੁਸ਼ਟੀ ਦੀ ਬੇਨਤੀ ਹੈ (ਇਸਦਾ ਟੈਕਸਟ CNR1: ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ), ਹੁਨਰ ਦਿਖਾਉਣ ਵਾਲਾ ਕੋਡ ਨਹੀਂ। ਕੁਝ ਨਹੀਂ ਜਾਂਚਿਆ ਗਿਆ। ਪੁਸ਼ਟੀ ਕਰਨ ਵਾਲਾ ਇਸ ਉੱਤੇ ਇਸ ਤਰ੍ਹਾਂ ਦਸਤਖ਼ਤ ਕਰਦਾ ਹੈ: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = ਇਹ ਕਿਸੇ ਦੇ ਹੁਨਰ ਦਿਖਾਉਣ ਵਾਲਾ ਕੋਡ ਹੈ (ਇਸਦਾ ਟੈਕਸਟ CN1: ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ), ਉਹਨਾਂ ਦੀ ਪੁਸ਼ਟੀ ਦੀ ਬੇਨਤੀ ਨਹੀਂ। ਕੋਈ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋਏ। ਜਾਂਚਣ ਲਈ ਲਿਖੋ: carnet verify PICTURE, ਜਾਂ carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਨਹੀਂ ਹੈ।
error-trust-bundle-wrong-file = ਇਹ Carnet ਦੀ ਕਿਸੇ ਹੋਰ ਕਿਸਮ ਦੀ ਫ਼ਾਈਲ ਹੈ, ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਨਹੀਂ।
error-trust-bundle-newer-version = ਇਹ ਭਰੋਸੇ ਦੀ ਸੂਚੀ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਈ ਹੈ। ਪੜ੍ਹਨ ਲਈ Carnet ਅੱਪਡੇਟ ਕਰੋ।
error-trust-bundle-unknown-anchor = ਇਸ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਉੱਤੇ ਅਜਿਹੇ ਆਧਾਰ ਦੇ ਦਸਤਖ਼ਤ ਹਨ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਨਹੀਂ ਕਰਦੇ (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid })। ਜੇ ਤੁਸੀਂ ਇਸਨੂੰ ਜਾਣਦੇ ਹੋ, ਤਾਂ ਪਹਿਲਾਂ carnet trust anchor add ਨਾਲ ਜੋੜੋ।
error-trust-bundle-bad-signature = ਇਸ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਉੱਤੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ। ਫ਼ਾਈਲ ਬਦਲੀ ਗਈ ਜਾਂ ਖ਼ਰਾਬ ਹੈ।
error-trust-bundle-invalid = ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਦਾ ਇੱਕ ਮੁੱਲ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ({ $field })।
error-trust-bundle-too-large = ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਬਹੁਤ ਵੱਡੀ ਹੈ।
error-status-list-malformed = ਸੂਚੀ ਖ਼ਰਾਬ ਹੈ ਜਾਂ ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਸੂਚੀ ਨਹੀਂ ਹੈ।
error-status-list-wrong-file = ਇਹ Carnet ਦੀ ਕਿਸੇ ਹੋਰ ਕਿਸਮ ਦੀ ਫ਼ਾਈਲ ਹੈ, ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਸੂਚੀ ਨਹੀਂ।
error-status-list-newer-version = ਇਹ ਸੂਚੀ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਈ ਹੈ। ਪੜ੍ਹਨ ਲਈ Carnet ਅੱਪਡੇਟ ਕਰੋ।
error-status-list-wrong-issuer = ਇਹ ਸੂਚੀ ਕਿਸੇ ਹੋਰ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਹੈ ({ $found }, { $expected } ਨਹੀਂ)।
error-status-list-bad-signature = ਇਸ ਸੂਚੀ ਉੱਤੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ। ਫ਼ਾਈਲ ਬਦਲੀ ਗਈ ਜਾਂ ਖ਼ਰਾਬ ਹੈ।
error-status-list-invalid = ਸੂਚੀ ਦਾ ਇੱਕ ਮੁੱਲ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ ({ $field })।
error-status-list-too-large = ਸੂਚੀ ਬਹੁਤ ਵੱਡੀ ਹੈ।
