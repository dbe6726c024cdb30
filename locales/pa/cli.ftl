# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = ਕਿਵੇਂ ਲਿਖਣਾ ਹੈ:
cli-help-commands = ਕਮਾਂਡਾਂ:
cli-help-arguments = ਕੀ ਦੇਣਾ ਹੈ:
cli-help-options = ਚੋਣਾਂ:
cli-help-examples = ਉਦਾਹਰਣਾਂ:

## Help: the whole program

cli-about = Carnet ਤੁਹਾਡੇ ਕੰਮਾਂ ਦਾ ਰਿਕਾਰਡ ਰੱਖਦਾ ਹੈ: ਹੁਨਰ, ਕੰਮ, ਭਾਸ਼ਾਵਾਂ, ਡਿਪਲੋਮੇ ਅਤੇ ਕੋਰਸ। ਰਿਕਾਰਡ ਤੁਹਾਡੇ ਡਿਵਾਈਸ ਉੱਤੇ ਰਹਿੰਦਾ ਹੈ, ਤੁਹਾਡੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਬੰਦ।

cli-examples =
    ਲੌਗਬੁੱਕ ਸ਼ੁਰੂ ਕਰੋ:       carnet init
    ਹੁਨਰ ਜੋੜੋ:              carnet add skill --title "Welding" --level advanced
    ਆਪਣੀਆਂ ਐਂਟਰੀਆਂ ਵੇਖੋ:    carnet list
    ਇੱਕ ਐਂਟਰੀ ਵੇਖੋ:         carnet show 3f2a
    ਕਮਾਂਡ ਦੀ ਮਦਦ:          carnet add --help

cli-opt-data-dir = ਉਹ ਫ਼ੋਲਡਰ ਜਿਸ ਵਿੱਚ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਰੱਖੀ ਹੈ। ਤੁਸੀਂ CARNET_DATA_DIR ਵੀ ਸੈੱਟ ਕਰ ਸਕਦੇ ਹੋ।
cli-opt-json = JSON ਵਿੱਚ ਜਵਾਬ ਦਿਓ, ਦੂਜੇ ਪ੍ਰੋਗਰਾਮਾਂ ਲਈ।
cli-opt-lang = Carnet ਦੇ ਸੁਨੇਹਿਆਂ ਦੀ ਭਾਸ਼ਾ, ਜਿਵੇਂ ar, fa, fr, uk ਜਾਂ en।
cli-opt-help = ਇਹ ਮਦਦ ਦਿਖਾਓ।
cli-opt-version = Carnet ਦਾ ਸੰਸਕਰਣ ਦਿਖਾਓ।

## Help: commands

cli-cmd-init = ਨਵੀਂ ਲੌਗਬੁੱਕ ਬਣਾਓ, ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਬੰਦ।
cli-cmd-passphrase = ਆਪਣੀ ਲੌਗਬੁੱਕ ਦਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲੋ।
cli-cmd-passphrase-change = ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲੋ। ਪਹਿਲਾਂ ਪੁਰਾਣਾ ਲਿਖੋ, ਫਿਰ ਨਵਾਂ ਦੋ ਵਾਰ।
cli-cmd-profile = ਆਪਣੀ ਪ੍ਰੋਫ਼ਾਈਲ ਵੇਖੋ ਜਾਂ ਬਦਲੋ: ਤੁਹਾਡਾ ਨਾਮ, ਤੁਹਾਡੇ ਦੇਸ਼, ਤੁਹਾਡੀਆਂ ਭਾਸ਼ਾਵਾਂ।
cli-cmd-profile-show = ਆਪਣੀ ਪ੍ਰੋਫ਼ਾਈਲ ਦਿਖਾਓ।
cli-cmd-profile-set = ਆਪਣੀ ਪ੍ਰੋਫ਼ਾਈਲ ਬਦਲੋ। ਕੁਝ ਮਿਟਾਉਣ ਲਈ ਉਸਨੂੰ ਖਾਲੀ ਮੁੱਲ ਦਿਓ, ਜਿਵੇਂ --contact ""।
cli-cmd-add = ਐਂਟਰੀ ਜੋੜੋ: ਹੁਨਰ, ਯੋਗਤਾ, ਕੰਮ ਦਾ ਤਜਰਬਾ, ਭਾਸ਼ਾ ਜਾਂ ਕੋਰਸ।
cli-cmd-list = ਆਪਣੀਆਂ ਐਂਟਰੀਆਂ ਦੀ ਸੂਚੀ ਦਿਖਾਓ।
cli-cmd-show = ਇੱਕ ਐਂਟਰੀ ਬਾਰੇ ਸਭ ਕੁਝ ਦਿਖਾਓ।
cli-cmd-edit = ਕੋਈ ਐਂਟਰੀ ਬਦਲੋ।
cli-cmd-rm = ਕੋਈ ਐਂਟਰੀ ਮਿਟਾਓ।
cli-cmd-search = ਅਜਿਹੀਆਂ ਐਂਟਰੀਆਂ ਲੱਭੋ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਕੁਝ ਸ਼ਬਦ ਹੋਣ।
cli-cmd-detach = ਕਿਸੇ ਐਂਟਰੀ ਤੋਂ ਫ਼ੋਟੋ ਜਾਂ ਆਵਾਜ਼ ਨੋਟ ਹਟਾਓ। ਇਹ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਵੀ ਮਿਟ ਜਾਂਦਾ ਹੈ, ਜਦੋਂ ਤੱਕ ਕੋਈ ਹੋਰ ਐਂਟਰੀ ਇਸਨੂੰ ਨਾ ਦਿਖਾਏ।
cli-cmd-attach = ਕਿਸੇ ਐਂਟਰੀ ਵਿੱਚ ਕਾਗ਼ਜ਼ ਦੀ ਫ਼ੋਟੋ ਜੋੜੋ, ਜਿਵੇਂ ਡਿਪਲੋਮਾ, ਸਰਟੀਫ਼ਿਕੇਟ ਜਾਂ ਕੰਮ ਦਾ ਕਾਗ਼ਜ਼। ਜਾਂ ਆਵਾਜ਼ ਨੋਟ ਜੋੜੋ: ਇੱਕ ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਹੁਨਰ ਬਾਰੇ ਦੱਸੋ।
cli-cmd-export = ਆਪਣੀ ਪੂਰੀ ਲੌਗਬੁੱਕ ਅਜਿਹੀ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖੋ ਜੋ ਦੂਜੇ ਪ੍ਰੋਗਰਾਮ ਪੜ੍ਹ ਸਕਣ।
cli-cmd-import = Carnet ਦੀ ਐਕਸਪੋਰਟ ਫ਼ਾਈਲ ਆਪਣੀ ਲੌਗਬੁੱਕ ਵਿੱਚ ਪੜ੍ਹੋ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਵਿੱਚੋਂ ਕੁਝ ਨਹੀਂ ਮਿਟਦਾ।
cli-cmd-devices = ਉਹ ਡਿਵਾਈਸ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ।
cli-cmd-devices-list = ਉਹ ਡਿਵਾਈਸ ਦਿਖਾਓ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ।
cli-cmd-devices-remove = ਕਿਸੇ ਡਿਵਾਈਸ ਤੋਂ ਆਪਣੀ ਲੌਗਬੁੱਕ ਹਟਾ ਲਓ, ਜਿਵੇਂ ਗੁੰਮ ਹੋਇਆ ਫ਼ੋਨ। ਉਹ ਹੁਣ ਤੋਂ ਤੁਹਾਡੀ ਜੋੜੀ ਕੋਈ ਚੀਜ਼ ਨਹੀਂ ਪੜ੍ਹ ਸਕੇਗਾ।
cli-cmd-pair = ਆਪਣੀ ਲੌਗਬੁੱਕ ਆਪਣੇ ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ ਉੱਤੇ ਰੱਖੋ, ਜਿਵੇਂ ਨਵਾਂ ਫ਼ੋਨ।
cli-cmd-pair-show = ਜਿਸ ਡਿਵਾਈਸ ਉੱਤੇ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ ਉਸ ਉੱਤੇ: ਨਵੇਂ ਡਿਵਾਈਸ ਲਈ ਕੋਡ ਦਿਖਾਓ, ਫਿਰ ਇਜਾਜ਼ਤ ਦਿਓ।
cli-cmd-pair-join = ਨਵੇਂ ਡਿਵਾਈਸ ਉੱਤੇ: ਆਪਣੇ ਦੂਜੇ ਡਿਵਾਈਸ ਦੇ ਦਿਖਾਏ ਕੋਡ ਨਾਲ ਆਪਣੀ ਲੌਗਬੁੱਕ ਲਓ।
cli-cmd-sync = ਆਪਣੇ ਬਦਲਾਅ ਕੇਂਦਰ ਦੇ ਹੱਬ ਨੂੰ ਭੇਜੋ ਅਤੇ ਆਪਣੇ ਦੂਜੇ ਡਿਵਾਈਸਾਂ ਉੱਤੇ ਕੀਤੇ ਬਦਲਾਅ ਲਓ। ਹੱਬ ਸਿਰਫ਼ ਇੱਕ ਬੰਦ ਕਾਪੀ ਰੱਖਦਾ ਹੈ ਜੋ ਉਹ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।

## Help: what to give to the commands

cli-arg-kind = ਐਂਟਰੀ ਦੀ ਕਿਸਮ: skill (ਹੁਨਰ), qualification (ਯੋਗਤਾ), experience (ਕੰਮ), language (ਭਾਸ਼ਾ) ਜਾਂ learning (ਕੋਰਸ)।
cli-arg-title = ਇੱਕ ਛੋਟਾ ਨਾਮ, ਜਿਵੇਂ "Welding" ਜਾਂ "Driving licence B"।
cli-arg-description = ਇਸ ਬਾਰੇ ਹੋਰ ਸ਼ਬਦ, ਜੇ ਤੁਸੀਂ ਚਾਹੋ।
cli-arg-level = ਤੁਸੀਂ ਕਿੰਨੇ ਚੰਗੇ ਹੋ। ਹੁਨਰ ਜਾਂ ਕੰਮ ਲਈ: basic, intermediate, advanced ਜਾਂ expert। ਭਾਸ਼ਾ ਲਈ: A1 (ਸ਼ੁਰੂਆਤ) ਤੋਂ C2 (ਬਹੁਤ ਚੰਗਾ)। ਯੋਗਤਾ ਜਾਂ ਕੋਰਸ ਲਈ: ਉਸਦਾ EQF ਪੱਧਰ, 1 ਤੋਂ 8।
cli-arg-eqf = ਡਿਪਲੋਮੇ ਜਾਂ ਕੋਰਸ ਦਾ EQF ਪੱਧਰ, 1 ਤੋਂ 8, ਜੇ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ।
cli-arg-from = ਕਦੋਂ ਸ਼ੁਰੂ ਹੋਇਆ: ਸਾਲ (2019), ਮਹੀਨਾ (2019-05) ਜਾਂ ਦਿਨ (2019-05-14)।
cli-arg-to = ਕਦੋਂ ਖ਼ਤਮ ਹੋਇਆ, ਉਸੇ ਤਰ੍ਹਾਂ ਲਿਖਿਆ। ਜੇ ਹਾਲੇ ਚੱਲ ਰਿਹਾ ਹੈ ਤਾਂ ਛੱਡ ਦਿਓ।
cli-arg-organisation = ਮਾਲਕ, ਸਕੂਲ ਜਾਂ ਸਿਖਲਾਈ ਕੇਂਦਰ।
cli-arg-place = ਸ਼ਹਿਰ ਜਾਂ ਥਾਂ।
cli-arg-country = ਦੇਸ਼, ਦੋ ਅੱਖਰਾਂ ਵਿੱਚ, ਜਿਵੇਂ SY, AF, DE।
cli-arg-context = ਤੁਸੀਂ ਇਹ ਕਿਵੇਂ ਸਿੱਖਿਆ: formal (ਸਕੂਲ, ਡਿਪਲੋਮਾ), non-formal (ਕੋਰਸ) ਜਾਂ informal (ਕਰ ਕੇ)।
cli-arg-written-in = ਉਹ ਭਾਸ਼ਾ ਜਿਸ ਵਿੱਚ ਤੁਸੀਂ ਇਹ ਐਂਟਰੀ ਲਿਖੀ, ਛੋਟੇ ਕੋਡ ਵਿੱਚ, ਜਿਵੇਂ ar ਜਾਂ en।
cli-arg-esco = ਹੁਨਰ ਜਾਂ ਨੌਕਰੀ ਦਾ ESCO ਪਤਾ, ਜੇ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ।
cli-arg-isco = ISCO-08 ਨੌਕਰੀ ਕੋਡ (1 ਤੋਂ 4 ਅੰਕ), ਜੇ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ।
cli-arg-stage = ਤੁਹਾਡੇ ਸਫ਼ਰ ਵਿੱਚ ਇਹ ਕਦੋਂ ਕੰਮ ਆਉਂਦਾ ਹੈ: recruitment, pre-departure, arrival, career ਜਾਂ return। ਤੁਸੀਂ ਇੱਕ ਤੋਂ ਵੱਧ ਦੇ ਸਕਦੇ ਹੋ।

cli-arg-list-kind = ਸਿਰਫ਼ ਇਸ ਕਿਸਮ ਦੀਆਂ ਐਂਟਰੀਆਂ ਦਿਖਾਓ: skill, qualification, experience, language ਜਾਂ learning।
cli-arg-list-stage = ਸਿਰਫ਼ ਇਸ ਪੜਾਅ ਦੀਆਂ ਐਂਟਰੀਆਂ ਦਿਖਾਓ: recruitment, pre-departure, arrival, career ਜਾਂ return।

cli-arg-id = ਐਂਟਰੀ ਦੀ id। ਪਹਿਲੇ 4 ਜਾਂ ਵੱਧ ਅੱਖਰ ਕਾਫ਼ੀ ਹਨ। ids ਵੇਖਣ ਲਈ ਲਿਖੋ: carnet list
cli-arg-set = ਇੱਕ ਬਦਲਾਅ, FIELD=VALUE ਰੂਪ ਵਿੱਚ, ਜਿਵੇਂ level=advanced। ਹੋਰ ਬਦਲਣ ਲਈ ਇਹ ਦੁਬਾਰਾ ਦਿਓ। ਖਾਲੀ ਮੁੱਲ ਖਾਨੇ ਨੂੰ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਖਾਨੇ ਇਹ ਹਨ: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco।
cli-arg-text = ਲੱਭਣ ਵਾਲੇ ਸ਼ਬਦ।
cli-arg-evidence = ਹਟਾਉਣ ਵਾਲੀ ਫ਼ੋਟੋ ਜਾਂ ਆਵਾਜ਼ ਨੋਟ: ਉਸਦੀ id, ਜਿਵੇਂ carnet show ਅਤੇ carnet attach ਦਿਖਾਉਂਦੇ ਹਨ (ਪਹਿਲੇ 8 ਜਾਂ ਵੱਧ ਅੱਖਰ ਕਾਫ਼ੀ ਹਨ)।
cli-arg-photo = ਇੱਕ ਫ਼ੋਟੋ (JPEG, PNG ਜਾਂ WebP) ਜਾਂ ਆਵਾਜ਼ ਦੀ ਫ਼ਾਈਲ (WebM, Ogg, MP4, M4A, AAC, MP3 ਜਾਂ WAV, 5 MB ਤੱਕ)। Carnet ਫ਼ਾਈਲ ਦੇ ਅੰਦਰ ਵੇਖ ਕੇ ਪਤਾ ਲਾਉਂਦਾ ਹੈ ਕਿ ਇਹ ਕੀ ਹੈ। ਇਹ ਲੁਕੀ ਜਾਣਕਾਰੀ ਹਟਾ ਦਿੰਦਾ ਹੈ, ਜਿਵੇਂ ਉਹ ਥਾਂ ਜਿੱਥੇ ਫ਼ੋਟੋ ਲਈ ਗਈ।
cli-arg-format = ਫ਼ਾਈਲ ਦੀ ਕਿਸਮ। ਹਾਲੇ ਸਿਰਫ਼ json।
cli-arg-file = ਪੜ੍ਹਨ ਵਾਲੀ ਐਕਸਪੋਰਟ ਫ਼ਾਈਲ।

cli-arg-name = ਤੁਹਾਡਾ ਨਾਮ, ਜਿਵੇਂ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਦੂਜੇ ਵੇਖਣ।
cli-arg-birth-date = ਤੁਹਾਡੀ ਜਨਮ ਤਾਰੀਖ਼: 1990, 1990-05 ਜਾਂ 1990-05-14।
cli-arg-origin = ਉਹ ਦੇਸ਼ ਜਿੱਥੋਂ ਤੁਸੀਂ ਆਏ ਹੋ, ਦੋ ਅੱਖਰਾਂ ਵਿੱਚ, ਜਿਵੇਂ SY, AF, ER।
cli-arg-current = ਉਹ ਦੇਸ਼ ਜਿੱਥੇ ਤੁਸੀਂ ਹੁਣ ਰਹਿੰਦੇ ਹੋ, ਦੋ ਅੱਖਰਾਂ ਵਿੱਚ, ਜਿਵੇਂ DE, FR।
cli-arg-contact = ਲੋਕ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰਨ, ਜਿਵੇਂ ਫ਼ੋਨ ਨੰਬਰ ਜਾਂ ਈਮੇਲ।
cli-arg-language = ਕੋਈ ਭਾਸ਼ਾ ਜੋ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ, ਛੋਟੇ ਕੋਡ ਵਿੱਚ, ਜਿਵੇਂ ar, fa-AF ਜਾਂ en। ਹੇਠਲੀਆਂ ਚੋਣਾਂ ਇਸੇ ਭਾਸ਼ਾ ਬਾਰੇ ਹਨ।
cli-arg-mother-tongue = ਇਹ ਭਾਸ਼ਾ ਤੁਹਾਡੀ ਮਾਂ-ਬੋਲੀ ਹੈ।
cli-arg-not-mother-tongue = ਇਹ ਭਾਸ਼ਾ ਤੁਹਾਡੀ ਮਾਂ-ਬੋਲੀ ਨਹੀਂ ਹੈ।
cli-arg-listening = ਤੁਸੀਂ ਬੋਲਣ ਵਾਲਿਆਂ ਨੂੰ ਕਿੰਨਾ ਚੰਗਾ ਸਮਝਦੇ ਹੋ: A1 (ਸ਼ੁਰੂਆਤ) ਤੋਂ C2 (ਬਹੁਤ ਚੰਗਾ)।
cli-arg-reading = ਤੁਸੀਂ ਕਿੰਨਾ ਚੰਗਾ ਪੜ੍ਹਦੇ ਹੋ: A1 ਤੋਂ C2।
cli-arg-spoken-interaction = ਤੁਸੀਂ ਗੱਲਬਾਤ ਵਿੱਚ ਕਿੰਨਾ ਚੰਗਾ ਹਿੱਸਾ ਲੈਂਦੇ ਹੋ: A1 ਤੋਂ C2।
cli-arg-spoken-production = ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਕਿੰਨਾ ਚੰਗਾ ਬੋਲਦੇ ਹੋ: A1 ਤੋਂ C2।
cli-arg-writing = ਤੁਸੀਂ ਕਿੰਨਾ ਚੰਗਾ ਲਿਖਦੇ ਹੋ: A1 ਤੋਂ C2।
cli-arg-remove-language = ਕੋਈ ਭਾਸ਼ਾ ਆਪਣੀ ਪ੍ਰੋਫ਼ਾਈਲ ਤੋਂ ਹਟਾਓ।
cli-arg-hub = ਕੇਂਦਰ ਦੇ ਹੱਬ ਦਾ ਪਤਾ, ਜਿਵੇਂ http://192.168.1.10:8470। Carnet ਇਸਨੂੰ ਯਾਦ ਰੱਖਦਾ ਹੈ।
cli-arg-device-id = ਡਿਵਾਈਸ ਦੀ id, ਜਿਵੇਂ ਇਹ ਦਿਖਾਉਂਦਾ ਹੈ: carnet devices list (ਪਹਿਲੇ 4 ਜਾਂ ਵੱਧ ਅੱਖਰ ਕਾਫ਼ੀ ਹਨ)।
cli-arg-pair-approve = ਨਵੇਂ ਡਿਵਾਈਸ ਨੂੰ ਬਿਨਾਂ ਪੁੱਛੇ ਇਜਾਜ਼ਤ ਦਿਓ, ਜੇ ਉਹ ਇਹ ਕੋਡ ਦਿਖਾਏ (ਮਦਦ ਕਰਨ ਵਾਲਿਆਂ ਅਤੇ ਸਕ੍ਰਿਪਟਾਂ ਲਈ)।
cli-arg-pair-code = ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਦਿਸਦਾ ਕੋਡ। ਇਹ CNP1: ਨਾਲ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ
cli-arg-pair-name = ਇਸ ਡਿਵਾਈਸ ਦਾ ਨਾਮ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਇਸਨੂੰ ਦੂਜੇ ਉੱਤੇ ਪਛਾਣ ਸਕੋ (ਜਿਵੇਂ "Amal's phone")।
cli-arg-sync-status = ਸਿਰਫ਼ ਦਿਖਾਓ ਕਿ ਆਖ਼ਰੀ ਸਿੰਕ ਕਦੋਂ ਹੋਇਆ ਅਤੇ ਕਿੰਨੇ ਬਦਲਾਅ ਉਡੀਕ ਵਿੱਚ ਹਨ। ਕੁਝ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
cli-arg-sync-watch = ਸਿੰਕ ਕਰਦੇ ਰਹੋ। ਜਦੋਂ ਹੱਬ ਤੱਕ ਨਾ ਪਹੁੰਚ ਸਕੋ, ਬਾਅਦ ਵਿੱਚ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਹਰ ਵਾਰ ਵੱਧ ਉਡੀਕ ਕਰਕੇ।
cli-arg-sync-every = --watch ਨਾਲ: ਦੋ ਸਿੰਕਾਂ ਵਿਚਕਾਰ ਕਿੰਨੇ ਸਕਿੰਟ ਉਡੀਕ ਕਰਨੀ ਹੈ (ਨਾ ਦਿੱਤਾ ਜਾਵੇ ਤਾਂ 300)।

## Help: examples of single commands

cli-examples-add =
    carnet add skill --title "Welding" --level advanced --from 2015 --country SY
    carnet add language --title "German" --level B1 --stage arrival
    carnet add qualification --title "Nursing diploma" --level 6 --organisation "Damascus University"
cli-examples-edit =
    carnet edit 3f2a --set level=expert
    carnet edit 3f2a --set to=2021-06 --set place=Aleppo
cli-examples-search =
    carnet search welding
cli-examples-pair =
    carnet pair show --hub http://192.168.1.10:8470
    carnet pair join CNP1:... --name "My new phone"
cli-examples-sync =
    carnet sync --hub http://192.168.1.10:8470
    carnet sync
    carnet sync --status
cli-examples-attach =
    carnet attach 3f2a diploma.jpg
    carnet attach 3f2a my-welding-work.m4a
cli-examples-detach =
    carnet detach 3f2a 9c41d2e07b
cli-examples-export =
    carnet export --format json > my-logbook.json
cli-examples-profile-set =
    carnet profile set --name "Amina" --origin SY --current DE
    carnet profile set --language ar --mother-tongue
    carnet profile set --language de --listening B1 --reading A2

## Passphrase

cli-passphrase-new-intro = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰਾਂ ਦਾ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ। ਹਰ ਵਾਰ ਲੌਗਬੁੱਕ ਖੋਲ੍ਹਣ ਲਈ ਤੁਹਾਨੂੰ ਇਸਦੀ ਲੋੜ ਪਵੇਗੀ। ਕੋਈ ਵੀ ਇਸਨੂੰ ਤੁਹਾਡੇ ਲਈ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ।
cli-passphrase-prompt = ਪਾਸਫ਼ਰੇਜ਼:
cli-passphrase-new-prompt = ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼:
cli-passphrase-repeat-prompt = ਨਵਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਦੁਬਾਰਾ ਲਿਖੋ:
cli-passphrase-changed = ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਬਦਲ ਗਿਆ ਹੈ। ਹੁਣ ਤੋਂ ਨਵਾਂ ਵਰਤੋ।

## Answers

cli-init-done = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਤਿਆਰ ਹੈ। ਇਹ ਇਸ ਫ਼ੋਲਡਰ ਵਿੱਚ ਹੈ: { $dir }
cli-init-next = ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਸੁਰੱਖਿਅਤ ਰੱਖੋ। ਇਸਦੇ ਬਿਨਾਂ ਕੋਈ ਵੀ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ, ਤੁਸੀਂ ਵੀ ਨਹੀਂ। ਹੁਣ ਉਹ ਜੋੜੋ ਜੋ ਤੁਸੀਂ ਕਰ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ: carnet add skill --title "Cooking"

cli-list-empty = ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਵਿੱਚ ਹਾਲੇ ਕੋਈ ਐਂਟਰੀ ਨਹੀਂ ਹੈ। ਜੋੜਨ ਲਈ ਲਿਖੋ: carnet add skill --title "Cooking"
cli-list-none-match = ਕੋਈ ਐਂਟਰੀ ਤੁਹਾਡੀ ਮੰਗ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।
cli-search-none = ਕਿਸੇ ਐਂਟਰੀ ਵਿੱਚ ਇਹ ਸ਼ਬਦ ਨਹੀਂ ਹਨ। ਹੋਰ ਸ਼ਬਦ ਅਜ਼ਮਾਓ, ਜਾਂ ਲਿਖੋ: carnet list

cli-edit-saved = ਤੁਹਾਡਾ ਬਦਲਾਅ ਸੰਭਾਲਿਆ ਗਿਆ।
cli-rm-done = ਮਿਟਾਇਆ ਗਿਆ: { $title }
cli-detached = ਫ਼ੋਟੋ ਜਾਂ ਆਵਾਜ਼ ਨੋਟ ਐਂਟਰੀ ਤੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ।

cli-profile-saved = ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ ਸੰਭਾਲੀ ਗਈ।
cli-profile-empty = ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ ਖਾਲੀ ਹੈ। ਆਪਣਾ ਨਾਮ ਜੋੜਨ ਲਈ ਲਿਖੋ: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] 1 ਐਂਟਰੀ ਜੋੜੀ ਗਈ।
   *[other] { $count } ਐਂਟਰੀਆਂ ਜੋੜੀਆਂ ਗਈਆਂ।
}
cli-import-updated = { $count ->
    [one] 1 ਐਂਟਰੀ ਅੱਪਡੇਟ ਹੋਈ।
   *[other] { $count } ਐਂਟਰੀਆਂ ਅੱਪਡੇਟ ਹੋਈਆਂ।
}
cli-import-unchanged = { $count ->
    [one] 1 ਐਂਟਰੀ ਪਹਿਲਾਂ ਵਰਗੀ ਹੀ ਸੀ।
   *[other] { $count } ਐਂਟਰੀਆਂ ਪਹਿਲਾਂ ਵਰਗੀਆਂ ਹੀ ਸਨ।
}
cli-import-profile-updated = ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ ਵੀ ਅੱਪਡੇਟ ਹੋਈ।
cli-import-missing-photos = { $count ->
    [one] 1 ਫ਼ੋਟੋ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ ਹੈ। ਐਕਸਪੋਰਟ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਫ਼ੋਟੋਆਂ ਨਹੀਂ ਹੁੰਦੀਆਂ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ: carnet attach
   *[other] { $count } ਫ਼ੋਟੋਆਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ ਹਨ। ਐਕਸਪੋਰਟ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਫ਼ੋਟੋਆਂ ਨਹੀਂ ਹੁੰਦੀਆਂ। ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਜੋੜੋ: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = ਕਿਸਮ
cli-show-added = ਜੋੜਿਆ
cli-show-changed = ਬਦਲਿਆ
cli-show-evidence = ਫ਼ੋਟੋਆਂ ਅਤੇ ਆਵਾਜ਼ ਨੋਟ
cli-show-photo = { $sha }  { $width } × { $height } ਪਿਕਸਲ, { $kilobytes } KB
cli-show-photo-missing = { $sha }  { $width } × { $height } ਪਿਕਸਲ, ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ
cli-show-voice = { $sha }  ਆਵਾਜ਼ ਨੋਟ, { $kilobytes } KB
cli-show-voice-missing = { $sha }  ਆਵਾਜ਼ ਨੋਟ, ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਨਹੀਂ
cli-show-conflicts = ਇੱਕ ਹੋਰ ਡਿਵਾਈਸ ਨੇ ਵੀ ਲਿਖਿਆ:
cli-show-conflicts-hint = ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਰੱਖਣ ਲਈ ਲਿਖੋ: carnet edit { $id } --set FIELD=VALUE

cli-field-title = ਸਿਰਲੇਖ
cli-field-description = ਵੇਰਵਾ
cli-field-written-in = ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖਿਆ
cli-field-esco = ESCO
cli-field-isco = ISCO-08 ਨੌਕਰੀ ਕੋਡ
cli-field-level = ਪੱਧਰ
cli-field-eqf = EQF ਪੱਧਰ
cli-field-organisation = ਸੰਸਥਾ
cli-field-place = ਥਾਂ
cli-field-country = ਦੇਸ਼
cli-field-from = ਤੋਂ
cli-field-to = ਤੱਕ
cli-field-context = ਕਿਵੇਂ ਸਿੱਖਿਆ
cli-field-stages = ਪੜਾਅ

cli-kind-skill = ਹੁਨਰ
cli-kind-qualification = ਯੋਗਤਾ
cli-kind-experience = ਤਜਰਬਾ
cli-kind-language = ਭਾਸ਼ਾ
cli-kind-learning = ਕੋਰਸ

cli-context-formal = ਰਸਮੀ (ਸਕੂਲ, ਡਿਪਲੋਮਾ)
cli-context-non-formal = ਗ਼ੈਰ-ਰਸਮੀ (ਕੋਰਸ)
cli-context-informal = ਅਣ-ਰਸਮੀ (ਕਰ ਕੇ ਸਿੱਖਿਆ)

cli-stage-recruitment = ਭਰਤੀ
cli-stage-pre-departure = ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ
cli-stage-arrival = ਪਹੁੰਚਣਾ
cli-stage-career = ਕੰਮ
cli-stage-return = ਵਾਪਸੀ

cli-proficiency-basic = ਸ਼ੁਰੂਆਤੀ
cli-proficiency-intermediate = ਦਰਮਿਆਨਾ
cli-proficiency-advanced = ਚੰਗਾ
cli-proficiency-expert = ਮਾਹਰ

cli-level-eqf = EQF ਪੱਧਰ { $level }

cli-profile-name = ਨਾਮ
cli-profile-birth-date = ਜਨਮ ਤਾਰੀਖ਼
cli-profile-origin = ਕਿੱਥੋਂ ਹਨ
cli-profile-current = ਕਿੱਥੇ ਰਹਿੰਦੇ ਹਨ
cli-profile-contact = ਸੰਪਰਕ
cli-profile-languages = ਭਾਸ਼ਾਵਾਂ
cli-profile-mother-tongue = { $language } (ਮਾਂ-ਬੋਲੀ)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = ਸੁਣਨਾ { $level }
cli-cefr-reading = ਪੜ੍ਹਨਾ { $level }
cli-cefr-spoken-interaction = ਦੂਜਿਆਂ ਨਾਲ ਗੱਲਬਾਤ { $level }
cli-cefr-spoken-production = ਬੋਲਣਾ { $level }
cli-cefr-writing = ਲਿਖਣਾ { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet ਇੱਥੇ «{ $arg }» ਨਹੀਂ ਜਾਣਦਾ।
cli-error-unknown-command = «{ $command }» ਨਾਮ ਦੀ ਕੋਈ ਕਮਾਂਡ ਨਹੀਂ ਹੈ।
cli-error-invalid-value = «{ $value }» ਨੂੰ { $arg } ਲਈ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
cli-error-missing-value = { $arg } ਤੋਂ ਬਾਅਦ ਇੱਕ ਮੁੱਲ ਚਾਹੀਦਾ ਹੈ।
cli-error-valid-values = ਤੁਸੀਂ ਇਹ ਵਰਤ ਸਕਦੇ ਹੋ: { $values }
cli-error-missing-argument = ਕੁਝ ਰਹਿ ਗਿਆ ਹੈ: { $arg }
cli-error-missing-command = ਦੱਸੋ ਕਿ «{ $command }» ਤੋਂ ਬਾਅਦ Carnet ਕੀ ਕਰੇ।
cli-error-valid-commands = ਕਮਾਂਡਾਂ ਇਹ ਹਨ: { $commands }
cli-error-conflict = { $arg } ਨੂੰ { $other } ਨਾਲ ਇਕੱਠੇ ਨਹੀਂ ਵਰਤਿਆ ਜਾ ਸਕਦਾ।
cli-error-no-equals = { $arg } ਨੂੰ ਬਰਾਬਰ ਦੇ ਨਿਸ਼ਾਨ ਨਾਲ ਲਿਖੋ ਅਤੇ ਮੁੱਲ ਇਸਦੇ ਠੀਕ ਬਾਅਦ।
cli-error-too-many-values = { $arg } ਘੱਟ ਮੁੱਲ ਲੈਂਦਾ ਹੈ। «{ $value }» ਇੱਕ ਵੱਧ ਹੈ।
cli-error-wrong-number-of-values = { $arg } ਦੇ ਮੁੱਲਾਂ ਦੀ ਗਿਣਤੀ ਗ਼ਲਤ ਹੈ।
cli-error-invalid-utf8 = Carnet ਤੁਹਾਡੇ ਲਿਖੇ ਕੁਝ ਅੱਖਰ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ। ਇਹਨਾਂ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
cli-error-did-you-mean = ਕੀ ਤੁਹਾਡਾ ਮਤਲਬ { $suggestion } ਸੀ?
cli-error-usage = Carnet ਇਹ ਕਮਾਂਡ ਨਹੀਂ ਸਮਝ ਸਕਿਆ।
cli-error-usage-hint = ਤੁਸੀਂ ਕੀ ਲਿਖ ਸਕਦੇ ਹੋ ਇਹ ਵੇਖਣ ਲਈ { $command } --help ਲਿਖੋ।
cli-error-set-format = «{ $value }» ਕੋਈ ਬਦਲਾਅ ਨਹੀਂ ਹੈ। FIELD=VALUE ਲਿਖੋ, ਜਿਵੇਂ --set level=advanced
cli-error-nothing-to-change = ਬਦਲਣ ਲਈ ਕੁਝ ਨਹੀਂ ਹੈ। ਘੱਟੋ-ਘੱਟ ਇੱਕ ਚੋਣ ਦਿਓ, ਜਿਵੇਂ --name "Your name"।

cli-error-passphrase-unavailable = Carnet ਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਚਾਹੀਦਾ ਹੈ ਪਰ ਇੱਥੇ ਪੁੱਛ ਨਹੀਂ ਸਕਦਾ। Carnet ਨੂੰ ਟਰਮੀਨਲ ਵਿੱਚ ਚਲਾਓ, ਜਾਂ { $variable } ਸੈੱਟ ਕਰੋ।
cli-error-passphrase-mismatch = ਦੋਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
cli-error-read-file = Carnet ਫ਼ਾਈਲ { $path } ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ। ਫ਼ਾਈਲ ਦਾ ਨਾਮ ਅਤੇ ਫ਼ੋਲਡਰ ਵੇਖੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
cli-error-no-data-dir = Carnet ਨੂੰ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਲਈ ਫ਼ੋਲਡਰ ਨਹੀਂ ਮਿਲ ਰਿਹਾ। --data-dir ਨਾਲ ਇੱਕ ਚੁਣੋ, ਜਿਵੇਂ --data-dir ./carnet
cli-error-output = Carnet ਆਪਣਾ ਜਵਾਬ ਨਹੀਂ ਲਿਖ ਸਕਿਆ। ਵੇਖੋ ਕਿ ਡਿਸਕ ਭਰੀ ਨਾ ਹੋਵੇ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
cli-error-details = ਮਦਦ ਕਰਨ ਵਾਲੇ ਲਈ ਜਾਣਕਾਰੀ: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = ਬਣਾਉਣ ਲਈ ਲਿਖੋ: carnet init
cli-hint-already-exists = ਇਸ ਵਿੱਚ ਕੀ ਹੈ ਵੇਖਣ ਲਈ ਲਿਖੋ: carnet list। ਦੂਜੀ ਲੌਗਬੁੱਕ ਲਈ --data-dir ਨਾਲ ਕੋਈ ਹੋਰ ਫ਼ੋਲਡਰ ਚੁਣੋ।
cli-hint-not-found = ids ਵੇਖਣ ਲਈ ਲਿਖੋ: carnet list
cli-hint-ambiguous-id = ids ਵੇਖਣ ਲਈ ਲਿਖੋ: carnet list
cli-hint-import-format = ਅਜਿਹੀ ਫ਼ਾਈਲ ਚੁਣੋ ਜੋ ਇਸ ਨਾਲ ਬਣੀ ਹੋਵੇ: carnet export --format json
cli-hint-invalid-field = ਖਾਨਿਆਂ ਦੀ ਸੂਚੀ ਲਈ ਲਿਖੋ: carnet edit --help

## carnet sync

cli-sync-phase-sending = ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ
cli-sync-phase-receiving = ਮਿਲ ਰਿਹਾ ਹੈ
cli-sync-phase-photos = ਫ਼ੋਟੋਆਂ
cli-sync-done = { $hub } ਨਾਲ ਸਿੰਕ ਹੋਇਆ।
cli-sync-changes = { $sent ->
    [one] 1 ਬਦਲਾਅ ਭੇਜਿਆ
   *[other] { $sent } ਬਦਲਾਅ ਭੇਜੇ
}, { $received ->
    [one] 1 ਬਦਲਾਅ ਮਿਲਿਆ।
   *[other] { $received } ਬਦਲਾਅ ਮਿਲੇ।
}
cli-sync-photos = { $sent ->
    [one] 1 ਫ਼ੋਟੋ ਭੇਜੀ
   *[other] { $sent } ਫ਼ੋਟੋਆਂ ਭੇਜੀਆਂ
}, { $received ->
    [one] 1 ਫ਼ੋਟੋ ਮਿਲੀ।
   *[other] { $received } ਫ਼ੋਟੋਆਂ ਮਿਲੀਆਂ।
}
cli-sync-bytes = ਵਰਤਿਆ ਡੇਟਾ: { $up } KB ਉੱਪਰ, { $down } KB ਹੇਠਾਂ।
cli-sync-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ { $seconds ->
    [one] 1 ਸਕਿੰਟ ਵਿੱਚ।
   *[other] { $seconds } ਸਕਿੰਟਾਂ ਵਿੱਚ।
}
cli-sync-status-hub = ਹੱਬ: { $hub }
cli-sync-status-last = ਆਖ਼ਰੀ ਸਿੰਕ: { $when }
cli-sync-status-pending = { $count ->
    [0] ਕੋਈ ਬਦਲਾਅ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ।
    [one] 1 ਬਦਲਾਅ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ।
   *[other] { $count } ਬਦਲਾਅ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹਨ।
}
cli-sync-no-hub = ਹਾਲੇ ਕੋਈ ਨਹੀਂ
cli-sync-never = ਕਦੇ ਨਹੀਂ
cli-hint-sync-no-hub = ਸੈੱਟ ਕਰਨ ਲਈ ਲਿਖੋ: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ਤੁਹਾਡੇ ਬਦਲਾਅ ਸੁਰੱਖਿਅਤ ਹਨ। ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਲਈ ਲਿਖੋ: carnet sync

## carnet pair

cli-pair-show-scan = ਇਹ ਕੋਡ ਆਪਣੇ ਨਵੇਂ ਡਿਵਾਈਸ ਨਾਲ ਸਕੈਨ ਕਰੋ, ਜਾਂ ਉੱਥੇ ਹੇਠਲਾ ਟੈਕਸਟ ਲਿਖੋ।
cli-pair-show-expires = ਕੋਡ 10 ਮਿੰਟ ਕੰਮ ਕਰਦਾ ਹੈ।
cli-pair-show-request = ਡਿਵਾਈਸ «{ $name }» ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਚਾਹੁੰਦਾ ਹੈ। ਇਸਦਾ ਕੋਡ { $fingerprint } ਹੈ।
cli-pair-show-ask = ਕੀ ਤੁਹਾਡਾ ਨਵਾਂ ਡਿਵਾਈਸ ਇਹੀ ਕੋਡ ਦਿਖਾ ਰਿਹਾ ਹੈ? ਇਜਾਜ਼ਤ ਲਈ yes ਲਿਖੋ, ਜਾਂ no।
cli-pair-yes = yes
cli-pair-show-approved = «{ $name }» ਕੋਲ ਹੁਣ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ।
cli-pair-show-refused = ਤੁਸੀਂ ਨਾਂਹ ਕੀਤੀ। «{ $name }» ਨੂੰ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ।
cli-pair-default-name = ਨਵਾਂ ਡਿਵਾਈਸ
cli-pair-join-check = ਤੁਹਾਡੇ ਦੂਜੇ ਡਿਵਾਈਸ ਉੱਤੇ ਇਹ ਕੋਡ ਦਿਸਣਾ ਚਾਹੀਦਾ ਹੈ: { $fingerprint }। ਉੱਥੇ ਇਜਾਜ਼ਤ ਦਿਓ।
cli-pair-join-done = { $count ->
    [one] ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਹੁਣ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ, 1 ਐਂਟਰੀ ਨਾਲ।
   *[other] ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਹੁਣ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਹੈ, { $count } ਐਂਟਰੀਆਂ ਨਾਲ।
}

## carnet devices

cli-devices-none = ਹਾਲੇ ਤੱਕ ਕਿਸੇ ਡਿਵਾਈਸ ਨੇ ਇਹ ਲੌਗਬੁੱਕ ਸਿੰਕ ਨਹੀਂ ਕੀਤੀ।
cli-devices-line = { $id }  { $name }  ({ $added } ਤੋਂ)
cli-devices-this = ← ਇਹ ਡਿਵਾਈਸ
cli-devices-removed = (ਹਟਾਇਆ { $when })
cli-devices-removed-done = «{ $name }» ਹਟਾ ਦਿੱਤਾ ਗਿਆ। ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਦੀ ਹੁਣ ਨਵੀਂ ਕੁੰਜੀ ਹੈ, ਜੋ ਉਸ ਡਿਵਾਈਸ ਕੋਲ ਨਹੀਂ ਹੈ।
cli-devices-new-sheet = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਵਿੱਚ ਪੁਰਾਣੀ ਕੁੰਜੀ ਹੈ। ਹੁਣੇ ਨਵੀਂ ਛਾਪੋ ਅਤੇ ਪੁਰਾਣੀ ਨਸ਼ਟ ਕਰੋ: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = ਰਿਕਵਰੀ ਸ਼ੀਟ ਛਾਪੋ: ਇਸ ਨਾਲ ਅਤੇ ਆਪਣੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ, ਇਹ ਫ਼ੋਨ ਗੁੰਮ ਹੋਣ 'ਤੇ ਤੁਸੀਂ ਆਪਣੀ ਲੌਗਬੁੱਕ ਨਵੇਂ ਫ਼ੋਨ ਉੱਤੇ ਵਾਪਸ ਲਿਆ ਸਕਦੇ ਹੋ।
cli-cmd-recover = ਨਵੇਂ ਡਿਵਾਈਸ ਉੱਤੇ: ਆਪਣੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਅਤੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਆਪਣੀ ਲੌਗਬੁੱਕ ਵਾਪਸ ਲਿਆਓ।
cli-arg-recovery-out = ਉਹ ਫ਼ਾਈਲ ਜਿਸ ਵਿੱਚ ਸ਼ੀਟ ਲਿਖੀ ਜਾਵੇ। ਇਸਦਾ ਨਾਮ .png ਜਾਂ .pdf ਉੱਤੇ ਖ਼ਤਮ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
cli-arg-recover-sheet = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਦੀ ਫ਼ੋਟੋ ਜਾਂ ਸਕੈਨ (PNG ਜਾਂ JPEG)। Carnet ਇਸਦਾ ਚੌਰਸ ਕੋਡ ਪੜ੍ਹਦਾ ਹੈ।
cli-arg-recover-words = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਦੇ 12 ਸ਼ਬਦ, ਤਰਤੀਬ ਨਾਲ, ਉਲਟੇ ਕੌਮਿਆਂ ਵਿੱਚ। --hub ਵੀ ਦਿਓ।
cli-arg-recover-hub = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਉੱਤੇ ਛਪਿਆ ਹੱਬ ਦਾ ਪਤਾ, ਜਿਵੇਂ http://192.168.1.10:8470।
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ਸ਼ੀਟ ਨੂੰ .png ਜਾਂ .pdf ਫ਼ਾਈਲ ਵਜੋਂ ਲਿਖ ਸਕਦਾ ਹੈ, «{ $path }» ਵਜੋਂ ਨਹੀਂ।
cli-recovery-sheet-done = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ { $path } ਵਿੱਚ ਹੈ। ਇਸਨੂੰ ਛਾਪੋ ਅਤੇ ਕਾਗ਼ਜ਼ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ, ਆਪਣੇ ਫ਼ੋਨ ਤੋਂ ਦੂਰ।
cli-recovery-sheet-english = ਸ਼ੀਟ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ: Carnet ਹਾਲੇ ਇਸ ਉੱਤੇ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਦੇ ਅੱਖਰ ਠੀਕ ਤਰ੍ਹਾਂ ਨਹੀਂ ਬਣਾ ਸਕਦਾ।
cli-recovery-sheet-replaced = ਪਹਿਲਾਂ ਛਾਪੀ ਕੋਈ ਵੀ ਸ਼ੀਟ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦੀ। ਉਸਨੂੰ ਨਸ਼ਟ ਕਰੋ।
cli-recover-done = { $count ->
    [one] ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਵਾਪਸ ਆ ਗਈ: { $count } ਐਂਟਰੀ।
   *[other] ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਵਾਪਸ ਆ ਗਈ: { $count } ਐਂਟਰੀਆਂ।
}
cli-passphrase-sheet-updated = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਹਾਲੇ ਵੀ ਕੰਮ ਕਰਦੀ ਹੈ, ਤੁਹਾਡੇ ਨਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ।
cli-passphrase-sheet-not-updated = ਤੁਹਾਡੀ ਰਿਕਵਰੀ ਸ਼ੀਟ ਹੱਬ ਉੱਤੇ ਅੱਪਡੇਟ ਨਹੀਂ ਹੋ ਸਕੀ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਨਵੀਂ ਨਹੀਂ ਛਾਪਦੇ, ਇਸਨੂੰ ਤੁਹਾਡਾ ਪੁਰਾਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਚਾਹੀਦਾ ਹੈ। ਜੁੜਨ 'ਤੇ ਨਵੀਂ ਸ਼ੀਟ ਛਾਪੋ: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet ਰਿਕਵਰੀ ਸ਼ੀਟ
cli-sheet-made = ਬਣਾਉਣ ਦੀ ਤਾਰੀਖ਼ { $date }
cli-sheet-hub = ਹੱਬ: { $hub }
cli-sheet-words = ਤੁਹਾਡੇ 12 ਸ਼ਬਦ
cli-sheet-instructions =
    ਇਹ ਕਾਗ਼ਜ਼ ਸੁਰੱਖਿਅਤ ਰੱਖੋ। ਇਸ ਨਾਲ ਅਤੇ ਆਪਣੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਤੁਸੀਂ ਆਪਣੀ ਲੌਗਬੁੱਕ ਨਵੇਂ ਫ਼ੋਨ ਉੱਤੇ ਵਾਪਸ ਲਿਆ ਸਕਦੇ ਹੋ:
    1. ਨਵੇਂ ਫ਼ੋਨ ਉੱਤੇ Carnet ਪਾਓ ਅਤੇ ਲੌਗਬੁੱਕ ਵਾਪਸ ਲਿਆਉਣਾ ਚੁਣੋ।
    2. ਚੌਰਸ ਕੋਡ ਸਕੈਨ ਕਰੋ, ਜਾਂ 12 ਸ਼ਬਦ ਅਤੇ ਹੱਬ ਦਾ ਪਤਾ ਲਿਖੋ।
    3. ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ। ਲੌਗਬੁੱਕ ਹੱਬ ਤੋਂ ਵਾਪਸ ਆ ਜਾਂਦੀ ਹੈ।
    ਕੰਪਿਊਟਰ ਉੱਤੇ: carnet recover --sheet photo.jpg
cli-sheet-warning = ਸਿਰਫ਼ ਇਹ ਕਾਗ਼ਜ਼ ਤੁਹਾਡੀ ਲੌਗਬੁੱਕ ਨਹੀਂ ਖੋਲ੍ਹਦਾ: ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਵੀ ਚਾਹੀਦਾ ਹੈ। ਦੋਵਾਂ ਨੂੰ ਇਕੱਠੇ ਨਾ ਰੱਖੋ। ਜੇ ਤੁਸੀਂ ਨਵੀਂ ਸ਼ੀਟ ਛਾਪਦੇ ਹੋ, ਤਾਂ ਇਹ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਵੇਗੀ।
