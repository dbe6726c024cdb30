# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = පුහුණුකරුවෙකු, සේවා යෝජකයෙකු, මධ්‍යස්ථානයක්, විද්‍යාලයක් හෝ සගයෙකු ලෙස අන් අයගේ කුසලතා අත්සන් කරන්න.
cli-cmd-issuer-init = නිකුත් කරන්නෙකු ලෙස ඔබේ අත්සන් යතුර සාදන්න. එය මුරපදයකින් අගුළු දමා ඇත.
cli-cmd-issuer-show = ඔබේ නිකුත් කරන්නාගේ නම, වර්ගය සහ පොදු යතුර පෙන්වන්න. මුරපදයක් අවශ්‍ය නැත.
cli-cmd-issuer-revoke = ඔබ අත්සන් කළ එක් සහතිකයක් එහි අංකයෙන් ආපසු ගන්න.
cli-cmd-issuer-status-list = පරීක්ෂකයන්ට දීමට, ඔබ ආපසු ගත් සහතිකවල අත්සන් කළ ලැයිස්තුව ලියන්න.
cli-cmd-endorse = යමෙකු ඔබට දුන් ඉල්ලීමක් අත්සන් කර, ආපසු දීමට සහතිකය ලියන්න.
cli-cmd-trust = QR කේතයක් පරීක්ෂා කරන විට ඔබ විශ්වාස කරන්නේ කාගේ අත්සන්දැයි තෝරන්න.
cli-cmd-trust-anchor = විශ්වාස මූලාශ්‍ර: නිකුත් කරන්නන් වෙනුවෙන් සහතික වන ජාල හෝ අධිකාරීන්.
cli-cmd-trust-anchor-init = නිකුත් කරන්නන් වෙනුවෙන් සහතික වීමට, විශ්වාස මූලාශ්‍රයක් ලෙස අත්සන් යතුරක් සාදන්න.
cli-cmd-trust-anchor-show = ඔබේ විශ්වාස මූලාශ්‍රයේ නම සහ පොදු යතුර පෙන්වන්න.
cli-cmd-trust-anchor-add = මෙම විශ්වාස මූලාශ්‍රයේ යතුරෙන් අත්සන් කළ ලැයිස්තු විශ්වාස කරන්න.
cli-cmd-trust-bundle = විශ්වාස මූලාශ්‍රයක් ලෙස, ඔබ සහතික වන නිකුත් කරන්නන්ගේ ලැයිස්තුවක් අත්සන් කරන්න.
cli-cmd-trust-import = ගොනුවකින් විශ්වාසවන්ත නිකුත් කරන්නන්ගේ අත්සන් කළ ලැයිස්තුවක් එක් කරන්න.
cli-cmd-trust-list = ඔබ විශ්වාස කරන නිකුත් කරන්නන් සහ එක් එක් ලැයිස්තුව කෙතරම් පැරණිද යන්න පෙන්වන්න.
cli-cmd-revocation = නිකුත් කරන්නන් ආපසු ගත් සහතිකවල ලැයිස්තු.
cli-cmd-revocation-import = නිකුත් කරන්නෙකු ආපසු ගත් සහතිකවල අත්සන් කළ ලැයිස්තුවක් එක් කරන්න.
cli-cmd-verify = Carnet QR කේතයක් පරීක්ෂා කරන්න: එක් එක් කුසලතාව අත්සන් කළේ කවුද, එය තවමත් වලංගුද.

## Help: what to give

cli-arg-issuer-name = අයට පෙනිය යුතු පරිදි ඔබේ නම හෝ ඔබේ ආයතනයේ නම.
cli-arg-issuer-country = ඔබේ රට, අකුරු දෙකකින්, KE හෝ PT වැනි.
cli-arg-issuer-kind = ඔබ කවුද: trainer, employer, centre, college හෝ colleague.
cli-arg-revoke-index = ආපසු ගත යුතු සහතිකයේ අංකය.
cli-arg-cred-out = ලිවිය යුතු ගොනුව.
cli-arg-endorse-request = පුද්ගලයා ඔබට දුන් ඉල්ලීම: ගොනුව (request.cbor), එහි QR කේතයේ පින්තූරයක් (PNG හෝ JPEG), හෝ CNR1: වලින් ආරම්භ වන පෙළ සහිත පෙළ ගොනුවක්
cli-arg-endorse-text = පුද්ගලයා එය පණිවිඩයක් ලෙස එව්වා නම්, CNR1: වලින් ආරම්භ වන ඉල්ලීමේ පෙළ. ගොනුවක් වෙනුවට.
cli-arg-endorse-assessed-by = ඔබ කුසලතාව පරීක්ෂා කළ ආකාරය: observation, test, document හෝ interview.
cli-arg-endorse-expires = සහතිකය වලංගු අවසන් දිනය, 2027-05-14 වැනි. මෙය නොමැතිව, එය අවසන් නොවේ.
cli-arg-endorse-valid-days = අද සිට සහතිකය වලංගු දින ගණන.
cli-arg-anchor-name = අයට පෙනිය යුතු පරිදි විශ්වාස මූලාශ්‍රයේ නම.
cli-arg-anchor-key = විශ්වාස මූලාශ්‍රයේ පොදු යතුර: අකුරු සහ ඉලක්කම් 64.
cli-arg-bundle-issuer = carnet issuer show --json වෙතින් නිකුත් කරන්නෙකුගේ ගොනුවක්. එක් නිකුත් කරන්නෙකුට එක් වරක් දෙන්න.
cli-arg-trust-file = විශ්වාස ලැයිස්තු ගොනුව (.cbor).
cli-arg-status-file = නිකුත් කරන්නාගේ ලැයිස්තු ගොනුව (.cbor).
cli-arg-verify-image = QR කේතයේ පින්තූරයක්: PNG, JPEG හෝ WebP.
cli-arg-verify-text = CN1: වලින් ආරම්භ වන QR කේතයේ පෙළ
cli-arg-verify-nonce = කේතයට දමන ලෙස ඔබ පුද්ගලයාගෙන් ඉල්ලූ අංකය (hex).
cli-arg-verify-audience = කේතයට දමන ලෙස ඔබ පුද්ගලයාගෙන් ඉල්ලූ නම.

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

issuer-created = { $name } සඳහා ඔබේ නිකුත් කරන්නා යතුර සූදානම්. ඔබේ මුරපදය ආරක්ෂිතව තබා ගන්න: එය නොමැතිව ඔබට අත්සන් කළ නොහැක.
issuer-label-name = නම:
issuer-label-country = රට:
issuer-label-kind = වර්ගය:
issuer-label-public-key = පොදු යතුර:
issuer-label-kid = යතුරු ඇඟිලි සලකුණ:
issuer-label-issued = දුන් අංක:
issuer-label-revoked = ආපසු ගත්:
issuer-revoked = අංක { $index } සහතිකය ආපසු ගත්තා.
issuer-already-revoked = අංක { $index } සහතිකය දැනටමත් ආපසු ගෙන තිබුණි.
issuer-revoked-next-step = පරීක්ෂකයන් එය දැන ගන්නේ ඔබේ ඊළඟ ලැයිස්තුවෙන් පමණි: carnet issuer status-list --out list.cbor මඟින් එය ලියා, ගොනුව ඔවුන්ට දෙන්න.
issuer-status-list-written = { $count ->
    [one] ලැයිස්තුව { $path } හි ඇත. එය ආපසු ගත් සහතික 1ක් නම් කරයි.
   *[other] ලැයිස්තුව { $path } හි ඇත. එය ආපසු ගත් සහතික { $count }ක් නම් කරයි.
}

endorse-intro = { $count ->
    [one] ඔබ { $holder } යතුර ඇති පුද්ගලයා සඳහා සටහන් 1ක් අත්සන් කිරීමට යයි:
   *[other] ඔබ { $holder } යතුර ඇති පුද්ගලයා සඳහා සටහන් { $count }ක් අත්සන් කිරීමට යයි:
}
endorse-entry = { $title } ({ $kind }, මට්ටම { $level }, { $dates })
endorse-untitled = (මාතෘකාවක් නැත)
endorse-how-observation = ඔවුන් එය කරන අයුරු ඔබ බැලූ බව ඔබ කියයි.
endorse-how-test = ඔවුන් පරීක්ෂණයක් සමත් වූ බව ඔබ කියයි.
endorse-how-document = ඔබ ලේඛනයක් පරීක්ෂා කළ බව ඔබ කියයි.
endorse-how-interview = ඔබ එය සම්මුඛ පරීක්ෂණයකදී පරීක්ෂා කළ බව ඔබ කියයි.
endorse-expires-on = එය { $date } දක්වා වලංගුයි.
endorse-no-expiry = එය අවසන් නොවේ.
endorse-written = { $count ->
    [one] අත්සන් කළා. { $path } පුද්ගලයාට ආපසු දෙන්න. එහි අංකය { $first }.
   *[other] අත්සන් කළා. { $path } පුද්ගලයාට ආපසු දෙන්න. එහි අංක { $first } සිට { $last } දක්වා.
}

trust-anchor-added = ඔබ දැන් { $name } අත්සන් කළ ලැයිස්තු විශ්වාස කරයි (යතුරු ඇඟිලි සලකුණ { $kid }).
trust-bundle-written = { $count ->
    [one] නිකුත් කරන්නන් 1ක අත්සන් කළ ලැයිස්තුව { $path } හි ඇත.
   *[other] නිකුත් කරන්නන් { $count }ක අත්සන් කළ ලැයිස්තුව { $path } හි ඇත.
}
trust-imported = { $count ->
    [one] { $date } සෑදූ, නිකුත් කරන්නන් 1ක විශ්වාස ලැයිස්තුවක් එක් කළා.
   *[other] { $date } සෑදූ, නිකුත් කරන්නන් { $count }ක විශ්වාස ලැයිස්තුවක් එක් කළා.
}
trust-list-empty = ඔබ තවම කිසිදු නිකුත් කරන්නෙකු විශ්වාස නොකරයි. carnet trust import මඟින් විශ්වාස ලැයිස්තුවක් එක් කරන්න.
trust-list-bundle = { $days ->
    [0] { $anchor } වෙතින් විශ්වාස ලැයිස්තුව, අද සෑදුවා ({ $date }):
    [one] { $anchor } වෙතින් විශ්වාස ලැයිස්තුව, දින 1කට පෙර සෑදුවා ({ $date }):
   *[other] { $anchor } වෙතින් විශ්වාස ලැයිස්තුව, දින { $days }කට පෙර සෑදුවා ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, යතුරු ඇඟිලි සලකුණ { $kid }
revocation-imported = { $count ->
    [one] { $date } සෑදූ { $name } හි ලැයිස්තුව එක් කළා: සහතික 1ක් ආපසු ගෙන ඇත.
   *[other] { $date } සෑදූ { $name } හි ලැයිස්තුව එක් කළා: සහතික { $count }ක් ආපසු ගෙන ඇත.
}

## Errors of these commands

error-issuer-exists = මෙම ෆෝල්ඩරයේ දැනටමත් නිකුත් කරන්නා යතුරක් ඇත. කිසිවක් වෙනස් කළේ නැත.
error-no-issuer = මෙම ෆෝල්ඩරයේ තවම නිකුත් කරන්නා යතුරක් නැත. carnet issuer init මඟින් එකක් සාදන්න.
error-issuer-damaged = මෙම ෆෝල්ඩරයේ නිකුත් කරන්නා යතුර හානි වී හෝ එහි විස්තරවලට නොගැළපේ. උපස්ථයකින් පිටපතක් ආපසු දමන්න.
error-anchor-exists = මෙම ෆෝල්ඩරයේ දැනටමත් විශ්වාස මූලාශ්‍ර යතුරක් ඇත. කිසිවක් වෙනස් කළේ නැත.
error-no-anchor = මෙම ෆෝල්ඩරයේ තවම විශ්වාස මූලාශ්‍ර යතුරක් නැත. carnet trust anchor init මඟින් එකක් සාදන්න.
error-anchor-damaged = මෙම ෆෝල්ඩරයේ විශ්වාස මූලාශ්‍ර යතුර හානි වී හෝ එහි විස්තරවලට නොගැළපේ. උපස්ථයකින් පිටපතක් ආපසු දමන්න.
error-identity-too-new = මෙම යතුර නවතම Carnet එකකින් සාදා ඇත. එය භාවිත කිරීමට Carnet යාවත්කාලීන කරන්න.
error-storage-file = Carnet ට { $path } ලිවීමට හෝ කියවීමට නොහැකි විය. ඉඩ ඇති බව සහ ඔබට එහි ලිවීමට අවසර ඇති බව පරීක්ෂා කරන්න. (උදව්කරුවෙකු සඳහා: { $reason })
error-file-too-big = { $path } Carnet ගොනුවක් වීමට ඉතා විශාලයි.
error-issuer-kind = “{ $value }” නිකුත් කරන්නෙකුගේ වර්ගයක් නොවේ. trainer, employer, centre, college හෝ colleague ලියන්න.
error-assessed-by = “{ $value }” පරීක්ෂා කිරීමේ ක්‍රමයක් නොවේ. observation, test, document හෝ interview ලියන්න.
error-expires-date = “{ $value }” දිනයක් නොවේ. එය වසර-මාසය-දිනය ලෙස ලියන්න, 2027-05-14 වැනි.
error-expires-past = අවසන් දිනය අදට පසුව විය යුතුය.
error-issuer-indexes-used-up = මෙම නිකුත් කරන්නා යතුර එහි සියලු අංක දී ඇත. නව නිකුත් කරන්නා යතුරක් සාදන්න.
error-revoke-not-issued = ඔබ අංක { $index } සහතිකයක් අත්සන් කර නැත. ඔබේ අංක 0 සිට { $next } ට අඩු දක්වා වේ.
error-anchor-name = නම අක්ෂර 1 සිට 100 දක්වා විය යුතුය.
error-anchor-known = ඔබ දැනටමත් මෙම විශ්වාස මූලාශ්‍රය විශ්වාස කරයි (යතුරු ඇඟිලි සලකුණ { $kid }).
error-issuer-file = { $path } නිකුත් කරන්නෙකුගේ ගොනුවක් නොවේ. carnet issuer show --json හි ප්‍රතිදානය නිකුත් කරන්නාගෙන් ඉල්ලන්න.
error-trust-bundle-not-newer = ඔබට දැනටමත් මෙම විශ්වාස ලැයිස්තුව හෝ එම විශ්වාස මූලාශ්‍රයෙන්ම නවතම එකක් ඇත. කිසිවක් වෙනස් කළේ නැත.
error-status-list-not-newer = ඔබට දැනටමත් මෙම නිකුත් කරන්නාගෙන් නවතම ලැයිස්තුවක් ඇත. කිසිවක් වෙනස් කළේ නැත.
error-status-list-issuer-unknown = මෙම ලැයිස්තුව ඔබ තවම විශ්වාස නොකරන නිකුත් කරන්නෙකුගෙනි (යතුරු ඇඟිලි සලකුණ { $kid }). පළමුව එය නම් කරන විශ්වාස ලැයිස්තුවක් ආනයනය කරන්න.
error-verifier-damaged = ඔබ සුරැකි විශ්වාස ලැයිස්තු හානි වී හෝ වෙනස් කර ඇත. ඒවා නැවත ආනයනය කරන්න.
error-verify-nonce = “{ $value }” hex අංකයක් නොවේ, 3fa9 වැනි.
error-verify-got-request = මෙය යමෙකුගේ සටහන් තහවුරු කිරීමට ඉල්ලීමකි (එහි පෙළ CNR1: වලින් ආරම්භ වේ), කුසලතා පෙන්වන කේතයක් නොවේ. කිසිවක් පරීක්ෂා කළේ නැත. තහවුරු කරන අය එය අත්සන් කරන්නේ මෙයිනි: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = මෙය යමෙකුගේ කුසලතා පෙන්වන කේතයකි (එහි පෙළ CN1: වලින් ආරම්භ වේ), ඒවා තහවුරු කිරීමට ඉල්ලීමක් නොවේ. කිසිවක් අත්සන් කළේ නැත. එය පරීක්ෂා කිරීමට ටයිප් කරන්න: carnet verify PICTURE, හෝ carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = විශ්වාස ලැයිස්තුව හානි වී හෝ විශ්වාස ලැයිස්තුවක් නොවේ.
error-trust-bundle-wrong-file = මෙය වෙනත් වර්ගයක Carnet ගොනුවකි, විශ්වාස ලැයිස්තුවක් නොවේ.
error-trust-bundle-newer-version = මෙම විශ්වාස ලැයිස්තුව නවතම Carnet එකකින් සාදා ඇත. එය කියවීමට Carnet යාවත්කාලීන කරන්න.
error-trust-bundle-unknown-anchor = මෙම විශ්වාස ලැයිස්තුව ඔබ විශ්වාස නොකරන විශ්වාස මූලාශ්‍රයක් විසින් අත්සන් කර ඇත (යතුරු ඇඟිලි සලකුණ { $kid }). ඔබ එය දන්නේ නම්, පළමුව carnet trust anchor add මඟින් එය එක් කරන්න.
error-trust-bundle-bad-signature = මෙම විශ්වාස ලැයිස්තුවේ අත්සන නොගැළපේ. ගොනුව වෙනස් කර හෝ හානි වී ඇත.
error-trust-bundle-invalid = විශ්වාස ලැයිස්තුවේ අගයක් භාවිත කළ නොහැක ({ $field }).
error-trust-bundle-too-large = විශ්වාස ලැයිස්තුව ඉතා විශාලයි.
error-status-list-malformed = ලැයිස්තුව හානි වී හෝ ආපසු ගත් සහතික ලැයිස්තුවක් නොවේ.
error-status-list-wrong-file = මෙය වෙනත් වර්ගයක Carnet ගොනුවකි, ආපසු ගත් සහතික ලැයිස්තුවක් නොවේ.
error-status-list-newer-version = මෙම ලැයිස්තුව නවතම Carnet එකකින් සාදා ඇත. එය කියවීමට Carnet යාවත්කාලීන කරන්න.
error-status-list-wrong-issuer = මෙම ලැයිස්තුව වෙනත් නිකුත් කරන්නෙකුට අයත්ය ({ $found }, { $expected } නොවේ).
error-status-list-bad-signature = මෙම ලැයිස්තුවේ අත්සන නොගැළපේ. ගොනුව වෙනස් කර හෝ හානි වී ඇත.
error-status-list-invalid = ලැයිස්තුවේ අගයක් භාවිත කළ නොහැක ({ $field }).
error-status-list-too-large = ලැයිස්තුව ඉතා විශාලයි.
