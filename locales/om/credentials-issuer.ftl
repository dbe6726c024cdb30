# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Dandeettii namoota biroo mallatteessaa, akka leenjisaa, hojjechiisaa, giddugala, kolleejjii ykn hiriyaa hojiitti.
cli-cmd-issuer-init = Akka mallatteessaatti furtuu mallatteessuu keessan uumaa. Jecha icciitiin cufama.
cli-cmd-issuer-show = Maqaa, gosa fi furtuu ummataa mallatteessaa keessanii agarsiisaa. Jechi icciitii hin barbaachisu.
cli-cmd-issuer-revoke = Ragaa mallatteessitan tokko lakkoofsa isaatiin haqaa.
cli-cmd-issuer-status-list = Tarree mallatteeffame kan ragaalee haqxanii barreessaa, mirkaneessitootaaf kennuuf.
cli-cmd-endorse = Gaaffii namni tokko isiniif kenne mallatteessaa, ragaa deebifamus barreessaa.
cli-cmd-trust = Yeroo koodii QR mirkaneessitan mallattoo eenyuu akka amantan filadhaa.
cli-cmd-trust-anchor = Bu'uurota amanamummaa: neetworkiiwwan ykn abbootii taayitaa mallatteessitootaaf wabii ta'an.
cli-cmd-trust-anchor-init = Mallatteessitootaaf wabii ta'uuf, akka bu'uura amanamummaatti furtuu mallatteessuu uumaa.
cli-cmd-trust-anchor-show = Maqaa fi furtuu ummataa bu'uura amanamummaa keessanii agarsiisaa.
cli-cmd-trust-anchor-add = Tarreewwan furtuu bu'uura amanamummaa kanaatiin mallatteeffaman amanaa.
cli-cmd-trust-bundle = Akka bu'uura amanamummaatti, tarree mallatteessitoota wabii itti taatanii mallatteessaa.
cli-cmd-trust-import = Faayilii irraa tarree mallatteeffame kan mallatteessitoota amanamoo ida'aa.
cli-cmd-trust-list = Mallatteessitoota amantan agarsiisaa, akkasumas tarreen tokkoon tokkoo hammam akka turee.
cli-cmd-revocation = Tarreewwan ragaalee mallatteessitoonni haqan.
cli-cmd-revocation-import = Tarree mallatteeffame kan ragaalee mallatteessaan tokko haqe ida'aa.
cli-cmd-verify = Koodii QR Carnet mirkaneessaa: dandeettii tokkoon tokkoo eenyutu akka mallatteesse, fi ammas hojjechuu isaa.

## Help: what to give

cli-arg-issuer-name = Maqaa keessan ykn maqaa dhaabbata keessanii, akka namoonni arguu qabanitti.
cli-arg-issuer-country = Biyya keessan, qubee lamaan, fakkeenyaaf KE ykn PT.
cli-arg-issuer-kind = Waan isin taatan: trainer, employer, centre, college ykn colleague.
cli-arg-revoke-index = Lakkoofsa ragaa haqamuu.
cli-arg-cred-out = Faayilii barreeffamu.
cli-arg-endorse-request = Gaaffii namichi isiniif kenne: faayilii (request.cbor), suuraa koodii QR isaa (PNG ykn JPEG), ykn faayilii barreeffamaa barreeffama CNR1: n jalqabu qabu.
cli-arg-endorse-text = Barreeffama gaaffii, CNR1: n jalqabu, yoo namichi ergaadhaan erge. Faayilii bakka bu'a.
cli-arg-endorse-assessed-by = Akkaataa dandeettii itti mirkaneessitan: observation, test, document ykn interview.
cli-arg-endorse-expires = Guyyaa dhumaa ragaan itti hojjetu, fakkeenyaaf 2027-05-14. Isa malee, hin xumuramu.
cli-arg-endorse-valid-days = Ragaan har'a irraa kaasee guyyoota meeqaaf akka hojjetu.
cli-arg-anchor-name = Maqaa bu'uura amanamummaa, akka namoonni arguu qabanitti.
cli-arg-anchor-key = Furtuu ummataa bu'uura amanamummaa: qubee fi lakkoofsa 64.
cli-arg-bundle-issuer = Faayilii mallatteessaa, carnet issuer show --json irraa. Mallatteessaa tokkoon tokkoof si'a tokko kennaa.
cli-arg-trust-file = Faayilii tarree amanamaa (.cbor).
cli-arg-status-file = Faayilii tarree mallatteessaa (.cbor).
cli-arg-verify-image = Suuraa koodii QR: PNG, JPEG ykn WebP.
cli-arg-verify-text = Barreeffama koodii QR, CN1: n jalqabu
cli-arg-verify-nonce = Lakkoofsa namichi koodii keessa akka kaa'u gaafattan (hex).
cli-arg-verify-audience = Maqaa namichi koodii keessa akka kaa'u gaafattan.

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

issuer-created = Furtuun mallatteessaa keessan kan { $name } qophaa'eera. Jecha icciitii keessanii nageenyaan eegaa: isa malee mallatteessuu hin dandeessan.
issuer-label-name = Maqaa:
issuer-label-country = Biyya:
issuer-label-kind = Gosa:
issuer-label-public-key = Furtuu ummataa:
issuer-label-kid = Mallattoo furtuu:
issuer-label-issued = Lakkoofsota kennaman:
issuer-label-revoked = Kan haqaman:
issuer-revoked = Ragaan lakkoofsa { $index } haqameera.
issuer-already-revoked = Ragaan lakkoofsa { $index } duraanuu haqamee ture.
issuer-revoked-next-step = Mirkaneessitoonni kan beekan tarree keessan itti aanu irraa qofa: carnet issuer status-list --out list.cbor tiin barreessaa, achiis faayilii isaaniif kennaa.
issuer-status-list-written = { $count ->
    [one] Tarreen { $path } keessa jira. Ragaa haqame 1 caqasa.
   *[other] Tarreen { $path } keessa jira. Ragaalee haqaman { $count } caqasa.
}

endorse-intro = { $count ->
    [one] Nama furtuu { $holder } qabuuf barreeffama 1 mallatteessuuf jirtu:
   *[other] Nama furtuu { $holder } qabuuf barreeffamoota { $count } mallatteessuuf jirtu:
}
endorse-entry = { $title } ({ $kind }, sadarkaa { $level }, { $dates })
endorse-untitled = (mata duree hin qabu)
endorse-how-observation = Yeroo hojjetan akka ilaaltan jettu.
endorse-how-test = Qormaata akka darban jettu.
endorse-how-document = Sanada akka mirkaneessitan jettu.
endorse-how-interview = Af-gaaffiin akka mirkaneessitan jettu.
endorse-expires-on = Hanga { $date } hojjeta.
endorse-no-expiry = Hin xumuramu.
endorse-written = { $count ->
    [one] Mallatteeffameera. { $path } namichaaf deebisaa. Lakkoofsi isaa { $first } dha.
   *[other] Mallatteeffameera. { $path } namichaaf deebisaa. Lakkoofsonni isaa { $first } hanga { $last } dha.
}

trust-anchor-added = Amma tarreewwan { $name }n mallatteeffaman ni amantu (mallattoo furtuu { $kid }).
trust-bundle-written = { $count ->
    [one] Tarreen mallatteeffame kan mallatteessaa 1 { $path } keessa jira.
   *[other] Tarreen mallatteeffame kan mallatteessitoota { $count } { $path } keessa jira.
}
trust-imported = { $count ->
    [one] Tarreen amanamaa kan mallatteessaa 1 ida'ameera, { $date } irratti kan hojjetame.
   *[other] Tarreen amanamaa kan mallatteessitoota { $count } ida'ameera, { $date } irratti kan hojjetame.
}
trust-list-empty = Ammaaf mallatteessaa tokkollee hin amantan. carnet trust import tiin tarree amanamaa ida'aa.
trust-list-bundle = { $days ->
    [0] Tarree amanamaa { $anchor } irraa, har'a kan hojjetame ({ $date }):
    [one] Tarree amanamaa { $anchor } irraa, guyyaa 1 dura kan hojjetame ({ $date }):
   *[other] Tarree amanamaa { $anchor } irraa, guyyoota { $days } dura kan hojjetame ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, mallattoo furtuu { $kid }
revocation-imported = { $count ->
    [one] Tarreen { $name } ida'ameera, { $date } irratti kan hojjetame: ragaan 1 haqame.
   *[other] Tarreen { $name } ida'ameera, { $date } irratti kan hojjetame: ragaaleen { $count } haqaman.
}

## Errors of these commands

error-issuer-exists = Foldara kana keessa duraanuu furtuun mallatteessaa jira. Wanti jijjiirame hin jiru.
error-no-issuer = Foldara kana keessa ammaaf furtuun mallatteessaa hin jiru. carnet issuer init tiin tokko uumaa.
error-issuer-damaged = Furtuun mallatteessaa foldara kana keessa jiru miidhameera ykn odeeffannoo isaa waliin hin walsimu. Garagalcha kuusaa (backup) irraa deebisaa.
error-anchor-exists = Foldara kana keessa duraanuu furtuun bu'uura amanamummaa jira. Wanti jijjiirame hin jiru.
error-no-anchor = Foldara kana keessa ammaaf furtuun bu'uura amanamummaa hin jiru. carnet trust anchor init tiin tokko uumaa.
error-anchor-damaged = Furtuun bu'uura amanamummaa foldara kana keessa jiru miidhameera ykn odeeffannoo isaa waliin hin walsimu. Garagalcha kuusaa (backup) irraa deebisaa.
error-identity-too-new = Furtuun kun Carnet haaraan hojjetame. Fayyadamuuf Carnet haaromsaa.
error-storage-file = Carnet { $path } barreessuu ykn dubbisuu hin dandeenye. Bakki jiraachuu fi achitti barreessuun isiniif hayyamamuu mirkaneessaa. (Gargaaraaf: { $reason })
error-file-too-big = { $path } faayilii Carnet ta'uuf baay'ee guddaadha.
error-issuer-kind = “{ $value }” gosa mallatteessaa miti. trainer, employer, centre, college ykn colleague barreessaa.
error-assessed-by = “{ $value }” akkaataa mirkaneessuu miti. observation, test, document ykn interview barreessaa.
error-expires-date = “{ $value }” guyyaa miti. Akka waggaa-ji'a-guyyaatti barreessaa, fakkeenyaaf 2027-05-14.
error-expires-past = Guyyaan xumuraa har'a booda ta'uu qaba.
error-issuer-indexes-used-up = Furtuun mallatteessaa kun lakkoofsota isaa hunda kennee xumureera. Furtuu mallatteessaa haaraa uumaa.
error-revoke-not-issued = Ragaa lakkoofsa { $index } qabu hin mallatteessine. Lakkoofsonni keessan 0 irraa hanga { $next } gadiitti.
error-anchor-name = Maqaan qubee 1 hanga 100 ta'uu qaba.
error-anchor-known = Bu'uura amanamummaa kana duraanuu ni amantu (mallattoo furtuu { $kid }).
error-issuer-file = { $path } faayilii mallatteessaa miti. Mallatteessaa bu'aa carnet issuer show --json gaafadhaa.
error-trust-bundle-not-newer = Tarree amanamaa kana ykn kan isa caalaa haaraa bu'uura amanamummaa walfakkaataa irraa duraanuu qabdu. Wanti jijjiirame hin jiru.
error-status-list-not-newer = Mallatteessaa kana irraa tarree haaraa duraanuu qabdu. Wanti jijjiirame hin jiru.
error-status-list-issuer-unknown = Tarreen kun mallatteessaa ammaaf hin amanne irraati (mallattoo furtuu { $kid }). Jalqaba tarree amanamaa isa caqasu galchaa.
error-verifier-damaged = Tarreewwan amanamaa keessan kuufaman miidhamaniiru ykn jijjiiramaniiru. Irra deebitanii galchaa.
error-verify-nonce = “{ $value }” lakkoofsa hex tiin miti, fakkeenyaaf 3fa9.
error-verify-got-request = Kun gaaffii barreeffamoota nama tokkoo mirkaneessuuti (barreeffamni isaa CNR1: n jalqaba), koodii dandeettii agarsiisu miti. Wanti mirkanaa'e hin jiru. Namni mirkaneessu kanaan mallatteessa: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Kun koodii dandeettii nama tokkoo agarsiisuudha (barreeffamni isaa CN1: n jalqaba), gaaffii isaan mirkaneessuu miti. Wanti mallatteeffame hin jiru. Mirkaneessuuf barreessaa: carnet verify PICTURE, ykn carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Tarreen amanamaa miidhameera ykn tarree amanamaa miti.
error-trust-bundle-wrong-file = Kun gosa faayilii Carnet biraati, tarree amanamaa miti.
error-trust-bundle-newer-version = Tarreen amanamaa kun Carnet haaraan hojjetame. Dubbisuuf Carnet haaromsaa.
error-trust-bundle-unknown-anchor = Tarreen amanamaa kun bu'uura amanamummaa isin hin amanneen mallatteeffame (mallattoo furtuu { $kid }). Yoo beektan, jalqaba carnet trust anchor add tiin ida'aa.
error-trust-bundle-bad-signature = Mallattoon tarree amanamaa kana irra jiru hin walsimu. Faayiliin jijjiirameera ykn miidhameera.
error-trust-bundle-invalid = Gatii tarree amanamaa keessa jiru tokko fayyadamuun hin danda'amu ({ $field }).
error-trust-bundle-too-large = Tarreen amanamaa baay'ee guddaadha.
error-status-list-malformed = Tarreen miidhameera ykn tarree ragaalee haqamanii miti.
error-status-list-wrong-file = Kun gosa faayilii Carnet biraati, tarree ragaalee haqamanii miti.
error-status-list-newer-version = Tarreen kun Carnet haaraan hojjetame. Dubbisuuf Carnet haaromsaa.
error-status-list-wrong-issuer = Tarreen kun kan mallatteessaa biraati ({ $found }, { $expected } miti).
error-status-list-bad-signature = Mallattoon tarree kana irra jiru hin walsimu. Faayiliin jijjiirameera ykn miidhameera.
error-status-list-invalid = Gatii tarree keessa jiru tokko fayyadamuun hin danda'amu ({ $field }).
error-status-list-too-large = Tarreen baay'ee guddaadha.
