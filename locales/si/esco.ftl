# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = මෙම සේවාව යුරෝපීය කොමිසමේ ESCO වර්ගීකරණය භාවිත කරයි.
esco-attribution-version = { esco-attribution } ESCO v{ $version }, අනුවර්තනය කළා: අන්තර්ජාලය නොමැතිව භාවිතයට පරිවර්තනය කළ කොටසක්.

## Help

cli-cmd-esco = කුසලතා සහ වෘත්තිවල යුරෝපීය ලැයිස්තුව වන ESCO හි, අන්තර්ජාලය නොමැතිව, කුසලතා සහ වෘත්ති සොයන්න.
cli-cmd-esco-search = ESCO කුසලතා සහ වෘත්ති ඒවායේ නම්වලින් සොයන්න, ඔබේ භාෂාවෙන් හෝ ඉංග්‍රීසියෙන්. කුඩා ටයිප් දෝෂ සමාව දෙනු ලැබේ.
cli-cmd-match = ඔබේ සටහන් පොත වෘත්තියක් සමඟ සසඳන්න: එහි කුසලතාවලින් ඔබට ඇත්තේ මොනවාද, තවම නැත්තේ මොනවාද.
cli-arg-esco-text = සෙවිය යුතු වචන, උදාහරණ "welding" හෝ "carpenter".
cli-arg-esco-kind = skill (කුසලතාව) පමණක් හෝ occupation (වෘත්තිය) පමණක්.
cli-arg-esco-limit = පෙන්විය යුතු උපරිම ප්‍රතිඵල ගණන. පෙරනිමිය 10.
cli-arg-esco-taxonomy = Carnet සමඟ එන එක වෙනුවට භාවිත කළ යුතු ESCO දත්ත ගොනුව.
cli-arg-match-occupation = ESCO වෘත්තිය: එහි ලිපිනය (http://data.europa.eu/esco/occupation/…) හෝ එහි අවසානයේ ඇති කේතය.
cli-arg-match-rank = ඒ වෙනුවට, ඔබේ සටහන් පොත අත්‍යවශ්‍ය කුසලතා හොඳින්ම ආවරණය කරන වෘත්ති 10 පෙන්වන්න.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = ඔබේ ගමනේ එක් අදියරකදී ඔබේ කුමන සටහන් වැදගත්ද, ඇයිද යන්න පෙන්වන්න. recruitment සඳහා, ඔබ ඉල්ලුම් කරන රැකියාව නම් කළ හැක.
cli-arg-stage-view-stage = අදියර: recruitment, pre-departure, arrival, career හෝ return.
cli-arg-stage-view-occupation = recruitment සඳහා: ඔබ ඉල්ලුම් කරන රැකියාව, එහි ESCO ලිපිනය (http://data.europa.eu/esco/occupation/…) හෝ එහි අවසානයේ ඇති කේතය ලෙස.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = කුසලතාව
esco-kind-occupation = වෘත්තිය
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = “{ $text }” ට ගැළපෙන ESCO කුසලතාවක් හෝ වෘත්තියක් නැත.
esco-match-summary = { $total ->
    [0] ESCO හි මෙම වෘත්තියට අත්‍යවශ්‍ය කුසලතා නැත.
   *[other] ඔබේ සටහන් පොත එහි අත්‍යවශ්‍ය කුසලතා { $total } න් { $covered } ක් ආවරණය කරයි.
}
esco-match-essential = අත්‍යවශ්‍ය කුසලතා:
esco-match-optional = විකල්ප කුසලතා:
esco-coverage-endorsed = තහවුරු කළ
esco-coverage-self-declared = ඔබ කියූ
esco-coverage-missing = නැත
esco-match-maybe = සමහර විට ඔබේ සටහන “{ $title }” ({ $id })?
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ඔබේ කිසිදු සටහනකට තවම ESCO කුසලතාවක් නැත. carnet add skill --title … --esco ADDRESS මඟින් එකක් එක් කරන්න (carnet esco search මඟින් ලිපිනය සොයන්න).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] { $stage } සඳහා, මෙම සටහන වැදගත්:
   *[other] { $stage } සඳහා, මෙම සටහන් { $count } වැදගත්:
}
stage-view-none = ඔබේ කිසිදු සටහනක් තවම { $stage } සඳහා වැදගත් නැත. මෙම අදියරෙන් සටහන් සලකුණු කරන්න: carnet edit ID --set stages={ $stage }
stage-view-present = ඒවා QR කේතයක් ලෙස පෙන්වීමට: { $command }
stage-why-target-essential = මෙම රැකියාවට ප්‍රධාන කුසලතාවක්
stage-why-target-optional = මෙම රැකියාවට ප්‍රයෝජනවත්
stage-why-target-maybe = මෙම රැකියාවේ කුසලතාවකට ගැළපිය හැක
stage-why-marked = ඔබ එය මෙම අදියර සඳහා සලකුණු කළා
stage-why-abroad = විදේශයක ඉගෙන ගත් හෝ කළ
stage-why-endorsed = අත්සන් කළ
stage-why-qualification = ඩිප්ලෝමාවක් හෝ සහතිකයක්
stage-why-language = භාෂාවක්
stage-why-experience = ඔබ කළ රැකියාවක්
stage-why-learning = පාඨමාලාවක්
stage-why-skill = කුසලතාවක්
