# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Ընտրեք ձեր լեզուն
app-continue = Շարունակել

## First run: making a passphrase

app-create-title = Պաշտպանեք ձեր մատյանը
app-create-intro = Ընտրեք գաղտնաբառ։ Միայն դուք եք այն իմանում։ Carnet-ը այն կհարցնի ամեն անգամ, երբ բացեք ձեր մատյանը։
app-passphrase = Գաղտնաբառ
app-passphrase-again = Մուտքագրեք կրկին
app-passphrase-show = Ցույց տալ
app-passphrase-hide = Թաքցնել
app-strength-too-short = Շատ կարճ է․ օգտագործեք առնվազն { $min } նիշ։
app-strength-weak = Թույլ է․ մի քանի բառ միասին ավելի հեշտ է հիշել և ավելի դժվար՝ գուշակել։
app-strength-fair = Լավ է։ Ավելի երկարը նույնիսկ ավելի ապահով է։
app-strength-strong = Ուժեղ է։
app-passphrase-mismatch = Երկու գաղտնաբառերը նույնը չեն։ Մուտքագրեք կրկին։
app-create = Ստեղծել իմ մատյանը
app-working = Խնդրում ենք սպասել…
app-back = Հետ

## Unlock

app-unlock-title = Բացեք ձեր մատյանը
app-unlock = Բացել
app-lock = Կողպել

## The logbook

app-logbook-title = Իմ մատյանը
app-logbook-empty = Ձեր մատյանը դատարկ է։ Ավելացրեք մի բան, որ կարող եք անել։
app-add = Ավելացնել
app-kind-skill = Հմտություններ
app-kind-qualification = Որակավորումներ
app-kind-experience = Աշխատանքային փորձ
app-kind-language = Լեզուներ
app-kind-learning = Դասընթացներ
app-self-declared = Իմ խոսքով
app-show-more = { $count ->
    [one] Ցույց տալ ևս 1-ը
   *[other] Ցույց տալ ևս { $count }-ը
}
app-endorsed = Հաստատված

## Adding an entry

app-add-title = Ավելացնել իմ մատյանում
app-add-kind = Ի՞նչ է սա
app-add-title-label = Անուն
app-add-title-hint = Օրինակ՝ եռակցում, բեռնատար վարել, արաբերեն
app-add-level = Մակարդակ
app-level-none = Առանց մակարդակի
app-level-basic = Սկզբնական
app-level-intermediate = Միջին
app-level-advanced = Բարձր
app-level-expert = Փորձագետ
app-level-eqf = Մակարդակ { $level }
app-save = Պահել
app-cancel = Չեղարկել

## Moving around

app-settings = Կարգավորումներ
app-sync = Համաժամեցում
app-edit = Փոխել
app-remove = Հեռացնել

## The logbook: search and filter

app-search = Որոնում
app-search-hint = Մուտքագրեք բառ, օրինակ՝ եռակց
app-stage-filter = Ձեր ճանապարհի փուլը
app-stage-any = Բոլոր փուլերը
app-stage-recruitment = Աշխատանքի ընդունում
app-stage-pre-departure = Մեկնելուց առաջ
app-stage-arrival = Ժամանում
app-stage-career = Աշխատանք
app-stage-return = Վերադարձ
app-search-none = Ոչինչ չի համապատասխանում։ Փորձեք այլ բառ կամ այլ փուլ։

## Changing and removing an entry

app-edit-title = Փոխել այս գրառումը
app-stages = Ձեր ճանապարհի փուլերը
app-remove-confirm = Հեռացնե՞լ «{ $title }»-ը ձեր մատյանից։ Սա հնարավոր չէ հետ վերադարձնել։
app-remove-yes = Այո, հեռացնել

## Settings

app-settings-title = Կարգավորումներ
app-settings-language = Լեզու
app-settings-lock = Կողպել
app-lock-minutes = { $minutes ->
    [one] { $minutes } րոպե չօգտագործելուց հետո
   *[other] { $minutes } րոպե չօգտագործելուց հետո
}
app-settings-passphrase = Փոխել գաղտնաբառը
app-passphrase-current = Ներկայիս գաղտնաբառը
app-passphrase-new = Նոր գաղտնաբառ
app-passphrase-change = Փոխել գաղտնաբառը
app-passphrase-changed = Ձեր գաղտնաբառը փոխված է։ Այսուհետ օգտագործեք նորը։
app-about = Carnet-ի մասին
app-locked-idle = Carnet-ը կողպեց ձեր մատյանը, քանի որ որոշ ժամանակ ոչ ոք այն չէր օգտագործում։ Բացեք այն կրկին ձեր գաղտնաբառով։

## Sync with a hub

app-sync-title = Համաժամեցում սերվերի հետ
app-sync-intro = Սերվերը պահում է ձեր մատյանի կողպված պատճենը, որպեսզի այն օգտագործեք նաև այլ հեռախոսում։ Սերվերը չի կարող այն կարդալ։
app-hub-address = Սերվերի հասցե
app-hub-address-hint = Օրինակ՝ https://hub.example.org
app-hub-save = Պահել հասցեն
app-sync-now = Համաժամեցնել հիմա
app-sync-never = Դեռ համաժամեցված չէ։
app-sync-last = Վերջին համաժամեցումը՝ { $when }
app-sync-pending = { $count ->
    [0] Ուղարկելու ոչինչ չկա։
    [one] { $count } փոփոխություն սպասում է ուղարկման։
   *[other] { $count } փոփոխություն սպասում է ուղարկման։
}
app-sync-sending = Ուղարկվում է
app-sync-receiving = Ստացվում է
app-sync-photos = Լուսանկարներ
app-sync-done = Համաժամեցումն ավարտվեց։

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Ձեր մատյանը կողպված է։ Բացեք այն ձեր գաղտնաբառով, ապա նորից փորձեք։
error-unknown-language = Carnet-ը չունի { $tag } լեզուն։ Ընտրեք ցուցակից։

## Settings: how the screens look

app-settings-display = Carnet-ի տեսքը
app-high-contrast = Ուժեղ հակադրություն (սև սպիտակի վրա)
app-text-size = Տեքստի չափը
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Լսել

## Two languages at once

app-dual-language = Ցույց տալ նաև
app-dual-none = Առանց երկրորդ լեզվի
