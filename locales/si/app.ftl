# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = ඔබේ භාෂාව තෝරන්න
app-continue = ඉදිරියට

## First run: making a passphrase

app-create-title = ඔබේ සටහන් පොත ආරක්ෂා කරන්න
app-create-intro = මුරපදයක් තෝරන්න. එය දන්නේ ඔබ පමණයි. ඔබ සටහන් පොත විවෘත කරන සෑම වරම Carnet එය අසයි.
app-passphrase = මුරපදය
app-passphrase-again = නැවත ටයිප් කරන්න
app-passphrase-show = පෙන්වන්න
app-passphrase-hide = සඟවන්න
app-strength-too-short = ඉතා කෙටියි: අවම වශයෙන් අක්ෂර { $min }ක් භාවිත කරන්න.
app-strength-weak = දුර්වලයි: වචන කිහිපයක් එකට මතක තබා ගැනීමට පහසු වන අතර අනුමාන කිරීමට අපහසුයි.
app-strength-fair = හොඳයි. දිගු එකක් තවත් ආරක්ෂිතයි.
app-strength-strong = ශක්තිමත්.
app-passphrase-mismatch = මුරපද දෙක එක සමාන නැත. නැවත ටයිප් කරන්න.
app-create = මගේ සටහන් පොත සාදන්න
app-working = කරුණාකර රැඳී සිටින්න…
app-back = ආපසු

## Unlock

app-unlock-title = ඔබේ සටහන් පොත විවෘත කරන්න
app-unlock = විවෘත කරන්න
app-lock = අගුළු දමන්න

## The logbook

app-logbook-title = මගේ සටහන් පොත
app-logbook-empty = ඔබේ සටහන් පොත හිස්ය. ඔබට කළ හැකි දෙයක් එක් කරන්න.
app-add = එක් කරන්න
app-kind-skill = කුසලතා
app-kind-qualification = සුදුසුකම්
app-kind-experience = රැකියා පළපුරුද්ද
app-kind-language = භාෂා
app-kind-learning = පාඨමාලා
app-self-declared = මා විසින්ම කියූ
app-show-more = { $count ->
    [one] තවත් 1ක් පෙන්වන්න
   *[other] තවත් { $count }ක් පෙන්වන්න
}
app-endorsed = තහවුරු කළ

## Adding an entry

app-add-title = මගේ සටහන් පොතට එක් කරන්න
app-add-kind = මෙය කුමක්ද?
app-add-title-label = නම
app-add-title-hint = උදාහරණ: වෙල්ඩින්, ලොරියක් පැදවීම, අරාබි
app-add-level = මට්ටම
app-level-none = මට්ටමක් නැත
app-level-basic = මූලික
app-level-intermediate = මධ්‍යම
app-level-advanced = උසස්
app-level-expert = විශේෂඥ
app-level-eqf = මට්ටම { $level }
app-save = සුරකින්න
app-cancel = අවලංගු කරන්න

## Moving around

app-settings = සැකසුම්
app-sync = සමමුහුර්ත කරන්න
app-edit = වෙනස් කරන්න
app-remove = ඉවත් කරන්න

## The logbook: search and filter

app-search = සොයන්න
app-search-hint = වචනයක් ටයිප් කරන්න, උදාහරණ: වෙල්ඩ්
app-stage-filter = ඔබේ ගමනේ අදියර
app-stage-any = සියලු අදියර
app-stage-recruitment = බඳවා ගැනීම
app-stage-pre-departure = පිටත්වීමට පෙර
app-stage-arrival = පැමිණීම
app-stage-career = රැකියාව
app-stage-return = ආපසු පැමිණීම
app-search-none = කිසිවක් ගැළපෙන්නේ නැත. වෙනත් වචනයක් හෝ වෙනත් අදියරක් උත්සාහ කරන්න.

## Changing and removing an entry

app-edit-title = මෙම සටහන වෙනස් කරන්න
app-stages = ඔබේ ගමනේ අදියර
app-remove-confirm = “{ $title }” ඔබේ සටහන් පොතෙන් ඉවත් කරන්නද? මෙය ආපසු හැරවිය නොහැක.
app-remove-yes = ඔව්, ඉවත් කරන්න

## Settings

app-settings-title = සැකසුම්
app-settings-language = භාෂාව
app-settings-lock = අගුළු දමන්නේ
app-lock-minutes = { $minutes ->
    [one] භාවිත නොකර මිනිත්තු { $minutes }කට පසු
   *[other] භාවිත නොකර මිනිත්තු { $minutes }කට පසු
}
app-settings-passphrase = මුරපදය වෙනස් කරන්න
app-passphrase-current = වත්මන් මුරපදය
app-passphrase-new = නව මුරපදය
app-passphrase-change = මුරපදය වෙනස් කරන්න
app-passphrase-changed = ඔබේ මුරපදය වෙනස් විය. මෙතැන් සිට නව එක භාවිත කරන්න.
app-about = Carnet ගැන
app-locked-idle = කාලයක් කිසිවෙකු භාවිත නොකළ නිසා Carnet ඔබේ සටහන් පොත අගුළු දැමුවේය. ඔබේ මුරපදයෙන් නැවත විවෘත කරන්න.

## Sync with a hub

app-sync-title = සර්වරය සමඟ සමමුහුර්ත කරන්න
app-sync-intro = සර්වරය ඔබේ සටහන් පොතේ අගුළු දැමූ පිටපතක් තබා ගනී, එවිට ඔබට එය වෙනත් දුරකථනයක භාවිත කළ හැක. සර්වරයට එය කියවිය නොහැක.
app-hub-address = සර්වර ලිපිනය
app-hub-address-hint = උදාහරණ: https://hub.example.org
app-hub-save = ලිපිනය සුරකින්න
app-sync-now = දැන් සමමුහුර්ත කරන්න
app-sync-never = තවම සමමුහුර්ත කර නැත.
app-sync-last = අවසන් සමමුහුර්තය: { $when }
app-sync-pending = { $count ->
    [0] යැවීමට කිසිවක් නැත.
    [one] වෙනස්කම් { $count }ක් යැවීමට රැඳී ඇත.
   *[other] වෙනස්කම් { $count }ක් යැවීමට රැඳී ඇත.
}
app-sync-sending = යවමින්
app-sync-receiving = ලබමින්
app-sync-photos = ඡායාරූප
app-sync-done = සමමුහුර්තය අවසන්.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = ඔබේ සටහන් පොත අගුළු දමා ඇත. ඔබේ මුරපදයෙන් විවෘත කර, නැවත උත්සාහ කරන්න.
error-unknown-language = Carnet හි { $tag } භාෂාව නැත. ලැයිස්තුවෙන් එකක් තෝරන්න.

## Settings: how the screens look

app-settings-display = Carnet පෙනෙන ආකාරය
app-high-contrast = ප්‍රබල වෙනස (සුදු මත කළු)
app-text-size = අකුරු ප්‍රමාණය
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = අහන්න

## Two languages at once

app-dual-language = මෙම භාෂාවෙන්ද පෙන්වන්න
app-dual-none = දෙවන භාෂාවක් නැත
