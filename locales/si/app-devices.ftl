# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = තවත් උපාංගයක් එක් කරන්න
app-pair-intro = ඔබේ සටහන් පොත ඔබේම වෙනත් දුරකථනයකට හෝ පරිගණකයකට දමන්න. උපාංග දෙකටම සර්වරය අවශ්‍යයි.
app-pair-start = තවත් උපාංගයක් එක් කරන්න
app-pair-passphrase = උපාංගයක් එක් කිරීමට, ඔබේ මුරපදය ටයිප් කරන්න.
app-pair-show = කේතය පෙන්වන්න
app-pair-scan = නව උපාංගයේ “සටහන් පොතකට එක්වන්න” තෝරා, මෙම හතරැස් කේතය ස්කෑන් කරන්න හෝ එයට පහළින් ඇති පෙළ ටයිප් කරන්න.
app-pair-qr-alt = නව උපාංගයෙන් ස්කෑන් කිරීමට හතරැස් කේතය
app-pair-code-label = කේතය පෙළ ලෙස
app-pair-expires = කේතය තවත් { $time } ක්‍රියා කරයි.
app-pair-waiting = නව උපාංගය එනතුරු රැඳී සිටිමින්…
app-pair-request = “{ $name }” ඔබේ සටහන් පොත ඉල්ලයි.
app-pair-compare = නව උපාංගය මෙම කේතයම පෙන්වනවාද?
app-pair-approve = ඔව්, ඉඩ දෙන්න
app-pair-refuse = නැත
app-pair-approved = දැන් “{ $name }” හි ඔබේ සටහන් පොත ඇත. එය සමමුහුර්ත වූ පසු උපාංග ලැයිස්තුවේ පෙන්වයි.
app-pair-refused = ඔබ නැත කීවා. “{ $name }” ට කිසිවක් ලැබුණේ නැත.
app-pair-again = නව කේතයක් පෙන්වන්න

## Sync screen: the devices of this logbook

app-devices-title = ඔබේ උපාංග
app-devices-none = තවම කිසිදු උපාංගයක් මෙම සටහන් පොත සමමුහුර්ත කර නැත. සමමුහුර්ත කරන්න, එවිට මෙම උපාංගය මෙහි පෙන්වයි.
app-devices-this = මෙම උපාංගය
app-devices-added = { $date } එක් කළා
app-devices-removed = { $date } ඉවත් කළා
app-devices-remove = ඉවත් කරන්න
app-devices-remove-confirm = “{ $name }” ඉවත් කරන්නද? දුරකථනයක් නැති වූ විට, විකුණූ විට හෝ වෙනත් අයෙකුට දුන් විට මෙය භාවිත කරන්න.
app-devices-remove-consequences = එහි දැනටමත් ඇති දේ එහි රැඳේ, නමුත් ඔබ මෙතැන් සිට එක් කරන කිසිවක් එයට ලබා ගත නොහැක. ඔබේ සටහන් පොතට නව යතුරක් ලැබේ, ඔබේ අනෙක් උපාංගවලට එය සමමුහුර්ත වන විට ලැබේ. එම උපාංගය නැවත භාවිත කිරීමට, එය නැවත එක් කරන්න.
app-devices-remove-yes = ඔව්, ඉවත් කරන්න
app-devices-removed-done = “{ $name }” ඉවත් කළා. ඔබේ සටහන් පොතට දැන් නව යතුරක් ඇත, එය එම උපාංගයේ නැත.
app-devices-new-sheet = ඔබේ ප්‍රතිසාධන පත්‍රයේ ඇත්තේ පැරණි යතුරයි. දැන්ම සැකසුම් තුළ නව එකක් සාදා, පැරණි එක විනාශ කරන්න.

## First run: another way to start

app-start-other = ඔබට දැනටමත් සටහන් පොතක් තිබේද?
app-start-join = වෙනත් උපාංගයකින් එක්වන්න
app-start-recover = පත්‍රයකින් ප්‍රතිසාධනය කරන්න

## First run: joining a logbook from another device

app-join-title = සටහන් පොතකට එක්වන්න
app-join-intro = ඔබේ අනෙක් උපාංගයේ සමමුහුර්තය විවෘත කර “තවත් උපාංගයක් එක් කරන්න” තෝරන්න. එය කේතයක් පෙන්වයි.
app-join-code = කේතය (එය CNP1: වලින් ආරම්භ වේ)
app-join-code-hint = කේතය මෙහි අලවන්න හෝ ටයිප් කරන්න
app-join-picture = කේතයේ පින්තූරයක් විවෘත කරන්න
app-join-name = මෙම උපාංගයට නමක්
app-join-name-default = මගේ නව උපාංගය
app-join-passphrase = මෙම උපාංගය සඳහා මුරපදයක් තෝරන්න
app-join-send = ඉදිරියට
app-join-check = ඔබේ අනෙක් උපාංගය මෙම කේතයම පෙන්විය යුතුය. එහි ඉඩ දෙන්න.
app-join-waiting = ඔබේ අනෙක් උපාංගය ඉඩ දෙන තුරු රැඳී සිටිමින්…
app-join-copying = ඔබේ සටහන් පොත පිටපත් කරමින්…

## First run: recovering a logbook with a recovery sheet

app-recover-title = ඔබේ සටහන් පොත ප්‍රතිසාධනය කරන්න
app-recover-intro = ඔබේ ප්‍රතිසාධන පත්‍රය සහ මුරපදය භාවිත කරන්න. Carnet ඔබේ සටහන් පොත සර්වරයෙන් ආපසු ලබා ගනී.
app-recover-by-words = වචන 12 ටයිප් කරන්න
app-recover-by-code = හතරැස් කේතය භාවිත කරන්න
app-recover-words = වචන 12, පිළිවෙළට
app-recover-words-hint = වචනය1 වචනය2 වචනය3 …
app-recover-hub = පත්‍රයේ ඇති සර්වර ලිපිනය
app-recover-code = හතරැස් කේතයේ පෙළ (එය CNS1: වලින් ආරම්භ වේ)
app-recover-picture = පත්‍රයේ ඡායාරූපයක් විවෘත කරන්න
app-recover-passphrase = ඔබේ මුරපදය (ඔබ කලින් භාවිත කළ එක)
app-recover-start = මගේ සටහන් පොත ප්‍රතිසාධනය කරන්න

## Reading a square code from a picture

app-picture-read = කේතය පින්තූරයෙන් කියවන ලදී.
app-scan-camera = කැමරාවෙන් ස්කෑන් කරන්න
error-camera-scan = කිසිදු කේතයක් කියවුණේ නැත. Carnet ට කැමරාව භාවිත කිරීමට අවසර නැත්නම්, ඔබේ දුරකථනයේ සැකසුම්වල ඉඩ දෙන්න. ඔබට කේතයේ ඡායාරූපයක්ද විවෘත කළ හැක.

## Settings: the recovery sheet

app-sheet-title = ප්‍රතිසාධන පත්‍රය
app-sheet-intro = ප්‍රතිසාධන පත්‍රය යනු වචන 12ක් සහ හතරැස් කේතයක් ඇති කඩදාසියකි. ඔබට මෙම දුරකථනය නැති වුවහොත්, පත්‍රය සහ ඔබේ මුරපදය නව දුරකථනයක ඔබේ සටහන් පොත ආපසු ලබා දෙයි. පත්‍රය ඔබේ දුරකථනයෙන් ඈත්ව ආරක්ෂිතව තබා ගන්න. ඔබේ මුරපදය එය සමඟ තබා නොගන්න.
app-sheet-replaces = නව පත්‍රයක් පැරණි එක වෙනුවට පැමිණේ: පැරණි පත්‍රය තවදුරටත් ක්‍රියා නොකරයි.
app-sheet-needs-hub = පත්‍රය සර්වරය භාවිත කරයි. පළමුව සමමුහුර්ත තිරයේ සර්වර ලිපිනය සකසන්න.
app-sheet-passphrase = පත්‍රයක් සෑදීමට ඔබේ මුරපදය ටයිප් කරන්න
app-sheet-format = ලෙස සුරකින්න
app-sheet-pdf = PDF, මුද්‍රණයට
app-sheet-png = පින්තූරය
app-sheet-make = ප්‍රතිසාධන පත්‍රයක් සාදන්න
app-sheet-saved = ඔබේ ප්‍රතිසාධන පත්‍රය { $path } හි සුරැකිණි. එය මුද්‍රණය කරන්න, නැතහොත් පහත වචන ලියා ගන්න, කඩදාසිය ආරක්ෂිතව තබා ගන්න.
app-sheet-english = පත්‍රය ඉංග්‍රීසියෙන් ඇත: Carnet ට තවම ඔබේ භාෂාවේ අකුරු එහි ඇඳිය නොහැක.
app-sheet-words = ඔබේ වචන 12

## Settings: export and import

app-export-title = අපනයනය සහ ආනයනය
app-export-intro = අපනයනය ඔබේ මුළු සටහන් පොතම එක ගොනුවක සුරකියි, තබා ගැනීමට හෝ ඔබ තෝරන කෙනෙකුට දීමට.
app-export-consent = මෙම ගොනුවේ ඔබේ සටහන් පොත කියවිය හැකි ආකාරයෙන් ඇත: එය ඔබේ මුරපදයෙන් අගුළු දමා නැත. ගොනුව ලැබෙන ඕනෑම අයෙකුට එහි ඇති සියල්ල කියවිය හැක. ඡායාරූප ගොනුවේ නැත.
app-export-agree = මට තේරෙනවා. ගොනුව සුරකින්න
app-export = අපනයනය
app-export-saved = { $count ->
    [one] සටහන් { $count }ක් { $path } හි සුරැකිණි.
   *[other] සටහන් { $count }ක් { $path } හි සුරැකිණි.
}
app-import-intro = ආනයනය අපනයනය කළ ගොනුවක ඇති දේ මෙම සටහන් පොතට එක් කරයි. ඔබේ සටහන් පොතෙන් කිසිවක් මැකෙන්නේ නැත.
app-import = ගොනුවක් ආනයනය කරන්න
app-import-added = { $count ->
    [0] නව සටහන් නැත.
    [one] නව සටහන් { $count }ක් එක් කළා.
   *[other] නව සටහන් { $count }ක් එක් කළා.
}
app-import-updated = { $count ->
    [0] කිසිදු සටහනක් වෙනස් වූයේ නැත.
    [one] සටහන් { $count }ක් වෙනස් විය.
   *[other] සටහන් { $count }ක් වෙනස් විය.
}
app-import-unchanged = { $count ->
    [0] කිසිදු සටහනක් දැනටමත් එසේම නොතිබුණි.
    [one] සටහන් { $count }ක් දැනටමත් එසේම තිබුණි.
   *[other] සටහන් { $count }ක් දැනටමත් එසේම තිබුණි.
}
app-import-profile = ඔබේ පැතිකඩ යාවත්කාලීන විය.
app-import-missing-photos = { $count ->
    [one] ගොනුවේ නම් කර ඇති ඡායාරූප { $count }ක් මෙම උපාංගයේ නැත.
   *[other] ගොනුවේ නම් කර ඇති ඡායාරූප { $count }ක් මෙම උපාංගයේ නැත.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = ඔබේ ප්‍රතිසාධන පත්‍රය ඔබේ නව මුරපදය සමඟ තවමත් ක්‍රියා කරයි.
app-passphrase-sheet-not-updated = ඔබේ ප්‍රතිසාධන පත්‍රය සර්වරයේ යාවත්කාලීන කළ නොහැකි විය. ඔබ නව එකක් සාදන තුරු, එයට ඔබේ පැරණි මුරපදය අවශ්‍යයි. ඔබ සම්බන්ධ වූ විට නව පත්‍රයක් සාදන්න.

## This device's name

app-device-name = මෙම උපාංගයේ නම
app-device-name-hint = ඔබේ අනෙක් උපාංග මෙයට පෙන්වන නම, උදාහරණ “අමිනාගේ දුරකථනය”.
app-device-name-saved = සුරැකිණි. මෙම උපාංගය සමමුහුර්ත වූ පසු ඔබේ අනෙක් උපාංග එය පෙන්වයි.
