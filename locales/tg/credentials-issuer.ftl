# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-issuer = Имзо кардани маҳоратҳои дигарон, ҳамчун омӯзгор, корфармо, марказ, коллеҷ ё ҳамкор.
cli-cmd-issuer-init = Сохтани калиди имзои шумо ҳамчун тасдиқкунанда. Он бо рамз қулф мешавад.
cli-cmd-issuer-show = Нишон додани ном, навъ ва калиди ҷамъиятии шумо ҳамчун тасдиқкунанда. Рамз лозим нест.
cli-cmd-issuer-revoke = Бозпас гирифтани як тасдиқномае, ки имзо кардаед, бо рақами он.
cli-cmd-issuer-status-list = Навиштани рӯйхати имзошудаи тасдиқномаҳое, ки бозпас гирифтед, барои додан ба санҷандагон.
cli-cmd-endorse = Имзо кардани дархосте, ки касе ба шумо дод, ва навиштани тасдиқнома барои баргардонидан.
cli-cmd-trust = Интихоби он, ки ҳангоми санҷидани коди QR ба имзои кӣ бовар доред.
cli-cmd-trust-anchor = Манбаъҳои боварӣ: шабакаҳо ё мақомоте, ки барои тасдиқкунандагон кафолат медиҳанд.
cli-cmd-trust-anchor-init = Сохтани калиди имзо ҳамчун манбаи боварӣ, барои кафолат додан ба тасдиқкунандагон.
cli-cmd-trust-anchor-show = Нишон додани ном ва калиди ҷамъиятии манбаи боварии шумо.
cli-cmd-trust-anchor-add = Бовар кардан ба рӯйхатҳое, ки бо калиди ин манбаи боварӣ имзо шудаанд.
cli-cmd-trust-bundle = Ҳамчун манбаи боварӣ, рӯйхати тасдиқкунандагонеро, ки барояшон кафолат медиҳед, имзо кунед.
cli-cmd-trust-import = Илова кардани рӯйхати имзошудаи тасдиқкунандагони боэътимод аз файл.
cli-cmd-trust-list = Нишон додани тасдиқкунандагоне, ки ба онҳо бовар доред, ва синну соли ҳар рӯйхат.
cli-cmd-revocation = Рӯйхатҳои тасдиқномаҳое, ки тасдиқкунандагон бозпас гирифтанд.
cli-cmd-revocation-import = Илова кардани рӯйхати имзошудаи тасдиқкунанда аз тасдиқномаҳое, ки бозпас гирифтааст.
cli-cmd-verify = Санҷидани коди QR-и Carnet: кӣ ҳар маҳоратро имзо кардааст ва оё он ҳанӯз эътибор дорад.

## Help: what to give

cli-arg-issuer-name = Номи шумо ё номи ташкилоти шумо, чуноне ки одамон бояд бубинанд.
cli-arg-issuer-country = Кишвари шумо, бо ду ҳарф, масалан KE ё PT.
cli-arg-issuer-kind = Шумо кистед: trainer, employer, centre, college ё colleague.
cli-arg-revoke-index = Рақами тасдиқномае, ки бояд бозпас гирифта шавад.
cli-arg-cred-out = Файл барои навиштан.
cli-arg-endorse-request = Дархосте, ки шахс ба шумо дод: файл (request.cbor), акси коди QR-и он (PNG ё JPEG), ё файли матнӣ бо матне, ки бо CNR1: сар мешавад
cli-arg-endorse-text = Матни дархост, ки бо CNR1: сар мешавад, агар шахс онро ҳамчун паём фиристода бошад. Ба ҷои файл.
cli-arg-endorse-assessed-by = Маҳоратро чӣ тавр санҷидед: observation, test, document ё interview.
cli-arg-endorse-expires = Рӯзи охирини эътибори тасдиқнома, масалан 2027-05-14. Бе он тамом намешавад.
cli-arg-endorse-valid-days = Тасдиқнома аз имрӯз чанд рӯз эътибор дорад.
cli-arg-anchor-name = Номи манбаи боварӣ, чуноне ки одамон бояд бубинанд.
cli-arg-anchor-key = Калиди ҷамъиятии манбаи боварӣ: 64 ҳарф ва рақам.
cli-arg-bundle-issuer = Файли тасдиқкунанда, аз carnet issuer show --json. Барои ҳар тасдиқкунанда як бор диҳед.
cli-arg-trust-file = Файли рӯйхати боварӣ (.cbor).
cli-arg-status-file = Файли рӯйхати тасдиқкунанда (.cbor).
cli-arg-verify-image = Акси коди QR: PNG, JPEG ё WebP.
cli-arg-verify-text = Матни коди QR, ки бо CN1: сар мешавад
cli-arg-verify-nonce = Рақаме, ки аз шахс хоҳиш кардед ба код гузорад (hex).
cli-arg-verify-audience = Номе, ки аз шахс хоҳиш кардед ба код гузорад.

cli-examples-issuer-init =
    carnet issuer init --name "Lisbon Welding School" --country PT --kind college
cli-examples-endorse =
    carnet endorse request.cbor --assessed-by observation --out credential.cbor
    carnet endorse request-photo.jpg --assessed-by test --valid-days 730 --out credential.cbor
    carnet endorse --text "CNR1:..." --assessed-by interview --out credential.cbor
cli-examples-trust-bundle =
    carnet trust bundle --issuer school.json --issuer employer.json --out bundle.cbor
cli-examples-verify =
    carnet verify photo.jpg
    carnet verify --text "CN1:..."

## Answers

issuer-created = Калиди тасдиқкунандаи шумо барои { $name } тайёр аст. Рамзи худро бехатар нигоҳ доред: бе он имзо карда наметавонед.
issuer-label-name = Ном:
issuer-label-country = Кишвар:
issuer-label-kind = Навъ:
issuer-label-public-key = Калиди ҷамъиятӣ:
issuer-label-kid = Изи калид:
issuer-label-issued = Рақамҳои додашуда:
issuer-label-revoked = Бозпас гирифташуда:
issuer-revoked = Тасдиқномаи рақами { $index } бозпас гирифта шуд.
issuer-already-revoked = Тасдиқномаи рақами { $index } аллакай бозпас гирифта шуда буд.
issuer-revoked-next-step = Санҷандагон инро танҳо аз рӯйхати навбатии шумо мефаҳманд: онро бо carnet issuer status-list --out list.cbor нависед, баъд файлро ба онҳо диҳед.
issuer-status-list-written = { $count ->
   *[other] Рӯйхат дар { $path } аст. Дар он { $count } тасдиқномаи бозпас гирифташуда номбар шудааст.
}

endorse-intro = { $count ->
   *[other] Шумо { $count } сабтро барои шахсе бо калиди { $holder } имзо карданӣ ҳастед:
}
endorse-entry = { $title } ({ $kind }, сатҳи { $level }, { $dates })
endorse-untitled = (бе ном)
endorse-how-observation = Шумо мегӯед, ки дидед, ки онро чӣ тавр мекунад.
endorse-how-test = Шумо мегӯед, ки ӯ имтиҳонро супорид.
endorse-how-document = Шумо мегӯед, ки ҳуҷҷатро санҷидед.
endorse-how-interview = Шумо мегӯед, ки онро дар мусоҳиба санҷидед.
endorse-expires-on = То { $date } эътибор дорад.
endorse-no-expiry = Мӯҳлат надорад.
endorse-written = { $count ->
    [one] Имзо шуд. { $path }-ро ба шахс баргардонед. Рақами он { $first } аст.
   *[other] Имзо шуд. { $path }-ро ба шахс баргардонед. Рақамҳои онҳо аз { $first } то { $last }.
}

trust-anchor-added = Акнун шумо ба рӯйхатҳое, ки { $name } имзо кардааст, бовар доред (изи калид { $kid }).
trust-bundle-written = { $count ->
   *[other] Рӯйхати имзошудаи { $count } тасдиқкунанда дар { $path } аст.
}
trust-imported = { $count ->
   *[other] Рӯйхати боварии { $count } тасдиқкунанда илова шуд, ки санаи { $date } сохта шудааст.
}
trust-list-empty = Шумо ҳоло ба ягон тасдиқкунанда бовар надоред. Бо carnet trust import рӯйхати боварӣ илова кунед.
trust-list-bundle = { $days ->
    [0] Рӯйхати боварӣ аз { $anchor }, имрӯз сохта шуд ({ $date }):
   *[other] Рӯйхати боварӣ аз { $anchor }, { $days } рӯз пеш сохта шуд ({ $date }):
}
trust-list-issuer =   { $name }: { $kind }, { $country }, изи калид { $kid }
revocation-imported = { $count ->
   *[other] Рӯйхати { $name } илова шуд, ки санаи { $date } сохта шудааст: { $count } тасдиқнома бозпас гирифта шуд.
}

## Errors of these commands

error-issuer-exists = Дар ин папка аллакай калиди тасдиқкунанда ҳаст. Ҳеҷ чиз тағйир наёфт.
error-no-issuer = Дар ин папка ҳоло калиди тасдиқкунанда нест. Онро бо carnet issuer init созед.
error-issuer-damaged = Калиди тасдиқкунанда дар ин папка вайрон шудааст ё ба маълумоти худ мувофиқ нест. Нусхаро аз захира баргардонед.
error-anchor-exists = Дар ин папка аллакай калиди манбаи боварӣ ҳаст. Ҳеҷ чиз тағйир наёфт.
error-no-anchor = Дар ин папка ҳоло калиди манбаи боварӣ нест. Онро бо carnet trust anchor init созед.
error-anchor-damaged = Калиди манбаи боварӣ дар ин папка вайрон шудааст ё ба маълумоти худ мувофиқ нест. Нусхаро аз захира баргардонед.
error-identity-too-new = Ин калид бо Carnet-и навтар сохта шудааст. Барои истифодаи он Carnet-ро навсозӣ кунед.
error-storage-file = Carnet { $path }-ро навишта ё хонда натавонист. Санҷед, ки ҷой ҳаст ва шумо ҳуқуқи навиштан дар он ҷо доред. (Барои ёрдамчӣ: { $reason })
error-file-too-big = { $path } барои файли Carnet аз ҳад калон аст.
error-issuer-kind = «{ $value }» навъи тасдиқкунанда нест. trainer, employer, centre, college ё colleague нависед.
error-assessed-by = «{ $value }» тарзи санҷиш нест. observation, test, document ё interview нависед.
error-expires-date = «{ $value }» рӯз нест. Онро ҳамчун сол-моҳ-рӯз нависед, масалан 2027-05-14.
error-expires-past = Рӯзи анҷом бояд пас аз имрӯз бошад.
error-issuer-indexes-used-up = Ин калиди тасдиқкунанда ҳамаи рақамҳои худро додааст. Калиди нави тасдиқкунанда созед.
error-revoke-not-issued = Шумо тасдиқнома бо рақами { $index } имзо накардаед. Рақамҳои шумо аз 0 то камтар аз { $next } мебошанд.
error-anchor-name = Ном бояд аз 1 то 100 аломат бошад.
error-anchor-known = Шумо аллакай ба ин манбаи боварӣ бовар доред (изи калид { $kid }).
error-issuer-file = { $path } файли тасдиқкунанда нест. Аз тасдиқкунанда натиҷаи carnet issuer show --json-ро пурсед.
error-trust-bundle-not-newer = Шумо аллакай ин рӯйхати боварӣ ё рӯйхати навтарро аз ҳамон манбаи боварӣ доред. Ҳеҷ чиз тағйир наёфт.
error-status-list-not-newer = Шумо аллакай аз ин тасдиқкунанда рӯйхати навтар доред. Ҳеҷ чиз тағйир наёфт.
error-status-list-issuer-unknown = Ин рӯйхат аз тасдиқкунандаест, ки шумо ҳоло ба он бовар надоред (изи калид { $kid }). Аввал рӯйхати бовариеро, ки онро номбар мекунад, ворид кунед.
error-verifier-damaged = Рӯйхатҳои боварии нигоҳдоштаи шумо вайрон шудаанд ё тағйир ёфтаанд. Онҳоро боз ворид кунед.
error-verify-nonce = «{ $value }» рақами hex нест, масалан 3fa9.
error-verify-got-request = Ин дархост барои тасдиқи сабтҳои касе аст (матни он бо CNR1: сар мешавад), на коде, ки маҳоратҳоро нишон медиҳад. Ҳеҷ чиз санҷида нашуд. Шахси тасдиқкунанда онро бо ин имзо мекунад: carnet endorse REQUEST --assessed-by HOW --out credential.cbor
error-endorse-got-presentation = Ин коде аст, ки маҳоратҳои касеро нишон медиҳад (матни он бо CN1: сар мешавад), на дархост барои тасдиқи онҳо. Ҳеҷ чиз имзо нашуд. Барои санҷидани он нависед: carnet verify PICTURE, ё carnet verify --text "CN1:..."

## Errors of trust lists and status lists (carnet-credential)

error-trust-bundle-malformed = Рӯйхати боварӣ вайрон шудааст ё рӯйхати боварӣ нест.
error-trust-bundle-wrong-file = Ин навъи дигари файли Carnet аст, на рӯйхати боварӣ.
error-trust-bundle-newer-version = Ин рӯйхати боварӣ бо Carnet-и навтар сохта шудааст. Барои хондани он Carnet-ро навсозӣ кунед.
error-trust-bundle-unknown-anchor = Ин рӯйхати бовариро манбаи боварие имзо кардааст, ки шумо ба он бовар надоред (изи калид { $kid }). Агар онро шиносед, аввал бо carnet trust anchor add илова кунед.
error-trust-bundle-bad-signature = Имзои ин рӯйхати боварӣ мувофиқ нест. Файл тағйир ёфтааст ё вайрон шудааст.
error-trust-bundle-invalid = Як қимат дар рӯйхати боварӣ истифода шуда наметавонад ({ $field }).
error-trust-bundle-too-large = Рӯйхати боварӣ хеле калон аст.
error-status-list-malformed = Рӯйхат вайрон шудааст ё рӯйхати тасдиқномаҳои бозпас гирифташуда нест.
error-status-list-wrong-file = Ин навъи дигари файли Carnet аст, на рӯйхати тасдиқномаҳои бозпас гирифташуда.
error-status-list-newer-version = Ин рӯйхат бо Carnet-и навтар сохта шудааст. Барои хондани он Carnet-ро навсозӣ кунед.
error-status-list-wrong-issuer = Ин рӯйхат ба тасдиқкунандаи дигар тааллуқ дорад ({ $found }, на { $expected }).
error-status-list-bad-signature = Имзои ин рӯйхат мувофиқ нест. Файл тағйир ёфтааст ё вайрон шудааст.
error-status-list-invalid = Як қимат дар рӯйхат истифода шуда наметавонад ({ $field }).
error-status-list-too-large = Рӯйхат хеле калон аст.
