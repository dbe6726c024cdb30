# Review status: machine-drafted, needs review by a native speaker.

## Kinds of issuer, as a verifier reads them

issuer-kind-trainer = ਇੱਕ ਟ੍ਰੇਨਰ
issuer-kind-employer = ਇੱਕ ਮਾਲਕ
issuer-kind-centre = ਇੱਕ ਕੇਂਦਰ
issuer-kind-college = ਇੱਕ ਕਾਲਜ
issuer-kind-colleague = ਇੱਕ ਸਾਥੀ

## verify: verdicts, one per code

verdict-valid = ਜਾਇਜ਼: ਅਜਿਹੇ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੇ ਦਸਤਖ਼ਤ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ, ਹਾਲੇ ਚਾਲੂ, ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਗਿਆ।
verdict-self-declared = ਸਿਰਫ਼ ਵਿਅਕਤੀ ਨੇ ਕਿਹਾ: ਕਿਸੇ ਨੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕੀਤੇ।
verdict-unknown-issuer = ਦਸਤਖ਼ਤ ਹਨ, ਪਰ ਅਜਿਹੇ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੇ ਨਹੀਂ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ।
verdict-expired = ਸਮਾਂ ਖ਼ਤਮ।
verdict-revoked = ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਨੇ ਵਾਪਸ ਲੈ ਲਿਆ।
verdict-tampered = ਬਦਲਿਆ ਹੋਇਆ ਜਾਂ ਕਾਪੀ ਕੀਤਾ: ਇਸ ਉੱਤੇ ਭਰੋਸਾ ਨਾ ਕਰੋ।
verdict-malformed = ਇਹ Carnet ਦਾ ਅਜਿਹਾ ਕੋਡ ਨਹੀਂ ਜੋ ਪੜ੍ਹਿਆ ਜਾ ਸਕੇ।

## verify: reasons, one per code

reason-wrong-prefix = ਟੈਕਸਟ CN1: ਨਾਲ ਸ਼ੁਰੂ ਨਹੀਂ ਹੁੰਦਾ, ਇਸ ਲਈ ਇਹ Carnet ਕੋਡ ਨਹੀਂ ਹੈ।
reason-bad-base45 = ਟੈਕਸਟ ਵਿੱਚ ਅਜਿਹੇ ਅੱਖਰ ਹਨ ਜੋ Carnet ਕੋਡ ਵਿੱਚ ਨਹੀਂ ਹੋ ਸਕਦੇ। ਸ਼ਾਇਦ ਇਹ ਕੱਟਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ ਹੈ।
reason-bad-zlib = ਕੋਡ ਕੱਟਿਆ ਹੋਇਆ ਜਾਂ ਖ਼ਰਾਬ ਹੈ।
reason-too-large = ਕੋਡ Carnet ਕੋਡ ਹੋਣ ਲਈ ਬਹੁਤ ਹੀ ਵੱਡਾ ਹੈ।
reason-bad-cose = ਕੋਡ ਖ਼ਰਾਬ ਹੈ ਜਾਂ Carnet ਕੋਡ ਨਹੀਂ ਹੈ।
reason-unsupported-header = ਕੋਡ ਅਜਿਹੇ ਦਸਤਖ਼ਤ ਵਰਤਦਾ ਹੈ ਜੋ Carnet ਨਹੀਂ ਜਾਣਦਾ। ਸ਼ਾਇਦ Carnet ਦਾ ਨਵਾਂ ਸੰਸਕਰਣ ਇਸਨੂੰ ਪੜ੍ਹ ਸਕੇ।
reason-bad-payload = ਕੋਡ ਦੇ ਅੰਦਰਲੀ ਜਾਣਕਾਰੀ ਖ਼ਰਾਬ ਹੈ।
reason-holder-signature-invalid = ਵਿਅਕਤੀ ਦੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਕੋਡ ਬਦਲਿਆ ਗਿਆ ਹੈ।
reason-nonce-mismatch = ਕੋਡ ਕਿਸੇ ਹੋਰ ਬੇਨਤੀ ਲਈ ਬਣਿਆ ਸੀ (ਨੰਬਰ { $found }, { $expected } ਨਹੀਂ)। ਇਹ ਕਾਪੀ ਹੋ ਸਕਦੀ ਹੈ।
reason-audience-mismatch = ਕੋਡ «{ $found }» ਲਈ ਬਣਿਆ ਸੀ, «{ $expected }» ਲਈ ਨਹੀਂ।
reason-presentation-expired = ਕੋਡ ਦਾ ਆਪਣਾ ਸਮਾਂ { $exp } ਨੂੰ ਖ਼ਤਮ ਹੋ ਗਿਆ। ਵਿਅਕਤੀ ਨੂੰ ਨਵਾਂ ਬਣਾਉਣ ਲਈ ਕਹੋ।
reason-presentation-not-yet-valid = ਕੋਡ ਕਹਿੰਦਾ ਹੈ ਕਿ ਇਹ { $iat } ਨੂੰ ਬਣਿਆ, ਜੋ ਹਾਲੇ ਆਇਆ ਨਹੀਂ। ਇਸ ਡਿਵਾਈਸ ਦੀ ਘੜੀ ਵੇਖੋ।
reason-endorsement-signature-invalid = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੇ ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਹੁਨਰ ਬਦਲਿਆ ਗਿਆ ਹੈ।
reason-issuer-key-not-sent = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਪਛਾਣ ਸਿਰਫ਼ { $kid } ਨਾਲ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਇਸਨੂੰ ਨਹੀਂ ਜਾਣਦੇ।
reason-endorsement-expired = ਹੁਨਰ ਦੇ ਦਸਤਖ਼ਤਾਂ ਦਾ ਸਮਾਂ { $exp } ਨੂੰ ਖ਼ਤਮ ਹੋ ਗਿਆ।
reason-endorsement-not-yet-valid = ਹੁਨਰ ਕਹਿੰਦਾ ਹੈ ਕਿ ਇਸ ਉੱਤੇ { $iat } ਨੂੰ ਦਸਤਖ਼ਤ ਹੋਏ, ਜੋ ਹਾਲੇ ਆਇਆ ਨਹੀਂ। ਇਸ ਡਿਵਾਈਸ ਦੀ ਘੜੀ ਵੇਖੋ।
reason-issuer-unknown = «{ $name }» (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid }) ਤੁਹਾਡੀਆਂ ਭਰੋਸੇ ਦੀਆਂ ਸੂਚੀਆਂ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕੋਈ ਵੀ ਆਪਣੇ ਆਪ ਨੂੰ ਕੋਈ ਵੀ ਨਾਮ ਦੇ ਸਕਦਾ ਹੈ।
reason-issuer-not-trusted-at-issue = «{ $name }» (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid }) ਦੀ ਦਸਤਖ਼ਤਾਂ ਵਾਲੇ ਦਿਨ ਜ਼ਮਾਨਤ ਨਹੀਂ ਦਿੱਤੀ ਗਈ ਸੀ।
reason-issuer-trusted = ਜਾਰੀ ਕਰਨ ਵਾਲਾ ਤੁਹਾਡੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਵਿੱਚ ਹੈ (ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid })।
reason-issuer-claims-differ = ਤੁਹਾਡੀ ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਕਹਿੰਦੀ ਹੈ ਕਿ ਇਹ ਜਾਰੀ ਕਰਨ ਵਾਲਾ { $country } ਵਿੱਚ { $kind } ਹੈ; ਦਸਤਖ਼ਤ ਕੁਝ ਹੋਰ ਕਹਿੰਦੇ ਹਨ। ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਦੀ ਗੱਲ ਮੰਨੋ।
reason-revoked = ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਨੇ ਪ੍ਰਮਾਣ-ਪੱਤਰ ਨੰਬਰ { $index } ਵਾਪਸ ਲੈ ਲਿਆ।
reason-no-revocation-list = ਤੁਹਾਡੇ ਕੋਲ ਇਸ ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਦੀ ਵਾਪਸ ਲਈਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਨਹੀਂ ਹੈ।
reason-self-declared = ਇਹ ਵਿਅਕਤੀ ਕਹਿੰਦਾ ਹੈ; ਕਿਸੇ ਨੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕੀਤੇ।

## verify: the rest of the report

verify-presentation = { $stage } ਲਈ ਦਿਖਾਇਆ, { $date } ਨੂੰ ਬਣਿਆ, ਕੁੰਜੀ { $kid } ਵਾਲੇ ਵਿਅਕਤੀ ਵੱਲੋਂ।
verify-audience = ਕਿਸ ਲਈ ਬਣਿਆ: { $audience }
verify-stage-recruitment = ਭਰਤੀ
verify-stage-pre-departure = ਜਾਣ ਦੀ ਤਿਆਰੀ
verify-stage-arrival = ਪਹੁੰਚਣਾ
verify-stage-career = ਕੰਮ ਅਤੇ ਸਿਖਲਾਈ
verify-stage-return = ਘਰ ਵਾਪਸੀ
verify-endorsed-by = { $name } ਦੇ ਦਸਤਖ਼ਤ, { $country } ਵਿੱਚ { $kind }।
verify-endorsed-by-unchecked = ਕਿਸੇ ਦੇ ਦਸਤਖ਼ਤ ਜੋ ਆਪਣੇ ਆਪ ਨੂੰ «{ $name }» ਕਹਿੰਦਾ ਹੈ, { $country } ਵਿੱਚ { $kind } (ਜਾਂਚਿਆ ਨਹੀਂ; ਕੁੰਜੀ ਦੀ ਪਛਾਣ { $kid })।
verify-colleague-note = ਇਹ ਇੱਕ ਸਾਥੀ ਦੀ ਗੱਲ ਹੈ: ਕੋਈ ਜਿਸਨੇ ਵਿਅਕਤੀ ਨਾਲ ਕੰਮ ਕੀਤਾ, ਕੋਈ ਸਕੂਲ ਜਾਂ ਮਾਲਕ ਨਹੀਂ।
verify-endorsed-on = { $date } ਨੂੰ ਦਸਤਖ਼ਤ ਹੋਏ; ਜਾਂਚ ਦਾ ਤਰੀਕਾ: { $how }।{ $expires ->
    [none] {""}
   *[other] {" "}{ $expires } ਤੱਕ ਜਾਇਜ਼।
}
verify-how-observation = ਉਹਨਾਂ ਨੂੰ ਕੰਮ ਕਰਦੇ ਵੇਖਣਾ
verify-how-test = ਇੱਕ ਪ੍ਰੀਖਿਆ
verify-how-document = ਇੱਕ ਦਸਤਾਵੇਜ਼
verify-how-interview = ਇੱਕ ਇੰਟਰਵਿਊ
verify-hidden = { $count ->
    [one] 1 ਜਾਣਕਾਰੀ ਵਿਅਕਤੀ ਨੇ ਲੁਕਾਈ ਹੈ।
   *[other] { $count } ਜਾਣਕਾਰੀਆਂ ਵਿਅਕਤੀ ਨੇ ਲੁਕਾਈਆਂ ਹਨ।
}
verify-trust-age = { $days ->
    [0] ਭਰੋਸੇ ਦੀ ਸੂਚੀ ਅੱਜ ਦੀ।
    [one] ਭਰੋਸੇ ਦੀ ਸੂਚੀ 1 ਦਿਨ ਪਹਿਲਾਂ ਦੀ ({ $date })।
   *[other] ਭਰੋਸੇ ਦੀ ਸੂਚੀ { $days } ਦਿਨ ਪਹਿਲਾਂ ਦੀ ({ $date })।
}
verify-newer-code = ਇਹ ਕੋਡ Carnet ਦੇ ਨਵੇਂ ਸੰਸਕਰਣ ਨੇ ਬਣਾਇਆ ਹੈ। ਜਾਂਚਣ ਲਈ Carnet ਅੱਪਡੇਟ ਕਰੋ।
verify-status-age = { $days ->
    [0] ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਸੂਚੀ: ਅੱਜ ਦੀ।
    [one] ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਸੂਚੀ: 1 ਦਿਨ ਪਹਿਲਾਂ ਦੀ ({ $date })।
   *[other] ਵਾਪਸ ਲਏ ਪ੍ਰਮਾਣ-ਪੱਤਰਾਂ ਦੀ ਸੂਚੀ: { $days } ਦਿਨ ਪਹਿਲਾਂ ਦੀ ({ $date })।
}
verify-field-kind = ਕੀ:
verify-field-title = ਸਿਰਲੇਖ:
verify-field-esco = ESCO:
verify-field-entry-id = ਐਂਟਰੀ:
verify-field-level = ਪੱਧਰ:
verify-field-from = ਤੋਂ:
verify-field-to = ਤੱਕ:
verify-field-country = ਦੇਸ਼:
verify-field-context = ਕਿੱਥੇ ਸਿੱਖਿਆ:
verify-field-evidence = ਸਬੂਤ (hash):
verify-field-eqf = EQF ਪੱਧਰ:
verify-entry-kind-skill = ਇੱਕ ਹੁਨਰ
verify-entry-kind-qualification = ਇੱਕ ਡਿਪਲੋਮਾ ਜਾਂ ਯੋਗਤਾ
verify-entry-kind-experience = ਕੰਮ ਦਾ ਤਜਰਬਾ
verify-entry-kind-language = ਇੱਕ ਭਾਸ਼ਾ
verify-entry-kind-learning = ਇੱਕ ਕੋਰਸ
verify-context-formal = ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਵਿੱਚ
verify-context-non-formal = ਕਿਸੇ ਕੋਰਸ ਵਿੱਚ
verify-context-informal = ਕੰਮ ਉੱਤੇ ਜਾਂ ਆਪਣੇ ਆਪ
verify-esco-skill = ਹੁਨਰ
verify-esco-occupation = ਕਿੱਤਾ
verify-esco-qualification = ਯੋਗਤਾ
