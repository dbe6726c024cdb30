# Review status: machine-drafted, needs review by a native speaker.

## First run: choosing a language

app-choose-language = Забони худро интихоб кунед
app-continue = Идома

## First run: making a passphrase

app-create-title = Дафтарчаи худро ҳифз кунед
app-create-intro = Рамз интихоб кунед. Онро танҳо шумо медонед. Carnet ҳар дафъае, ки дафтарчаатонро мекушоед, онро мепурсад.
app-passphrase = Рамз
app-passphrase-again = Боз як бор нависед
app-passphrase-show = Нишон додан
app-passphrase-hide = Пинҳон кардан
app-strength-too-short = Хеле кӯтоҳ: ақаллан { $min } аломат истифода баред.
app-strength-weak = Заиф: чанд калима дар як ҷо осонтар дар ёд мемонад ва душвортар тахмин карда мешавад.
app-strength-fair = Хуб. Рамзи дарозтар боз ҳам бехатартар аст.
app-strength-strong = Қавӣ.
app-passphrase-mismatch = Ду рамз якхела нестанд. Онҳоро боз нависед.
app-create = Дафтарчаи маро созед
app-working = Лутфан, интизор шавед…
app-back = Бозгашт

## Unlock

app-unlock-title = Дафтарчаи худро кушоед
app-unlock = Кушодан
app-lock = Қулф кардан

## The logbook

app-logbook-title = Дафтарчаи ман
app-logbook-empty = Дафтарчаи шумо холӣ аст. Коре, ки аз дастатон меояд, илова кунед.
app-add = Илова
app-kind-skill = Маҳоратҳо
app-kind-qualification = Ҳуҷҷатҳои таҳсил
app-kind-experience = Таҷрибаи корӣ
app-kind-language = Забонҳо
app-kind-learning = Курсҳо
app-self-declared = Бо гуфтаи худам
app-show-more = { $count ->
   *[other] Боз { $count } нишон додан
}
app-endorsed = Тасдиқшуда

## Adding an entry

app-add-title = Илова ба дафтарчаи ман
app-add-kind = Ин чист?
app-add-title-label = Ном
app-add-title-hint = Масалан: Кафшергарӣ, Ронандагии мошини боркаш, Арабӣ
app-add-level = Сатҳ
app-level-none = Бе сатҳ
app-level-basic = Ибтидоӣ
app-level-intermediate = Миёна
app-level-advanced = Пешрафта
app-level-expert = Устод
app-level-eqf = Сатҳи { $level }
app-save = Нигоҳ доштан
app-cancel = Бекор кардан

## Moving around

app-settings = Танзимот
app-sync = Ҳамоҳангсозӣ
app-edit = Тағйир
app-remove = Хориҷ кардан

## The logbook: search and filter

app-search = Ҷустуҷӯ
app-search-hint = Калимае нависед, масалан: кафшер
app-stage-filter = Марҳилаи сафари шумо
app-stage-any = Ҳамаи марҳилаҳо
app-stage-recruitment = Ба кор қабул
app-stage-pre-departure = Пеш аз рафтан
app-stage-arrival = Расидан
app-stage-career = Кор
app-stage-return = Бозгашт
app-search-none = Ҳеҷ чиз ёфт нашуд. Калима ё марҳилаи дигарро санҷед.

## Changing and removing an entry

app-edit-title = Тағйири ин сабт
app-stages = Марҳилаҳои сафари шумо
app-remove-confirm = «{ $title }» аз дафтарчаатон хориҷ карда шавад? Инро баргардонидан мумкин нест.
app-remove-yes = Ҳа, хориҷ кунед

## Settings

app-settings-title = Танзимот
app-settings-language = Забон
app-settings-lock = Қулф шудан пас аз
app-lock-minutes = { $minutes ->
   *[other] { $minutes } дақиқа бе истифода
}
app-settings-passphrase = Тағйири рамз
app-passphrase-current = Рамзи ҳозира
app-passphrase-new = Рамзи нав
app-passphrase-change = Тағйири рамз
app-passphrase-changed = Рамзи шумо тағйир ёфт. Аз ин пас рамзи навро истифода баред.
app-about = Дар бораи Carnet
app-locked-idle = Carnet дафтарчаи шуморо қулф кард, зеро муддате касе аз он истифода набурд. Онро бо рамзи худ боз кушоед.

## Sync with a hub

app-sync-title = Ҳамоҳангсозӣ бо сервер
app-sync-intro = Сервер нусхаи қулфшудаи дафтарчаи шуморо нигоҳ медорад, то шумо онро дар телефони дигар ҳам истифода баред. Сервер онро хонда наметавонад.
app-hub-address = Суроғаи сервер
app-hub-address-hint = Масалан: https://hub.example.org
app-hub-save = Нигоҳ доштани суроға
app-sync-now = Ҳозир ҳамоҳанг кардан
app-sync-never = Ҳоло ҳамоҳанг нашудааст.
app-sync-last = Ҳамоҳангсозии охирин: { $when }
app-sync-pending = { $count ->
    [0] Ҳеҷ чиз интизори фиристодан нест.
   *[other] { $count } тағйирот интизори фиристодан аст.
}
app-sync-sending = Фиристодан
app-sync-receiving = Гирифтан
app-sync-photos = Аксҳо
app-sync-done = Ҳамоҳангсозӣ анҷом ёфт.

## Errors of the app (the logbook's own errors are in errors.ftl)

error-locked = Дафтарчаи шумо қулф аст. Онро бо рамзи худ кушоед, баъд боз кӯшиш кунед.
error-unknown-language = Carnet забони { $tag }-ро надорад. Аз рӯйхат якеро интихоб кунед.

## Settings: how the screens look

app-settings-display = Намуди Carnet
app-high-contrast = Тафовути қавӣ (сиёҳ дар сафед)
app-text-size = Андозаи матн
app-text-size-percent = { $percent }%

## Read aloud

app-read-aloud = Гӯш кардан

## Two languages at once

app-dual-language = Инчунин нишон додан бо
app-dual-none = Бе забони дуюм
