# Review status: machine-drafted, needs review by a native speaker.

## Help: headings
## The help of every command is built from these headings and the texts
## below. Each heading is followed by a list, so it ends with a colon.

cli-help-usage = ටයිප් කරන ආකාරය:
cli-help-commands = විධාන:
cli-help-arguments = දිය යුතු දේ:
cli-help-options = විකල්ප:
cli-help-examples = උදාහරණ:

## Help: the whole program

cli-about = Carnet ඔබට කළ හැකි දේවල වාර්තාවක් තබා ගනී: කුසලතා, රැකියා, භාෂා, ඩිප්ලෝමා සහ පාඨමාලා. වාර්තාව ඔබේ උපාංගයේම රැඳේ, ඔබේ මුරපදයෙන් අගුළු දමා.

cli-examples =
    සටහන් පොතක් අරඹන්න:      carnet init
    කුසලතාවක් එක් කරන්න:     carnet add skill --title "Welding" --level advanced
    ඔබේ සටහන් බලන්න:         carnet list
    එක් සටහනක් බලන්න:        carnet show 3f2a
    විධානයකට උදව්:           carnet add --help

cli-opt-data-dir = ඔබේ සටහන් පොත තබා ඇති ෆෝල්ඩරය. ඔබට CARNET_DATA_DIR ද සැකසිය හැක.
cli-opt-json = වෙනත් වැඩසටහන් සඳහා JSON වලින් පිළිතුරු දෙන්න.
cli-opt-lang = Carnet පණිවිඩවල භාෂාව, උදාහරණ ar, fa, fr, uk හෝ en.
cli-opt-help = මෙම උදව් පෙන්වන්න.
cli-opt-version = Carnet අනුවාදය පෙන්වන්න.

## Help: commands

cli-cmd-init = මුරපදයකින් අගුළු දැමූ නව සටහන් පොතක් සාදන්න.
cli-cmd-passphrase = ඔබේ සටහන් පොතේ මුරපදය වෙනස් කරන්න.
cli-cmd-passphrase-change = ඔබේ මුරපදය වෙනස් කරන්න. ඔබ පැරණි එක ටයිප් කර, ඉන්පසු නව එක දෙවරක් ටයිප් කරයි.
cli-cmd-profile = ඔබේ පැතිකඩ බලන්න හෝ වෙනස් කරන්න: ඔබේ නම, රටවල්, භාෂා.
cli-cmd-profile-show = ඔබේ පැතිකඩ පෙන්වන්න.
cli-cmd-profile-set = ඔබේ පැතිකඩ වෙනස් කරන්න. යමක් හිස් කිරීමට, හිස් අගයක් දෙන්න, උදාහරණ --contact "".
cli-cmd-add = සටහනක් එක් කරන්න: කුසලතාවක්, සුදුසුකමක්, රැකියා පළපුරුද්දක්, භාෂාවක් හෝ පාඨමාලාවක්.
cli-cmd-list = ඔබේ සටහන් ලැයිස්තුගත කරන්න.
cli-cmd-show = එක් සටහනක් ගැන සියල්ල පෙන්වන්න.
cli-cmd-edit = සටහනක් වෙනස් කරන්න.
cli-cmd-rm = සටහනක් මකන්න.
cli-cmd-search = යම් වචන අඩංගු සටහන් සොයන්න.
cli-cmd-detach = සටහනකින් ඡායාරූපයක් හෝ හඬ සටහනක් ඉවත් කරන්න. වෙනත් සටහනක් එය නොපෙන්වන්නේ නම්, එය මෙම උපාංගයෙන්ද මැකේ.
cli-cmd-attach = සටහනකට ලේඛනයක ඡායාරූපයක් එක් කරන්න, උදාහරණ ඩිප්ලෝමාවක්, සහතිකයක් හෝ රැකියා ලේඛනයක්. නැතහොත් හඬ සටහනක් එක් කරන්න: ඔබ කුසලතාව ගැන කියන ශබ්ද ගොනුවක්.
cli-cmd-export = වෙනත් වැඩසටහන්වලට කියවිය හැකි ගොනුවක් ලෙස ඔබේ මුළු සටහන් පොතම ලියන්න.
cli-cmd-import = Carnet අපනයන ගොනුවක් ඔබේ සටහන් පොතට කියවන්න. ඔබේ සටහන් පොතෙන් කිසිවක් මැකෙන්නේ නැත.
cli-cmd-devices = ඔබේ සටහන් පොත ඇති උපාංග.
cli-cmd-devices-list = ඔබේ සටහන් පොත ඇති උපාංග පෙන්වන්න.
cli-cmd-devices-remove = උපාංගයකින් ඔබේ සටහන් පොත ඉවත් කරන්න, උදාහරණ නැති වූ දුරකථනයක්. ඔබ මෙතැන් සිට එක් කරන කිසිවක් එයට කියවිය නොහැක.
cli-cmd-pair = ඔබේ සටහන් පොත ඔබේම වෙනත් උපාංගයකට දමන්න, නව දුරකථනයක් වැනි.
cli-cmd-pair-show = ඔබේ සටහන් පොත ඇති උපාංගයේ: නව උපාංගය සඳහා කේතයක් පෙන්වා, ඉන්පසු ඉඩ දෙන්න.
cli-cmd-pair-join = නව උපාංගයේ: ඔබේ අනෙක් උපාංගය පෙන්වන කේතයෙන් ඔබේ සටහන් පොත ලබා ගන්න.
cli-cmd-sync = ඔබේ වෙනස්කම් මධ්‍යස්ථානයේ සර්වරයට යවා, ඔබේ අනෙක් උපාංගවල කළ වෙනස්කම් ලබා ගන්න. සර්වරය තබා ගන්නේ එයට කියවිය නොහැකි අගුළු දැමූ පිටපතක් පමණි.

## Help: what to give to the commands

cli-arg-kind = සටහනේ වර්ගය: skill (කුසලතාව), qualification (සුදුසුකම), experience (රැකියාව), language (භාෂාව) හෝ learning (පාඨමාලාව).
cli-arg-title = කෙටි නමක්, උදාහරණ "වෙල්ඩින්" හෝ "B රියදුරු බලපත්‍රය".
cli-arg-description = ඔබට අවශ්‍ය නම්, ඒ ගැන තවත් වචන.
cli-arg-level = ඔබ කෙතරම් දක්ෂද. කුසලතාවකට හෝ රැකියාවකට: basic, intermediate, advanced හෝ expert. භාෂාවකට: A1 (ආරම්භක) සිට C2 (ඉතා හොඳ) දක්වා. සුදුසුකමකට හෝ පාඨමාලාවකට: එහි EQF මට්ටම, 1 සිට 8 දක්වා.
cli-arg-eqf = ඔබ දන්නේ නම්, ඩිප්ලෝමාවක හෝ පාඨමාලාවක EQF මට්ටම, 1 සිට 8 දක්වා.
cli-arg-from = එය ආරම්භ වූ විට: වසරක් (2019), මාසයක් (2019-05) හෝ දිනයක් (2019-05-14).
cli-arg-to = එය අවසන් වූ විට, එසේම ලියා. තවමත් පවතී නම් එය අත්හරින්න.
cli-arg-organisation = සේවා යෝජකයා, පාසල හෝ පුහුණු මධ්‍යස්ථානය.
cli-arg-place = නගරය හෝ ස්ථානය.
cli-arg-country = රට, අකුරු දෙකකින්, උදාහරණ SY, AF, DE.
cli-arg-context = ඔබ එය ඉගෙන ගත් ආකාරය: formal (පාසල, ඩිප්ලෝමාව), non-formal (පාඨමාලාවක්) හෝ informal (කිරීමෙන්).
cli-arg-written-in = ඔබ මෙම සටහන ලියූ භාෂාව, කෙටි කේතයකින්, උදාහරණ ar හෝ en.
cli-arg-esco = ඔබ දන්නේ නම්, කුසලතාවේ හෝ රැකියාවේ ESCO ලිපිනය.
cli-arg-isco = ඔබ දන්නේ නම්, ISCO-08 රැකියා කේතය (ඉලක්කම් 1 සිට 4 දක්වා).
cli-arg-stage = ඔබේ ගමනේ මෙය වැදගත් වන්නේ කවදාද: recruitment, pre-departure, arrival, career හෝ return. ඔබට එකකට වඩා දිය හැක.

cli-arg-list-kind = මෙම වර්ගයේ සටහන් පමණක් පෙන්වන්න: skill, qualification, experience, language හෝ learning.
cli-arg-list-stage = මෙම අදියරේ සටහන් පමණක් පෙන්වන්න: recruitment, pre-departure, arrival, career හෝ return.

cli-arg-id = සටහනේ id. පළමු අක්ෂර 4ක් හෝ වැඩි ප්‍රමාණවත්. id බැලීමට ටයිප් කරන්න: carnet list
cli-arg-set = වෙනස්කමක්, FIELD=VALUE ලෙස ලියා, උදාහරණ level=advanced. තවත් වෙනස් කිරීමට නැවත දෙන්න. හිස් අගයක් ක්ෂේත්‍රය හිස් කරයි. ක්ෂේත්‍ර: title, description, level, eqf, from, to, organisation, place, country, context, stages, written_in, esco, isco.
cli-arg-text = සෙවිය යුතු වචන.
cli-arg-evidence = ඉවත් කළ යුතු ඡායාරූපය හෝ හඬ සටහන: carnet show සහ carnet attach මුද්‍රණය කරන පරිදි එහි id (පළමු අක්ෂර 8ක් හෝ වැඩි ප්‍රමාණවත්).
cli-arg-photo = ඡායාරූපයක් (JPEG, PNG හෝ WebP) හෝ ශබ්ද ගොනුවක් (WebM, Ogg, MP4, M4A, AAC, MP3 හෝ WAV, 5 MB දක්වා). එය කුමක්දැයි දැන ගැනීමට Carnet ගොනුව ඇතුළත බලයි. ඡායාරූපය ගත් ස්ථානය වැනි සැඟවුණු දත්ත එය ඉවත් කරයි.
cli-arg-format = ගොනු වර්ගය. දැනට json පමණි.
cli-arg-file = කියවිය යුතු අපනයන ගොනුව.

cli-arg-name = අනෙක් අය දැකීමට ඔබ කැමති පරිදි ඔබේ නම.
cli-arg-birth-date = ඔබේ උපන් දිනය: 1990, 1990-05 හෝ 1990-05-14.
cli-arg-origin = ඔබ පැමිණි රට, අකුරු දෙකකින්, උදාහරණ SY, AF, ER.
cli-arg-current = ඔබ දැන් ජීවත් වන රට, අකුරු දෙකකින්, උදාහරණ DE, FR.
cli-arg-contact = අයට ඔබව සම්බන්ධ කර ගත හැකි ආකාරය, උදාහරණ දුරකථන අංකයක් හෝ ඊමේල් එකක්.
cli-arg-language = ඔබ දන්නා භාෂාවක්, කෙටි කේතයකින්, උදාහරණ ar, fa-AF හෝ en. පහත විකල්ප මෙම භාෂාව ගැනයි.
cli-arg-mother-tongue = මෙම භාෂාව ඔබේ මව් භාෂාවයි.
cli-arg-not-mother-tongue = මෙම භාෂාව ඔබේ මව් භාෂාව නොවේ.
cli-arg-listening = කතා කරන අය ඔබට කෙතරම් හොඳින් තේරෙනවාද: A1 (ආරම්භක) සිට C2 (ඉතා හොඳ) දක්වා.
cli-arg-reading = ඔබ කෙතරම් හොඳින් කියවනවාද: A1 සිට C2 දක්වා.
cli-arg-spoken-interaction = ඔබ සංවාදයකට කෙතරම් හොඳින් සහභාගී වෙනවාද: A1 සිට C2 දක්වා.
cli-arg-spoken-production = ඔබ තනිවම කෙතරම් හොඳින් කතා කරනවාද: A1 සිට C2 දක්වා.
cli-arg-writing = ඔබ කෙතරම් හොඳින් ලියනවාද: A1 සිට C2 දක්වා.
cli-arg-remove-language = ඔබේ පැතිකඩෙන් භාෂාවක් ඉවත් කරන්න.
cli-arg-hub = මධ්‍යස්ථානයේ සර්වරයේ ලිපිනය, උදාහරණ http://192.168.1.10:8470. Carnet එය මතක තබා ගනී.
cli-arg-device-id = carnet devices list පෙන්වන පරිදි උපාංගයේ id (පළමු අක්ෂර 4ක් හෝ වැඩි ප්‍රමාණවත්).
cli-arg-pair-approve = නව උපාංගය මෙම කේතය පෙන්වයි නම්, නොඅසාම ඉඩ දෙන්න (උදව්කරුවන් සහ ස්ක්‍රිප්ට් සඳහා).
cli-arg-pair-code = ඔබේ අනෙක් උපාංගය පෙන්වන කේතය. එය CNP1: වලින් ආරම්භ වේ
cli-arg-pair-name = මෙම උපාංගයට නමක්, එවිට ඔබට එය අනෙක් එකේ හඳුනා ගත හැක (උදාහරණ "අමල්ගේ දුරකථනය").
cli-arg-sync-status = ඔබ අවසන් වරට සමමුහුර්ත කළේ කවදාද සහ වෙනස්කම් කීයක් රැඳී ඇත්දැයි පමණක් පෙන්වන්න. කිසිවක් යවන්නේ නැත.
cli-arg-sync-watch = දිගටම සමමුහුර්ත කරන්න. සර්වරයට ළඟා විය නොහැකි විට, සෑම වරම වැඩි කාලයක් රැඳී සිට, පසුව නැවත උත්සාහ කරන්න.
cli-arg-sync-every = --watch සමඟ: සමමුහුර්ත කිරීම් අතර රැඳී සිටිය යුතු තත්පර ගණන (නොදුන්නොත් 300).

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

cli-passphrase-new-intro = අවම වශයෙන් අක්ෂර { $min }ක මුරපදයක් තෝරන්න. ඔබ සටහන් පොත විවෘත කරන සෑම වරම එය අවශ්‍යයි. කිසිවෙකුට එය ඔබට ආපසු ලබා දිය නොහැක.
cli-passphrase-prompt = මුරපදය:
cli-passphrase-new-prompt = නව මුරපදය:
cli-passphrase-repeat-prompt = නව මුරපදය නැවත ටයිප් කරන්න:
cli-passphrase-changed = ඔබේ මුරපදය වෙනස් විය. මෙතැන් සිට නව එක භාවිත කරන්න.

## Answers

cli-init-done = ඔබේ සටහන් පොත සූදානම්. එය මෙම ෆෝල්ඩරයේ ඇත: { $dir }
cli-init-next = ඔබේ මුරපදය ආරක්ෂිතව තබා ගන්න. එය නොමැතිව, කිසිවෙකුට ඔබේ සටහන් පොත විවෘත කළ නොහැක, ඔබටවත්. ඊළඟට, ඔබට කළ හැකි දේ එක් කරන්න, උදාහරණ: carnet add skill --title "Cooking"

cli-list-empty = ඔබේ සටහන් පොතේ තවම සටහන් නැත. එකක් එක් කිරීමට ටයිප් කරන්න: carnet add skill --title "Cooking"
cli-list-none-match = ඔබ ඉල්ලූ දෙයට කිසිදු සටහනක් නොගැළපේ.
cli-search-none = කිසිදු සටහනක මෙම වචන නැත. වෙනත් වචන උත්සාහ කරන්න, නැතහොත් ටයිප් කරන්න: carnet list

cli-edit-saved = ඔබේ වෙනස්කම සුරැකිණි.
cli-rm-done = මැකුවා: { $title }
cli-detached = ඡායාරූපය හෝ හඬ සටහන සටහනෙන් ඉවත් කළා.

cli-profile-saved = ඔබේ පැතිකඩ සුරැකිණි.
cli-profile-empty = ඔබේ පැතිකඩ හිස්ය. ඔබේ නම එක් කිරීමට ටයිප් කරන්න: carnet profile set --name "Your name"

cli-import-added = { $count ->
    [one] සටහන් 1ක් එක් කළා.
   *[other] සටහන් { $count }ක් එක් කළා.
}
cli-import-updated = { $count ->
    [one] සටහන් 1ක් යාවත්කාලීන කළා.
   *[other] සටහන් { $count }ක් යාවත්කාලීන කළා.
}
cli-import-unchanged = { $count ->
    [one] සටහන් 1ක් දැනටමත් එසේම තිබුණි.
   *[other] සටහන් { $count }ක් දැනටමත් එසේම තිබුණි.
}
cli-import-profile-updated = ඔබේ පැතිකඩද යාවත්කාලීන විය.
cli-import-missing-photos = { $count ->
    [one] ඡායාරූප 1ක් මෙම උපාංගයේ නැත. අපනයන ගොනුවල ඡායාරූප නැත. මෙයින් නැවත එක් කරන්න: carnet attach
   *[other] ඡායාරූප { $count }ක් මෙම උපාංගයේ නැත. අපනයන ගොනුවල ඡායාරූප නැත. මෙයින් නැවත එක් කරන්න: carnet attach
}

## Showing an entry or a profile

cli-label = { $label }:

cli-show-id = Id
cli-show-kind = වර්ගය
cli-show-added = එක් කළේ
cli-show-changed = වෙනස් කළේ
cli-show-evidence = ඡායාරූප සහ හඬ සටහන්
cli-show-photo = { $sha }  පික්සල { $width } × { $height }, { $kilobytes } KB
cli-show-photo-missing = { $sha }  පික්සල { $width } × { $height }, මෙම උපාංගයේ නැත
cli-show-voice = { $sha }  හඬ සටහන, { $kilobytes } KB
cli-show-voice-missing = { $sha }  හඬ සටහන, මෙම උපාංගයේ නැත
cli-show-conflicts = වෙනත් උපාංගයක්ද ලිව්වා:
cli-show-conflicts-hint = මේවායින් එකක් තබා ගැනීමට ටයිප් කරන්න: carnet edit { $id } --set FIELD=VALUE

cli-field-title = මාතෘකාව
cli-field-description = විස්තරය
cli-field-written-in = ලියූ භාෂාව
cli-field-esco = ESCO
cli-field-isco = ISCO-08 රැකියා කේතය
cli-field-level = මට්ටම
cli-field-eqf = EQF මට්ටම
cli-field-organisation = ආයතනය
cli-field-place = ස්ථානය
cli-field-country = රට
cli-field-from = සිට
cli-field-to = දක්වා
cli-field-context = ඉගෙන ගත් ආකාරය
cli-field-stages = අදියර

cli-kind-skill = කුසලතාව
cli-kind-qualification = සුදුසුකම
cli-kind-experience = පළපුරුද්ද
cli-kind-language = භාෂාව
cli-kind-learning = පාඨමාලාව

cli-context-formal = විධිමත් (පාසල, ඩිප්ලෝමාව)
cli-context-non-formal = නොවිධිමත් (පාඨමාලාවක්)
cli-context-informal = අවිධිමත් (කිරීමෙන්)

cli-stage-recruitment = බඳවා ගැනීම
cli-stage-pre-departure = පිටත්වීමට පෙර
cli-stage-arrival = පැමිණීම
cli-stage-career = රැකියාව
cli-stage-return = ආපසු පැමිණීම

cli-proficiency-basic = මූලික
cli-proficiency-intermediate = මධ්‍යම
cli-proficiency-advanced = උසස්
cli-proficiency-expert = විශේෂඥ

cli-level-eqf = EQF මට්ටම { $level }

cli-profile-name = නම
cli-profile-birth-date = උපන් දිනය
cli-profile-origin = පැමිණි රට
cli-profile-current = ජීවත් වන රට
cli-profile-contact = සම්බන්ධතා
cli-profile-languages = භාෂා
cli-profile-mother-tongue = { $language } (මව් භාෂාව)
cli-profile-language-levels = { $language }: { $levels }
cli-cefr-listening = සවන් දීම { $level }
cli-cefr-reading = කියවීම { $level }
cli-cefr-spoken-interaction = අන් අය සමඟ කතා කිරීම { $level }
cli-cefr-spoken-production = කතා කිරීම { $level }
cli-cefr-writing = ලිවීම { $level }

## Errors of the command line
## $arg is an option or value as typed or as shown in the help, such as
## --title <TITLE>. $command is what the person typed, such as carnet add.

cli-error-unknown-argument = Carnet මෙහි “{ $arg }” නොදනී.
cli-error-unknown-command = “{ $command }” නමින් විධානයක් නැත.
cli-error-invalid-value = “{ $value }” { $arg } සඳහා භාවිත කළ නොහැක.
cli-error-missing-value = { $arg } ට පසුව අගයක් අවශ්‍යයි.
cli-error-valid-values = ඔබට භාවිත කළ හැක්කේ: { $values }
cli-error-missing-argument = යමක් අඩුයි: { $arg }
cli-error-missing-command = “{ $command }” ට පසු Carnet කළ යුතු දේ කියන්න.
cli-error-valid-commands = විධාන මේවායි: { $commands }
cli-error-conflict = { $arg } සහ { $other } එකට භාවිත කළ නොහැක.
cli-error-no-equals = { $arg } සමාන ලකුණක් (=) සහ එයට වහාම පසුව අගය සමඟ ලියන්න.
cli-error-too-many-values = { $arg } අඩු අගයන් ගනී. “{ $value }” එකක් වැඩියි.
cli-error-wrong-number-of-values = { $arg } හි අගයන් ගණන වැරදියි.
cli-error-invalid-utf8 = ඔබ ටයිප් කළ අකුරු සමහරක් Carnet ට කියවිය නොහැක. ඒවා නැවත ටයිප් කරන්න.
cli-error-did-you-mean = ඔබ අදහස් කළේ { $suggestion } ද?
cli-error-usage = Carnet ට මෙම විධානය තේරුණේ නැත.
cli-error-usage-hint = ඔබට ටයිප් කළ හැකි දේ බැලීමට { $command } --help ටයිප් කරන්න.
cli-error-set-format = “{ $value }” වෙනස්කමක් නොවේ. FIELD=VALUE ලියන්න, උදාහරණ --set level=advanced
cli-error-nothing-to-change = වෙනස් කිරීමට කිසිවක් නැත. අවම වශයෙන් එක් විකල්පයක් දෙන්න, උදාහරණ --name "Your name".

cli-error-passphrase-unavailable = Carnet ට මුරපදයක් අවශ්‍ය නමුත් මෙහි එය ඇසිය නොහැක. Carnet ටර්මිනලයක ධාවනය කරන්න, නැතහොත් { $variable } සකසන්න.
cli-error-passphrase-mismatch = මුරපද දෙක එක සමාන නැත. කිසිවක් වෙනස් කළේ නැත. කරුණාකර නැවත උත්සාහ කරන්න.
cli-error-read-file = Carnet ට { $path } ගොනුව කියවිය නොහැක. ගොනු නම සහ ෆෝල්ඩරය පරීක්ෂා කර, නැවත උත්සාහ කරන්න.
cli-error-no-data-dir = Carnet ට ඔබේ සටහන් පොත සඳහා ෆෝල්ඩරයක් සොයාගත නොහැක. --data-dir මඟින් එකක් තෝරන්න, උදාහරණ --data-dir ./carnet
cli-error-output = Carnet ට එහි පිළිතුර ලිවිය නොහැකි විය. තැටිය පිරී නැත්දැයි පරීක්ෂා කර, නැවත උත්සාහ කරන්න.
cli-error-details = උදව්කරුවෙකු සඳහා විස්තර: { $reason }

## Extra lines after errors of the logbook (errors.ftl), with the command to
## type. Named cli-hint- and the code of the error.

cli-hint-no-logbook = එකක් සෑදීමට ටයිප් කරන්න: carnet init
cli-hint-already-exists = එහි ඇති දේ බැලීමට ටයිප් කරන්න: carnet list. දෙවන සටහන් පොතක් සඳහා, --data-dir මඟින් වෙනත් ෆෝල්ඩරයක් තෝරන්න.
cli-hint-not-found = id බැලීමට ටයිප් කරන්න: carnet list
cli-hint-ambiguous-id = id බැලීමට ටයිප් කරන්න: carnet list
cli-hint-import-format = මෙයින් සෑදූ ගොනුවක් තෝරන්න: carnet export --format json
cli-hint-invalid-field = ක්ෂේත්‍ර ලැයිස්තුව සඳහා ටයිප් කරන්න: carnet edit --help

## carnet sync

cli-sync-phase-sending = යවමින්
cli-sync-phase-receiving = ලබමින්
cli-sync-phase-photos = ඡායාරූප
cli-sync-done = { $hub } සමඟ සමමුහුර්ත කළා.
cli-sync-changes = { $sent ->
    [one] වෙනස්කම් 1ක් යැව්වා
   *[other] වෙනස්කම් { $sent }ක් යැව්වා
}, { $received ->
    [one] වෙනස්කම් 1ක් ලැබුණා.
   *[other] වෙනස්කම් { $received }ක් ලැබුණා.
}
cli-sync-photos = { $sent ->
    [one] ඡායාරූප 1ක් යැව්වා
   *[other] ඡායාරූප { $sent }ක් යැව්වා
}, { $received ->
    [one] ඡායාරූප 1ක් ලැබුණා.
   *[other] ඡායාරූප { $received }ක් ලැබුණා.
}
cli-sync-bytes = භාවිත කළ දත්ත: { $up } KB යැව්වා, { $down } KB ලැබුණා.
cli-sync-retry = නැවත උත්සාහ කරන්නේ { $seconds ->
    [one] තත්පර 1කින්.
   *[other] තත්පර { $seconds }කින්.
}
cli-sync-status-hub = සර්වරය: { $hub }
cli-sync-status-last = අවසන් සමමුහුර්තය: { $when }
cli-sync-status-pending = { $count ->
    [0] රැඳී ඇති වෙනස්කම් නැත.
    [one] වෙනස්කම් 1ක් යැවීමට රැඳී ඇත.
   *[other] වෙනස්කම් { $count }ක් යැවීමට රැඳී ඇත.
}
cli-sync-no-hub = තවම නැත
cli-sync-never = කවදාවත් නැත
cli-hint-sync-no-hub = එය සැකසීමට ටයිප් කරන්න: carnet sync --hub ADDRESS
cli-hint-sync-unreachable = ඔබේ වෙනස්කම් තබා ඇත. පසුව නැවත උත්සාහ කිරීමට ටයිප් කරන්න: carnet sync

## carnet pair

cli-pair-show-scan = මෙම කේතය ඔබේ නව උපාංගයෙන් ස්කෑන් කරන්න, නැතහොත් පහත පෙළ එහි ටයිප් කරන්න.
cli-pair-show-expires = කේතය මිනිත්තු 10ක් ක්‍රියා කරයි.
cli-pair-show-request = “{ $name }” උපාංගය ඔබේ සටහන් පොත ඉල්ලයි. එහි කේතය { $fingerprint }.
cli-pair-show-ask = ඔබේ නව උපාංගය එම කේතයම පෙන්වනවාද? ඉඩ දීමට ඔව් ටයිප් කරන්න, නැතහොත් නැත.
cli-pair-yes = ඔව්
cli-pair-show-approved = දැන් “{ $name }” හි ඔබේ සටහන් පොත ඇත.
cli-pair-show-refused = ඔබ නැත කීවා. “{ $name }” ට කිසිවක් ලැබුණේ නැත.
cli-pair-default-name = නව උපාංගය
cli-pair-join-check = ඔබේ අනෙක් උපාංගය මෙම කේතය පෙන්විය යුතුය: { $fingerprint }. එහි ඉඩ දෙන්න.
cli-pair-join-done = { $count ->
    [one] මෙම උපාංගයේ දැන් ඔබේ සටහන් පොත ඇත, සටහන් 1ක් සමඟ.
   *[other] මෙම උපාංගයේ දැන් ඔබේ සටහන් පොත ඇත, සටහන් { $count }ක් සමඟ.
}

## carnet devices

cli-devices-none = තවම කිසිදු උපාංගයක් මෙම සටහන් පොත සමමුහුර්ත කර නැත.
cli-devices-line = { $id }  { $name }  ({ $added } සිට)
cli-devices-this = ← මෙම උපාංගය
cli-devices-removed = ({ $when } ඉවත් කළා)
cli-devices-removed-done = “{ $name }” ඉවත් කළා. ඔබේ සටහන් පොතට දැන් නව යතුරක් ඇත, එය එම උපාංගයේ නැත.
cli-devices-new-sheet = ඔබේ ප්‍රතිසාධන පත්‍රයේ ඇත්තේ පැරණි යතුරයි. දැන්ම නව එකක් මුද්‍රණය කර පැරණි එක විනාශ කරන්න: carnet recovery-sheet --out sheet.png

## carnet recovery-sheet and carnet recover (docs/sync-protocol.md §8)

cli-cmd-recovery-sheet = ප්‍රතිසාධන පත්‍රයක් මුද්‍රණය කරන්න: එය සහ ඔබේ මුරපදය සමඟ, ඔබට මෙම දුරකථනය නැති වුවහොත් නව දුරකථනයක ඔබේ සටහන් පොත ආපසු ලබා ගත හැක.
cli-cmd-recover = නව උපාංගයක: ඔබේ ප්‍රතිසාධන පත්‍රය සහ මුරපදයෙන් ඔබේ සටහන් පොත ආපසු ලබා ගන්න.
cli-arg-recovery-out = පත්‍රය ලිවිය යුතු ගොනුව. එය .png හෝ .pdf වලින් අවසන් විය යුතුය.
cli-arg-recover-sheet = ඔබේ ප්‍රතිසාධන පත්‍රයේ ඡායාරූපයක් හෝ ස්කෑන් එකක් (PNG හෝ JPEG). Carnet එහි හතරැස් කේතය කියවයි.
cli-arg-recover-words = ඔබේ ප්‍රතිසාධන පත්‍රයේ වචන 12, පිළිවෙළට, උද්ධෘත ලකුණු තුළ. --hub ද දෙන්න.
cli-arg-recover-hub = ඔබේ ප්‍රතිසාධන පත්‍රයේ මුද්‍රිත සර්වර ලිපිනය, උදාහරණ http://192.168.1.10:8470.
cli-examples-recovery-sheet =
    carnet recovery-sheet --out sheet.pdf
    carnet recovery-sheet --out sheet.png --hub http://192.168.1.10:8470
cli-examples-recover =
    carnet recover --sheet photo-of-sheet.jpg
    carnet recover --words "word1 word2 ... word12" --hub http://192.168.1.10:8470

cli-recovery-sheet-format = Carnet ට පත්‍රය .png හෝ .pdf ගොනුවක් ලෙස ලිවිය හැක, “{ $path }” ලෙස නොවේ.
cli-recovery-sheet-done = ඔබේ ප්‍රතිසාධන පත්‍රය { $path } හි ඇත. එය මුද්‍රණය කර කඩදාසිය ඔබේ දුරකථනයෙන් ඈත් ආරක්ෂිත තැනක තබන්න.
cli-recovery-sheet-english = පත්‍රය ඉංග්‍රීසියෙන් ඇත: Carnet ට තවම ඔබේ භාෂාවේ අකුරු එහි නිවැරදිව ඇඳිය නොහැක.
cli-recovery-sheet-replaced = ඔබ කලින් මුද්‍රණය කළ ඕනෑම පත්‍රයක් තවදුරටත් ක්‍රියා නොකරයි. එය විනාශ කරන්න.
cli-recover-done = { $count ->
    [one] ඔබේ සටහන් පොත මෙම උපාංගයට ආපසු පැමිණ ඇත: සටහන් { $count }.
   *[other] ඔබේ සටහන් පොත මෙම උපාංගයට ආපසු පැමිණ ඇත: සටහන් { $count }.
}
cli-passphrase-sheet-updated = ඔබේ ප්‍රතිසාධන පත්‍රය ඔබේ නව මුරපදය සමඟ තවමත් ක්‍රියා කරයි.
cli-passphrase-sheet-not-updated = ඔබේ ප්‍රතිසාධන පත්‍රය සර්වරයේ යාවත්කාලීන කළ නොහැකි විය. ඔබ නව එකක් මුද්‍රණය කරන තුරු, එයට ඔබේ පැරණි මුරපදය අවශ්‍යයි. ඔබ සම්බන්ධ වූ විට නව පත්‍රයක් මුද්‍රණය කරන්න: carnet recovery-sheet --out sheet.pdf

## The printed sheet. Keep these short: they must fit on one page.
## They are drawn without a shaping engine: in a language whose letters
## join or change shape (Arabic, Persian, Hindi…), the sheet is printed in
## English.

cli-sheet-title = Carnet ප්‍රතිසාධන පත්‍රය
cli-sheet-made = { $date } සාදන ලදී
cli-sheet-hub = සර්වරය: { $hub }
cli-sheet-words = ඔබේ වචන 12
cli-sheet-instructions =
    මෙම කඩදාසිය ආරක්ෂිතව තබා ගන්න. එය සහ ඔබේ මුරපදය සමඟ ඔබට නව දුරකථනයක ඔබේ සටහන් පොත ආපසු ලබා ගත හැක:
    1. නව දුරකථනයට Carnet දමා සටහන් පොතක් ආපසු ලබා ගැනීම තෝරන්න.
    2. හතරැස් කේතය ස්කෑන් කරන්න, නැතහොත් වචන 12 සහ සර්වර ලිපිනය ටයිප් කරන්න.
    3. ඔබේ මුරපදය ටයිප් කරන්න. සටහන් පොත සර්වරයෙන් ආපසු පැමිණේ.
    පරිගණකයක: carnet recover --sheet photo.jpg
cli-sheet-warning = මෙම කඩදාසිය පමණක් ඔබේ සටහන් පොත විවෘත නොකරයි: ඔබේ මුරපදයද අවශ්‍යයි. ඒවා එකට තබා නොගන්න. ඔබ නව පත්‍රයක් මුද්‍රණය කළහොත්, මෙය තවදුරටත් ක්‍රියා නොකරයි.
