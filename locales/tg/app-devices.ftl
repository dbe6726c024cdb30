# Review status: machine-drafted, needs review by a native speaker.

## Sync screen: adding another device (this device has the logbook)

app-pair-title = Илова кардани дастгоҳи дигар
app-pair-intro = Дафтарчаи худро ба телефон ё компютери дигари худ гузоред. Ҳар ду дастгоҳ ба сервер ниёз доранд.
app-pair-start = Илова кардани дастгоҳи дигар
app-pair-passphrase = Барои илова кардани дастгоҳ, рамзи худро нависед.
app-pair-show = Нишон додани код
app-pair-scan = Дар дастгоҳи нав «Пайвастан ба дафтарча»-ро интихоб кунед, баъд ин коди квадратиро скан кунед ё матни зери онро нависед.
app-pair-qr-alt = Коди квадратӣ барои скан бо дастгоҳи нав
app-pair-code-label = Код ҳамчун матн
app-pair-expires = Ин код боз { $time } кор мекунад.
app-pair-waiting = Интизори дастгоҳи нав…
app-pair-request = «{ $name }» дафтарчаи шуморо мехоҳад.
app-pair-compare = Оё дастгоҳи нав ҳамин кодро нишон медиҳад?
app-pair-approve = Ҳа, иҷозат додан
app-pair-refuse = Не
app-pair-approved = Акнун «{ $name }» дафтарчаи шуморо дорад. Пас аз ҳамоҳангсозӣ дар рӯйхати дастгоҳҳо пайдо мешавад.
app-pair-refused = Шумо «не» гуфтед. «{ $name }» ҳеҷ чиз нагирифт.
app-pair-again = Нишон додани коди нав

## Sync screen: the devices of this logbook

app-devices-title = Дастгоҳҳои шумо
app-devices-none = Ҳоло ягон дастгоҳ ин дафтарчаро ҳамоҳанг накардааст. Ҳамоҳанг кунед, ва ин дастгоҳ дар ин ҷо пайдо мешавад.
app-devices-this = Ин дастгоҳ
app-devices-added = Илова шуд { $date }
app-devices-removed = Хориҷ шуд { $date }
app-devices-remove = Хориҷ кардан
app-devices-remove-confirm = «{ $name }» хориҷ карда шавад? Инро вақте истифода баред, ки телефон гум шудааст, фурӯхта ё ба касе дода шудааст.
app-devices-remove-consequences = Он чизеро, ки дорад, нигоҳ медорад, аммо аз ин пас чизеро, ки шумо илова мекунед, гирифта наметавонад. Дафтарчаи шумо калиди нав мегирад, ва дастгоҳҳои дигари шумо онро ҳангоми ҳамоҳангсозӣ мегиранд. Барои боз истифода бурдани он дастгоҳ, онро аз нав илова кунед.
app-devices-remove-yes = Ҳа, хориҷ кунед
app-devices-removed-done = «{ $name }» хориҷ шуд. Акнун дафтарчаи шумо калиди нав дорад, ки он дастгоҳ надорад.
app-devices-new-sheet = Варақаи барқарорсозии шумо калиди кӯҳна дорад. Ҳозир дар Танзимот варақаи нав созед ва варақаи кӯҳнаро нобуд кунед.

## First run: another way to start

app-start-other = Оё шумо аллакай дафтарча доред?
app-start-join = Пайвастан аз дастгоҳи дигар
app-start-recover = Барқарор кардан бо варақа

## First run: joining a logbook from another device

app-join-title = Пайвастан ба дафтарча
app-join-intro = Дар дастгоҳи дигари худ Ҳамоҳангсозиро кушоед ва «Илова кардани дастгоҳи дигар»-ро интихоб кунед. Он кодеро нишон медиҳад.
app-join-code = Код (бо CNP1: сар мешавад)
app-join-code-hint = Кодро ин ҷо гузоред ё нависед
app-join-picture = Кушодани акси код
app-join-name = Номи ин дастгоҳ
app-join-name-default = Дастгоҳи нави ман
app-join-passphrase = Барои ин дастгоҳ рамз интихоб кунед
app-join-send = Идома
app-join-check = Дастгоҳи дигари шумо бояд ҳамин кодро нишон диҳад. Дар он ҷо иҷозат диҳед.
app-join-waiting = Интизори иҷозати дастгоҳи дигари шумо…
app-join-copying = Нусхабардории дафтарчаи шумо…

## First run: recovering a logbook with a recovery sheet

app-recover-title = Барқарор кардани дафтарча
app-recover-intro = Варақаи барқарорсозӣ ва рамзи худро истифода баред. Carnet дафтарчаи шуморо аз сервер бармегардонад.
app-recover-by-words = Навиштани 12 калима
app-recover-by-code = Истифодаи коди квадратӣ
app-recover-words = 12 калима, бо тартиб
app-recover-words-hint = калима1 калима2 калима3 …
app-recover-hub = Суроғаи сервер дар варақа
app-recover-code = Матни коди квадратӣ (бо CNS1: сар мешавад)
app-recover-picture = Кушодани акси варақа
app-recover-passphrase = Рамзи шумо (ҳамон ки пештар истифода мебурдед)
app-recover-start = Дафтарчаи маро барқарор кунед

## Reading a square code from a picture

app-picture-read = Код аз акс хонда шуд.
app-scan-camera = Скан бо камера
error-camera-scan = Ҳеҷ код хонда нашуд. Агар Carnet ба камера иҷозат надошта бошад, дар танзимоти телефон иҷозат диҳед. Инчунин метавонед акси кодро кушоед.

## Settings: the recovery sheet

app-sheet-title = Варақаи барқарорсозӣ
app-sheet-intro = Варақаи барқарорсозӣ коғазест бо 12 калима ва коди квадратӣ. Агар ин телефонро гум кунед, варақа ва рамзи шумо дафтарчаро ба телефони нав бармегардонанд. Варақаро дар ҷои бехатар, дур аз телефон нигоҳ доред. Рамзи худро бо он якҷо нигоҳ надоред.
app-sheet-replaces = Варақаи нав ҷои варақаи кӯҳнаро мегирад: варақаи кӯҳна дигар кор намекунад.
app-sheet-needs-hub = Варақа серверро истифода мебарад. Аввал дар экрани Ҳамоҳангсозӣ суроғаи серверро гузоред.
app-sheet-passphrase = Барои сохтани варақа рамзи худро нависед
app-sheet-format = Нигоҳ доштан ҳамчун
app-sheet-pdf = PDF, барои чоп
app-sheet-png = Акс
app-sheet-make = Сохтани варақаи барқарорсозӣ
app-sheet-saved = Варақаи барқарорсозии шумо дар { $path } нигоҳ дошта шуд. Онро чоп кунед ё калимаҳои зеринро нависед, ва коғазро бехатар нигоҳ доред.
app-sheet-english = Варақа бо забони англисӣ аст: Carnet ҳоло ҳарфҳои забони шуморо дар он кашида наметавонад.
app-sheet-words = 12 калимаи шумо

## Settings: export and import

app-export-title = Содирот ва воридот
app-export-intro = Содирот тамоми дафтарчаи шуморо дар як файл нигоҳ медорад, то онро нигоҳ доред ё ба касе, ки худатон интихоб мекунед, диҳед.
app-export-consent = Ин файл дафтарчаи шуморо дар шакли хонданӣ дорад: он бо рамзи шумо қулф нест. Ҳар касе, ки файлро гирад, ҳама чизи онро хонда метавонад. Аксҳо дар файл нестанд.
app-export-agree = Фаҳмидам. Файлро нигоҳ доред
app-export = Содирот
app-export-saved = { $count ->
   *[other] { $count } сабт дар { $path } нигоҳ дошта шуд.
}
app-import-intro = Воридот он чизеро, ки дар файли содиршуда ҳаст, ба ин дафтарча илова мекунад. Аз дафтарчаи шумо ҳеҷ чиз нест карда намешавад.
app-import = Ворид кардани файл
app-import-added = { $count ->
    [0] Сабти нав нест.
   *[other] { $count } сабти нав илова шуд.
}
app-import-updated = { $count ->
    [0] Ҳеҷ сабт тағйир наёфт.
   *[other] { $count } сабт тағйир ёфт.
}
app-import-unchanged = { $count ->
    [0] Ҳеҷ сабт аллакай якхела набуд.
   *[other] { $count } сабт аллакай якхела буд.
}
app-import-profile = Профили шумо навсозӣ шуд.
app-import-missing-photos = { $count ->
   *[other] { $count } акс, ки дар файл номбар шудааст, дар ин дастгоҳ нест.
}

## Settings: after a passphrase change

app-passphrase-sheet-updated = Варақаи барқарорсозии шумо бо рамзи нав ҳанӯз кор мекунад.
app-passphrase-sheet-not-updated = Варақаи барқарорсозии шумо дар сервер навсозӣ нашуд. То вақте ки варақаи нав насозед, ба он рамзи кӯҳна лозим аст. Вақте пайваст шудед, варақаи нав созед.

## This device's name

app-device-name = Номи ин дастгоҳ
app-device-name-hint = Номе, ки дастгоҳҳои дигари шумо барои ин дастгоҳ нишон медиҳанд, масалан «Телефони Амина».
app-device-name-saved = Нигоҳ дошта шуд. Дастгоҳҳои дигари шумо онро пас аз ҳамоҳангсозии ин дастгоҳ нишон медиҳанд.
