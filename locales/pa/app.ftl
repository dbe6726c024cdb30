# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
app-continue = ਅੱਗੇ

## First run: making a passphrase

app-create-title = ਆਪਣੀ ਲੌਗਬੁੱਕ ਸੁਰੱਖਿਅਤ ਕਰੋ
app-create-intro = ਇੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ। ਇਹ ਸਿਰਫ਼ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ। ਜਦੋਂ ਵੀ ਤੁਸੀਂ ਆਪਣੀ ਲੌਗਬੁੱਕ ਖੋਲ੍ਹੋਗੇ, Carnet ਇਹ ਪੁੱਛੇਗਾ।
app-passphrase = ਪਾਸਫ਼ਰੇਜ਼
app-passphrase-again = ਦੁਬਾਰਾ ਲਿਖੋ
app-passphrase-show = ਦਿਖਾਓ
app-passphrase-hide = ਲੁਕਾਓ
app-strength-too-short = ਬਹੁਤ ਛੋਟਾ: ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਵਰਤੋ।
app-strength-weak = ਕਮਜ਼ੋਰ: ਕੁਝ ਸ਼ਬਦ ਇਕੱਠੇ ਯਾਦ ਰੱਖਣੇ ਸੌਖੇ ਅਤੇ ਅੰਦਾਜ਼ਾ ਲਾਉਣੇ ਔਖੇ ਹੁੰਦੇ ਹਨ।
app-strength-fair = ਵਧੀਆ। ਲੰਮਾ ਹੋਵੇ ਤਾਂ ਹੋਰ ਵੀ ਸੁਰੱਖਿਅਤ ਹੈ।
app-strength-strong = ਮਜ਼ਬੂਤ।
app-passphrase-mismatch = ਦੋਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
app-create = ਮੇਰੀ ਲੌਗਬੁੱਕ ਬਣਾਓ
app-working = ਕਿਰਪਾ ਕਰਕੇ ਉਡੀਕ ਕਰੋ…
app-back = ਪਿੱਛੇ

## Unlock

app-unlock-title = ਆਪਣੀ ਲੌਗਬੁੱਕ ਖੋਲ੍ਹੋ
app-unlock = ਖੋਲ੍ਹੋ
app-lock = ਬੰਦ ਕਰੋ

## The logbook

app-logbook-title = ਮੇਰੀ ਲੌਗਬੁੱਕ
app-logbook-empty = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਖਾਲੀ ਹੈ। ਕੋਈ ਅਜਿਹਾ ਕੰਮ ਜੋੜੋ ਜੋ ਤੁਸੀਂ ਕਰ ਸਕਦੇ ਹੋ।
app-add = ਜੋੜੋ
app-kind-skill = ਹੁਨਰ
app-kind-qualification = ਯੋਗਤਾਵਾਂ
app-kind-experience = ਕੰਮ ਦਾ ਤਜਰਬਾ
app-kind-language = ਭਾਸ਼ਾਵਾਂ
app-kind-learning = ਕੋਰਸ
app-self-declared = ਆਪ ਦੱਸਿਆ
app-show-more = { $count ->
    [one] 1 ਹੋਰ ਦਿਖਾਓ
   *[other] { $count } ਹੋਰ ਦਿਖਾਓ
}
app-endorsed = ਪੁਸ਼ਟੀ ਹੋਈ

## Adding an entry

app-add-title = ਮੇਰੀ ਲੌਗਬੁੱਕ ਵਿੱਚ ਜੋੜੋ
app-add-kind = ਇਹ ਕੀ ਹੈ?
app-add-title-label = ਨਾਮ
app-add-title-hint = ਜਿਵੇਂ: ਵੈਲਡਿੰਗ, ਟਰੱਕ ਚਲਾਉਣਾ, ਅਰਬੀ
app-add-level = ਪੱਧਰ
app-level-none = ਕੋਈ ਪੱਧਰ ਨਹੀਂ
app-level-basic = ਸ਼ੁਰੂਆਤੀ
app-level-intermediate = ਦਰਮਿਆਨਾ
app-level-advanced = ਚੰਗਾ
app-level-expert = ਮਾਹਰ
app-level-eqf = ਪੱਧਰ { $level }
app-save = ਸੰਭਾਲੋ
app-cancel = ਰੱਦ ਕਰੋ

## Moving around

app-settings = ਸੈਟਿੰਗਾਂ
app-sync = ਸਿੰਕ
app-edit = ਬਦਲੋ
app-remove = ਹਟਾਓ

## The logbook: search and filter

app-search = ਖੋਜੋ
app-search-hint = ਕੋਈ ਸ਼ਬਦ ਲਿਖੋ, ਜਿਵੇਂ: ਵੈਲਡ
app-stage-filter = ਤੁਹਾਡੇ ਸਫ਼ਰ ਦਾ ਪੜਾਅ
app-stage-any = ਸਾਰੇ ਪੜਾਅ
app-stage-recruitment = ਭਰਤੀ
app-stage-pre-departure = ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ
app-stage-arrival = ਪਹੁੰਚਣਾ
app-stage-career = ਕੰਮ
app-stage-return = ਵਾਪਸੀ
app-search-none = ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ। ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਜਾਂ ਕੋਈ ਹੋਰ ਪੜਾਅ ਅਜ਼ਮਾਓ।

## Changing and removing an entry

app-edit-title = ਇਹ ਐਂਟਰੀ ਬਦਲੋ
app-stages = ਤੁਹਾਡੇ ਸਫ਼ਰ ਦੇ ਪੜਾਅ
app-remove-confirm = «{ $title }» ਨੂੰ ਆਪਣੀ ਲੌਗਬੁੱਕ ਵਿੱਚੋਂ ਹਟਾਉਣਾ ਹੈ? ਇਹ ਵਾਪਸ ਨਹੀਂ ਹੋਵੇਗਾ।
app-remove-yes = ਹਾਂ, ਹਟਾਓ

## Settings

app-settings-title = ਸੈਟਿੰਗਾਂ
app-settings-language = ਭਾਸ਼ਾ
app-settings-lock = ਬੰਦ ਹੋਵੇ
app-lock-minutes = { $minutes ->
    [one] { $minutes } ਮਿੰਟ ਵਰਤੋਂ ਨਾ ਹੋਣ 'ਤੇ
   *[other] { $minutes } ਮਿੰਟ ਵਰਤੋਂ ਨਾ ਹੋਣ 'ਤੇ
}
app-settings-passphrase = ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲੋ
app-passphrase-current = ਮੌਜੂਦਾ ਪਾਸਫ਼ਰੇਜ਼
app-passphrase-new = ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼
app-passphrase-change = ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲੋ
app-passphrase-changed = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲ ਗਿਆ ਹੈ। ਹੁਣ ਤੋਂ ਨਵਾਂ ਵਰਤੋ।
app-about = Carnet ਬਾਰੇ
app-locked-idle = ਕੁਝ ਸਮੇਂ ਤੋਂ ਕਿਸੇ ਨੇ ਵਰਤੀ ਨਹੀਂ, ਇਸ ਲਈ Carnet ਨੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਬੰਦ ਕਰ ਦਿੱਤੀ। ਆਪਣੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਇਸਨੂੰ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।

## Sync with a hub

app-sync-title = ਹੱਬ ਨਾਲ ਸਿੰਕ
app-sync-intro = ਹੱਬ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਦੀ ਇੱਕ ਤਾਲਾਬੰਦ ਕਾਪੀ ਰੱਖਦਾ ਹੈ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਇਸਨੂੰ ਦੂਜੇ ਫ਼ੋਨ ਉੱਤੇ ਵਰਤ ਸਕੋ। ਹੱਬ ਇਸਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।
app-hub-address = ਹੱਬ ਦਾ ਪਤਾ
app-hub-address-hint = ਜਿਵੇਂ: https://hub.example.org
app-hub-save = ਪਤਾ ਸੰਭਾਲੋ
app-sync-now = ਹੁਣੇ ਸਿੰਕ ਕਰੋ
app-sync-never = ਹਾਲੇ ਸਿੰਕ ਨਹੀਂ ਹੋਇਆ।
app-sync-last = ਆਖ਼ਰੀ ਸਿੰਕ: { $when }
app-sync-pending = { $count ->
    [0] ਭੇਜਣ ਲਈ ਕੁਝ ਬਾਕੀ ਨਹੀਂ।
    [one] { $count } ਬਦਲਾਅ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।
   *[other] { $count } ਬਦਲਾਅ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।
}
app-sync-sending = ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ
app-sync-receiving = ਮਿਲ ਰਿਹਾ ਹੈ
app-sync-photos = ਫ਼ੋਟੋਆਂ
app-sync-done = ਸਿੰਕ ਪੂਰਾ ਹੋਇਆ।

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਬੰਦ ਹੈ। ਆਪਣੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਇਸਨੂੰ ਖੋਲ੍ਹੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unknown-language = Carnet ਵਿੱਚ { $tag } ਭਾਸ਼ਾ ਨਹੀਂ ਹੈ। ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ।

## Settings: how the screens look

app-settings-display = Carnet ਕਿਵੇਂ ਦਿਸੇ
app-high-contrast = ਗੂੜ੍ਹਾ ਫ਼ਰਕ (ਚਿੱਟੇ ਉੱਤੇ ਕਾਲਾ)
app-text-size = ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = ਸੁਣੋ

## Two languages at once

app-dual-language = ਇਸ ਵਿੱਚ ਵੀ ਦਿਖਾਓ
app-dual-none = ਕੋਈ ਦੂਜੀ ਭਾਸ਼ਾ ਨਹੀਂ
