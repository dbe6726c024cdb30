# Review status: machine-drafted, needs review by a native speaker.

## Help: commands

cli-cmd-holder-request = Файле созед, ки аз омӯзгор, корфармо ё марказ тасдиқи сабтҳоро мепурсад.
    .long = Дархосте созед, ки аз омӯзгор, корфармо, марказ, коллеҷ ё ҳамкор тасдиқи баъзе сабтҳои шуморо мепурсад: файл, коди QR (номе бо охири .png ё .svg) барои нишон додан дар телефон ё чоп, ё бо --text матн барои фиристодан дар паём. Онро ба онҳо диҳед. Онҳо имзо мекунанд ва ба шумо файли тасдиқнома бармегардонанд, ки онро бо ин нигоҳ медоред: carnet receive
cli-cmd-holder-receive = Нигоҳ доштани тасдиқномае, ки омӯзгор, корфармо ё марказ барои шумо имзо кардааст.
cli-cmd-holder-credentials = Рӯйхати тасдиқномаҳое, ки доред, сабт ба сабт. Инчунин: carnet wallet
cli-cmd-holder-present = Нишон додани сабтҳои интихобшуда ҳамчун як коди QR, ки ҳар кас бе интернет санҷида метавонад.
    .long = Сабтҳои интихобшударо ҳамчун як коди QR нишон медиҳад, ки ҳар кас бе интернет санҷида метавонад. Сабтҳои тасдиқшуда бо номи тасдиқкунанда нишон дода мешаванд; сабтҳое, ки бо --self-declared дода шудаанд, ҳамчун «танҳо бо гуфтаи шумо» нишон дода мешаванд. Дар экран код 24 соат кор мекунад; бо --print, 5 сол.
cli-cmd-holder-export = Навиштани сабти тасдиқшуда ҳамчун W3C Verifiable Credential (Open Badges 3.0) барои барномаҳои дигар.
    .long = Сабти тасдиқшударо ҳамчун W3C Verifiable Credential 2.0 (нишони Open Badges 3.0) менависад, ки бо имзои шахси тасдиқкунанда аст, то ҳамёнҳо ва барномаҳои дигар онро санҷида тавонанд. Бе --out он дар экран навишта мешавад.

## Help: arguments

cli-arg-holder-request-ids = Сабтҳое, ки бояд тасдиқ шаванд: шиносаҳои онҳо ё 4 ва бештар аломати аввали ҳар кадом. Барои дидани шиносаҳо нависед: carnet list
cli-arg-holder-request-out = Дархост куҷо навишта шавад: номе бо охири .png ё .svg акси коди QR месозад; ҳар номи дигар, масалан request.cbor, файл.
cli-arg-holder-request-text = Матни дархост (бо CNR1: сар мешавад)-ро дар экран нависед, то онро ҳамчун паём фиристед.
cli-arg-holder-receive-file = Файли тасдиқномае, ки ба шумо доданд, масалан credential.cbor.
cli-arg-holder-present-select = Сабтҳои тасдиқшуда барои нишон додан: шиносаҳои онҳо ё 4 ва бештар аломати аввали ҳар кадом.
cli-arg-holder-present-fields = Танҳо ин қисмҳои ҳар сабтро нишон диҳед, бо вергул ҷудо карда, масалан title,level. Дигарон пинҳон мемонанд. Қисмҳо: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Бе он ҳама чиз нишон дода мешавад.
cli-arg-holder-present-self-declared = Сабтҳое, ки ҳамчун «танҳо бо гуфтаи шумо» нишон дода мешаванд, бе тасдиқи касе.
cli-arg-holder-present-stage = Барои чӣ нишон медиҳед: recruitment, pre-departure, arrival, career ё return. Бе он: recruitment.
cli-arg-holder-present-audience = Ба кӣ нишон медиҳед, агар аз шумо хоҳиш карда бошанд, ки номашонро нависед, масалан номи агентӣ.
cli-arg-holder-present-nonce = Коде, ки санҷанда ба шумо дод, агар дода бошад (ҳарфҳои 0-9 ва a-f).
cli-arg-holder-present-print = Барои коғаз созед: код ба харошидан ва қат шудан беҳтар тоб меорад ва ба ҷои 24 соат 5 сол кор мекунад.
cli-arg-holder-present-out = Акс барои навиштан: номе бо охири .png ё .svg.
cli-arg-holder-present-text = Инчунин матни дохили коди QR-ро нависед, то онро ҳамчун паём фиристед.
cli-arg-holder-export-id = Сабти тасдиқшуда: шиносаи он ё 4 ва бештар аломати аввали он.
cli-arg-holder-export-format = Формат барои навиштан. Танҳо: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Онро ҳамчун токени имзошуда (VC-JWT) нависед, ба ҷои JSON бо далел.
cli-arg-holder-export-out = Файл барои навиштан, масалан badge.json ё badge.jwt.

## Help: examples. Keep the commands as they are.

cli-examples-holder-request =
    carnet request 3f2a 9c41 --out request.cbor
    carnet request 3f2a --out request.png
    carnet request 3f2a 9c41 --text
cli-examples-holder-receive =
    carnet receive credential.cbor
cli-examples-holder-present =
    carnet present --select 3f2a --out qr.png
    carnet present --select 3f2a 9c41 --fields title,level --print --out passport.svg
    carnet present --select 3f2a --self-declared 7d10 --stage arrival --out qr.png --text
cli-examples-holder-export =
    carnet export-credential 3f2a --format vc --out badge.json
    carnet export-credential 3f2a --format vc --jwt --out badge.jwt

## Answers

holder-request-intro = { $count ->
       *[other] Ин дархост тасдиқи { $count } сабтро мепурсад.
    } Шахси тасдиқкунанда ин қисмҳои ҳар сабтро мебинад:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Дархост ба { $path } навишта шуд.
holder-request-next = Файлро ба шахси тасдиқкунанда диҳед. Вақте ки ӯ ба шумо файли тасдиқномаро баргардонад, нависед: carnet receive FILE
holder-receive-done = Нигоҳ дошта шуд: тасдиқ кард { $issuer }, { $kind }, { $country }. Чӣ тавр санҷиданд: { $assessed }.
holder-validity-until = Дода шуд: { $issued }. Эътибор то { $expires }.
holder-validity-open = Дода шуд: { $issued }. Бе санаи анҷом.
holder-wallet-empty = Шумо ҳоло тасдиқнома надоред. Барои пурсидан нависед: carnet request ID --out request.cbor
holder-wallet-damaged = Тасдиқномае, ки дигар хонда намешавад. Аз шахсе, ки онро додааст, тасдиқномаи нав пурсед.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): дода шуд { $issued }, эътибор то { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): дода шуд { $issued }, бе санаи анҷом
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): дода шуд { $issued }, тамом шуд { $expires }
holder-present-nothing = Гӯед, ки чӣ нишон дода шавад: --select ID барои сабтҳои тасдиқшуда, --self-declared ID барои дигарон.
holder-present-done = Коди QR ба { $path } навишта шуд: { $endorsed } тасдиқшуда, { $declared } бо гуфтаи шумо.
holder-present-size = Андоза: коди QR версияи { $version }, сатҳи { $ec }, { $chars } аломат.
holder-present-expires = Онро то { $when } ({ $hours } соат) санҷидан мумкин аст.
holder-present-by-kid = Барои ҷой шудан, тасдиқкунандагон бо изи кӯтоҳ номбар шудаанд. Санҷанда онҳоро танҳо вақте мешиносад, ки онҳо дар рӯйхати тасдиқкунандагони боэътимоди ӯ бошанд.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = омӯзгор
holder-issuer-kind-employer = корфармо
holder-issuer-kind-centre = марказ
holder-issuer-kind-college = коллеҷ
holder-issuer-kind-colleague = ҳамкор (шахсе, ки бо шумо кор кардааст, на ташкилот)

## How they checked

holder-assessed-observation = кори шуморо диданд
holder-assessed-test = имтиҳон
holder-assessed-document = ҳуҷҷатро санҷиданд
holder-assessed-interview = мусоҳиба

## Errors

error-holder-no-key = Ин дафтарча калид барои имзои тасдиқномаҳо надорад. Ҳеҷ чиз тағйир наёфт. Лутфан, дар бораи ин мушкил хабар диҳед.
error-holder-write-file = Файли { $path } навишта нашуд: { $reason }. Санҷед, ки папка ҳаст ва ҷои холӣ ҳаст, баъд боз кӯшиш кунед.
error-holder-entry-unfit = Сабти «{ $title }»-ро ба тасдиқнома гузоштан мумкин нест: { $field }-и он хеле дароз аст ё шакли дуруст надорад. Онро бо carnet edit тағйир диҳед, баъд боз кӯшиш кунед.
error-holder-unknown-field = «{ $value }» қисми сабт нест, ки нишон дода шавад. Қисмҳо: { $known }.
error-holder-credential-no-entries = Тасдиқномаи { $path } намегӯяд, ки кадом сабти шуморо тасдиқ мекунад. Ҳеҷ чиз нигоҳ дошта нашуд. Тасдиқномаи нав пурсед, ки аз файли дархост сохта шуда бошад: carnet request
error-holder-credential-entry-gone = Тасдиқномаи { $path } сабтеро тасдиқ мекунад, ки дигар дар дафтарчаи шумо нест ({ $id }). Ҳеҷ чиз нигоҳ дошта нашуд. Агар онро дар ин дастгоҳ нест карда бошед, аз нусхаи дафтарча илова кунед, баъд боз кӯшиш кунед.
error-holder-credential-damaged = Тасдиқномаи сабти «{ $title }» дигар хонда намешавад. Аз шахсе, ки онро тасдиқ кардааст, тасдиқномаи нав пурсед.
error-holder-not-endorsed = Сабти «{ $title }» ҳоло аз ҷониби касе тасдиқ нашудааст. Онро бо --self-declared нишон диҳед, ё тасдиқ пурсед: carnet request
error-holder-selected-twice = Сабти «{ $title }» ҳам бо --select ва ҳам бо --self-declared дода шудааст. Онро як бор диҳед.
error-holder-bad-stage = «{ $value }» марҳила нест. Марҳилаҳо: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Қабулкунанда бояд аз 1 то 100 аломат бошад, дар як сатр.
error-holder-bad-nonce = «{ $value }» коди санҷанда нест: он бояд аз 2 то 128 ҳарфи 0-9 ва a-f бошад.
error-holder-bad-out = Номи акси { $path } бояд бо .png ё .svg тамом шавад.
error-holder-no-vc = Тасдиқи «{ $title }» аз ҷониби { $issuer } пеш аз он сохта шуда буд, ки Carnet онро ҳамчун тасдиқномаи W3C навишта тавонад, ва танҳо худи онҳо метавонанд онро имзо кунанд. Аз онҳо хоҳиш кунед, ки онро боз тасдиқ кунанд: дархости нав созед (carnet request ID --out request.cbor), ба онҳо диҳед ва файлеро, ки бармегардонанд, нигоҳ доред (carnet receive FILE).
