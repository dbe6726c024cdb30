# Review status: machine-drafted, needs review by a native speaker.

## Finding the standard name (on the add and change screens)

app-esco-find = Գտնել ստանդարտ անունը (ESCO)
app-esco-find-hint = Մուտքագրեք մի քանի տառ, օրինակ՝ «եռակց»
app-esco-why = Այլ երկրների գործատուները գիտեն այս անունները։ Ընտրեք այն, որը ամենամոտն է ձեր արածին։
app-esco-none = Ստանդարտ անուն չգտնվեց։ Փորձեք այլ բառեր կամ ավելի կարճ բառ։
app-esco-english = Անգլերեն՝ { $english }
app-esco-linked = Ստանդարտ անուն
app-esco-unlink = Հեռացնել
app-esco-choose = Ընտրել
app-esco-searching = Որոնում…
app-esco-kind-skill = Հմտություն
app-esco-kind-occupation = Աշխատանք

## Comparing with a job

app-match = Աշխատանքներ ինձ համար
app-match-title = Աշխատանքներ ինձ համար
app-match-intro = Ընտրեք աշխատանք՝ տեսնելու, թե դրա որ հմտություններն է ցույց տալիս ձեր մատյանը, և որոնք են պակասում։
app-match-find = Գտնել աշխատանք
app-match-chosen = Ձեր ընտրած աշխատանքը
app-match-find-hint = Օրինակ՝ «խոհարար» կամ «եռակցող»
app-match-fit = Իմ մատյանին համապատասխան աշխատանքներ
app-match-fit-none = Ձեր գրառումներից ոչ մեկը դեռ ստանդարտ անուն չունի։ Նախ ավելացրեք այն գրառմանը՝ Փոխել, ապա «Գտնել ստանդարտ անունը»։
app-match-fit-line = { $covered }-ը { $total } հիմնական հմտությունից ({ $percent }%)
app-match-summary = { $total ->
    [0] Այս աշխատանքը ESCO-ում հիմնական հմտություններ չունի։
   *[other] Ձեր մատյանը ցույց է տալիս դրա { $total } հիմնական հմտություններից { $covered }-ը։
}
app-match-essential = Հիմնական հմտություններ
app-match-optional = Այլ օգտակար հմտություններ
app-match-endorsed = Ստորագրված
app-match-self-declared = Ձեր խոսքով
app-match-missing = Պակասում է
app-match-maybe = Սա ձեր «{ $title }» գրառո՞ւմն է
app-match-link = Այո, կապել
app-match-other-job = Այլ աշխատանք

## Choosing what to show for a stage of the journey (present screen)

app-stage-template = Ընտրել այս փուլի համար
app-stage-template-hint = Carnet-ը նշում է այն, ինչ կարևոր է այս փուլում։ Կարող եք փոխել։
app-stage-target = Աշխատանքը, որին դիմում եք (կարող եք բաց թողնել)
