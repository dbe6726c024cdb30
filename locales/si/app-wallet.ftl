# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = මගේ තහවුරු කිරීම්
app-present = මගේ කුසලතා පෙන්වන්න
app-verify = කේතයක් පරීක්ෂා කරන්න

## Wallet

app-wallet-title = මගේ තහවුරු කිරීම්
app-wallet-intro = මේවා යමෙකු ඔබ වෙනුවෙන් අත්සන් කළ කුසලතා වේ. ඔබට ඒවා QR කේතයකින් පෙන්විය හැක.
app-wallet-empty = තවම කිසිවෙකු ඔබ වෙනුවෙන් කුසලතාවක් අත්සන් කර නැත. ඔබට කළ හැකි දේ තහවුරු කරන ලෙස පුහුණුකරුවෙකුගෙන්, සේවා යෝජකයෙකුගෙන් හෝ මධ්‍යස්ථානයකින් ඉල්ලන්න.
app-wallet-by = { $name } විසින් අත්සන් කළා ({ $kind }, { $country })
app-wallet-issued = { $date } අත්සන් කළා
app-wallet-expires = { $date } දක්වා වලංගුයි
app-wallet-expired = { $date } කල් ඉකුත් විය
app-wallet-no-expiry = කල් ඉකුත් නොවේ
app-wallet-damaged = මෙම තහවුරු කිරීම හානි වී ඇති අතර පෙන්විය නොහැක. එය අත්සන් කළ අයගෙන් නව එකක් ඉල්ලන්න.
app-standing-valid = පරීක්ෂා කළා: ඔබේ විශ්වාස ලැයිස්තුවේ සිටින අයෙකු අත්සන් කළා
app-standing-unknown-issuer = අත්සන් කර ඇත, නමුත් අත්සන්කරු ඔබේ විශ්වාස ලැයිස්තුවේ නැත
app-standing-expired = කල් ඉකුත් වී ඇත
app-standing-revoked = අත්සන්කරු ආපසු ගත්තා
app-standing-malformed = හානි වී ඇත

## Present: choosing what to show

app-present-title = මගේ කුසලතා පෙන්වන්න
app-present-endorsed = යමෙකු අත්සන් කළ
app-present-self = මා පමණක් කියූ
app-present-self-hint = පරීක්ෂකයා මේවා දකින්නේ ඔබේම වචනය ලෙස මිස අත්සන් කළ ලෙස නොවේ.
app-present-details = එක් එක් එකෙන් පෙන්විය යුතු දේ
app-present-details-all = සියල්ල
app-present-details-short = නම සහ මට්ටම පමණි
app-present-stage = එය කා සඳහාද?
app-present-print = කඩදාසියේ මුද්‍රණයට (වසර 5ක් වලංගුයි)
app-present-make = QR කේතය පෙන්වන්න
app-present-none = පෙන්වීමට අවම වශයෙන් එක් දෙයක් තෝරන්න.
app-present-nothing-yet = ඔබේ සටහන් පොත හිස්ය. පළමුව යමක් එක් කරන්න.

## Present: the QR code

app-qr-title = මෙම කේතය ඔවුන්ට ස්කෑන් කිරීමට ඉඩ දෙන්න
app-qr-expires = මෙම කේතය { $date } දක්වා ක්‍රියා කරයි.
app-qr-preview = පරීක්ෂකයා දකින දේ
app-qr-preview-hide = පරීක්ෂකයා දකින දේ සඟවන්න
app-qr-done = හරි
app-qr-preview-note = මෙම දුරකථනයේ ඇති විශ්වාස ලැයිස්තුම ඇති පරීක්ෂකයෙකු දකින්නේ මෙයයි.

## Verify

app-verify-title = කේතයක් පරීක්ෂා කරන්න
app-verify-intro = Carnet QR කේතයක පින්තූරයක් ගන්න හෝ තෝරන්න. කිසිවක් කොහේවත් යවන්නේ නැත: පරීක්ෂාව මෙම උපාංගයේම සිදු වේ.
app-verify-picture = පින්තූරයක් ගන්න හෝ තෝරන්න
app-verify-text = නැතහොත් කේතයේ පෙළ අලවන්න (එය CN1: වලින් ආරම්භ වේ)
app-verify-check = පරීක්ෂා කරන්න
app-verify-checking = පරීක්ෂා කරමින්…
app-verify-again = වෙනත් කේතයක් පරීක්ෂා කරන්න

## The verdict

app-verdict-title = ප්‍රතිඵලය
app-verdict-made = { $stage } සඳහා { $date } සාදන ලදී.
app-verdict-expires = කේතය { $date } දක්වා ක්‍රියා කරයි.
app-verdict-newer = මෙම කේතය නවතම Carnet එකකින් සාදා ඇත. එය පරීක්ෂා කිරීමට Carnet යාවත්කාලීන කරන්න.
app-item-endorsed = අත්සන් කළ
app-item-self = ඔවුන්ගේම වචනය
app-item-assessed = { $how } මඟින් පරීක්ෂා කළා
app-item-hidden = { $count ->
    [one] පුද්ගලයා විසින් විස්තර 1ක් සඟවා ඇත.
   *[other] පුද්ගලයා විසින් විස්තර { $count }ක් සඟවා ඇත.
}

## Errors of these screens

error-wallet-no-key = මෙම සටහන් පොතට අත්සන් කිරීමට යතුරක් නැත. කිසිවක් පෙන්වූයේ නැත. කරුණාකර මෙම ගැටලුව වාර්තා කරන්න.
error-wallet-not-endorsed = “{ $title }” තවම කිසිවෙකු අත්සන් කර නැත. එය “මා පමණක් කියූ” ලෙස පෙන්වන්න, නැතහොත් එය තහවුරු කරන ලෙස යමෙකුගෙන් ඉල්ලන්න.
error-wallet-credential-damaged = “{ $title }” හි තහවුරු කිරීම හානි වී ඇත. එය “මා පමණක් කියූ” ලෙස පෙන්වන්න, නැතහොත් නව එකක් ඉල්ලන්න.
error-wallet-entry-unfit = “{ $title }” කේතයකට දැමිය නොහැක: එහි { $field } ඉතා දිගු හෝ නිවැරදි ආකාරයෙන් නැත. සටහන වෙනස් කර, නැවත උත්සාහ කරන්න.
error-wallet-selected-twice = “{ $title }” දෙවරක් තෝරා ඇත. එක් වරක් තෝරන්න.
error-wallet-nothing-chosen = පෙන්වීමට අවම වශයෙන් එක් දෙයක් තෝරන්න.
error-wallet-too-large = මෙය එක් QR කේතයකට ඉතා වැඩියි (අක්ෂර { $chars }). අඩු දේවල් තෝරන්න, නැතහොත් නම සහ මට්ටම පමණක් පෙන්වන්න.
error-wallet-credential = කේතය සෑදිය නොහැකි විය. කිසිවක් පෙන්වූයේ නැත. කරුණාකර මෙම ගැටලුව වාර්තා කරන්න. (උදව්කරුවෙකු සඳහා: { $reason })
error-wallet-no-code = මෙම පින්තූරයේ Carnet QR කේතයක් හමු නොවීය. මුළු කේතයම ඇතුළත් කර, ළඟින් හා පැහැදිලිව නැවත පින්තූරය ගන්න.
error-wallet-not-a-picture = මෙම ගොනුව Carnet ට කියවිය හැකි පින්තූරයක් නොවේ. ඡායාරූපයක් භාවිත කරන්න (JPEG හෝ PNG).
error-wallet-picture-too-large = පින්තූරය ඉතා විශාලයි (පික්සල { $width } × { $height }). කුඩා එකක් ගෙන නැවත උත්සාහ කරන්න.
error-wallet-got-request = මෙය යමෙකුගේ කුසලතා අත්සන් කිරීමට ඉල්ලීමකි, කුසලතා පෙන්වන කේතයක් නොවේ. කිසිවක් පරීක්ෂා කළේ නැත.
error-wallet-trust-damaged = ඔබේ විශ්වාස ලැයිස්තු හානි වී හෝ වෙනස් කර ඇත. ඒවා නැවත ආනයනය කරන්න. එතෙක්, කිසිදු අත්සන්කරුවෙකු විශ්වාසවන්ත ලෙස නොසැලකේ.
error-wallet-trust-unreadable = Carnet ට { $path } හි ඔබේ විශ්වාස ලැයිස්තු කියවිය නොහැකි විය. උපාංගයේ ඉඩ ඇත්දැයි පරීක්ෂා කරන්න. (උදව්කරුවෙකු සඳහා: { $reason })
error-wallet-not-yours = මෙම තහවුරු කිරීම සාදා ඇත්තේ වෙනත් අයෙකුගේ සටහන් පොතක් සඳහාය, ඔබේ එක සඳහා නොවේ. කිසිවක් තබා ගත්තේ නැත. ඔබට ඔබේම ගොනුව ලැබුණාදැයි තහවුරු කර ගන්න.
error-wallet-bad-signature = මෙම ගොනුවේ අත්සන නොගැළපේ: එය වෙනස් කර හෝ හානි වී ඇත. කිසිවක් තබා ගත්තේ නැත. ගොනුව නැවත ඉල්ලන්න.
error-wallet-not-a-credential = මෙම ගොනුව Carnet වෙතින් අත්සන් කළ තහවුරු කිරීමක් නොවේ. කිසිවක් තබා ගත්තේ නැත. අත්සන් කළ අයගෙන් ඔවුන් සෑදූ ගොනුව ඉල්ලන්න.
error-wallet-too-many = එකවර උපරිම දේවල් { $max }ක් ඉල්ලන්න. අඩුවෙන් තෝරන්න.
error-wallet-not-from-request = මෙම තහවුරු කිරීම ඔබේ කුමන සටහන තහවුරු කරන්නේද යන්න නොකියයි. කිසිවක් තබා ගත්තේ නැත. ඔබේ ඉල්ලීම් කේතයෙන් සෑදූ නව එකක් ඉල්ලන්න.
error-wallet-entry-gone = මෙම තහවුරු කිරීම තවදුරටත් ඔබේ සටහන් පොතේ නැති සටහනක් තහවුරු කරයි. කිසිවක් තබා ගත්තේ නැත. ඔබ එය ඉවත් කළේ නම්, පිටපතකින් නැවත එක් කර, නව තහවුරු කිරීමක් ඉල්ලන්න.

## Asking for a signature, and keeping it

app-request = අත්සනක් ඉල්ලන්න
app-request-title = අත්සනක් ඉල්ලන්න
app-request-intro = ඔබට කළ හැකි දේ තහවුරු කරන පුහුණුකරුට, සේවා යෝජකයාට හෝ මධ්‍යස්ථානයට මෙම කේතය පෙන්වන්න. ඔවුන් එය Carnet මඟින් ස්කෑන් කර ඔබට අත්සන් කළ ගොනුවක් ආපසු දෙයි.
app-request-key = ඔබේ යතුර: { $kid }. අත්සන් කරන අයද මෙම කේතයම දකී.
app-request-text = එම කේතයම පෙළ ලෙස, පණිවිඩයකින් යැවීමට
app-request-next = ඔබට අත්සන් කළ ගොනුව ලැබුණු විට, “මගේ තහවුරු කිරීම්” විවෘත කර “අත්සන් කළ ගොනුවක් එක් කරන්න” තට්ටු කරන්න.
app-receive = අත්සන් කළ ගොනුවක් එක් කරන්න
app-received = තබා ගත්තා: { $name } ({ $kind }) { $titles } අත්සන් කළා.
