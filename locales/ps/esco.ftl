# Review status: machine-drafted, needs review by a native speaker.

## The ESCO skills and occupations taxonomy, offline: `carnet esco search`,
## `carnet match` (docs/esco.md).

esco-attribution = دا خدمت د اروپایي کمېسیون د ESCO طبقه‌بندي کاروي.
esco-attribution-version = { esco-attribution } ESCO v{ $version }، تطبیق شوې: یوه برخه چې پرته له انټرنېټ د کارولو لپاره بدله شوې.

## Help

cli-cmd-esco = په ESCO کې مهارتونه او دندې ولټوئ، د مهارتونو او دندو اروپایي لېست، پرته له انټرنېټ.
cli-cmd-esco-search = د ESCO مهارتونه او دندې د هغوی د نومونو له مخې ومومئ، په خپله ژبه یا په انګرېزي. د لیکلو کوچنۍ تېروتنې بښل کېږي.
cli-cmd-match = خپله کتابچه له یوې دندې سره پرتله کړئ: د هغې کوم مهارتونه لرئ، او کوم یې تر اوسه نه لرئ.
cli-arg-esco-text = هغه کلمې چې لټول کېږي، د بېلګې په توګه "welding" یا "carpenter".
cli-arg-esco-kind = یوازې مهارت یا یوازې دنده.
cli-arg-esco-limit = تر ټولو ډېر څو پایلې وښودل شي. په ډیفالټ ډول 10.
cli-arg-esco-taxonomy = د ESCO د معلوماتو هغه فایل چې د هغه پر ځای وکارول شي چې له Carnet سره راځي.
cli-arg-match-occupation = د ESCO دنده: د هغې پته (http://data.europa.eu/esco/occupation/…) یا د هغې په پای کې کوډ.
cli-arg-match-rank = پر ځای یې، هغه 10 دندې وښیه چې ستاسو کتابچه یې اصلي مهارتونه تر ټولو ښه پوښي.
cli-examples-esco-search =
    carnet esco search welding
    carnet esco search --lang es carpintero --kind occupation
    carnet esco search soudeur --lang fr --json
cli-cmd-stage-view = وښیئ چې ستاسو کوم ثبتونه ستاسو د سفر په یوه پړاو کې مهم دي، او ولې. د استخدام لپاره، کولای شئ د هغې دندې نوم واخلئ چې غوښتنه یې کوئ.
cli-arg-stage-view-stage = پړاو: recruitment، pre-departure، arrival، career یا return.
cli-arg-stage-view-occupation = د استخدام لپاره: هغه دنده چې غوښتنه یې کوئ، د هغې د ESCO پتې په توګه (http://data.europa.eu/esco/occupation/…) یا د هغې په پای کې کوډ.
cli-examples-stage-view =
    carnet stage-view return
    carnet stage-view recruitment --occupation 7aedaa07-3884-4c5b-88f9-80997b2aa54b
cli-examples-match =
    carnet match http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4
    carnet match --rank

## Answers

esco-kind-skill = مهارت
esco-kind-occupation = دنده
esco-label = { $label }
esco-label-translated = { $label } ({ $english })
esco-search-hit = { $kind }: { $label }  { $uri }
esco-search-none = هېڅ ESCO مهارت یا دنده له «{ $text }» سره سمون نه خوري.
esco-match-summary = { $total ->
    [0] دا دنده په ESCO کې اصلي مهارتونه نه لري.
   *[other] ستاسو کتابچه د هغې له { $total } اصلي مهارتونو { $covered } پوښي.
}
esco-match-essential = اصلي مهارتونه:
esco-match-optional = اختیاري مهارتونه:
esco-coverage-endorsed = تایید شوی
esco-coverage-self-declared = تاسو ویلي
esco-coverage-missing = نشته
esco-match-maybe = ښايي ستاسو ثبت «{ $title }» ({ $id }) وي؟
esco-rank-line = { $percent }%  { $covered }/{ $total }  { $label }  { $uri }
esco-rank-none = ستاسو هېڅ ثبت تر اوسه ESCO مهارت نه لري. یو یې په دې زیات کړئ: carnet add skill --title … --esco ADDRESS (پته د carnet esco search په مرسته ومومئ).

## Stage views: what matters at one stage of the journey

stage-view-title = { $count ->
    [one] د { $stage } لپاره، دا ثبت مهم دی:
   *[other] د { $stage } لپاره، دا { $count } ثبتونه مهم دي:
}
stage-view-none = ستاسو هېڅ ثبت تر اوسه د { $stage } لپاره مهم نه دی. ثبتونه په دې پړاو په نښه کړئ: carnet edit ID --set stages={ $stage }
stage-view-present = د QR کوډ په توګه د ښودلو لپاره: { $command }
stage-why-target-essential = د دې دندې اصلي مهارت
stage-why-target-optional = د دې دندې لپاره ګټور
stage-why-target-maybe = ښايي د دې دندې له یو مهارت سره سمون وخوري
stage-why-marked = تاسو دا د دې پړاو لپاره په نښه کړی
stage-why-abroad = په بهر کې زده شوی یا شوی
stage-why-endorsed = لاسلیک شوی
stage-why-qualification = ډیپلوم یا سند
stage-why-language = یوه ژبه
stage-why-experience = هغه کار چې تاسو کړی
stage-why-learning = یو کورس
stage-why-skill = یو مهارت
