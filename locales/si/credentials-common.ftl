# Review status: machine-drafted, needs review by a native speaker.

## Files and texts

error-credential-malformed = { $what ->
        [request] මෙම ඉල්ලීම හානි වී ඇත, නැතහොත් එය Carnet ඉල්ලීමක් නොවේ. එය නැවත ඉල්ලන්න.
        [credential] මෙම සහතික ගොනුව හානි වී ඇත, නැතහොත් එය Carnet සහතිකයක් නොවේ. ඔබේ සටහන් තහවුරු කළ අයගෙන් එය නැවත එවන ලෙස ඉල්ලන්න.
       *[other] මෙය හානි වී ඇත, නැතහොත් එය Carnet ගොනුවක් නොවේ.
    }
error-credential-wrong-file = { $expected ->
        [request] මෙය Carnet ඉල්ලීමක් නොවේ: එය වෙනත් වර්ගයක Carnet ගොනුවකි. ඉල්ලීමක් සාදන්නේ carnet request මඟිනි.
        [credential] මෙය Carnet සහතිකයක් නොවේ: එය වෙනත් වර්ගයක Carnet ගොනුවකි. ඔබේ සටහන් තහවුරු කළ අය ඔබට දුන් ගොනුව ඔබ තෝරා ගත්තාදැයි පරීක්ෂා කරන්න.
       *[other] මෙය වෙනත් වර්ගයක Carnet ගොනුවකි. ඔබ නිවැරදි ගොනුව තෝරා ගත්තාදැයි පරීක්ෂා කරන්න.
    }
error-credential-newer-version = { $what ->
        [request] මෙම ඉල්ලීම නවතම Carnet එකකින් සාදා ඇත.
        [credential] මෙම සහතිකය නවතම Carnet එකකින් සාදා ඇත.
        [text] මෙම කේතය නවතම Carnet එකකින් සාදා ඇත.
       *[other] මෙය නවතම Carnet එකකින් සාදා ඇත.
    } Carnet යාවත්කාලීන කර, නැවත උත්සාහ කරන්න.
error-credential-invalid-field = අගයක් භාවිත කළ නොහැක ({ $field }): එය ඉතා දිගු හෝ නිවැරදි ආකාරයෙන් නැත. කිසිවක් ලිව්වේ නැත.
error-credential-entry-count = ඉල්ලීමක සටහන් 1 සිට { $max } දක්වා ඇත, { $found } නොවේ. තවත් තහවුරු කර ගැනීමට, ඉල්ලීම් දෙකක් සාදන්න.
error-credential-invalid-key = මෙය වලංගු පොදු යතුරක් නොවේ. එය සම්පූර්ණයෙන් පිටපත් වූවාදැයි පරීක්ෂා කරන්න.
error-credential-bad-signature = මෙම සහතිකයේ අත්සන නොගැළපේ: අත්සන් කළ පසු එය වෙනස් කර හෝ හානි වී ඇත. කිසිවක් තබා ගත්තේ නැත. ගොනුව නැවත ඉල්ලන්න.
error-credential-not-yours = මෙම සහතිකය සාදා ඇත්තේ වෙනත් අයෙකුගේ සටහන් පොතක් සඳහාය, ඔබේ එක සඳහා නොවේ. කිසිවක් තබා ගත්තේ නැත. ඔබට ඔබේම ගොනුව ලැබුණාදැයි තහවුරු කර ගන්න.
error-credential-no-such-entry = මෙම සහතිකයේ { $index } සටහනක් නැත.
error-credential-duplicate-entry = { $index } සටහන දෙවරක් තෝරා ඇත.
error-credential-wrong-prefix = මෙම පෙළ Carnet කේතයක් නොවේ: එය CN1: (පරීක්ෂා කළ යුතු කුසලතා) හෝ CNR1: (තහවුරු කිරීමට ඉල්ලීමක්) වලින් ආරම්භ නොවේ.
error-credential-base45 = පෙළෙහි Carnet කේතයක තිබිය නොහැකි අකුරු ඇත. එය කපා දැමී හෝ වැරදියට ටයිප් කර තිබිය හැක.
error-credential-zlib = කේතය කපා දැමී හෝ හානි වී ඇත.
error-credential-too-large = කේතය Carnet කේතයක් වීමට ඉතා විශාලයි.

## QR codes

error-qr-not-alphanumeric = පෙළෙහි Carnet සඳහා QR කේතයකට දැරිය නොහැකි අක්ෂර ඇත. මෙය Carnet හි දෝෂයකි; කරුණාකර එය වාර්තා කරන්න.
error-qr-too-large = මෙය එක් QR කේතයකට ඉතා වැඩියි: අක්ෂර { $chars }, දුරකථනවලට හොඳින් කියවිය හැකි QR කේතයක් (අනුවාදය { $version }, මට්ටම { $ec }) දරන්නේ { $capacity }. කිසිවක් ලිව්වේ නැත. { $what ->
        [request] එකවර අඩු සටහන් ඉල්ලන්න, නැතහොත් ඒ වෙනුවට ඉල්ලීම .cbor වලින් අවසන් වන ගොනුවකට ලියන්න.
       *[other] අඩු සටහන් තෝරන්න, නැතහොත් --fields මඟින් අඩු කොටස් පෙන්වන්න.
    }
error-qr-bad-version = එම QR කේත ප්‍රමාණය නොපවතී.
error-qr-bad-module-size = එම තිත් ප්‍රමාණය කළ නොහැක.
error-qr-not-an-image = ගොනුව Carnet ට කියවිය හැකි පින්තූරයක් නොවේ. PNG, JPEG හෝ WebP භාවිත කරන්න.
error-qr-image-too-large = පින්තූරය ඉතා විශාලයි (පික්සල { $width } × { $height }). එය කුඩා කර නැවත උත්සාහ කරන්න.
error-qr-not-found = පින්තූරයේ කිසිදු QR කේතයක් කියවිය නොහැකි විය. මුළු කේතයම ඇතුළත්ව, වඩා පැහැදිලි, ළඟ ඡායාරූපයක් ගන්න.
error-qr-render-failed = QR පින්තූරය සෑදිය නොහැකි විය. මෙය Carnet හි දෝෂයකි; කරුණාකර එය වාර්තා කරන්න.
