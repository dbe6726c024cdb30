# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Ёфтани номи стандартӣ (ESCO)
app-esco-find-hint = Чанд ҳарф нависед, масалан «кафшер»
app-esco-why = Корфармоён дар кишварҳои дигар ин номҳоро медонанд. Номеро, ки ба кори шумо наздиктар аст, интихоб кунед.
app-esco-none = Номи стандартӣ ёфт нашуд. Калимаҳои дигар ё калимаи кӯтоҳтарро санҷед.
app-esco-english = Бо англисӣ: { $english }
app-esco-linked = Номи стандартӣ
app-esco-unlink = Хориҷ кардан
app-esco-choose = Интихоб
app-esco-searching = Ҷустуҷӯ…
app-esco-kind-skill = Маҳорат
app-esco-kind-occupation = Касб

## Comparing with a job

app-match = Корҳо барои ман
app-match-title = Корҳо барои ман
app-match-intro = Касберо интихоб кунед, то бинед, ки дафтарчаи шумо кадом маҳоратҳои онро нишон медиҳад ва кадомаш намерасад.
app-match-find = Ёфтани касб
app-match-chosen = Касбе, ки интихоб кардед
app-match-find-hint = Масалан «ошпаз» ё «кафшергар»
app-match-fit = Касбҳое, ки ба дафтарчаи ман мувофиқанд
app-match-fit-none = Ҳоло ягон сабти шумо номи стандартӣ надорад. Аввал ба як сабт ном диҳед: Тағйир, баъд «Ёфтани номи стандартӣ».
app-match-fit-line = { $covered } аз { $total } маҳорати асосӣ ({ $percent }%)
app-match-summary = { $total ->
    [0] Ин касб дар ESCO маҳорати асосӣ надорад.
   *[other] Дафтарчаи шумо { $covered }-то аз { $total } маҳорати асосии онро нишон медиҳад.
}
app-match-essential = Маҳоратҳои асосӣ
app-match-optional = Дигар маҳоратҳои муфид
app-match-endorsed = Имзошуда
app-match-self-declared = Бо гуфтаи шумо
app-match-missing = Намерасад
app-match-maybe = Оё ин сабти шумо «{ $title }» аст?
app-match-link = Ҳа, пайваст кунед
app-match-other-job = Касби дигар

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Интихоб барои ин марҳила
app-stage-template-hint = Carnet он чизеро, ки дар ин марҳила муҳим аст, қайд мекунад. Шумо метавонед онро тағйир диҳед.
app-stage-target = Касбе, ки барои он ариза медиҳед (метавонед гузаред)
