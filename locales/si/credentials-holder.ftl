# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = සටහන් තහවුරු කරන ලෙස පුහුණුකරුවෙකුගෙන්, සේවා යෝජකයෙකුගෙන් හෝ මධ්‍යස්ථානයකින් ඉල්ලන ගොනුවක් සාදන්න.
    .long = ඔබේ සටහන් කිහිපයක් තහවුරු කරන ලෙස ("endorse") පුහුණුකරුවෙකුගෙන්, සේවා යෝජකයෙකුගෙන්, මධ්‍යස්ථානයකින්, විද්‍යාලයකින් හෝ සගයෙකුගෙන් ඉල්ලන ඉල්ලීමක් සාදන්න: ගොනුවක්, ඔබේ දුරකථනයේ පෙන්වීමට හෝ මුද්‍රණයට QR කේතයක් (.png හෝ .svg වලින් අවසන් වන නමක්), නැතහොත් --text මඟින් පණිවිඩයකින් යැවීමට පෙළක්. එය ඔවුන්ට දෙන්න. ඔවුන් එය අත්සන් කර ඔබට සහතික ගොනුවක් ආපසු දෙයි, එය ඔබ මෙයින් තබා ගන්න: carnet receive
cli-cmd-holder-receive = පුහුණුකරුවෙකු, සේවා යෝජකයෙකු හෝ මධ්‍යස්ථානයක් ඔබ වෙනුවෙන් අත්සන් කළ සහතිකයක් තබා ගන්න.
cli-cmd-holder-credentials = ඔබ තබා ගන්නා සහතික, සටහනෙන් සටහන ලැයිස්තුගත කරන්න. තවද: carnet wallet
cli-cmd-holder-present = තෝරාගත් සටහන් ඕනෑම අයෙකුට අන්තර්ජාලය නොමැතිව පරීක්ෂා කළ හැකි එක් QR කේතයක් ලෙස පෙන්වන්න.
    .long = තෝරාගත් සටහන් ඕනෑම අයෙකුට අන්තර්ජාලය නොමැතිව පරීක්ෂා කළ හැකි එක් QR කේතයක් ලෙස පෙන්වන්න. තහවුරු කළ සටහන් තහවුරු කළ අය සමඟ පෙන්වයි; --self-declared මඟින් දුන් සටහන් ඔබ පමණක් කියූ ලෙස පෙන්වයි. තිරයේ කේතය පැය 24ක් ක්‍රියා කරයි; --print සමඟ වසර 5ක්.
cli-cmd-holder-export = තහවුරු කළ සටහනක් වෙනත් යෙදුම් සඳහා W3C Verifiable Credential (Open Badges 3.0) ලෙස ලියන්න.
    .long = තහවුරු කළ සටහනක් W3C Verifiable Credential 2.0 (Open Badges 3.0 ලාංඡනයක්) ලෙස ලියන්න, එය තහවුරු කළ අය විසින් අත්සන් කර, එවිට වෙනත් පසුම්බි සහ යෙදුම්වලට එය පරීක්ෂා කළ හැක. --out නොමැතිව එය තිරයේ ලියයි.

## Help: arguments

cli-arg-holder-request-ids = තහවුරු කළ යුතු සටහන්: ඒවායේ id, හෝ එක් එක් එකේ පළමු අක්ෂර 4ක් හෝ වැඩි. id බැලීමට ටයිප් කරන්න: carnet list
cli-arg-holder-request-out = ඉල්ලීම ලිවිය යුතු තැන: .png හෝ .svg වලින් අවසන් වන නමක් QR කේත පින්තූරයක් සාදයි; request.cbor වැනි වෙනත් ඕනෑම නමක් ගොනුවක්.
cli-arg-holder-request-text = පණිවිඩයක් ලෙස යැවීමට, ඉල්ලීමේ පෙළ (එය CNR1: වලින් ආරම්භ වේ) තිරයේ ලියන්න.
cli-arg-holder-receive-file = ඔබට දුන් සහතික ගොනුව, උදාහරණ credential.cbor.
cli-arg-holder-present-select = පෙන්විය යුතු තහවුරු කළ සටහන්: ඒවායේ id, හෝ එක් එක් එකේ පළමු අක්ෂර 4ක් හෝ වැඩි.
cli-arg-holder-present-fields = එක් එක් සටහනේ මෙම කොටස් පමණක් පෙන්වන්න, කොමාවලින් වෙන් කර, උදාහරණ title,level. අනෙක් ඒවා සැඟවී පවතී. කොටස්: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. මෙය නොමැතිව, සියල්ල පෙන්වයි.
cli-arg-holder-present-self-declared = කිසිවෙකු තහවුරු නොකළ, ඔබ පමණක් කියූ ලෙස පෙන්විය යුතු සටහන්.
cli-arg-holder-present-stage = ඔබ එය පෙන්වන්නේ කුමක් සඳහාද: recruitment, pre-departure, arrival, career හෝ return. මෙය නොමැතිව: recruitment.
cli-arg-holder-present-audience = ඔවුන් නම් කරන ලෙස ඉල්ලුවේ නම්, ඔබ එය පෙන්වන්නේ කාටද, උදාහරණ ඒජන්සියක නම.
cli-arg-holder-present-nonce = පරීක්ෂා කරන අය ඔබට දුන් කේතය, ඔවුන් දුන්නේ නම් (අකුරු 0-9 සහ a-f).
cli-arg-holder-present-print = කඩදාසිය සඳහා සාදන්න: කේතය සීරීම් සහ නැමීම් වඩා හොඳින් ඔරොත්තු දෙයි, පැය 24 වෙනුවට වසර 5ක් ක්‍රියා කරයි.
cli-arg-holder-present-out = ලිවිය යුතු පින්තූරය: .png හෝ .svg වලින් අවසන් වන නමක්.
cli-arg-holder-present-text = පණිවිඩයක් ලෙස යැවීමට, QR කේතය තුළ ඇති පෙළද ලියන්න.
cli-arg-holder-export-id = තහවුරු කළ සටහන: එහි id, හෝ එහි පළමු අක්ෂර 4ක් හෝ වැඩි.
cli-arg-holder-export-format = ලිවිය යුතු ආකෘතිය. පමණි: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = සාක්ෂියක් සහිත JSON වෙනුවට අත්සන් කළ ටෝකනයක් (VC-JWT) ලෙස ලියන්න.
cli-arg-holder-export-out = ලිවිය යුතු ගොනුව, උදාහරණ badge.json හෝ badge.jwt.

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
        [one] මෙම ඉල්ලීම සටහන් 1ක් තහවුරු කරන ලෙස ඉල්ලයි.
       *[other] මෙම ඉල්ලීම සටහන් { $count }ක් තහවුරු කරන ලෙස ඉල්ලයි.
    } තහවුරු කරන අය එක් එක් එකේ මෙම කොටස් දකී:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = ඉල්ලීම { $path } වෙත ලිව්වා.
holder-request-next = ගොනුව තහවුරු කරන අයට දෙන්න. ඔවුන් ඔබට සහතික ගොනුවක් ආපසු දුන් විට, ටයිප් කරන්න: carnet receive FILE
holder-receive-done = තබා ගත්තා: { $issuer }, { $kind }, { $country } විසින් තහවුරු කළා. ඔවුන් පරීක්ෂා කළ ආකාරය: { $assessed }.
holder-validity-until = { $issued } නිකුත් කළා. { $expires } දක්වා වලංගුයි.
holder-validity-open = { $issued } නිකුත් කළා. අවසන් දිනයක් නැත.
holder-wallet-empty = ඔබට තවම සහතික නැත. එකක් ඉල්ලීමට ටයිප් කරන්න: carnet request ID --out request.cbor
holder-wallet-damaged = තවදුරටත් කියවිය නොහැකි සහතිකයක්. එය දුන් අයගෙන් නව එකක් ඉල්ලන්න.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): { $issued } නිකුත් කළා, { $expires } දක්වා වලංගුයි
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): { $issued } නිකුත් කළා, අවසන් දිනයක් නැත
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): { $issued } නිකුත් කළා, { $expires } අවසන් විය
holder-present-nothing = පෙන්විය යුතු දේ කියන්න: තහවුරු කළ සටහන් සඳහා --select ID, අනෙක් ඒවා සඳහා --self-declared ID.
holder-present-done = QR කේතය { $path } වෙත ලිව්වා: තහවුරු කළ { $endorsed }, ඔබ කියූ { $declared }.
holder-present-size = ප්‍රමාණය: QR අනුවාදය { $version }, මට්ටම { $ec }, අක්ෂර { $chars }.
holder-present-expires = එය { $when } දක්වා පරීක්ෂා කළ හැක (පැය { $hours }).
holder-present-by-kid = එය ගැළපීමට, නිකුත් කරන්නන් කෙටි ඇඟිලි සලකුණකින් නම් කර ඇත. පරීක්ෂා කරන අයට ඔවුන් කවුදැයි පෙනෙන්නේ ඔවුන් ඔහුගේ විශ්වාසවන්ත නිකුත් කරන්නන් ලැයිස්තුවේ සිටී නම් පමණි.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = පුහුණුකරුවෙක්
holder-issuer-kind-employer = සේවා යෝජකයෙක්
holder-issuer-kind-centre = මධ්‍යස්ථානයක්
holder-issuer-kind-college = විද්‍යාලයක්
holder-issuer-kind-colleague = සගයෙක් (ඔබ සමඟ වැඩ කළ පුද්ගලයෙක්, ආයතනයක් නොවේ)

## How they checked

holder-assessed-observation = ඔවුන් ඔබ වැඩ කරන අයුරු බැලුවා
holder-assessed-test = පරීක්ෂණයක්
holder-assessed-document = ඔවුන් ලේඛනයක් පරීක්ෂා කළා
holder-assessed-interview = සම්මුඛ පරීක්ෂණයක්

## Errors

error-holder-no-key = මෙම සටහන් පොතට සහතික අත්සන් කිරීමට යතුරක් නැත. කිසිවක් වෙනස් කළේ නැත. කරුණාකර මෙම ගැටලුව වාර්තා කරන්න.
error-holder-write-file = { $path } ගොනුව ලිවිය නොහැකි විය: { $reason }. ෆෝල්ඩරය පවතින බව සහ නිදහස් ඉඩ ඇති බව පරීක්ෂා කර, නැවත උත්සාහ කරන්න.
error-holder-entry-unfit = "{ $title }" සටහන සහතිකයකට දැමිය නොහැක: එහි { $field } ඉතා දිගු හෝ නිවැරදි ආකාරයෙන් නැත. carnet edit මඟින් එය වෙනස් කර, නැවත උත්සාහ කරන්න.
error-holder-unknown-field = "{ $value }" පෙන්විය හැකි සටහනක කොටසක් නොවේ. කොටස්: { $known }.
error-holder-credential-no-entries = { $path } සහතිකය ඔබේ කුමන සටහන් තහවුරු කරන්නේද යන්න නොකියයි. කිසිවක් තබා ගත්තේ නැත. ඉල්ලීම් ගොනුවකින් සෑදූ නව එකක් ඉල්ලන්න: carnet request
error-holder-credential-entry-gone = { $path } සහතිකය තවදුරටත් ඔබේ සටහන් පොතේ නැති සටහනක් තහවුරු කරයි ({ $id }). කිසිවක් තබා ගත්තේ නැත. ඔබ එය මෙම උපාංගයේ මැකුවා නම්, සටහන් පොතේ පිටපතකින් එය එක් කර, නැවත උත්සාහ කරන්න.
error-holder-credential-damaged = "{ $title }" සටහනේ සහතිකය තවදුරටත් කියවිය නොහැක. එය තහවුරු කළ අයගෙන් නව එකක් ඉල්ලන්න.
error-holder-not-endorsed = "{ $title }" සටහන තවම කිසිවෙකු තහවුරු කර නැත. එය --self-declared මඟින් පෙන්වන්න, නැතහොත් තහවුරු කිරීමක් ඉල්ලන්න: carnet request
error-holder-selected-twice = "{ $title }" සටහන --select සහ --self-declared යන දෙකෙන්ම දී ඇත. එය එක් වරක් දෙන්න.
error-holder-bad-stage = "{ $value }" අදියරක් නොවේ. අදියර: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = ලබන්නා එක් පේළියක අක්ෂර 1 සිට 100 දක්වා විය යුතුය.
error-holder-bad-nonce = "{ $value }" පරීක්ෂා කරන අයගෙන් ලැබුණු කේතයක් නොවේ: එය 0-9 සහ a-f අකුරු 2 සිට 128 දක්වා විය යුතුය.
error-holder-bad-out = { $path } පින්තූරයේ නම .png හෝ .svg වලින් අවසන් විය යුතුය.
error-holder-no-vc = { $issuer } විසින් "{ $title }" තහවුරු කළේ Carnet ට එය W3C සහතිකයක් ලෙස ලිවිය හැකි වීමට පෙරය, එකක් අත්සන් කළ හැක්කේ ඔවුන්ට පමණි. එය නැවත තහවුරු කරන ලෙස ඔවුන්ගෙන් ඉල්ලන්න: නව ඉල්ලීමක් සාදා (carnet request ID --out request.cbor), එය ඔවුන්ට දී, ඔවුන් ආපසු දෙන ගොනුව තබා ගන්න (carnet receive FILE).
