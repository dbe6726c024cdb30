# Review status: machine-drafted, needs review by a native speaker.

## Settings

app-pin-title = Кушодан бо PIN
app-pin-intro = PIN рақами кӯтоҳест, ки дафтарчаи шуморо танҳо дар ҳамин дастгоҳ мекушояд. Рамзи шумо ҳамчунон кор мекунад, ва дастгоҳҳои дигар ба он ҳанӯз ниёз доранд.
app-pin-unavailable = Ин дастгоҳ ҷои бехатар барои нигоҳ доштани PIN надорад. Дафтарчаи худро бо рамзи худ кушоед.
app-pin-on = PIN дафтарчаи шуморо дар ин дастгоҳ мекушояд.
app-pin-new = PIN-и нав (аз 6 то 12 рақам)
app-pin-again = PIN-ро боз нависед
app-pin-set = Ин PIN-ро истифода баред
app-pin-set-done = PIN-и шумо тайёр аст. Дафъаи оянда дафтарчаатонро бо он кушоед.
app-pin-remove = Дигар PIN истифода набурдан
app-pin-removed = PIN хомӯш шуд. Дафтарчаи худро бо рамзи худ кушоед.
app-pin-mismatch = Ду PIN якхела нестанд. Онҳоро боз нависед.

## Unlock

app-pin = PIN
app-pin-unlock = Кушодан бо PIN-и ман
app-pin-use-passphrase = Ба ҷои он рамзамро истифода барам
app-pin-use-pin = PIN-и худро истифода барам

## Errors: the logbook stays locked, nothing is lost

error-pin-format = PIN аз 6 то 12 рақам дорад, ва дигар ҳеҷ чиз.
error-pin-wrong = Ин PIN дуруст нест. { $left ->
   *[other] Боз { $left } кӯшиш, баъд ба рамзи худ ниёз доред.
}
error-pin-locked = PIN бисёр бор хато навишта шуд, бинобар ин PIN хомӯш шуд. Дафтарчаи худро бо рамзи худ кушоед. Баъд метавонед PIN-и нав созед.
error-pin-none = Дар ин дастгоҳ PIN нест. Дафтарчаи худро бо рамзи худ кушоед.
error-pin-keystore = Анбори бехатари ин дастгоҳ ҷавоб надод, бинобар ин ҳоло PIN-ро истифода бурдан мумкин нест. Дафтарчаи худро бо рамзи худ кушоед.
