# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = معیاري نوم ومومئ (ESCO)
app-esco-find-hint = څو توري ولیکئ، د بېلګې په توګه «ویلډ»
app-esco-why = په نورو هېوادونو کې کارګمارونکي دا نومونه پېژني. هغه وټاکئ چې ستاسو کار ته تر ټولو نږدې وي.
app-esco-none = معیاري نوم ونه موندل شو. نورې کلمې یا لنډه کلمه وازمویئ.
app-esco-english = په انګرېزي: { $english }
app-esco-linked = معیاري نوم
app-esco-unlink = لرې کول
app-esco-choose = ټاکل
app-esco-searching = لټول کېږي…
app-esco-kind-skill = مهارت
app-esco-kind-occupation = دنده

## Comparing with a job

app-match = زما لپاره دندې
app-match-title = زما لپاره دندې
app-match-intro = یوه دنده وټاکئ څو وګورئ چې ستاسو کتابچه د هغې کوم مهارتونه ښیي، او کوم یې نشته.
app-match-find = دنده ومومئ
app-match-chosen = هغه دنده چې تاسو وټاکله
app-match-find-hint = د بېلګې په توګه «اشپز» یا «ویلډر»
app-match-fit = هغه دندې چې زما کتابچې سره برابرې دي
app-match-fit-none = ستاسو هېڅ ثبت تر اوسه معیاري نوم نه لري. لومړی یو ثبت ته یې ورکړئ: بدلول، بیا «معیاري نوم ومومئ».
app-match-fit-line = له { $total } اصلي مهارتونو { $covered } ({ $percent }%)
app-match-summary = { $total ->
    [0] دا دنده په ESCO کې اصلي مهارتونه نه لري.
   *[other] ستاسو کتابچه د هغې له { $total } اصلي مهارتونو { $covered } ښیي.
}
app-match-essential = اصلي مهارتونه
app-match-optional = نور ګټور مهارتونه
app-match-endorsed = لاسلیک شوی
app-match-self-declared = تاسو ویلي
app-match-missing = نشته
app-match-maybe = ایا دا ستاسو ثبت «{ $title }» دی؟
app-match-link = هو، وصل یې کړه
app-match-other-job = بله دنده

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = د دې پړاو لپاره یې وټاکئ
app-stage-template-hint = Carnet هغه څه په نښه کوي چې په دې پړاو کې مهم دي. تاسو یې بدلولای شئ.
app-stage-target = هغه دنده چې تاسو یې غوښتنه کوئ (دا پرېښودلای شئ)
