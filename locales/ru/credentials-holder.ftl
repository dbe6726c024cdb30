# Review status: machine-drafted, needs review by a native speaker.
# Команды подтверждений для владельца журнала: carnet request, receive, credentials (wallet), present.

## Help: commands

cli-cmd-holder-request = Сделать файл, в котором вы просите тренера, работодателя или центр подтвердить записи.
    .long = Сделать просьбу к тренеру, работодателю, центру, колледжу или коллеге подтвердить некоторые ваши записи: файл, QR-код (имя с окончанием .png или .svg), чтобы показать на телефоне или распечатать, или с --text текст, чтобы отправить сообщением. Отдайте её им. Они подпишут и вернут вам файл подтверждения, который вы сохраните командой: carnet receive
cli-cmd-holder-receive = Сохранить подтверждение, которое тренер, работодатель или центр подписал для вас.
cli-cmd-holder-credentials = Показать подтверждения, которые вы храните, запись за записью. Также: carnet wallet
cli-cmd-holder-present = Показать выбранные записи одним QR-кодом, который любой может проверить без интернета.
    .long = Показать выбранные записи одним QR-кодом, который любой может проверить без интернета. Подтверждённые записи показаны вместе с тем, кто их подтвердил; записи, указанные с --self-declared, показаны как только с ваших слов. На экране код действует 24 часа; с --print — 5 лет.
cli-cmd-holder-export = Записать подтверждённую запись как W3C Verifiable Credential (Open Badges 3.0) для других приложений.
    .long = Записать подтверждённую запись как W3C Verifiable Credential 2.0 (значок Open Badges 3.0), подписанный тем, кто её подтвердил, чтобы другие кошельки и приложения могли её проверить. Без --out она выводится на экран.

## Help: arguments

cli-arg-holder-request-ids = Записи, которые подтвердить: их id или первые 4 или больше знаков каждого. Чтобы увидеть id, введите: carnet list
cli-arg-holder-request-out = Куда записать просьбу: имя с окончанием .png или .svg даёт изображение QR-кода; любое другое имя, например request.cbor, — файл.
cli-arg-holder-request-text = Вывести на экран текст просьбы (начинается с CNR1:), чтобы отправить его сообщением.
cli-arg-holder-receive-file = Файл подтверждения, который вам дали, например credential.cbor.
cli-arg-holder-present-select = Подтверждённые записи, которые показать: их id или первые 4 или больше знаков каждого.
cli-arg-holder-present-fields = Показать только эти части каждой записи, через запятую, например title,level. Остальные остаются скрытыми. Части: kind, title, esco, entry-id, level, from, to, country, context, evidence, eqf. Без этого показывается всё.
cli-arg-holder-present-self-declared = Записи, которые показать как только с ваших слов, никем не подтверждённые.
cli-arg-holder-present-stage = Для чего вы это показываете: recruitment, pre-departure, arrival, career или return. Без этого: recruitment.
cli-arg-holder-present-audience = Кому вы это показываете, если вас попросили их назвать, например название агентства.
cli-arg-holder-present-nonce = Код, который дал вам проверяющий, если дал (знаки 0-9 и a-f).
cli-arg-holder-present-print = Сделать для бумаги: код лучше выдерживает царапины и сгибы и действует 5 лет вместо 24 часов.
cli-arg-holder-present-out = Изображение, которое записать: имя с окончанием .png или .svg.
cli-arg-holder-present-text = Также вывести текст внутри QR-кода, чтобы отправить его сообщением.
cli-arg-holder-export-id = Подтверждённая запись: её id или первые 4 или больше знаков.
cli-arg-holder-export-format = Формат записи. Только: vc (W3C Verifiable Credential, Open Badges 3.0).
cli-arg-holder-export-jwt = Записать как подписанный токен (VC-JWT) вместо JSON с доказательством.
cli-arg-holder-export-out = Файл, который записать, например badge.json или badge.jwt.

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
        [one] Эта просьба просит подтвердить { $count } запись.
        [few] Эта просьба просит подтвердить { $count } записи.
        [many] Эта просьба просит подтвердить { $count } записей.
       *[other] Эта просьба просит подтвердить { $count } записи.
    } Тот, кто подтверждает, увидит такие части каждой:
holder-request-entry = { $title } ({ $kind }): { $fields }
holder-request-written = Просьба записана в { $path }.
holder-request-next = Отдайте файл тому, кто подтверждает. Когда вам вернут файл подтверждения, введите: carnet receive FILE
holder-receive-done = Сохранено: подтвердил(а) { $issuer }, { $kind }, { $country }. Как проверяли: { $assessed }.
holder-validity-until = Выдано { $issued }. Действует до { $expires }.
holder-validity-open = Выдано { $issued }. Без даты окончания.
holder-wallet-empty = У вас ещё нет подтверждений. Чтобы попросить, введите: carnet request ID --out request.cbor
holder-wallet-damaged = Подтверждение, которое больше нельзя прочитать. Попросите у того, кто его дал, новое.
holder-wallet-line-until = { $issuer } ({ $kind }, { $country }): выдано { $issued }, действует до { $expires }
holder-wallet-line-open = { $issuer } ({ $kind }, { $country }): выдано { $issued }, без даты окончания
holder-wallet-line-expired = { $issuer } ({ $kind }, { $country }): выдано { $issued }, истекло { $expires }
holder-present-nothing = Скажите, что показать: --select ID для подтверждённых записей, --self-declared ID для других.
holder-present-done = QR-код записан в { $path }: подтверждённых — { $endorsed }, с ваших слов — { $declared }.
holder-present-size = Размер: QR версии { $version }, уровень { $ec }, знаков: { $chars }.
holder-present-expires = Его можно проверить до { $when } (часов: { $hours }).
holder-present-by-kid = Чтобы всё поместилось, подписанты названы коротким отпечатком. Проверяющий увидит, кто они, только если они есть в его списке доверенных подписантов.

## Who confirmed: said plainly, so that a colleague's confirmation is never
## taken for a college's.

holder-issuer-kind-trainer = тренер
holder-issuer-kind-employer = работодатель
holder-issuer-kind-centre = центр
holder-issuer-kind-college = колледж
holder-issuer-kind-colleague = коллега (человек, который работал с вами, а не организация)

## How they checked

holder-assessed-observation = наблюдали, как вы работаете
holder-assessed-test = тест
holder-assessed-document = проверили документ
holder-assessed-interview = собеседование

## Errors

error-holder-no-key = У этого журнала нет ключа для подписи подтверждений. Ничего не изменено. Пожалуйста, сообщите об этой проблеме.
error-holder-write-file = Не удалось записать файл { $path }: { $reason }. Проверьте, что папка существует и есть свободное место, затем попробуйте ещё раз.
error-holder-entry-unfit = Запись «{ $title }» нельзя поместить в подтверждение: поле { $field } слишком длинное или в неправильном виде. Измените его командой carnet edit, затем попробуйте ещё раз.
error-holder-unknown-field = «{ $value }» не является частью записи, которую можно показать. Части: { $known }.
error-holder-credential-no-entries = Подтверждение { $path } не говорит, какую вашу запись оно подтверждает. Ничего не сохранено. Попросите новое, сделанное из файла просьбы: carnet request
error-holder-credential-entry-gone = Подтверждение { $path } относится к записи, которой больше нет в вашем журнале ({ $id }). Ничего не сохранено. Если вы удалили её на этом устройстве, добавьте её из копии журнала, затем попробуйте ещё раз.
error-holder-credential-damaged = Подтверждение записи «{ $title }» больше нельзя прочитать. Попросите у того, кто его подтвердил, новое.
error-holder-not-endorsed = Запись «{ $title }» ещё никто не подтвердил. Покажите её с --self-declared или попросите подтверждение: carnet request
error-holder-selected-twice = Запись «{ $title }» указана и с --select, и с --self-declared. Укажите её один раз.
error-holder-bad-stage = «{ $value }» — это не этап. Этапы: recruitment, pre-departure, arrival, career, return.
error-holder-bad-audience = Получатель должен быть от 1 до 100 знаков, в одной строке.
error-holder-bad-nonce = «{ $value }» — это не код от проверяющего: он должен содержать от 2 до 128 знаков 0-9 и a-f.
error-holder-bad-out = У изображения { $path } должно быть имя с окончанием .png или .svg.
error-holder-no-vc = Подтверждение «{ $title }» от { $issuer } сделано ещё до того, как Carnet научился записывать его как подтверждение W3C, а подписать такое могут только они. Попросите их подтвердить ещё раз: сделайте новую просьбу (carnet request ID --out request.cbor), отдайте её им и сохраните файл, который они вернут (carnet receive FILE).
