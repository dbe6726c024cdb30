# Review status: machine-drafted, needs review by a native speaker.

## The screen

app-trust-open = Tarreewwan amanamaa
app-trust-title = Tarreewwan amanamaa
app-trust-intro = Tarreen amanamaa neetworkii isin beektan irraa dhufa, fakkeenyaaf garee giddugaloota leenjii. Kolleejjota, giddugaloota fi hojjechiistota neetworkiin sun wabii ta'uuf tarreessa. Koodiin isaan keessaa tokkoon mallatteeffame akka mirkanaa'etti mul'ata.
app-trust-warning = Neetworkii furtuu isaa neetworkii sana irraa kallattiin argattan qofa amanaa: qaamaan, waraqaa isaa irratti, ykn marsariitii isaa irraa. Namni furtuu asitti galchuu danda'u kamiyyuu koodiiwwan sobaa akka mirkanaa'anitti agarsiisuu danda'a.

## What is held

app-trust-held = Waan meeshaan kun amanu
app-trust-none = Meeshaan kun ammaaf neetworkii tokkollee hin amanu. Koodiiwwan mallatteeffaman “Mallatteeffameera, garuu mallatteessaa isin amantaniin miti” jedhamanii mul'atu.
app-trust-kid = Mallattoo furtuu: { $kid }
app-trust-no-list = Ammaaf neetworkii kana irraa tarreen amanamaa hin jiru. Faayilii isaa armaan gaditti ida'aa.
app-trust-list-line = Tarree amanamaa { $date } ({ $days ->
    [0] har'a
    [one] guyyaa 1 dura
   *[other] guyyoota { $days } dura
}): { $count ->
    [one] bakka 1
   *[other] bakkeewwan { $count }
}
app-trust-status-held = Mirkaneessota haqaman
app-trust-status-line = { $name }: tarree { $date } ({ $days ->
    [0] har'a
    [one] guyyaa 1 dura
   *[other] guyyoota { $days } dura
}), { $count ->
    [0] homtuu hin haqamne
    [one] 1 haqame
   *[other] { $count } haqaman
}

## Stop trusting a network

app-trust-remove = Amanuu dhaabaa
app-trust-remove-confirm = { $name } amanuu ni dhaabduu? Koodiiwwan bakkeewwan tarree isaa irra jiraniin mallatteeffaman kana booda akka mirkanaa'anitti hin mul'atan. Neetworkii sana booda irra deebitanii ida'uu ni dandeessu.
app-trust-remove-yes = Eeyyee, amanuu dhaabaa
app-trust-removed = Kana booda { $name } hin amantan.

## Trust a network

app-trust-add-title = Neetworkii amanaa
app-trust-add-hint = Furtuu fi maqaa neetworkii barreessaa ykn maxxansaa, ykn faayilii neetworkiin isiniif kenne banaa.
app-trust-key = Furtuu neetworkii (qubee fi lakkoofsa 64)
app-trust-name = Maqaa neetworkii
app-trust-from-file = Faayilii furtuu neetworkii banaa
app-trust-add = Neetworkii kana amanaa
app-trust-added = Amma { $name } ni amantu. Amma tarree amanamaa isaa ida'aa.

## Files

app-trust-bundle-title = Tarree amanamaa ida'aa
app-trust-bundle-hint = Faayilii .cbor tiin xumuramu kan neetworkiin isiniif kenne. Kan haaraan kan duraa bakka bu'a.
app-trust-bundle-open = Faayilii tarree amanamaa banaa
app-trust-bundle-done = Tarreen amanamaa { $name } ida'ameera ({ $date }): { $count ->
    [one] bakka 1
   *[other] bakkeewwan { $count }
}.
app-trust-status-title = Tarree mirkaneessota haqamanii ida'aa
app-trust-status-hint = Kolleejjiin ykn giddugalli mirkaneessa dogoggoraan kenne haquu danda'a. Tarreen isaa meeshaa kanaaf isaan kam akka ta'an hima.
app-trust-status-open = Faayilii tarree banaa
app-trust-status-done = Tarreen { $name } ida'ameera ({ $date }): { $count ->
    [0] homtuu hin haqamne
    [one] mirkaneessi 1 haqame
   *[other] mirkaneessonni { $count } haqaman
}.

## Refusals: nothing was changed in any case

error-trust-anchor-file = Faayiliin kun faayilii furtuu neetworkii miti. Faayilii neetworkiin isiniif kenne banaa, ykn furtuu barreessaa.
error-app-anchor-invalid-key = Kun furtuu neetworkii miti. Furtuun qubee (a hanga f) fi lakkoofsa 64 sirriitti qaba. Guutummaatti garagalfamuu isaa mirkaneessaa.
error-app-anchor-name = Neetworkiif maqaa qubee 1 hanga 100 qabu kennaa.
error-app-anchor-known = Neetworkii kana duraanuu ni amantu (mallattoo furtuu { $kid }). Wanti jijjiirame hin jiru.
error-app-trust-bundle-malformed = Faayiliin kun tarree amanamaa miti, ykn miidhameera. Wanti jijjiirame hin jiru.
error-app-trust-bundle-wrong-file = Kun gosa faayilii Carnet biraati, tarree amanamaa miti. Wanti jijjiirame hin jiru.
error-app-trust-bundle-newer-version = Tarreen amanamaa kun Carnet haaraan hojjetame. Dubbisuuf Carnet haaromsaa.
error-app-trust-bundle-unknown-anchor = Tarreen amanamaa kun neetworkii isin hin amanne irraa dhufe (mallattoo furtuu { $kid }). Jalqaba neetworkii sana amanaa, achiis tarree isaa irra deebitanii ida'aa.
error-app-trust-bundle-bad-signature = Mallattoon tarree amanamaa kana irra jiru hin walsimu: faayiliin jijjiirameera ykn miidhameera. Wanti jijjiirame hin jiru. Neetworkii faayilii irra deebitanii gaafadhaa.
error-app-trust-bundle-invalid = Tarree amanamaa kana fayyadamuun hin danda'amu. Wanti jijjiirame hin jiru. Neetworkii faayilii irra deebitanii gaafadhaa.
error-app-trust-bundle-too-large = Faayiliin kun tarree amanamaa ta'uuf baay'ee guddaadha. Wanti jijjiirame hin jiru.
error-app-trust-bundle-not-newer = Tarree amanamaa kana ykn kan isa caalaa haaraa neetworkii wal fakkaataa irraa duraanuu qabdu. Wanti jijjiirame hin jiru.
error-app-status-list-malformed = Faayiliin kun tarree mirkaneessota haqamanii miti, ykn miidhameera. Wanti jijjiirame hin jiru.
error-app-status-list-wrong-file = Kun gosa faayilii Carnet biraati, tarree mirkaneessota haqamanii miti. Wanti jijjiirame hin jiru.
error-app-status-list-newer-version = Tarreen kun Carnet haaraan hojjetame. Dubbisuuf Carnet haaromsaa.
error-app-status-list-wrong-issuer = Tarreen kun kan mallatteessaa biraati ({ $found }, { $expected } miti). Wanti jijjiirame hin jiru.
error-app-status-list-bad-signature = Mallattoon tarree kana irra jiru hin walsimu: faayiliin jijjiirameera ykn miidhameera. Wanti jijjiirame hin jiru.
error-app-status-list-invalid = Tarree kana fayyadamuun hin danda'amu. Wanti jijjiirame hin jiru. Faayilii irra deebitanii gaafadhaa.
error-app-status-list-too-large = Faayiliin kun tarree mirkaneessota haqamanii ta'uuf baay'ee guddaadha. Wanti jijjiirame hin jiru.
error-app-status-list-issuer-unknown = Tarreen kun mallatteessaa tarreewwan amanamaa keessan keessaa tokkollee hin caqasne irraa dhufe (mallattoo furtuu { $kid }). Jalqaba tarree amanamaa isa caqasu ida'aa.
error-app-status-list-not-newer = Mallatteessaa kana irraa tarree haaraa duraanuu qabdu. Wanti jijjiirame hin jiru.
error-app-verifier-write = Carnet faayilii { $path } keessatti kuusuu hin dandeenye. Meeshaan bakka qabaachuu isaa mirkaneessaa. (Gargaaraaf: { $reason })
