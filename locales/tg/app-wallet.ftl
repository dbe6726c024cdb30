# Review status: machine-drafted, needs review by a native speaker.

## Moving around

app-wallet = Тасдиқҳои ман
app-present = Нишон додани маҳоратҳоям
app-verify = Санҷидани код

## Wallet

app-wallet-title = Тасдиқҳои ман
app-wallet-intro = Инҳо маҳоратҳое мебошанд, ки касе барои шумо имзо кардааст. Шумо метавонед онҳоро бо коди QR нишон диҳед.
app-wallet-empty = Ҳоло касе барои шумо маҳоратеро имзо накардааст. Аз омӯзгор, корфармо ё марказ хоҳиш кунед, ки кори шуморо тасдиқ кунад.
app-wallet-by = Имзо кард: { $name } ({ $kind }, { $country })
app-wallet-issued = Имзо шуд: { $date }
app-wallet-expires = Эътибор то { $date }
app-wallet-expired = Мӯҳлат тамом шуд: { $date }
app-wallet-no-expiry = Мӯҳлат надорад
app-wallet-damaged = Ин тасдиқ вайрон шудааст ва нишон дода намешавад. Аз шахсе, ки онро имзо кардааст, тасдиқи нав пурсед.
app-standing-valid = Санҷидашуда: имзо аз касе дар рӯйхати боварии шумо
app-standing-unknown-issuer = Имзошуда, аммо имзокунанда дар рӯйхати боварии шумо нест
app-standing-expired = Мӯҳлаташ гузаштааст
app-standing-revoked = Имзокунанда бозпас гирифт
app-standing-malformed = Вайрон

## Present: choosing what to show

app-present-title = Нишон додани маҳоратҳоям
app-present-endorsed = Касе имзо кардааст
app-present-self = Танҳо бо гуфтаи худам
app-present-self-hint = Санҷанда инҳоро ҳамчун суханони худи шумо мебинад, на ҳамчун имзошуда.
app-present-details = Аз ҳар кадом чӣ нишон дода шавад
app-present-details-all = Ҳама чиз
app-present-details-short = Танҳо ном ва сатҳ
app-present-stage = Ин барои кист?
app-present-print = Барои чоп дар коғаз (5 сол эътибор дорад)
app-present-make = Нишон додани коди QR
app-present-none = Ақаллан як чизро барои нишон додан интихоб кунед.
app-present-nothing-yet = Дафтарчаи шумо холӣ аст. Аввал чизе илова кунед.

## Present: the QR code

app-qr-title = Бигзор ин кодро скан кунанд
app-qr-expires = Ин код то { $date } кор мекунад.
app-qr-preview = Санҷанда чӣ мебинад
app-qr-preview-hide = Пинҳон кардани он чи санҷанда мебинад
app-qr-done = Тайёр
app-qr-preview-note = Санҷандае, ки ҳамон рӯйхатҳои бовариро дорад, ки ин телефон дорад, ҳаминро мебинад.

## Verify

app-verify-title = Санҷидани код
app-verify-intro = Аз коди QR-и Carnet акс гиред ё аксеро интихоб кунед. Ҳеҷ чиз ба ягон ҷо фиристода намешавад: санҷиш дар ҳамин дастгоҳ мегузарад.
app-verify-picture = Акс гирифтан ё интихоб кардан
app-verify-text = Ё матни кодро гузоред (бо CN1: сар мешавад)
app-verify-check = Санҷидан
app-verify-checking = Санҷиш…
app-verify-again = Санҷидани коди дигар

## The verdict

app-verdict-title = Натиҷа
app-verdict-made = Барои { $stage } сохта шуд, { $date }.
app-verdict-expires = Код то { $date } кор мекунад.
app-verdict-newer = Ин код бо Carnet-и навтар сохта шудааст. Барои санҷидани он Carnet-ро навсозӣ кунед.
app-item-endorsed = Имзошуда
app-item-self = Бо гуфтаи худашон
app-item-assessed = Санҷида шуд бо { $how }
app-item-hidden = { $count ->
   *[other] Шахс { $count } тафсилотро пинҳон кардааст.
}

## Errors of these screens

error-wallet-no-key = Ин дафтарча калид барои имзо надорад. Ҳеҷ чиз нишон дода нашуд. Лутфан, дар бораи ин мушкил хабар диҳед.
error-wallet-not-endorsed = «{ $title }» ҳоло аз ҷониби касе имзо нашудааст. Онро ҳамчун «танҳо бо гуфтаи худам» нишон диҳед, ё аз касе хоҳиш кунед, ки онро тасдиқ кунад.
error-wallet-credential-damaged = Тасдиқи «{ $title }» вайрон шудааст. Онро ҳамчун «танҳо бо гуфтаи худам» нишон диҳед, ё тасдиқи нав пурсед.
error-wallet-entry-unfit = «{ $title }» ба код даромада наметавонад: { $field }-и он хеле дароз аст ё шакли дуруст надорад. Сабтро тағйир диҳед ва боз кӯшиш кунед.
error-wallet-selected-twice = «{ $title }» ду бор интихоб шудааст. Онро як бор интихоб кунед.
error-wallet-nothing-chosen = Ақаллан як чизро барои нишон додан интихоб кунед.
error-wallet-too-large = Ин барои як коди QR хеле зиёд аст ({ $chars } аломат). Чизҳои камтар интихоб кунед, ё танҳо ном ва сатҳро нишон диҳед.
error-wallet-credential = Код сохта нашуд. Ҳеҷ чиз нишон дода нашуд. Лутфан, дар бораи ин мушкил хабар диҳед. (Барои ёрдамчӣ: { $reason })
error-wallet-no-code = Дар ин акс коди QR-и Carnet ёфт нашуд. Боз акс гиред, наздиктар ва равшантар, то тамоми код дар он бошад.
error-wallet-not-a-picture = Ин файл аксе нест, ки Carnet хонда тавонад. Акс (JPEG ё PNG) истифода баред.
error-wallet-picture-too-large = Акс хеле калон аст ({ $width } × { $height } пиксел). Акси хурдтар гиред ва боз кӯшиш кунед.
error-wallet-got-request = Ин дархост барои имзои маҳоратҳои касе аст, на коде, ки маҳоратҳоро нишон медиҳад. Ҳеҷ чиз санҷида нашуд.
error-wallet-trust-damaged = Рӯйхатҳои боварии шумо вайрон шудаанд ё тағйир ёфтаанд. Онҳоро боз ворид кунед. То он вақт ягон имзокунанда боэътимод ҳисоб намешавад.
error-wallet-trust-unreadable = Carnet рӯйхатҳои боварии шуморо дар { $path } хонда натавонист. Санҷед, ки дар дастгоҳ ҷой ҳаст. (Барои ёрдамчӣ: { $reason })
error-wallet-not-yours = Ин тасдиқ барои дафтарчаи шахси дигар сохта шудааст, на барои шумо. Ҳеҷ чиз нигоҳ дошта нашуд. Боварӣ ҳосил кунед, ки файли худатонро гирифтед.
error-wallet-bad-signature = Имзои ин файл мувофиқ нест: он тағйир ёфтааст ё вайрон шудааст. Ҳеҷ чиз нигоҳ дошта нашуд. Файлро боз пурсед.
error-wallet-not-a-credential = Ин файл тасдиқи имзошудаи Carnet нест. Ҳеҷ чиз нигоҳ дошта нашуд. Аз шахсе, ки имзо кардааст, файли сохтаи ӯро пурсед.
error-wallet-too-many = Дар як вақт на зиёда аз { $max } чиз пурсед. Камтар интихоб кунед.
error-wallet-not-from-request = Ин тасдиқ намегӯяд, ки кадом сабти шуморо тасдиқ мекунад. Ҳеҷ чиз нигоҳ дошта нашуд. Тасдиқи нав пурсед, ки аз коди дархости шумо сохта шуда бошад.
error-wallet-entry-gone = Ин тасдиқ сабтеро тасдиқ мекунад, ки дигар дар дафтарчаи шумо нест. Ҳеҷ чиз нигоҳ дошта нашуд. Агар онро хориҷ карда бошед, аз нусха боз илова кунед, баъд тасдиқи нав пурсед.

## Asking for a signature, and keeping it

app-request = Дархости имзо
app-request-title = Дархости имзо
app-request-intro = Ин кодро ба омӯзгор, корфармо ё марказе нишон диҳед, ки кори шуморо тасдиқ мекунад. Онҳо онро бо Carnet скан мекунанд ва ба шумо файли имзошуда бармегардонанд.
app-request-key = Калиди шумо: { $kid }. Шахси имзокунанда ҳамин кодро мебинад.
app-request-text = Ҳамин код ҳамчун матн, барои фиристодан дар паём
app-request-next = Вақте файли имзошударо гирифтед, «Тасдиқҳои ман»-ро кушоед ва «Илова кардани файли имзошуда»-ро пахш кунед.
app-receive = Илова кардани файли имзошуда
app-received = Нигоҳ дошта шуд: { $name } ({ $kind }) инҳоро имзо кард: { $titles }.
